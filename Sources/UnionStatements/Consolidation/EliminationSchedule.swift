import LedgerCore

/// 抵销明细表: each pair of consolidated unions, each kind of flow between them, what the higher
/// union's books and the lower union's books say, what is eliminated and what is left.
///
/// What is eliminated is the part both books agree on: the smaller of the two amounts when they
/// have the same sign, nothing otherwise. Both sides are reduced by it, so 资产 = 负债 + 净资产 and the
/// year's result are unchanged. The rest is the difference: it stays in the consolidated figures
/// and is printed as a finding (a remittance in transit, a grant one side has not booked yet),
/// never netted away.
public struct EliminationSchedule: Sendable, Hashable {
    public struct Pair: Sendable, Hashable {
        public var upper: String
        public var lower: String
        public var kind: EliminationKind
        public var time: EliminationTime
        /// The higher union's figure for the lower one (by its account's normal side).
        public var upperAmount: Money
        /// The lower union's figure for the higher one.
        public var lowerAmount: Money
        public var eliminated: Money
        /// upperAmount − lowerAmount: not eliminated.
        public var difference: Money
    }

    public var pairs: [Pair]

    /// The pairs whose two sides differ.
    public var differences: [Pair] { pairs.filter { !$0.difference.isZero } }

    /// What both books agree on: the smaller amount when both have the same sign, else zero.
    static func agreed(_ upper: Money, _ lower: Money) -> Money {
        if upper.isPositive && lower.isPositive { return upper < lower ? upper : lower }
        if upper.isNegative && lower.isNegative { return upper > lower ? upper : lower }
        return .zero
    }

    /// The schedule over the consolidated unions' intra-union amounts.
    /// - Parameter amounts: each consolidated union's amounts, by code.
    /// - Throws: `LedgerError.amountMustFitRange` on overflow.
    static func make(scope: ConsolidationScope, amounts: [String: IntraUnionAmounts]) throws -> EliminationSchedule {
        struct Link: Hashable { var upper: String; var lower: String; var kind: EliminationKind }
        var links: Set<Link> = []
        var touched: Set<Link> = []
        for (code, book) in amounts {
            for time in EliminationTime.allCases {
                for key in (book.amounts[time] ?? [:]).keys {
                    links.insert(key.side == .upper ? Link(upper: code, lower: key.counterpart, kind: key.kind)
                                                    : Link(upper: key.counterpart, lower: code, kind: key.kind))
                }
            }
            for key in book.touched {
                touched.insert(key.side == .upper ? Link(upper: code, lower: key.counterpart, kind: key.kind)
                                                  : Link(upper: key.counterpart, lower: code, kind: key.kind))
            }
        }
        let order = Dictionary(scope.consolidated.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        var pairs: [Pair] = []
        for link in links.union(touched) {
            let times: [EliminationTime] = link.kind.isFlow ? [.year] : [.opening, .closing]
            for time in times {
                let upper = amounts[link.upper]?.amount(time, .init(kind: link.kind, side: .upper, counterpart: link.lower)) ?? .zero
                let lower = amounts[link.lower]?.amount(time, .init(kind: link.kind, side: .lower, counterpart: link.upper)) ?? .zero
                // A pair posted to in the year is listed at its year-end (or for its year) even when settled.
                let listed = !upper.isZero || !lower.isZero || (time != .opening && touched.contains(link))
                guard listed else { continue }
                pairs.append(Pair(upper: link.upper, lower: link.lower, kind: link.kind, time: time, upperAmount: upper,
                                  lowerAmount: lower, eliminated: agreed(upper, lower), difference: try upper.subtracting(lower)))
            }
        }
        pairs.sort {
            (order[$0.upper] ?? 0, order[$0.lower] ?? 0, EliminationKind.allCases.firstIndex(of: $0.kind) ?? 0, $0.time)
                < (order[$1.upper] ?? 0, order[$1.lower] ?? 0, EliminationKind.allCases.firstIndex(of: $1.kind) ?? 0, $1.time)
        }
        return EliminationSchedule(pairs: pairs)
    }
}
