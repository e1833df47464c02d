import UnionAllocation

extension UnionPostgresStores {
    /// The allocation registers (payroll, allocations, receipts, refunds, enforcement).
    public var allocation: any AllocationStore { PostgresAllocationStore(store: store) }
}
