/// A unit's position (what `remit import` reads for every receipt it books) without a sort: its
/// allocation months grouped by month and channel straight off the index. On `allocation_by_unit`
/// (unit, month) SQLite built and freed a temporary b-tree for the GROUP BY on every read, about a
/// fifth of a receipt's cost (issue 16). The new index serves every lookup the old one served.
extension UnionSchema {
    static let migration0019 = """
    CREATE INDEX allocation_by_unit_month_channel ON allocation(unit_id, month, channel);
    DROP INDEX allocation_by_unit;
    """

    /// The registers' two bulk reads off their indexes alone (issue 16). `arrears` reads every
    /// allocation's unit, month, due date and receivable in unit order, and a unit's position adds
    /// the channel and the retained share: with those columns in the index the table is not
    /// visited (arrears at 50,000 units × 12 months: 1.01 → 0.70 s; the file grows ≈ 6%).
    /// `allocate` reads a month's declarations by unit and revision: with the revision in the
    /// month's index they come in that order, where SQLite sorted them in a temporary b-tree.
    static let migration0021 = """
    CREATE INDEX allocation_by_unit_covering ON allocation(unit_id, month, channel, due_date, receivable_fen, retained_fen);
    DROP INDEX allocation_by_unit_month_channel;
    CREATE INDEX payroll_declaration_by_month_unit_revision ON payroll_declaration(month, unit_id, revision);
    DROP INDEX payroll_declaration_by_month;
    """
}
