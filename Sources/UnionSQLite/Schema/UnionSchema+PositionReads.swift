/// A unit's position (what `remit import` reads for every receipt it books) without a sort: its
/// allocation months grouped by month and channel straight off the index. On `allocation_by_unit`
/// (unit, month) SQLite built and freed a temporary b-tree for the GROUP BY on every read, about a
/// fifth of a receipt's cost (issue 16). The new index serves every lookup the old one served.
extension UnionSchema {
    static let migration0019 = """
    CREATE INDEX allocation_by_unit_month_channel ON allocation(unit_id, month, channel);
    DROP INDEX allocation_by_unit;
    """
}
