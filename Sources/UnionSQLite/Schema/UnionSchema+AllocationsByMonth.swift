/// The allocation register's index month first (issue 16). `allocate` writes one row per unit for
/// its month; with the index unit first those rows landed on every leaf of it, so each month
/// rewrote the whole index, and the more months on file, the bigger that was: at 50,000 units
/// with eleven months allocated, `allocate` wrote 8,400 pages to the WAL and the checkpoint wrote
/// them again, 5,700 of them the index's. Month first, a month's rows go onto the index's end.
/// The same columns, so arrears and positions still never visit the table: arrears merges the
/// months' runs into unit order (`AllocationMonthRuns`), a unit's position seeks it in each month
/// (`UnitPositionReader`), and a receipts import that books most units reads the
/// months in one pass (`AllocationMonthsByUnit`).
extension UnionSchema {
    static let migration0023 = """
    CREATE INDEX allocation_by_month_covering ON allocation(month, unit_id, channel, due_date, receivable_fen, retained_fen);
    DROP INDEX allocation_by_unit_covering;
    """
}
