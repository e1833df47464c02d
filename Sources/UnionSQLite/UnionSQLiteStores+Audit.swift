import LedgerStore
import UnionAudit

extension UnionSQLiteStores {
    /// The findings register (runs, findings and their 整改 status, audited persons' comments).
    public var findingsRegister: any FindingsRegister { SQLiteFindingsRegister(database: database) }

    /// Everything the audit reads besides the ledger, from this file's registers (budgets are read
    /// per set of books: `auditContext(books:)`).
    public var auditFacts: AuditFacts {
        AuditFacts(organisations: organisations, journal: SQLiteAuditJournal(database: database), trail: SQLitePostingTrail(database: database),
                   budget: nil,
                   payroll: AllocationPayrollFacts(store: allocation), dues: StoreDuesFacts(store: dues),
                   members: RegisterMemberFacts(store: members), register: findingsRegister)
    }

    /// The audit's context for one organisation's books, under the file's policy.
    public func auditContext(books: any Books) throws -> AuditContext {
        let policy = try policies.current()
        var facts = auditFacts
        facts.budget = BudgetStoreFacts(store: budgets, books: books, policy: policy)
        return try AuditContext(books: books, policy: policy, facts: facts)
    }
}
