import LedgerCore

/// One budget version as its form prints it (工会经费收支预算表, or 预算表（调整） for an
/// adjustment): each line with the prior year's actual (上年决算数) from the books, or, for an
/// adjustment, with the original amount beside it; and the balance summary.
public struct BudgetSheet: Sendable {
    public struct Line: Sendable, Hashable {
        public var line: BudgetLine
        public var name: String
        /// 上年决算数: the prior year's revenue or spending the line would have taken.
        public var lastYear: Money
        /// 年初核定预算数 (adjustments only; zero for a line the adjustment adds).
        public var original: Money?
    }

    public var organisationName: String
    public var version: BudgetVersion
    public var lines: [Line]
    public var balance: BudgetRules.Balance

    public init(organisationName: String, version: BudgetVersion, lines: [Line], balance: BudgetRules.Balance) {
        self.organisationName = organisationName
        self.version = version
        self.lines = lines
        self.balance = balance
    }

    /// Planned revenue − spending − 预备费.
    public func plannedResult() throws(LedgerError) -> Money {
        try balance.revenue.subtracting(balance.spending).subtracting(balance.contingency)
    }
}
