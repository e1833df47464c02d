import UnionAllocation

extension UnionSQLiteStores {
    /// The allocation registers (payroll declarations, allocations, receipts, refunds,
    /// enforcement) and the books they post into.
    public var allocation: any AllocationStore { SQLiteAllocationStore(database: database) }
}
