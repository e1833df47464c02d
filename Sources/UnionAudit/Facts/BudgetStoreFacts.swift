import LedgerCore
import LedgerStore
import UnionCore
import UnionStatements

/// The budget facts of one set of books, read from the budget module: its execution (the version
/// in force, each spending line's approved amount and actual, the spending no line covers) and
/// its versions with the approval steps the policy's chain asks for.
public struct BudgetStoreFacts: BudgetFacts {
    public let store: any BudgetStore
    public let books: any Books
    /// The policy the books are kept under (its `budget` section gives the chain).
    public let policy: PolicyDocument

    public init(store: any BudgetStore, books: any Books, policy: PolicyDocument) {
        self.store = store
        self.books = books
        self.policy = policy
    }

    public func budgetLines(organisation: String, year: Int, through: YearMonth) throws -> [BudgetLineFact]? {
        let terms = try BudgetPolicy.inForce(policy: policy, year: year)
        let execution = try BudgetBook(store: store, books: books).execution(through: through, policy: terms, language: .zh)
        guard execution.versionInForce != nil else { return nil }
        return execution.lines.map { line in
            BudgetLineFact(key: line.key.description, name: line.name, account: line.key.account, approved: line.adjusted, actual: line.actual,
                           isSpending: line.category.isSpending)
        }
    }

    public func budgetAdjustments(organisation: String, year: Int) throws -> [BudgetAdjustmentFact] {
        let chain = try BudgetPolicy.inForce(policy: policy, year: year).approvalChain
        let versions = try store.versions(books: books.organisation, year: year).sorted { $0.number < $1.number }
        var previous: Money?
        var adjustments: [BudgetAdjustmentFact] = []
        for version in versions {
            let spending = try version.totals().spending
            defer { previous = spending }
            guard version.isAdjustment else { continue }
            let taken = Set(version.approvals.map(\.step))
            adjustments.append(BudgetAdjustmentFact(
                version: version.number, date: version.approvals.last?.date,
                steps: chain.map { BudgetAdjustmentFact.Step(name: $0.label(.zh), done: taken.contains($0)) },
                inForce: version.status == .approved, amount: try spending.subtracting(previous ?? .zero)))
        }
        return adjustments
    }
}
