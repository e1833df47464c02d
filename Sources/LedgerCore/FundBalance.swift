/// One restricted fund (专项资金) over a year: what was left at the start, what came in, what was
/// spent, what is left. Spending more than the fund holds shows as a negative closing balance.
public struct FundBalance: Hashable, Sendable {
    public var fund: String
    /// Carried forward from earlier years (its net assets at the start of the year).
    public var opening: Money
    public var revenue: Money
    public var expenditure: Money

    public init(fund: String, opening: Money, revenue: Money, expenditure: Money) {
        self.fund = fund
        self.opening = opening
        self.revenue = revenue
        self.expenditure = expenditure
    }

    /// opening + revenue − expenditure.
    public func closing() throws(LedgerError) -> Money {
        try opening.adding(revenue).subtracting(expenditure)
    }
}
