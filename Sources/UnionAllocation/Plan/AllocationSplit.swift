import LedgerCore
import UnionCore

/// How one declaration's 2% divides: the grassroots share, and the upward share along the
/// federation chain, with the collecting federation's own part and the part it owes further up.
///
/// ```
/// wage total ¥500,000.00 × 2% = due ¥10,000.00            (half-up to the fen)
///   ├─ retained 60%  ¥6,000.00                              (largest remainder)
///   └─ upward   40%  ¥4,000.00
///        ├─ collector (its level and any below it)          (largest remainder over the levels)
///        └─ above (levels above the collector)
/// ```
/// Every split is by largest remainder, so the parts always sum exactly to the whole:
/// retained + upward = due and collector + above = upward, each part within one fen of its exact
/// share. Arithmetic is checked: an overflow is an error, never a wrap.
public struct AllocationSplit: Hashable, Sendable {
    public var due: Money
    public var retained: Money
    public var upward: Money
    public var collector: Money
    public var above: Money

    public static let zero = AllocationSplit(due: .zero, retained: .zero, upward: .zero, collector: .zero, above: .zero)

    public init(due: Money, retained: Money, upward: Money, collector: Money, above: Money) {
        self.due = due
        self.retained = retained
        self.upward = upward
        self.collector = collector
        self.above = above
    }

    /// Splits the 2% of a wage total.
    /// - Parameters:
    ///   - rate: the allocation rate (2%); the due is rounded half-up to the fen.
    ///   - retained: the share kept below (the grassroots union's, or the 筹备金 held for refund).
    ///   - levelShares: the upward share's split by level, lowest first.
    ///   - collectorLevel: the collecting federation's position in `levelShares`; it keeps its own
    ///     and any lower levels' parts. `nil` when no federation's books are in the file: all of
    ///     the upward share then counts as above.
    public static func of(wageTotal: Money, rate: Rate, retained: Rate, levelShares: [Rate],
                          collectorLevel: Int?) throws(LedgerError) -> AllocationSplit {
        let due = try rate.applied(to: wageTotal, rounding: .halfUp)
        return try of(due: due, retained: retained, levelShares: levelShares, collectorLevel: collectorLevel)
    }

    /// Splits an already computed due.
    public static func of(due: Money, retained: Rate, levelShares: [Rate], collectorLevel: Int?) throws(LedgerError) -> AllocationSplit {
        try of(due: due, retained: retained, levelWeights: levelShares.isEmpty ? [] : try commonWeights(levelShares),
               collectorLevel: collectorLevel)
    }

    /// Splits a due with the level shares already as integer weights (`commonWeights`), for bulk runs.
    static func of(due: Money, retained: Rate, levelWeights: [Int64], collectorLevel: Int?) throws(LedgerError) -> AllocationSplit {
        let keptWeight = retained.numerator
        let upWeight = retained.denominator - retained.numerator
        let halves = try due.allocated(by: [keptWeight, max(upWeight, 0)])
        let upward = halves[1]
        guard let collectorLevel, !levelWeights.isEmpty else {
            return AllocationSplit(due: due, retained: halves[0], upward: upward, collector: .zero, above: upward)
        }
        let parts = try upward.allocated(by: levelWeights)
        let collector = try Money.sum(parts.prefix(collectorLevel + 1))
        return AllocationSplit(due: due, retained: halves[0], upward: upward, collector: collector,
                               above: try upward.subtracting(collector))
    }

    /// Rates as integer weights over their least common denominator.
    static func commonWeights(_ rates: [Rate]) throws(LedgerError) -> [Int64] {
        var common: Int64 = 1
        for rate in rates {
            let (product, overflow) = (common / Rate.gcd(common, rate.denominator)).multipliedReportingOverflow(by: rate.denominator)
            guard !overflow else { throw .allocationWeightsMustBePositive(weights: rates.map(\.description).joined(separator: ",")) }
            common = product
        }
        return try rates.map { rate throws(LedgerError) -> Int64 in
            let (weight, overflow) = rate.numerator.multipliedReportingOverflow(by: common / rate.denominator)
            guard !overflow else { throw .allocationWeightsMustBePositive(weights: rates.map(\.description).joined(separator: ",")) }
            return weight
        }
    }

    /// The component-wise difference (`self − other`), for adjusting vouchers.
    /// - Throws: `LedgerError.amountMustFitRange` on overflow.
    public func subtracting(_ other: AllocationSplit) throws(LedgerError) -> AllocationSplit {
        AllocationSplit(due: try due.subtracting(other.due), retained: try retained.subtracting(other.retained),
                        upward: try upward.subtracting(other.upward), collector: try collector.subtracting(other.collector),
                        above: try above.subtracting(other.above))
    }

    /// The component-wise sum, for a federation's monthly summary.
    /// - Throws: `LedgerError.amountMustFitRange` on overflow.
    public func adding(_ other: AllocationSplit) throws(LedgerError) -> AllocationSplit {
        AllocationSplit(due: try due.adding(other.due), retained: try retained.adding(other.retained),
                        upward: try upward.adding(other.upward), collector: try collector.adding(other.collector),
                        above: try above.adding(other.above))
    }
}

extension CollectionChannel {
    /// Who pays the federation for this unit.
    public var payer: Payer {
        switch self {
        case .direct, .preparatory: .unit
        case .tax40, .taxFull: .tax
        case .fiscal: .fiscal
        }
    }

    /// What the collecting federation is to receive for the unit: the upward share when the
    /// unit's own union keeps its share (self, tax-40), the whole 2% otherwise.
    public func receivable(_ split: AllocationSplit) -> Money {
        switch self {
        case .direct, .tax40: split.upward
        case .taxFull, .fiscal, .preparatory: split.due
        }
    }
}

/// Who hands the money to the federation.
public enum Payer: String, Sendable, CaseIterable {
    case unit
    /// 税务代收
    case tax
    /// 财政划拨
    case fiscal

    /// - Throws: `AllocationError.payerMustBeKnown`.
    public init(parsing text: String) throws {
        let trimmed = text.trimmingSpaces()
        let names = ["单位": Payer.unit, "税务": .tax, "财政": .fiscal]
        guard let payer = Payer(rawValue: trimmed) ?? names[trimmed] else { throw AllocationError.payerMustBeKnown(value: text) }
        self = payer
    }

    /// The memo on the federation's summary 应收下级经费 lines: who pays.
    public var label: String {
        switch self {
        case .unit: "单位拨缴"
        case .tax: "税务代收"
        case .fiscal: "财政划拨"
        }
    }

    /// The memo on a receipt's 应收下级经费 line: the unit's code, and the third party that paid for it.
    public func memo(unit: String) -> String {
        switch self {
        case .unit: unit
        case .tax: unit + " 税务代收"
        case .fiscal: unit + " 财政划拨"
        }
    }
}
