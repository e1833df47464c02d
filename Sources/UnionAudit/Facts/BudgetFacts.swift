import LedgerCore

/// One line of the budget in force for a year: its approved amount and what was spent against it.
public struct BudgetLineFact: Sendable, Hashable {
    /// The line's key in the budget (e.g. its account code).
    public var key: String
    public var name: String
    /// The expenditure account the line budgets; spending on it or any sub-account counts against it.
    public var account: AccountCode
    /// The approved amount, adjustments in force included.
    public var approved: Money
    /// Spending charged to the line in the year.
    public var actual: Money

    public init(key: String, name: String, account: AccountCode, approved: Money, actual: Money) {
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

/// What the budget checks read: declared here, implemented by the budget module's store when the
/// books keep budgets (issue #11). Until then no implementation is wired and the budget checks
/// report "not determinable: no budget module in these books".
public protocol BudgetFacts: Sendable {
    /// The lines of the budget in force for `year` with their actuals; nil when the books hold no approved budget for it.
    func budgetLines(organisation: String, year: Int) throws -> [BudgetLineFact]?
    /// The year's adjustments, in version order.
    func budgetAdjustments(organisation: String, year: Int) throws -> [BudgetAdjustmentFact]
}
