import LedgerCore
import UnionCore

/// The book lines one allocation makes, per channel, in the collecting federation's books and in
/// the unit's own books (DOMAIN §2.5). Lines are signed (debit positive), so an adjustment is the
/// difference between two sets of lines and a decrease simply turns a line to the other side.
///
/// The federation posts one summary voucher per allocate run (its receivable kept apart by
/// payer); the unit, when its books are here, one voucher of its own. Accounts are parts
/// (`AllocationAccount`), resolved in each organisation's own chart:
///
/// | channel | federation (collector) | unit's own books |
/// |---|---|---|
/// | self | 借 receivableFromLower upward / 贷 allocationRevenue own, payableToHigher above | 借 bank due / 贷 allocationRevenue retained, payableToHigher upward |
/// | tax-40 | 借 receivableFromLower upward / 贷 allocationRevenue own, payableToHigher above | 借 bank retained / 贷 allocationRevenue retained |
/// | tax-full, fiscal | 借 receivableFromLower due / 贷 allocationRevenue own, payableToHigher above, transferPayableToLower retained | 借 receivableFromHigher retained / 贷 allocationRevenue retained |
/// | prep | 借 receivableFromLower due / 贷 allocationRevenue own, payableToHigher above, preparatoryFundPayable held for refund | (no union yet) |
struct AllocationEntries {
    struct Key: Hashable, Comparable {
        var organisation: String
        var account: AccountCode
        var memo: String
        static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.organisation, lhs.account.rawValue, lhs.memo) < (rhs.organisation, rhs.account.rawValue, rhs.memo)
        }
    }

    /// Each organisation's chart roles, by code.
    let charts: [String: ChartRoles]
    private(set) var lines: [Key: Money] = [:]

    init(charts: [String: ChartRoles]) {
        self.charts = charts
    }

    /// Adds a signed amount (debit positive) to `part` in `organisation`'s books.
    /// - Throws: `UnionFundsError.accountRoleMustBeInChart`; `LedgerError.amountMustFitRange` on overflow.
    mutating func add(_ organisation: String, _ part: AllocationAccount, _ memo: String, debit amount: Money) throws {
        guard !amount.isZero else { return }
        let roles = charts[organisation] ?? ChartRoles(organisation: organisation, accounts: [])
        let key = Key(organisation: organisation, account: try roles.code(for: part), memo: memo)
        lines[key] = try (lines[key] ?? .zero).adding(amount)
    }

    /// Adds the collecting federation's lines for a sum of allocations (a decrease, after
    /// corrections, turns them to the other side). The federation's vouchers summarise a month: its
    /// receivable lines are kept apart only by who pays, the per-unit detail lives in the
    /// allocation register.
    ///
    /// A unit whose books are in the file (`unit`) gets lines of its own, its code as memo, where
    /// its own books hold the other side: the receivable it pays itself (payer `unit`) against its
    /// 应付上级经费, the retained share passed down (tax-full, fiscal) against its 应收上级转拨经费.
    /// Consolidation pairs them by that memo, as receipts and pass-downs already name the unit.
    mutating func addFederation(split: AllocationSplit, channel: CollectionChannel, collector: String, unit: String? = nil) throws {
        let receivableMemo = channel.payer == .unit ? unit ?? channel.payer.label : channel.payer.label
        try add(collector, .receivableFromLower, receivableMemo, debit: channel.receivable(split))
        try add(collector, .allocationRevenue, "", debit: split.collector.negated)
        try add(collector, .payableToHigher, "", debit: split.above.negated)
        switch channel {
        case .taxFull, .fiscal: try add(collector, .transferPayableToLower, unit ?? "", debit: split.retained.negated)
        case .preparatory: try add(collector, .preparatoryFundPayable, "", debit: split.retained.negated)
        case .direct, .tax40: break
        }
    }

    /// Adds the lines of the next federation up (`RemittanceChain`): 借 receivableFromLower from the
    /// federation below (its code as memo) / 贷 allocationRevenue its own level, payableToHigher the
    /// levels above it.
    mutating func addParent(_ link: RemittanceChain.Link, share: RemittanceChain.Share) throws {
        try add(link.parent, .receivableFromLower, link.lower, debit: share.receivable)
        try add(link.parent, .allocationRevenue, "", debit: share.own.negated)
        try add(link.parent, .payableToHigher, "", debit: share.above.negated)
    }

    /// Adds the unit's own lines (its books are in the file), or, `takenBack`, takes them back. Its
    /// payable to higher unions carries the collector's code as memo, for the mirror check.
    mutating func addUnitBooks(split: AllocationSplit, channel: CollectionChannel, unit: String, collector: String?,
                               takenBack: Bool = false) throws {
        func debit(_ amount: Money) -> Money { takenBack ? amount.negated : amount }
        func credit(_ amount: Money) -> Money { takenBack ? amount : amount.negated }
        let source = collector ?? "上级"
        switch channel {
        case .direct:
            try add(unit, .bank, "", debit: debit(split.due))
            try add(unit, .allocationRevenue, "", debit: credit(split.retained))
            try add(unit, .payableToHigher, source, debit: credit(split.upward))
        case .tax40:
            try add(unit, .bank, "", debit: debit(split.retained))
            try add(unit, .allocationRevenue, "", debit: credit(split.retained))
        case .taxFull, .fiscal:
            try add(unit, .receivableFromHigher, source, debit: debit(split.retained))
            try add(unit, .allocationRevenue, "", debit: credit(split.retained))
        case .preparatory:
            break
        }
    }

    /// The organisations with a non-zero line, and their postings (zero lines dropped, a
    /// negative amount moved to the other side), debits first as vouchers are written.
    func postingsByOrganisation() -> [(organisation: String, postings: [Posting])] {
        var grouped: [String: [Posting]] = [:]
        for (key, amount) in lines.sorted(by: { $0.key < $1.key }) where !amount.isZero {
            grouped[key.organisation, default: []].append(
                Posting(account: key.account, side: amount.isPositive ? .debit : .credit,
                        amount: amount.isNegative ? amount.negated : amount, memo: key.memo))
        }
        return grouped.keys.sorted().map { organisation in
            let postings = grouped[organisation] ?? []
            return (organisation, postings.filter { $0.side == .debit } + postings.filter { $0.side == .credit })
        }
    }
}
