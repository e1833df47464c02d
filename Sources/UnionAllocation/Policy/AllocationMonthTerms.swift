import LedgerCore
import UnionCore

/// The terms one payroll month is allocated under, looked up once per run: the rate, the
/// retained share, the upward chain as integer weights, the preparatory fund's terms (when the
/// policy has them) and the due date.
public struct AllocationMonthTerms: Sendable {
    public let month: YearMonth
    public let allocation: AllocationTerms
    /// `nil` when the policy has no `preparatory_fund` entry for the month: refused only when a
    /// preparatory-fund declaration needs it.
    public let preparatory: PreparatoryFundTerms?
    public let dueDate: LocalDate
    /// `allocation.upward` over their least common denominator, so each split is integer work.
    let levelWeights: [Int64]

    /// - Throws: `UnionFundsError.policyMustCoverDate` for a month the `allocation` or `due`
    ///   section does not cover; `LedgerError` when the chain's shares do not fit integer weights.
    public init(policy: AllocationPolicy, month: YearMonth) throws {
        self.month = month
        allocation = try policy.allocationTerms(for: month)
        preparatory = policy.preparatoryFund.last { $0.effectiveFrom <= month.firstDay }?.terms
        dueDate = try policy.dueDate(for: month)
        levelWeights = try AllocationSplit.commonWeights(allocation.upward.map(\.share))
    }

    /// The rate applied to the wage total under `channel`: the preparatory fund's own rate for an
    /// employer without a union, the allocation rate (工会法 art. 43: 2%) otherwise.
    public func rate(for channel: CollectionChannel) throws(UnionFundsError) -> Rate {
        channel == .preparatory ? try preparatoryTerms().rate : allocation.rate
    }

    /// The share kept below: the grassroots union's (60% by default), or for the preparatory fund
    /// the share held for refund once the union is formed.
    public func retained(for channel: CollectionChannel) throws(UnionFundsError) -> Rate {
        channel == .preparatory ? try preparatoryTerms().refundShare : allocation.retained
    }

    /// How one declaration's wage total divides under these terms.
    /// - Parameter collectorLevel: the collecting federation's position in the upward chain, or
    ///   `nil` when no federation's books are in the file.
    public func split(wageTotal: Money, channel: CollectionChannel, collectorLevel: Int?) throws -> AllocationSplit {
        let due = try rate(for: channel).applied(to: wageTotal, rounding: .halfUp)
        return try AllocationSplit.of(due: due, retained: try retained(for: channel), levelWeights: levelWeights,
                                      collectorLevel: collectorLevel)
    }

    private func preparatoryTerms() throws(UnionFundsError) -> PreparatoryFundTerms {
        guard let preparatory else { throw .policyMustCoverDate(section: "preparatory_fund", date: month.firstDay.description) }
        return preparatory
    }
}

extension AllocationPolicy {
    /// How a declaration's wage total for `month` divides (the 2%, the retained share, the upward
    /// share along the chain), under the terms in force for that month.
    public func split(wageTotal: Money, month: YearMonth, channel: CollectionChannel, collectorLevel: Int?) throws -> AllocationSplit {
        try AllocationMonthTerms(policy: self, month: month).split(wageTotal: wageTotal, channel: channel, collectorLevel: collectorLevel)
    }

    /// What the collecting federation is to receive for one declaration: the upward share when the
    /// unit's own union keeps its share (self, tax-40), the whole 2% otherwise.
    public func receivable(wageTotal: Money, month: YearMonth, channel: CollectionChannel) throws -> Money {
        channel.receivable(try split(wageTotal: wageTotal, month: month, channel: channel, collectorLevel: nil))
    }
}
