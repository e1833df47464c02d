import Foundation
import GRDB
import Testing

/// The tamper table: one direct SQLite edit per state table, made behind gonghui's back through a
/// raw connection (as `sqlite3 FILE` would, triggers dropped where the schema forbids the edit);
/// `gonghui verify` must exit 1 and name the table. Then the journal's end: a truncation that also
/// rewrites `journal_head` (and the change journal's tail) is caught by `verify --seal`.
@Suite("hostile: tamper table")
struct HostileTamperTests {
    /// The tour's three books files (a union's books, a federation with its units, a member
    /// register), made once for the suite; each test edits its own copy.
    static let tour: Result<URL, TourFailed> = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-tamper-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let result = try CLI.run(["tour", "--dir", "tour"], in: folder)
            guard result.exitCode == 0 else { return .failure(TourFailed(description: result.description)) }
            return .success(folder.appendingPathComponent("tour"))
        } catch {
            return .failure(TourFailed(description: "\(error)"))
        }
    }()

    struct TourFailed: Error, CustomStringConvertible { var description: String }

    struct Edit: Sendable, CustomStringConvertible {
        var table: String
        var file: String
        var sql: String
        /// What verify's message must contain: the table's name, or for the voucher chain's
        /// tables the finding that covers them.
        var named: String
        var description: String { table }

        init(_ table: String, _ file: String, _ sql: String, named: String? = nil) {
            self.table = table
            self.file = file
            self.sql = sql
            self.named = named ?? table
        }
    }

    static let edits: [Edit] = [
        // A union's books (tour.sqlite).
        Edit("account", "tour", "UPDATE account SET kind = 'liability' WHERE code = '102'"),
        Edit("organisation", "tour", "UPDATE organisation SET name = '另一个工会'"),
        Edit("period", "tour", """
            UPDATE period SET closed_at = NULL, closed_by = NULL
            WHERE ordinal = (SELECT MAX(ordinal) FROM period WHERE closed_at IS NOT NULL)
            """),
        // The careful editor drops the journal's trigger first: the row is still missed.
        Edit("event", "tour", """
            DROP TRIGGER change_journal_event_delete;
            DELETE FROM event WHERE id = (SELECT MAX(id) FROM event WHERE action LIKE '%close%')
            """),
        Edit("import_log", "tour", "UPDATE import_log SET file_name = 'other.csv'"),
        Edit("import_content", "tour", "UPDATE import_content SET file_name = 'other.csv'"),
        Edit("tenure", "tour", "UPDATE tenure SET person = '李四' WHERE id = 1"),
        // The stored policy with the dues rate raised from 0.5% to 5%.
        Edit("policy", "tour", """
            INSERT INTO policy(name, source, document, sha256, set_at, set_by)
            VALUES ('default', 'edited', X'\(editedPolicyHex)', printf('%064d', 0), '2026-11-21T10:00:00Z', 'x')
            """),
        Edit("voucher_draft", "tour", "DROP TRIGGER voucher_draft_posted_update; UPDATE voucher_draft SET summary = '改过' WHERE id = 1"),
        Edit("voucher_draft_line", "tour", "UPDATE voucher_draft_line SET memo = '改过' WHERE draft_id = 1 AND line = 1"),
        Edit("budget_version", "tour", """
            DROP TRIGGER budget_version_approved_update;
            UPDATE budget_version SET carried_forward_fen = carried_forward_fen + 100 WHERE id = 1
            """),
        Edit("budget_line", "tour", """
            DROP TRIGGER budget_line_approved_update;
            UPDATE budget_line SET amount_fen = amount_fen * 10 WHERE version_id = 1 AND line = 1
            """),
        Edit("budget_approval", "tour", """
            DROP TRIGGER budget_approval_is_immutable_delete;
            DELETE FROM budget_approval WHERE id = (SELECT MAX(id) FROM budget_approval)
            """),
        Edit("final_accounts", "tour", """
            DROP TRIGGER final_accounts_approved_update; UPDATE final_accounts SET spending_fen = spending_fen + 1
            """),
        Edit("final_accounts_line", "tour", """
            DROP TRIGGER final_accounts_line_update;
            UPDATE final_accounts_line SET actual_fen = actual_fen + 1 WHERE final_id = 1 AND line = 1
            """),
        Edit("audit_run", "tour", "UPDATE audit_run SET run_by = '别人' WHERE id = 1"),
        Edit("audit_finding", "tour", "UPDATE audit_finding SET explanation_zh = '无问题' WHERE id = 1"),
        Edit("audit_finding_event", "tour", """
            DROP TRIGGER audit_finding_event_is_immutable_delete; DELETE FROM audit_finding_event WHERE id = 1
            """),
        Edit("audit_comment", "tour", """
            INSERT INTO audit_comment(tenure_id, received, comment, recorded_at, recorded_by)
            VALUES (1, '2026-11-01', '无意见', '2026-11-21T10:00:00Z', 'x')
            """),
        // The voucher chain's own tables: caught by the chain, the head and the balance check.
        Edit("voucher", "tour", "DROP TRIGGER voucher_is_immutable_update; UPDATE voucher SET summary = '改过' WHERE id = 1",
             named: "哈希链"),
        Edit("posting", "tour", "DROP TRIGGER posting_is_immutable_update; UPDATE posting SET memo = '改过' WHERE voucher_id = 1 AND line = 1",
             named: "哈希链"),
        Edit("voucher_approval", "tour", """
            DROP TRIGGER voucher_approval_is_immutable_update;
            UPDATE voucher_approval SET reviewed_by = '别人' WHERE voucher_id = (SELECT MAX(voucher_id) FROM voucher_approval)
            """, named: "哈希链"),
        Edit("balance", "tour", "UPDATE balance SET debit_fen = debit_fen + 100 WHERE account_id = (SELECT MIN(account_id) FROM balance)",
             named: "余额表"),
        Edit("journal_head", "tour", "UPDATE journal_head SET voucher_count = voucher_count - 1", named: "日记账末端"),
        // A federation and its units (federation.sqlite).
        Edit("payroll_declaration", "federation", "UPDATE payroll_declaration SET wage_total_fen = wage_total_fen * 10 WHERE id = 1"),
        Edit("allocation", "federation", """
            UPDATE allocation SET due_fen = due_fen + 100, retained_fen = retained_fen + 100 WHERE declaration_id = (SELECT MIN(declaration_id) FROM allocation)
            """),
        Edit("allocation_run", "federation", "DELETE FROM allocation_run WHERE id = (SELECT MAX(id) FROM allocation_run)"),
        Edit("arrears_status", "federation", "UPDATE arrears_status SET set_by = '别人' WHERE id = (SELECT MIN(id) FROM arrears_status)"),
        Edit("preparatory_refund", "federation", "UPDATE preparatory_refund SET amount_fen = amount_fen + 1"),
        Edit("register_import", "federation", "UPDATE register_import SET file_name = 'other.csv' WHERE id = 1"),
        Edit("remittance", "federation", "DROP TRIGGER change_journal_remittance_delete; DELETE FROM remittance WHERE id = 1"),
        // A member register (members.sqlite).
        Edit("member", "members", "UPDATE member SET name = '某人' WHERE id = 1"),
        Edit("member_change", "members", "UPDATE member_change SET new_value = '改过' WHERE id = 1"),
        Edit("member_id_key", "members", "UPDATE member_id_key SET created_by = '别人'"),
        Edit("member_state", "members", "UPDATE member_state SET wage_fen = wage_fen + 100 WHERE member_id = 1"),
        Edit("unit_headcount", "members", "UPDATE unit_headcount SET employees = employees + 1"),
        Edit("dues_assessment", "members", """
            UPDATE dues_assessment SET amount_fen = amount_fen + 1 WHERE member_id = (SELECT MIN(member_id) FROM dues_assessment)
            """),
        Edit("dues_payment", "members", "DELETE FROM dues_payment WHERE id = (SELECT MIN(id) FROM dues_payment)"),
    ]

    /// ledgers/policies/default.json with its 0.5% dues rate made 5%, as hex for SQL.
    static var editedPolicyHex: String {
        let text = (try? String(contentsOf: Repository.url("ledgers/policies/default.json"), encoding: .utf8)) ?? "{}"
        return Data(text.replacingOccurrences(of: "\"rate\": \"0.5%\"", with: "\"rate\": \"5%\"").utf8)
            .map { String(format: "%02X", $0) }.joined()
    }

    let sandbox: Sandbox
    init() throws { sandbox = try Sandbox() }

    /// The tour's `file`.sqlite copied into the sandbox as the books.
    func copyTourBooks(_ file: String) throws {
        let source = try Self.tour.get().appendingPathComponent("\(file).sqlite")
        try FileManager.default.copyItem(at: source, to: sandbox.url.appendingPathComponent(Sandbox.books))
    }

    /// An edit through a raw connection, as `sqlite3` makes it (foreign keys off).
    static func tamper(_ path: String, _ sql: String) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.writeWithoutTransaction { db in
            let changesBefore = db.totalChangesCount
            try db.execute(sql: sql)
            #expect(db.totalChangesCount > changesBefore, "the edit changed nothing: \(sql)")
        }
        try queue.close()
    }

    @Test("the tour's books verify clean before any edit", arguments: ["tour", "federation", "members"])
    func cleanBeforeEdits(_ file: String) throws {
        try copyTourBooks(file)
        try sandbox.onBooks("verify").expectSuccess()
    }

    @Test("one direct edit of a state table → verify exits 1 naming the table", arguments: edits)
    func editIsNamed(_ edit: Edit) throws {
        try copyTourBooks(edit.file)
        try Self.tamper(sandbox.path(Sandbox.books), edit.sql)
        let result = try sandbox.onBooks("verify")
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stderr.contains(edit.named), "\(result)")
    }

    @Test("the tamper table has an edit for every table of the books")
    func everyTableHasAnEdit() throws {
        var tables: Set<String> = []
        for file in ["tour", "federation", "members"] {
            let queue = try DatabaseQueue(path: try Self.tour.get().appendingPathComponent("\(file).sqlite").path)
            tables.formUnion(try queue.read { db in
                try String.fetchAll(db, sql: """
                    SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                    AND name NOT IN ('grdb_migrations', 'change', 'change_commit', 'change_table')
                    """)
            })
            try queue.close()
        }
        #expect(tables.subtracting(Self.edits.map(\.table)).isEmpty, "tables without an edit: \(tables.subtracting(Self.edits.map(\.table)).sorted())")
    }

    @Test("an edit with the journal's triggers intact is still an edit outside gonghui")
    func editWithTriggersIntact() throws {
        try copyTourBooks("tour")
        try Self.tamper(sandbox.path(Sandbox.books), "UPDATE account SET name = '现金以外' WHERE code = '101'")
        let result = try sandbox.onBooks("verify", "--lang", "en")
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("account [") && result.stderr.contains("changed outside gonghui"), "\(result)")
    }
}
