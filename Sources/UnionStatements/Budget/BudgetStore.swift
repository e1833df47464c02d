import LedgerCore
import LedgerStore

/// Where budgets, their approvals and the final accounts are kept: the reads and writes
/// `BudgetBook` needs. Implemented by `SQLiteBudgetStore` (UnionSQLite).
///
/// ```
/// BudgetBook (import, adjust, approve, execution, final accounts) over one set of books
///   ├─ versions(books:year:), finalAccounts(books:year:)           reads
///   ├─ actuals(books:from:to:)                                     what the ledger holds per (account, project, month)
///   └─ withBudgetTransaction ── BudgetTransaction                  one write transaction
/// ```
public protocol BudgetStore: Sendable {
    /// The year's budget versions, by number, each with its lines and approvals.
    func versions(books: Organisation, year: Int) throws -> [BudgetVersion]
    /// Every final-accounts revision of the year, oldest first.
    func finalAccounts(books: Organisation, year: Int) throws -> [FinalAccountsRecord]
    /// Revenue and expenditure in `[from, to]`, without period-end carry-forward (结转) vouchers,
    /// grouped by leaf account, budget-line tag and month.
    /// - Complexity: O(postings in the range).
    func actuals(books: Organisation, from: YearMonth, to: YearMonth) throws -> [BudgetActual]
    /// Runs `body` in one write transaction; `user` is recorded on every row.
    func withBudgetTransaction<T>(books: Organisation, user: String, _ body: (any BudgetTransaction) throws -> T) throws -> T
}

/// The writes of one budget command, inside one transaction.
public protocol BudgetTransaction {
    /// The year's versions as the transaction sees them.
    func versions(year: Int) throws -> [BudgetVersion]
    /// Stores a new draft version (its number is `version.number`).
    func insertVersion(_ version: BudgetVersion) throws
    /// Replaces a draft that has no approval step yet.
    func replaceDraft(_ version: BudgetVersion) throws
    /// Records one step of the chain for a budget version or a final-accounts revision.
    func recordApproval(year: Int, subject: ApprovalSubject, number: Int, _ approval: BudgetApproval) throws
    /// Marks a budget version or a final-accounts revision approved (locked).
    func markApproved(year: Int, subject: ApprovalSubject, number: Int) throws
    /// The year's final-accounts revisions.
    func finalAccounts(year: Int) throws -> [FinalAccountsRecord]
    /// Stores a final-accounts revision (replacing one of the same number that has no approval yet).
    func saveFinalAccounts(_ record: FinalAccountsRecord) throws
    /// Records who did what in the file's event log.
    func recordEvent(action: String, detail: String) throws
}

/// What an approval step is about.
public enum ApprovalSubject: String, Sendable, Hashable, CaseIterable {
    /// A budget version (its number).
    case budget
    /// A final-accounts revision (决算).
    case finalAccounts = "final"
}

/// Revenue or expenditure the books hold for one leaf account, tag and month.
public struct BudgetActual: Sendable, Hashable {
    public var account: AccountCode
    public var kind: Account.Kind
    /// The postings' budget-line tag (a project name), empty when untagged.
    public var project: String
    public var month: YearMonth
    public var debit: Money
    public var credit: Money

    public init(account: AccountCode, kind: Account.Kind, project: String, month: YearMonth, debit: Money, credit: Money) {
        self.account = account
        self.kind = kind
        self.project = project
        self.month = month
        self.debit = debit
        self.credit = credit
    }

    /// The amount on the account's normal side: spent (expenditure) or received (revenue).
    public func amount() throws(LedgerError) -> Money {
        kind == .expenditure ? try debit.subtracting(credit) : try credit.subtracting(debit)
    }
}
