import LedgerCore
import LedgerStore
import UnionCore

/// What `allocate` did for a month.
public struct AllocationOutcome: Equatable, Sendable {
    public var month: YearMonth
    /// Declarations allocated for the first time.
    public var allocated: Int
    /// Corrected declarations whose difference was posted as an adjusting voucher.
    public var adjusted: Int
    /// Vouchers posted, per organisation code.
    public var vouchers: [String: Int]
    /// The month's total due (2%) over the declarations allocated or adjusted now.
    public var due: Money
}

/// `allocate --month`: the 2% of each unit's declared payroll, split by policy and posted into
/// every set of books the file keeps, in one transaction.
public struct PayrollAllocator: Sendable {
    public let store: any AllocationStore
    public let user: String
    public let policy: AllocationPolicy

    public init(store: any AllocationStore, user: String, policy: AllocationPolicy) {
        self.store = store
        self.user = user
        self.policy = policy
    }

    /// Allocates every declaration of `month` (the payroll month, 所属期) not yet allocated.
    ///
    /// Vouchers are dated the due date (by default the 15th of the next month). A unit's latest
    /// declaration is compared with what was already posted for it: the first time the whole split
    /// is posted; after a correction, only the difference (an adjusting voucher). Nothing new to
    /// allocate is a no-op.
    /// - Throws: see `AllocationPlan.make`; the posting path's rules.
    /// - Complexity: one register read (two for a month allocated before), the plan, one bulk
    ///   write; one voucher per unit keeping books and one summary per collector.
    public func allocate(month: YearMonth) throws -> AllocationOutcome {
        let terms = try AllocationMonthTerms(policy: policy, month: month)
        // What the run is about to add, told to the store (a hint: the transaction reads the month
        // again under the write lock).
        return try store.write(user: user, volume: try store.allocationVolume(month: month)) { transaction in
            let declarations = try transaction.declarations(month: month)
            // A month allocated for the first time has nothing posted to compare with: its
            // allocations are read only when one of its declarations was allocated before.
            let anyAllocated = declarations.contains(where: \.isAllocated)
            let pending = AllocationPlan.pending(consume declarations)
            guard !pending.isEmpty else {
                return AllocationOutcome(month: month, allocated: 0, adjusted: 0, vouchers: [:], due: .zero)
            }
            let earlier = anyAllocated ? try transaction.allocations(month: month) : []
            let runAt = transaction.clock.now()
            let plan = try AllocationPlan.make(
                terms: terms, declarations: pending, earlier: earlier,
                directory: try transaction.directory(structureOnly: true), charts: try transaction.chartRoles(), runAt: runAt)
            try transaction.recordAllocationRun(month: month, at: runAt, rows: plan.rows)
            for voucher in plan.vouchers { try transaction.post(voucher.draft, into: voucher.organisation) }
            try transaction.recordEvent(organisation: nil, action: "allocate",
                                        detail: "\(month): \(plan.allocated) allocated, \(plan.adjusted) adjusted")
            return AllocationOutcome(month: month, allocated: plan.allocated, adjusted: plan.adjusted,
                                     vouchers: transaction.postedCount, due: plan.due)
        }
    }
}
