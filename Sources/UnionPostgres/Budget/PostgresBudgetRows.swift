import LedgerCore
import LedgerPostgres
import LedgerStore
import UnionStatements

/// The budget tables read strictly (`PostgresStoredRow`), as UnionSQLite's `BudgetRows`: the same
/// rows in the same order, and a value that does not parse is a storage error naming the row.
/// The lines of a year's versions (or revisions) come in one query, not one per version.
enum PostgresBudgetRows {
    static func versions(_ session: PostgresSession, books: Organisation, year: Int) throws -> [BudgetVersion] {
        let approvals = try self.approvals(session, books: books.id, year: year, subject: .budget)
        let lines = try self.lines(session, books: books.id, year: year)
        return try session.query("""
            SELECT id, number, reason, carried_forward_fen, status, source, created_at, created_by
            FROM budget_version WHERE org_id = $1 AND year = $2 ORDER BY number
            """, [.integer(books.id), .int(year)]).map { row in
            let stored = PostgresStoredRow(row, table: "budget_version", keyColumn: "id")
            let number = try stored.count("number")
            return BudgetVersion(organisation: books.code, year: year, number: number,
                                 lines: lines[try stored.integer("id")] ?? [], carriedForward: try stored.money("carried_forward_fen"),
                                 reason: try stored.text("reason"), status: try stored.choice("status", as: BudgetVersion.Status.self),
                                 approvals: approvals[number] ?? [], source: try stored.text("source"), createdBy: try stored.text("created_by"),
                                 createdAt: try stored.text("created_at"))
        }
    }

    /// The lines of every version of the year, by version id, each version's in line order.
    static func lines(_ session: PostgresSession, books: Int64, year: Int) throws -> [Int64: [BudgetLine]] {
        var result: [Int64: [BudgetLine]] = [:]
        for row in try session.query("""
            SELECT l.version_id, l.line, l.account, l.category, l.project, l.amount_fen, l.note
            FROM budget_line l JOIN budget_version v ON v.id = l.version_id
            WHERE l.org_id = $1 AND v.org_id = $1 AND v.year = $2 ORDER BY l.version_id, l.line
            """, [.integer(books), .int(year)]) {
            let version = try row.int("version_id")
            let stored = PostgresStoredRow(row, table: "budget_line", key: "\(version)/\(PostgresStoredRow.plain(row, "line"))")
            result[version, default: []].append(BudgetLine(
                account: try stored.account("account"), category: try stored.choice("category", as: BudgetCategory.self),
                project: try stored.text("project"), amount: try stored.money("amount_fen"), note: try stored.text("note")))
        }
        return result
    }

    /// Each version's (or revision's) recorded steps, in the order recorded.
    static func approvals(_ session: PostgresSession, books: Int64, year: Int, subject: ApprovalSubject) throws -> [Int: [BudgetApproval]] {
        var result: [Int: [BudgetApproval]] = [:]
        for row in try session.query("""
            SELECT id, number, step, decided_on, signer, meeting, opinion, mode, recorded_at, recorded_by
            FROM budget_approval WHERE org_id = $1 AND year = $2 AND subject = $3 ORDER BY id
            """, [.integer(books), .int(year), .text(subject.rawValue)]) {
            let stored = PostgresStoredRow(row, table: "budget_approval", keyColumn: "id")
            let mode = try stored.optionalText("mode").map { text in
                guard let mode = BudgetPolicy.HigherUnionMode(rawValue: text) else { throw stored.failure("mode", "'\(text)' is not a mode") }
                return mode
            }
            result[try stored.count("number"), default: []].append(BudgetApproval(
                step: try stored.choice("step", as: ApprovalStep.self), date: try stored.date("decided_on"), signer: try stored.text("signer"),
                meeting: try stored.text("meeting"), opinion: try stored.text("opinion"), mode: mode,
                recordedBy: try stored.text("recorded_by"), recordedAt: try stored.text("recorded_at")))
        }
        return result
    }

