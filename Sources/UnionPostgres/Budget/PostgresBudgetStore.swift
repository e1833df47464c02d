import LedgerCore
import LedgerPostgres
import LedgerStore
import UnionStatements

/// Budgets, approvals and final accounts in a PostgreSQL book (tables `budget_version`,
/// `budget_line`, `budget_approval`, `final_accounts`, `final_accounts_line`; step 0009) — as
/// UnionSQLite's `SQLiteBudgetStore`.
public struct PostgresBudgetStore: BudgetStore, @unchecked Sendable {
    public let store: PostgresStore

    public init(store: PostgresStore) {
        self.store = store
    }

    /// The first key of the advisory lock a budget command holds on its organisation ("GHBG"; the
    /// ledger's locks use "GHHU"). SQLite runs one writer at a time; here two clerks drafting the
    /// same year at once would both see no version 0 and one would fail on the UNIQUE instead of
    /// being told `originalBudgetMustBeUnique`, so budget commands of one organisation take turns.
    static let lockSpace = 0x4748_4247

    public func versions(books: Organisation, year: Int) throws -> [BudgetVersion] {
        try store.read { try PostgresBudgetRows.versions(store.session, books: books, year: year) }
    }

    public func finalAccounts(books: Organisation, year: Int) throws -> [FinalAccountsRecord] {
        try store.read { try PostgresBudgetRows.finalAccounts(store.session, books: books, year: year) }
    }

    public func actuals(books: Organisation, from: YearMonth, to: YearMonth) throws -> [BudgetActual] {
        try store.read { try PostgresBudgetRows.actuals(store.session, books: books.id, from: from, to: to) }
    }

    public func withBudgetTransaction<T>(books: Organisation, user: String, _ body: (any BudgetTransaction) throws -> T) throws -> T {
        try store.write {
            try store.session.query("SELECT pg_advisory_xact_lock($1::int, $2::int)", [.int(Self.lockSpace), .integer(books.id)])
            return try body(PostgresBudgetTransaction(session: store.session, books: books, user: user, now: store.clock.now()))
        }
    }
}

/// A budget command's reads and writes within one transaction.
struct PostgresBudgetTransaction: BudgetTransaction {
    let session: PostgresSession
    let books: Organisation
    let user: String
    let now: String

    func versions(year: Int) throws -> [BudgetVersion] {
        try PostgresBudgetRows.versions(session, books: books, year: year)
    }

    func insertVersion(_ version: BudgetVersion) throws {
        let id = try session.one("""
            INSERT INTO budget_version(org_id, year, number, reason, carried_forward_fen, status, source, created_at, created_by)
            VALUES ($1, $2, $3, $4, $5, 'draft', $6, $7, $8) RETURNING id
            """, [.integer(books.id), .int(version.year), .int(version.number), .text(version.reason), .integer(version.carriedForward.fen),
                  .text(version.source), .text(now), .text(user)]).int("id")
        try PostgresRows.insert(session, table: "budget_line",
                                   columns: ["version_id", "line", "account", "category", "project", "amount_fen", "note", "org_id"],
                                   rows: version.lines.enumerated().map { index, line in
            [.integer(id), .int(index + 1), .text(line.account.rawValue), .text(line.category.rawValue), .text(line.project),
             .integer(line.amount.fen), .text(line.note), .integer(books.id)]
        })
    }

    func replaceDraft(_ version: BudgetVersion) throws {
        guard let row = try session.query("""
            SELECT id FROM budget_version WHERE org_id = $1 AND year = $2 AND number = $3 AND status = 'draft'
            """, [.integer(books.id), .int(version.year), .int(version.number)]).first else {
            throw BudgetError.draftMustBeOpenToChange(year: version.year, version: version.number)
        }
        let id = try row.int("id")
        try session.query("DELETE FROM budget_line WHERE version_id = $1", [.integer(id)])
        try session.query("DELETE FROM budget_version WHERE id = $1", [.integer(id)])
        try insertVersion(version)
    }

    func recordApproval(year: Int, subject: ApprovalSubject, number: Int, _ approval: BudgetApproval) throws {
        try session.query("""
            INSERT INTO budget_approval(org_id, year, subject, number, step, decided_on, signer, meeting, opinion, mode, recorded_at, recorded_by)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
            """, [.integer(books.id), .int(year), .text(subject.rawValue), .int(number), .text(approval.step.rawValue),
                  .text(approval.date.description), .text(approval.signer), .text(approval.meeting), .text(approval.opinion),
                  .optional(approval.mode?.rawValue), .text(now), .text(user)])
    }

    func markApproved(year: Int, subject: ApprovalSubject, number: Int) throws {
        switch subject {
        case .budget:
            try session.query("UPDATE budget_version SET status = 'approved' WHERE org_id = $1 AND year = $2 AND number = $3",
                              [.integer(books.id), .int(year), .int(number)])
        case .finalAccounts:
            try session.query("UPDATE final_accounts SET status = 'approved' WHERE org_id = $1 AND year = $2 AND revision = $3",
                              [.integer(books.id), .int(year), .int(number)])
        }
    }

    func finalAccounts(year: Int) throws -> [FinalAccountsRecord] {
        try PostgresBudgetRows.finalAccounts(session, books: books, year: year)
    }

    func saveFinalAccounts(_ record: FinalAccountsRecord) throws {
        if let row = try session.query("SELECT id FROM final_accounts WHERE org_id = $1 AND year = $2 AND revision = $3",
                                       [.integer(books.id), .int(record.year), .int(record.revision)]).first {
            let id = try row.int("id")
            try session.query("DELETE FROM final_accounts_line WHERE final_id = $1", [.integer(id)])
            try session.query("DELETE FROM final_accounts WHERE id = $1", [.integer(id)])
        }
        let figures = record.figures
        let id = try session.one("""
            INSERT INTO final_accounts(org_id, year, revision, budget_number, revenue_fen, spending_fen, closing_fen, status, prepared_at, prepared_by)
            VALUES ($1, $2, $3, $4, $5, $6, $7, 'draft', $8, $9) RETURNING id
            """, [.integer(books.id), .int(record.year), .int(record.revision), .int(figures.budgetVersion), .integer(figures.revenue.fen),
                  .integer(figures.spending.fen), .integer(figures.closingBalance.fen), .text(now), .text(user)]).int("id")
        try PostgresRows.insert(session, table: "final_accounts_line",
                                   columns: ["final_id", "line", "account", "category", "project", "budget_fen", "actual_fen", "org_id"],
                                   rows: figures.lines.enumerated().map { index, line in
            [.integer(id), .int(index + 1), .text(line.key.account.rawValue), .text(line.category.rawValue), .text(line.key.project),
             .optional(line.budget?.fen), .integer(line.actual.fen), .integer(books.id)]
        })
    }

    func recordEvent(action: String, detail: String) throws {
        // The ledger's event log (LedgerPostgres writes the same row for its own events).
        try session.query("INSERT INTO event(org_id, at, \"user\", action, detail) VALUES ($1, $2, $3, $4, $5)",
                          [.integer(books.id), .text(now), .text(user), .text(action), .text(detail)])
    }
}
