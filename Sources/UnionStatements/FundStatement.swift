import LedgerCore

/// 专项资金收支情况: each restricted fund's year (brought forward, revenue, spending, closing) with
/// the totals, and the 专款专用 rule applied: a fund is **overspent** when it spent more than it
/// held, that is when brought forward + revenue − expenditure is below zero. Restricted money can
/// only pay for its purpose, so an overspent fund means ordinary money paid for it, or spending
/// was booked to the wrong fund; either way the statement says so.
public struct FundStatement: Sendable {
    /// One fund's year.
    public struct Line: Sendable, Hashable {
        public var fund: String
        public var opening: Money
        public var revenue: Money
        public var expenditure: Money
        /// opening + revenue − expenditure.
        public var closing: Money
        /// Spent more than it held (closing below zero).
        public var isOverspent: Bool
    }

    public var year: Int
    public var lines: [Line]
    public private(set) var totals = (opening: Money.zero, revenue: Money.zero, expenditure: Money.zero, closing: Money.zero)

    /// The funds that spent more than they held, in statement order.
    public var overspent: [String] { lines.filter(\.isOverspent).map(\.fund) }

    /// - Parameter funds: the books' fund balances for `year` (`Books.fundBalances`), in the order shown.
    /// - Throws: `LedgerError.amountMustFitRange` when a sum overflows.
    /// - Complexity: O(funds).
    public init(funds: [FundBalance], year: Int) throws {
        self.year = year
        var lines: [Line] = []
        for fund in funds {
            let closing = try fund.closing()
            lines.append(Line(fund: fund.fund, opening: fund.opening, revenue: fund.revenue, expenditure: fund.expenditure,
                              closing: closing, isOverspent: closing.isNegative))
            totals = (try totals.opening.adding(fund.opening), try totals.revenue.adding(fund.revenue),
                      try totals.expenditure.adding(fund.expenditure), try totals.closing.adding(closing))
        }
        self.lines = lines
    }
}
