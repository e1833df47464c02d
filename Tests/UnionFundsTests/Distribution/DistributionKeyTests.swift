import Foundation
import GRDB
import LedgerCore
import LedgerSQLite
import LedgerStore
import Testing
import UnionAudit
import UnionCore
import UnionSQLite

/// Issue 15, item 3: every per-organisation row carries its organisation (migrations 0014 and
/// 0015), books made before them migrate and still verify, and a table added later must say
/// which key it has (ARCHITECTURE.md, "Distribution key").
@Suite("distribution key: the organisation on every row")
struct DistributionKeyTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every table of a union books file, by the key it is distributed by.
    static let byOrganisation: Set<String> = [
        "account", "period", "import_log", "voucher", "posting", "balance", "event", "voucher_approval", "voucher_draft",
        "voucher_draft_line", "import_content", "tenure", "budget_version", "budget_line", "final_accounts",
        "final_accounts_line", "budget_approval", "audit_run", "audit_finding", "audit_finding_event", "audit_comment",
        "unit_headcount", "dues_assessment", "dues_payment",
    ]
    /// The federation's registers: keyed by the unit, itself an organisation.
    static let byUnit: Set<String> = ["payroll_declaration", "allocation", "remittance", "preparatory_refund", "arrears_status", "member"]
    /// A member's dated rows: they follow the member (member_id → member.unit_id).
    static let byMember: Set<String> = ["member_state", "member_change"]
    /// One per store: the organisation register itself (a reference table when distributed), the
    /// schema's steps, the two chains and their head, the policy, the member-ID key, and the logs
    /// of store-wide register imports and allocation runs.
    static let storeWide: Set<String> = [
        "organisation", "grdb_migrations", "journal_head", "change", "change_commit", "change_table", "policy",
        "member_id_key", "register_import", "allocation_run",
    ]

    /// Rows whose organisation disagrees with their parent's (each query counts them).
    static let disagreements: [(table: String, sql: String)] = [
        ("posting", "SELECT count(*) FROM posting p LEFT JOIN voucher v ON v.id = p.voucher_id WHERE v.org_id IS NOT p.org_id"),
        ("voucher_approval", "SELECT count(*) FROM voucher_approval a LEFT JOIN voucher v ON v.id = a.voucher_id WHERE v.org_id IS NOT a.org_id"),
        ("voucher_draft_line", "SELECT count(*) FROM voucher_draft_line l LEFT JOIN voucher_draft d ON d.id = l.draft_id WHERE d.org_id IS NOT l.org_id"),
        ("budget_line", "SELECT count(*) FROM budget_line l LEFT JOIN budget_version v ON v.id = l.version_id WHERE v.org_id IS NOT l.org_id"),
        ("final_accounts_line", "SELECT count(*) FROM final_accounts_line l LEFT JOIN final_accounts f ON f.id = l.final_id WHERE f.org_id IS NOT l.org_id"),
        ("audit_finding_event", "SELECT count(*) FROM audit_finding_event e LEFT JOIN audit_finding f ON f.id = e.finding_id WHERE f.org_id IS NOT e.org_id"),
        ("audit_comment", "SELECT count(*) FROM audit_comment c LEFT JOIN tenure t ON t.id = c.tenure_id WHERE t.org_id IS NOT c.org_id"),
        ("dues_payment", "SELECT count(*) FROM dues_payment p LEFT JOIN voucher v ON v.id = p.voucher_id WHERE v.org_id IS NOT p.org_id"),
    ]

    static func count(_ path: String, _ sql: String) throws -> Int {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in try Int.fetchOne(db, sql: sql) ?? -1 }
    }

    /// Restores a `.dump` of older books into `folder` (as ChangeJournalTests does).
    static func restore(_ fixture: String, into folder: URL) throws -> String {
        let path = folder.appendingPathComponent("old.sqlite").path
        let dump = try String(contentsOf: repositoryRoot.appendingPathComponent("Tests/Fixtures/\(fixture)"), encoding: .utf8)
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA application_id = 1195919445")   // "GHHU"
            try db.execute(sql: dump)
        }
        try queue.close()
        return path
    }

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-distribution-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("every table of union books is named with its key; each per-organisation table has org_id, each register unit_id")
    func everyTableHasAKey() throws {
        let columnsOf = try FreshUnionBooks.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                .map { table in (table, try db.columns(in: table).map(\.name)) }
        }
        let tables = columnsOf.map(\.0)
        let named = Self.byOrganisation.union(Self.byUnit).union(Self.byMember).union(Self.storeWide)
        #expect(Set(tables).subtracting(named).isEmpty, "tables without a stated key: \(Set(tables).subtracting(named).sorted())")
        #expect(named.subtracting(tables).isEmpty, "named but not in the file: \(named.subtracting(tables).sorted())")
        for (table, columns) in columnsOf {
            if Self.byOrganisation.contains(table) { #expect(columns.contains("org_id"), "\(table)") }
            if Self.byUnit.contains(table) { #expect(columns.contains("unit_id"), "\(table)") }
            if Self.byMember.contains(table) { #expect(columns.contains("member_id"), "\(table)") }
        }
    }

    @Test("books made by the tour before 0014/0015 migrate: every row gets its parent's organisation, and they still verify")
    func tourBooksMigrate() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.restore("books-before-0014-tour.sql", into: folder)
        let headBefore = try Self.count(path, "SELECT voucher_count FROM journal_head")
        let database = try UnionSchema.openBooks(at: path)
        #expect(try database.verify().isEmpty)
        #expect(try database.journalHead().vouchers == Int64(headBefore))
        for (table, sql) in Self.disagreements {
            #expect(try Self.count(path, sql) == 0, "\(table)")
        }
        for table in ["posting", "voucher_approval", "voucher_draft_line", "budget_line", "final_accounts_line", "audit_finding_event"] {
            #expect(try Self.count(path, "SELECT count(*) FROM \(table) WHERE org_id > 0") > 0, "\(table) has rows to migrate")
        }
        // The immutability triggers lifted for the fill are back.
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        for table in ["posting", "voucher_approval", "budget_line", "final_accounts_line", "audit_finding_event"] {
            #expect(throws: DatabaseError.self, "\(table)") {
                try queue.write { db in try db.execute(sql: "UPDATE \(table) SET org_id = org_id") }
            }
        }
    }

    @Test("member books made before 0015 migrate: dues payments carry the books of their voucher; still verify")
    func memberBooksMigrate() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.restore("members-before-0014.sql", into: folder)
        let database = try UnionSchema.openBooks(at: path)
        #expect(try database.verify().isEmpty)
        #expect(try Self.count(path, "SELECT count(*) FROM dues_payment WHERE org_id > 0") == 3)
        for (table, sql) in Self.disagreements {
            #expect(try Self.count(path, sql) == 0, "\(table)")
        }
    }

    @Test("4 processes' worth of connections opening the same old books at once: one upgrades, the others wait and find it done")
    func concurrentUpgrade() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.restore("books-before-0014-tour.sql", into: folder)
        let errors = Errors()
        let group = DispatchGroup()
        let start = DispatchSemaphore(value: 0)
        for _ in 0..<4 {
            group.enter()
            Thread {
                defer { group.leave() }
                start.wait()
                do { _ = try UnionSchema.openBooks(at: path) } catch { errors.add("\(error)") }
            }.start()
        }
        for _ in 0..<4 { start.signal() }
        group.wait()
        #expect(errors.all.isEmpty, "\(errors.all)")
        #expect(try UnionSchema.openBooks(at: path).verify().isEmpty)
        #expect(try Self.count(path, "SELECT count(*) FROM change_commit WHERE kind = 'schema'") == 1, "one upgrade, not four")
    }

    @Test("rows written today carry their organisation: vouchers with approval, drafts, budget lines")
    func writersFillTheKey() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("books.sqlite").path
        let database = try UnionSchema.createBooks(at: path, clock: try WallClock.pinned("2026-01-05T09:00:00Z"))
        for code in ["GH1", "GH2"] {
            let books = try database.addOrganisation(
                NewOrganisation(code: code, name: "工会 \(code)", kind: "enterprise", firstPeriod: try YearMonth(parsing: "2026-01")),
                chart: try ChartProfile(.official2021Grassroots).accounts, user: "会计")
            let rules = ApprovalRules(singleOperatorAllowed: true, signoffRequiredForExpenditure: false, collectiveDecisionThreshold: nil)
            let entered = try books.enterVoucher(VoucherDraft(date: try LocalDate(parsing: "2026-01-05"), summary: "收入", postings: [
                Posting(account: try AccountCode("102"), side: .debit, amount: Money(fen: 100)),
                Posting(account: try AccountCode("401"), side: .credit, amount: Money(fen: 100)),
            ]), rules: rules)
            _ = try books.review(draftIDs: [entered.id], rules: rules)
            _ = try books.postDrafts(ids: [entered.id], month: nil, rules: rules)
        }
        for (table, sql) in Self.disagreements {
            #expect(try Self.count(path, sql) == 0, "\(table)")
        }
        #expect(try Self.count(path, "SELECT count(DISTINCT org_id) FROM posting WHERE org_id > 0") == 2)
        #expect(try Self.count(path, "SELECT count(DISTINCT org_id) FROM voucher_approval WHERE org_id > 0") == 2)
        #expect(try Self.count(path, "SELECT count(DISTINCT org_id) FROM voucher_draft_line WHERE org_id > 0") == 2)
        #expect(try database.verify().isEmpty)

        let budget = try BudgetBooks()
        defer { budget.remove() }
        try budget.draft()
        try budget.approveAll()
        let budgetPath = budget.folder.appendingPathComponent("books.sqlite").path
        #expect(try Self.count(budgetPath, "SELECT count(*) FROM budget_line WHERE org_id > 0") == 6)
        for (table, sql) in Self.disagreements {
            #expect(try Self.count(budgetPath, sql) == 0, "\(table)")
        }
    }

    @Test("audit findings' trail and auditees' comments written today carry their organisation")
    func auditWritersFillTheKey() throws {
        let fixture = try AuditFixture()
        let register = fixture.stores.findingsRegister
        let finding = Finding(check: "approval.signoffMissing", severity: .violation, amount: Money(fen: 80_000), vouchers: [3],
                              explanation: ("说明", "explanation"))
        _ = try register.record(.review, organisation: "GH", months: AuditFixture.year, tenure: nil, findings: [finding], user: "经审会")
        let id = try #require(try register.registeredFindings(organisation: "GH").first?.id)
        _ = try register.setStatus(finding: id, organisation: "GH", to: .rectificationNoted, note: "已补签批", user: "会计")
        let tenure = try #require(try fixture.stores.organisations.tenures(organisation: "GH").first?.id)
        try register.recordComment(AuditeeComment(tenure: tenure, received: try LocalDate(parsing: "2026-10-12"), text: "无异议"), user: "经审会")
        #expect(try Self.count(fixture.path, "SELECT count(*) FROM audit_finding_event WHERE org_id > 0") == 2)
        #expect(try Self.count(fixture.path, "SELECT count(*) FROM audit_comment WHERE org_id > 0") == 1)
        for (table, sql) in Self.disagreements {
            #expect(try Self.count(fixture.path, sql) == 0, "\(table)")
        }
    }

    @Test("verify reports a posting or an approval whose organisation is not its voucher's")
    func verifyComparesTheKey() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.restore("books-before-0014-tour.sql", into: folder)
        _ = try UnionSchema.openBooks(at: path)
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: """
                DROP TRIGGER posting_is_immutable_update; DROP TRIGGER voucher_approval_is_immutable_update;
                UPDATE posting SET org_id = org_id + 1000 WHERE voucher_id = (SELECT min(voucher_id) FROM posting);
                UPDATE voucher_approval SET org_id = 999 WHERE voucher_id = (SELECT min(voucher_id) FROM voucher_approval);
                """)
        }
        try queue.close()
        let findings = try UnionSchema.openBooks(at: path).verify()
        #expect(findings.contains { $0.kind == .voucherFieldMismatch && $0.detail.contains("line 1: org_id") }, "\(findings)")
        #expect(findings.contains { $0.kind == .voucherFieldMismatch && $0.detail.contains("voucher_approval org_id 999") }, "\(findings)")
    }

    private final class Errors: @unchecked Sendable {
        private let lock = NSLock()
        private var messages: [String] = []
        func add(_ message: String) { lock.withLock { messages.append(message) } }
        var all: [String] { lock.withLock { messages } }
    }
}
