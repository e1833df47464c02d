import LedgerCore

/// The figures of a year's final accounts (决算) as they were when prepared: what the 经审会
/// reviewed and the committee approved. The close compares them with the books
/// (`finalAccountsMustAgreeWithBooks`): books changed after the 决算 was approved must not be
/// locked under it.
public struct FinalAccountsRecord: Sendable, Hashable {
    /// One line of the 收支决算表.
    public struct Line: Sendable, Hashable {
        public var key: BudgetLine.Key
        public var category: BudgetCategory
        /// 核定预算数 (the approved, adjusted budget); nil for revenue or spending no line covers.
        public var budget: Money?
        /// 决算数.
        public var actual: Money

        public init(key: BudgetLine.Key, category: BudgetCategory, budget: Money?, actual: Money) {
            self.key = key
            self.category = category
            self.budget = budget
            self.actual = actual
        }
    }

    /// The figures alone, as prepared and as the books give them now.
    public struct Figures: Sendable, Hashable {
        /// The budget version the 决算 is measured against.
        public var budgetVersion: Int
        public var lines: [Line]
        /// The year's revenue and expenditure (收入支出表 本年数).
        public var revenue: Money
        public var spending: Money
        /// 年末结转结余: 工会资金结转 + 结余 at the end of the year, the result included.
        public var closingBalance: Money

        public init(budgetVersion: Int, lines: [Line], revenue: Money, spending: Money, closingBalance: Money) {
            self.budgetVersion = budgetVersion
            self.lines = lines
            self.revenue = revenue
            self.spending = spending
            self.closingBalance = closingBalance
        }

        /// The first difference from `other`, worded for the error (`支出 12,000.00 ≠ 12,035.00`); nil when equal.
        public func firstDifference(from other: Figures, language: Language) -> String? {
            let l = language
            if revenue != other.revenue { return l.pick("收入合计 \(revenue.formatted()) ≠ 账簿 \(other.revenue.formatted())", "revenue \(revenue.formatted()) ≠ books \(other.revenue.formatted())") }
            if spending != other.spending { return l.pick("支出合计 \(spending.formatted()) ≠ 账簿 \(other.spending.formatted())", "spending \(spending.formatted()) ≠ books \(other.spending.formatted())") }
            if closingBalance != other.closingBalance {
                return l.pick("年末结转结余 \(closingBalance.formatted()) ≠ 账簿 \(other.closingBalance.formatted())",
                              "closing balance \(closingBalance.formatted()) ≠ books \(other.closingBalance.formatted())")
            }
            if budgetVersion != other.budgetVersion {
                return l.pick("决算依据的预算版本 \(budgetVersion) ≠ 现行版本 \(other.budgetVersion)", "budget version \(budgetVersion) ≠ current \(other.budgetVersion)")
            }
            let mine = Dictionary(lines.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
            let theirs = Dictionary(other.lines.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
            for key in Set(mine.keys).union(theirs.keys).sorted() where mine[key] != theirs[key] {
                let was = mine[key]?.actual ?? .zero, now = theirs[key]?.actual ?? .zero
                return l.pick("\(key) 决算数 \(was.formatted()) ≠ 账簿 \(now.formatted())", "\(key): \(was.formatted()) ≠ books \(now.formatted())")
            }
            return nil
        }
    }

    public var organisation: String
    public var year: Int
    /// 1 for the first preparation; a new revision when the books changed after approval.
    public var revision: Int
    public var figures: Figures
    public var status: BudgetVersion.Status
    public var approvals: [BudgetApproval]
    public var preparedBy: String
    public var preparedAt: String

    public init(organisation: String, year: Int, revision: Int, figures: Figures, status: BudgetVersion.Status = .draft,
                approvals: [BudgetApproval] = [], preparedBy: String, preparedAt: String) {
        self.organisation = organisation
        self.year = year
        self.revision = revision
        self.figures = figures
        self.status = status
        self.approvals = approvals
        self.preparedBy = preparedBy
        self.preparedAt = preparedAt
    }
}
