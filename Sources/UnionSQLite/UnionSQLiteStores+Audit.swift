import LedgerStore
import UnionAudit

extension UnionSQLiteStores {
    /// The findings register (runs, findings and their 整改 status, audited persons' comments).
    public var findingsRegister: any FindingsRegister { SQLiteFindingsRegister(database: database) }

    /// Everything the audit reads besides the ledger, from this file's registers. Budgets are not
    /// wired yet (no budget store in these books): the budget checks say so.
    public var auditFacts: AuditFacts {
        AuditFacts(organisations: organisations, journal: SQLiteAuditJournal(database: database), trail: SQLitePostingTrail(database: database),
                   budget: nil,
                   payroll: AllocationPayrollFacts(store: allocation), dues: StoreDuesFacts(store: dues),
                   members: RegisterMemberFacts(store: members), register: findingsRegister)
    }

    /// The audit's context for one organisation's books, under the file's policy.
    public func auditContext(books: any Books) throws -> AuditContext {
        try AuditContext(books: books, policy: policies.current(), facts: auditFacts)
    }
}
