import GRDB
import LedgerCore
import LedgerSQLite
import LedgerStore
import UnionStatements

/// Budgets, approvals and final accounts in a SQLite books file (tables `budget_version`,
/// `budget_line`, `budget_approval`, `final_accounts`, `final_accounts_line`; migration 0009).
public struct SQLiteBudgetStore: BudgetStore {
    public let database: LedgerDatabase

    public init(database: LedgerDatabase) {
        self.database = database
    }

    public func versions(books: Organisation, year: Int) throws -> [BudgetVersion] {
        try database.read { db in try BudgetRows.versions(db, books: books, year: year) }
    }

    public func finalAccounts(books: Organisation, year: Int) throws -> [FinalAccountsRecord] {
        try database.read { db in try BudgetRows.finalAccounts(db, books: books, year: year) }
    }

    public func actuals(books: Organisation, from: YearMonth, to: YearMonth) throws -> [BudgetActual] {
        try database.read { db in try BudgetRows.actuals(db, books: books.id, from: from, to: to) }
    }

    public func withBudgetTransaction<T>(books: Organisation, user: String, _ body: (any BudgetTransaction) throws -> T) throws -> T {
        try database.write { db in try body(SQLiteBudgetTransaction(db: db, books: books, user: user, now: database.clock.now())) }
    }
}

/// A budget command's reads and writes within one write transaction.
struct SQLiteBudgetTransaction: BudgetTransaction {
    let db: Database
    let books: Organisation
    let user: String
    let now: String

    func versions(year: Int) throws -> [BudgetVersion] {
        try BudgetRows.versions(db, books: books, year: year)
    }

    func insertVersion(_ version: BudgetVersion) throws {
        try db.execute(sql: """
            INSERT INTO budget_version(org_id, year, number, reason, carried_forward_fen, status, source, created_at, created_by)
            VALUES (?, ?, ?, ?, ?, 'draft', ?, ?, ?)
            """, arguments: [books.id, version.year, version.number, version.reason, version.carriedForward.fen, version.source, now, user])
        try insertLines(version.lines, versionID: db.lastInsertedRowID)
    }

    func replaceDraft(_ version: BudgetVersion) throws {
        guard let id = try Int64.fetchOne(db, sql: """
            SELECT id FROM budget_version WHERE org_id = ? AND year = ? AND number = ? AND status = 'draft'
            """, arguments: [books.id, version.year, version.number]) else {
            throw BudgetError.draftMustBeOpenToChange(year: version.year, version: version.number)
        }
        try db.execute(sql: "DELETE FROM budget_line WHERE version_id = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM budget_version WHERE id = ?", arguments: [id])
        try insertVersion(version)
    }

    private func insertLines(_ lines: [BudgetLine], versionID: Int64) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO budget_line(version_id, line, account, category, project, amount_fen, note, org_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (index, line) in lines.enumerated() {
            try statement.execute(arguments: [versionID, index + 1, line.account.rawValue, line.category.rawValue, line.project,
                                              line.amount.fen, line.note, books.id])
        }
    }

    func recordApproval(year: Int, subject: ApprovalSubject, number: Int, _ approval: BudgetApproval) throws {
        try db.execute(sql: """
            INSERT INTO budget_approval(org_id, year, subject, number, step, decided_on, signer, meeting, opinion, mode, recorded_at, recorded_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [books.id, year, subject.rawValue, number, approval.step.rawValue, approval.date.description, approval.signer,
                             approval.meeting, approval.opinion, approval.mode?.rawValue, now, user])
    }

    func markApproved(year: Int, subject: ApprovalSubject, number: Int) throws {
        switch subject {
        case .budget:
            try db.execute(sql: "UPDATE budget_version SET status = 'approved' WHERE org_id = ? AND year = ? AND number = ?",
                           arguments: [books.id, year, number])
        case .finalAccounts:
            try db.execute(sql: "UPDATE final_accounts SET status = 'approved' WHERE org_id = ? AND year = ? AND revision = ?",
                           arguments: [books.id, year, number])
        }
    }

    func finalAccounts(year: Int) throws -> [FinalAccountsRecord] {
        try BudgetRows.finalAccounts(db, books: books, year: year)
    }

    func saveFinalAccounts(_ record: FinalAccountsRecord) throws {
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM final_accounts WHERE org_id = ? AND year = ? AND revision = ?",
                                       arguments: [books.id, record.year, record.revision]) {
            try db.execute(sql: "DELETE FROM final_accounts_line WHERE final_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM final_accounts WHERE id = ?", arguments: [id])
        }
        let figures = record.figures
        try db.execute(sql: """
            INSERT INTO final_accounts(org_id, year, revision, budget_number, revenue_fen, spending_fen, closing_fen, status, prepared_at, prepared_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)
            """, arguments: [books.id, record.year, record.revision, figures.budgetVersion, figures.revenue.fen, figures.spending.fen,
                             figures.closingBalance.fen, now, user])
        let id = db.lastInsertedRowID
        let statement = try db.cachedStatement(sql: """
            INSERT INTO final_accounts_line(final_id, line, account, category, project, budget_fen, actual_fen, org_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (index, line) in figures.lines.enumerated() {
            try statement.execute(arguments: [id, index + 1, line.key.account.rawValue, line.category.rawValue, line.key.project,
                                              line.budget?.fen, line.actual.fen, books.id])
        }
    }

    func recordEvent(action: String, detail: String) throws {
        try UnionSQLiteStores.recordEvent(db, organisation: books.id, at: now, user: user, action: action, detail: detail)
    }
}
