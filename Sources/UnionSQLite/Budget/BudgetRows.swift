import GRDB
import LedgerCore
import LedgerStore
import UnionStatements

/// The budget tables read strictly (`StoredRow`): a value that does not parse is a storage error
/// naming the row, never a default.
enum BudgetRows {
    static func versions(_ db: Database, books: Organisation, year: Int) throws -> [BudgetVersion] {
        let approvals = try self.approvals(db, books: books.id, year: year, subject: .budget)
        return try Row.fetchAll(db, sql: """
            SELECT id, number, reason, carried_forward_fen, status, source, created_at, created_by
            FROM budget_version WHERE org_id = ? AND year = ? ORDER BY number
            """, arguments: [books.id, year]).map { row in
            let stored = StoredRow(row, table: "budget_version", keyColumn: "id")
            let number = try stored.count("number")
            return BudgetVersion(organisation: books.code, year: year, number: number,
                                 lines: try lines(db, version: try stored.integer("id")), carriedForward: try stored.money("carried_forward_fen"),
                                 reason: try stored.text("reason"), status: try stored.choice("status", as: BudgetVersion.Status.self),
                                 approvals: approvals[number] ?? [], source: try stored.text("source"), createdBy: try stored.text("created_by"),
                                 createdAt: try stored.text("created_at"))
        }
    }

    static func lines(_ db: Database, version: Int64) throws -> [BudgetLine] {
        try Row.fetchAll(db, sql: """
            SELECT line, account, category, project, amount_fen, note FROM budget_line WHERE version_id = ? ORDER BY line
            """, arguments: [version]).map { row in
            let stored = StoredRow(row, table: "budget_line", key: "\(version)/\(StoredRow.plain(row["line"]))")
            return BudgetLine(account: try account(stored, "account"), category: try stored.choice("category", as: BudgetCategory.self),
                              project: try stored.text("project"), amount: try stored.money("amount_fen"), note: try stored.text("note"))
        }
    }

    /// Each version's (or revision's) recorded steps, in the order recorded.
    static func approvals(_ db: Database, books: Int64, year: Int, subject: ApprovalSubject) throws -> [Int: [BudgetApproval]] {
        var result: [Int: [BudgetApproval]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT id, number, step, decided_on, signer, meeting, opinion, mode, recorded_at, recorded_by
            FROM budget_approval WHERE org_id = ? AND year = ? AND subject = ? ORDER BY id
            """, arguments: [books, year, subject.rawValue]) {
            let stored = StoredRow(row, table: "budget_approval", keyColumn: "id")
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

    static func finalAccounts(_ db: Database, books: Organisation, year: Int) throws -> [FinalAccountsRecord] {
        let approvals = try self.approvals(db, books: books.id, year: year, subject: .finalAccounts)
        return try Row.fetchAll(db, sql: """
            SELECT id, revision, budget_number, revenue_fen, spending_fen, closing_fen, status, prepared_at, prepared_by
            FROM final_accounts WHERE org_id = ? AND year = ? ORDER BY revision
            """, arguments: [books.id, year]).map { row in
            let stored = StoredRow(row, table: "final_accounts", keyColumn: "id")
            let id = try stored.integer("id")
            let lines = try Row.fetchAll(db, sql: """
                SELECT line, account, category, project, budget_fen, actual_fen FROM final_accounts_line WHERE final_id = ? ORDER BY line
                """, arguments: [id]).map { row in
                let line = StoredRow(row, table: "final_accounts_line", key: "\(id)/\(StoredRow.plain(row["line"]))")
                return FinalAccountsRecord.Line(
                    key: BudgetLine.Key(account: try account(line, "account"), project: try line.text("project")),
                    category: try line.choice("category", as: BudgetCategory.self),
                    budget: try line.optionalInteger("budget_fen").map { Money(fen: $0) }, actual: try line.money("actual_fen"))
            }
            let revision = try stored.count("revision")
            let figures = FinalAccountsRecord.Figures(budgetVersion: try stored.count("budget_number"), lines: lines,
                                                      revenue: try stored.money("revenue_fen"), spending: try stored.money("spending_fen"),
                                                      closingBalance: try stored.money("closing_fen"))
            return FinalAccountsRecord(organisation: books.code, year: year, revision: revision, figures: figures,
                                       status: try stored.choice("status", as: BudgetVersion.Status.self),
                                       approvals: approvals[revision] ?? [], preparedBy: try stored.text("prepared_by"),
                                       preparedAt: try stored.text("prepared_at"))
        }
    }

    /// Revenue and expenditure per leaf account, budget-line tag and month, without closing vouchers.
    static func actuals(_ db: Database, books: Int64, from: YearMonth, to: YearMonth) throws -> [BudgetActual] {
        try Row.fetchAll(db, sql: """
            SELECT a.code, a.kind, COALESCE(p.budget_line, '') AS project, v.ordinal,
                   COALESCE(SUM(CASE p.side WHEN 'D' THEN p.amount_fen END), 0) AS debit,
                   COALESCE(SUM(CASE p.side WHEN 'C' THEN p.amount_fen END), 0) AS credit
            FROM voucher v JOIN posting p ON p.voucher_id = v.id JOIN account a ON a.id = p.account_id
            WHERE v.org_id = ? AND v.ordinal BETWEEN ? AND ? AND v.kind <> 'closing' AND a.kind IN ('revenue', 'expenditure')
            GROUP BY a.code, a.kind, project, v.ordinal
            ORDER BY a.code, project, v.ordinal
            """, arguments: [books, from.ordinal, to.ordinal]).map { row in
            let stored = StoredRow(row, table: "posting", key: "\(StoredRow.plain(row["code"])) \(StoredRow.plain(row["ordinal"]))")
            return BudgetActual(account: try account(stored, "code"), kind: try stored.choice("kind", as: Account.Kind.self),
                                project: try stored.text("project"), month: try stored.month("ordinal"),
                                debit: try stored.money("debit"), credit: try stored.money("credit"))
        }
    }

    private static func account(_ stored: StoredRow, _ column: String) throws -> AccountCode {
        let text = try stored.text(column)
        guard let code = try? AccountCode(text) else { throw stored.failure(column, "'\(text)' is not an account code") }
        return code
    }
}

extension BudgetRows {
    /// The organisation's chart as the rules need it (code, name, kind, role).
    static func chart(_ db: Database, books: Int64) throws -> [Account] {
        try Row.fetchAll(db, sql: "SELECT code, name, kind, role FROM account WHERE org_id = ? ORDER BY code", arguments: [books]).map { row in
            let stored = StoredRow(row, table: "account", key: StoredRow.plain(row["code"]))
            let text = try stored.text("code")
            guard let code = try? AccountCode(text) else { throw stored.failure("code", "'\(text)' is not an account code") }
            return Account(code: code, name: try stored.text("name"), kind: try stored.choice("kind", as: Account.Kind.self),
                           role: try stored.text("role"))
        }
    }
}
