import LedgerCore
import LedgerStore
import UnionAllocation
import UnionAudit
import UnionCore
import UnionMembers
import UnionStatements

/// Every store the union rules use, over one book: a SQLite file (UnionSQLite) or a PostgreSQL
/// database (UnionPostgres). The CLI opens one and hands each rule module the protocol it declared.
public protocol UnionStores: Sendable {
    /// The ledger the registers sit beside.
    var booksStore: any BooksStore { get }
    /// The organisation register and officers' terms.
    var organisations: any OrganisationStore { get }
    /// The policy the book is kept under, and its history.
    var policies: any PolicyStore { get }
    /// The allocation registers (payroll, allocations, receipts, refunds, enforcement).
    var allocation: any AllocationStore { get }
    /// The member register, its ID key and the employee counts.
    var members: any MemberStore { get }
    /// Dues assessed and paid.
    var dues: any DuesStore { get }
    /// Budgets, their approvals and the final accounts.
    var budgets: any BudgetStore { get }
    /// The findings register (runs, findings and their 整改 status, comments).
    var findingsRegister: any FindingsRegister { get }
    /// The audit's bulk read of a period's vouchers.
    var auditJournal: any AuditJournal { get }
    /// When each voucher was posted.
    var postingTrail: any PostingTrail { get }
    /// Registers an organisation with its chart and, when given, puts `policy` in force, in one
    /// transaction: either the books exist under that policy, or nothing was written.
    func addOrganisation(_ new: NewOrganisation, chart: [Account], user: String, policy: PolicyDocument?) throws -> any Books
}

extension UnionStores {
    /// Everything the audit reads besides the ledger (budgets are read per set of books:
    /// `auditContext(books:)`).
    public var auditFacts: AuditFacts {
        AuditFacts(organisations: organisations, journal: auditJournal, trail: postingTrail, budget: nil,
                   payroll: AllocationPayrollFacts(store: allocation), dues: StoreDuesFacts(store: dues),
                   members: RegisterMemberFacts(store: members), register: findingsRegister)
    }

    /// The audit's context for one organisation's books, under the book's policy.
    public func auditContext(books: any Books) throws -> AuditContext {
        let policy = try policies.current()
        var facts = auditFacts
        facts.budget = BudgetStoreFacts(store: budgets, books: books, policy: policy)
        return try AuditContext(books: books, policy: policy, facts: facts)
    }
}