    static func finalAccounts(_ session: PostgresSession, books: Organisation, year: Int) throws -> [FinalAccountsRecord] {
        let approvals = try self.approvals(session, books: books.id, year: year, subject: .finalAccounts)
        var linesByRecord: [Int64: [FinalAccountsRecord.Line]] = [:]
        for row in try session.query("""
            SELECT l.final_id, l.line, l.account, l.category, l.project, l.budget_fen, l.actual_fen
            FROM final_accounts_line l JOIN final_accounts f ON f.id = l.final_id
            WHERE l.org_id = $1 AND f.org_id = $1 AND f.year = $2 ORDER BY l.final_id, l.line
            """, [.integer(books.id), .int(year)]) {
            let id = try row.int("final_id")
            let line = PostgresStoredRow(row, table: "final_accounts_line", key: "\(id)/\(PostgresStoredRow.plain(row, "line"))")
            linesByRecord[id, default: []].append(FinalAccountsRecord.Line(
                key: BudgetLine.Key(account: try line.account("account"), project: try line.text("project")),
                category: try line.choice("category", as: BudgetCategory.self),
                budget: try line.optionalInteger("budget_fen").map { Money(fen: $0) }, actual: try line.money("actual_fen")))
        }
        return try session.query("""
            SELECT id, revision, budget_number, revenue_fen, spending_fen, closing_fen, status, prepared_at, prepared_by
            FROM final_accounts WHERE org_id = $1 AND year = $2 ORDER BY revision
            """, [.integer(books.id), .int(year)]).map { row in
            let stored = PostgresStoredRow(row, table: "final_accounts", keyColumn: "id")
            let revision = try stored.count("revision")
            let figures = FinalAccountsRecord.Figures(budgetVersion: try stored.count("budget_number"),
                                                      lines: linesByRecord[try stored.integer("id")] ?? [],
                                                      revenue: try stored.money("revenue_fen"), spending: try stored.money("spending_fen"),
                                                      closingBalance: try stored.money("closing_fen"))
            return FinalAccountsRecord(organisation: books.code, year: year, revision: revision, figures: figures,
                                       status: try stored.choice("status", as: BudgetVersion.Status.self),
                                       approvals: approvals[revision] ?? [], preparedBy: try stored.text("prepared_by"),
                                       preparedAt: try stored.text("prepared_at"))
        }
    }

    /// Revenue and expenditure per leaf account, budget-line tag and month, without closing
    /// vouchers: one grouped query over the range's vouchers (through `UNIQUE(org_id, ordinal, number)`).
    /// Text sorts byte by byte (`COLLATE "C"`), as SQLite's does, whatever the database's locale.
    static func actuals(_ session: PostgresSession, books: Int64, from: YearMonth, to: YearMonth) throws -> [BudgetActual] {
        try session.query("""
            SELECT a.code, a.kind, COALESCE(p.budget_line, '') AS project, v.ordinal,
                   COALESCE(SUM(CASE p.side WHEN 'D' THEN p.amount_fen END), 0)::bigint AS debit,
                   COALESCE(SUM(CASE p.side WHEN 'C' THEN p.amount_fen END), 0)::bigint AS credit
            FROM voucher v JOIN posting p ON p.voucher_id = v.id AND p.org_id = v.org_id JOIN account a ON a.id = p.account_id
            WHERE v.org_id = $1 AND v.ordinal BETWEEN $2 AND $3 AND v.kind <> 'closing' AND a.kind IN ('revenue', 'expenditure')
            GROUP BY a.code, a.kind, COALESCE(p.budget_line, ''), v.ordinal
            ORDER BY a.code COLLATE "C", COALESCE(p.budget_line, '') COLLATE "C", v.ordinal
            """, [.integer(books), .int(from.ordinal), .int(to.ordinal)]).map { row in
            let stored = PostgresStoredRow(row, table: "posting", key: "\(PostgresStoredRow.plain(row, "code")) \(PostgresStoredRow.plain(row, "ordinal"))")
            return BudgetActual(account: try stored.account("code"), kind: try stored.choice("kind", as: Account.Kind.self),
                                project: try stored.text("project"), month: try stored.month("ordinal"),
                                debit: try stored.money("debit"), credit: try stored.money("credit"))
        }
    }

    /// The organisation's chart as the rules need it (code, name, kind, role).
    static func chart(_ session: PostgresSession, books: Int64) throws -> [Account] {
        try session.query("SELECT code, name, kind, role FROM account WHERE org_id = $1 ORDER BY code COLLATE \"C\"", [.integer(books)]).map { row in
            let stored = PostgresStoredRow(row, table: "account", key: PostgresStoredRow.plain(row, "code"))
            return Account(code: try stored.account("code"), name: try stored.text("name"), kind: try stored.choice("kind", as: Account.Kind.self),
                           role: try stored.text("role"))
        }
    }
}
