import LedgerCore

/// One line of the budget's execution for a year: a spending line with its approved amount and
/// what was charged to it, or a row of spending no line covers (无预算: `approved` is nil).
public struct BudgetLineFact: Sendable, Hashable {
    /// The line's key in the budget (`50102` or `50102/职工运动会`).
    public var key: String
    public var name: String
    /// The expenditure account the line budgets (or the unbudgeted spending was charged to).
    public var account: AccountCode
    /// The approved amount, adjustments in force included; nil for spending no line covers.
    public var approved: Money?
    /// Spending charged to the line in the year so far (revenue received, for a revenue line).
    public var actual: Money
    /// A spending line (基本支出, 项目支出); false for a revenue line, which no budget check judges.
    public var isSpending: Bool

    public init(key: String, name: String, account: AccountCode, approved: Money?, actual: Money, isSpending: Bool = true) {
        self.isSpending = isSpending
        self.key = key
        self.name = name
        self.account = account
        self.approved = approved
        self.actual = actual
    }
}

/// A budget adjustment (预算调整) and how far it went through the approval chain
/// (union committee → 经审会 → higher union: DOMAIN §5; 总工办发〔2020〕29号).
public struct BudgetAdjustmentFact: Sendable, Hashable {
    public var version: Int
    public var date: LocalDate?
    /// Each step of the chain and whether it was taken, in order.
    public var steps: [Step]
    /// The books execute against it (its amounts count in `BudgetLineFact.approved`).
    public var inForce: Bool
    /// The total it changes the budget by.
    public var amount: Money

    public struct Step: Sendable, Hashable {
        public var name: String
        public var done: Bool
        public init(name: String, done: Bool) {
            self.name = name
            self.done = done
        }
    }

    public init(version: Int, date: LocalDate?, steps: [Step], inForce: Bool, amount: Money) {
        self.version = version
        self.date = date
        self.steps = steps
        self.inForce = inForce
        self.amount = amount
    }

    /// The steps not taken.
    public var missingSteps: [String] { steps.filter { !$0.done }.map(\.name) }
}

/// What the budget checks read: declared here, implemented over the budget module's store
/// (`BudgetStoreFacts`). Without it the budget checks report "not determinable: no budget module
/// in these books".
public protocol BudgetFacts: Sendable {
    /// The lines of the budget in force at the end of `through` with their actuals from January, and
    /// the spending no line covers; nil when the books hold no approved budget for the year.
    func budgetLines(organisation: String, year: Int, through: YearMonth) throws -> [BudgetLineFact]?
    /// The year's adjustments, in version order.
    func budgetAdjustments(organisation: String, year: Int) throws -> [BudgetAdjustmentFact]
}
