import Crypto
import Foundation
import LedgerCore
import LedgerPostgres
import LedgerStore
import Testing

/// The change journal on PostgreSQL, as on the SQLite file: one record per write transaction over
/// every state table, carrying the voucher head; edits behind the engine's back are named; the
/// journal is append-only; books older than it get a baseline; the head can be sealed.
@Suite(.enabled(if: PostgresTestServer.isAvailable, PostgresTestServer.skipReason))
struct PostgresChangeJournalTests {
    let database: TestDatabase
    let store: PostgresStore
    let books: PostgresBooks
    let raw: PostgresSession

    init() throws {
        database = try PostgresTestServer.freshDatabase()
        store = try PostgresStore.create(url: database.url, clock: LedgerPostgresTests.clock)
        books = try store.addOrganisation(LedgerPostgresTests.organisation, chart: try LedgerPostgresTests.chart(), user: "tester")
        raw = try PostgresSession(url: database.url)
    }

    static func charged(_ yuan: String) throws -> VoucherDraft {
        VoucherDraft(date: try LocalDate(parsing: "2026-01-15"), summary: "办公用品", postings: [
            Posting(account: try AccountCode("102"), side: .debit, amount: try Money(parsing: yuan)),
            Posting(account: try AccountCode("401"), side: .credit, amount: try Money(parsing: yuan)),
        ])
    }

    @Test("each write adds one record whose hash covers the voucher head; a read or an empty write adds none")
    func oneRecordPerWrite() throws {
        let first = try store.head()
        #expect(first.records == 2, "the baseline at creation, then the organisation and its chart")
        try books.post(try Self.charged("12.00"))
        let second = try store.head()
        #expect(second.records == first.records + 1)
        #expect(second.vouchers == 1)
        #expect(second.voucherHash == (try store.journalHead().hash))
        _ = try books.vouchers(from: try YearMonth(parsing: "2026-01"), to: try YearMonth(parsing: "2026-01"))
        #expect(try store.head() == second)
        #expect(try store.verify().isEmpty)
        #expect(try store.changeJournalBaseline() == nil, "new books are journaled from the start")
        let tables = try raw.query("SELECT DISTINCT tbl FROM change ORDER BY tbl").map { try $0.text("tbl") }
        #expect(tables.contains("account") && tables.contains("organisation") && tables.contains("period"), "\(tables)")
        #expect(!tables.contains("voucher") && !tables.contains("posting"), "the voucher chain covers those")
    }

    @Test("a row edited with the triggers off, a change outside gonghui, an insert and a delete are each named with table and key")
    func differencesNamed() throws {
        try books.post(try Self.charged("12.00"))
        try raw.query("ALTER TABLE account DISABLE TRIGGER change_journal_account_update")
        try raw.query("UPDATE account SET name_en = 'edited' WHERE code = '102'")
        var findings = try store.verify()
        #expect(!findings.isEmpty && findings.allSatisfy { $0.kind == .recordDiffers }, "\(findings)")
        #expect(findings.contains { $0.detail.hasPrefix("account [") && $0.detail.contains("edited: now") }, "\(findings)")
        #expect(findings.contains { $0.detail == "account: its journal triggers are missing" }, "\(findings)")
        try raw.query("ALTER TABLE account ENABLE TRIGGER change_journal_account_update")

        // With the triggers on, a change no gonghui commit links is named as written outside.
        try raw.query("UPDATE period SET closed_by = closed_by")
        findings = try store.verify()
        #expect(findings.contains { $0.detail.hasPrefix("period ") && $0.detail.contains("changed outside gonghui") }, "\(findings)")

        let other = try PostgresTestServer.freshDatabase()
        let clean = try PostgresStore.create(url: other.url, clock: LedgerPostgresTests.clock)
        _ = try clean.addOrganisation(LedgerPostgresTests.organisation, chart: try LedgerPostgresTests.chart(), user: "tester")
        let otherRaw = try PostgresSession(url: other.url)
        try otherRaw.query("SET session_replication_role = replica")   // no user triggers fire
        try otherRaw.query("DELETE FROM account WHERE code = '50105'")
        try otherRaw.query("""
            INSERT INTO event(at, org_id, "user", action, detail) VALUES ('2026-11-21T10:00:00Z', 1, 'x', 'init', '插入的')
            """)
        findings = try clean.verify()
        #expect(findings.contains { $0.detail.hasPrefix("account [") && $0.detail.contains("deleted: journal") }, "\(findings)")
        #expect(findings.contains { $0.detail.hasPrefix("event [") && $0.detail.contains("inserted without a journal record") }, "\(findings)")
    }

    @Test("the journal is append-only: its rows cannot be changed, deleted or truncated")
    func appendOnly() throws {
        try books.post(try Self.charged("12.00"))
        for statement in ["UPDATE change SET image = NULL", "DELETE FROM change", "TRUNCATE change",
                          "UPDATE change_commit SET at = 'x'", "DELETE FROM change_commit", "TRUNCATE change_commit CASCADE"] {
            #expect(throws: (any Error).self, "\(statement)") { try raw.query(statement) }
        }
        #expect(try store.verify().isEmpty)
    }

    @Test("vouchers cut from the end with journal_head rewritten break the change journal")
    func truncatedVouchersCaught() throws {
        try books.post(try Self.charged("12.00"))
        try books.post(try Self.charged("13.00"))
        try raw.query("SET session_replication_role = replica")
        try raw.query("DELETE FROM posting WHERE voucher_id = 2")
        try raw.query("DELETE FROM voucher WHERE id = 2")
        try raw.query("UPDATE journal_head SET voucher_count = 1, hash = (SELECT hash FROM voucher WHERE id = 1)")
        #expect(try store.verify().contains { $0.kind == .changeJournalBroken })
    }

    @Test("books written before the journal get a baseline on the next open and verify")
    func baselineOfOlderBooks() throws {
        try books.post(try Self.charged("12.00"))
        // The database as a version without the change journal left it.
        for statement in ["DROP TABLE change_commit", "DROP TABLE change_table", "DROP TABLE change CASCADE",
                          "DELETE FROM schema_migrations WHERE identifier = '0013-change-journal'"] {
            try raw.query(statement)
        }
        for row in try raw.query("SELECT tgname::text AS t, tgrelid::regclass::text AS r FROM pg_trigger WHERE tgname LIKE 'change_journal_%'") {
            try raw.query("DROP TRIGGER \(try row.text("t")) ON \(try row.text("r"))")
        }
        let reopened = try PostgresStore.open(url: database.url, clock: LedgerPostgresTests.clock)
        #expect(try reopened.verify().isEmpty)
        let baseline = try #require(try reopened.changeJournalBaseline())
        #expect(baseline.rows > 30, "the organisation, its accounts, its period and events")
        #expect(try reopened.head().records == 1)
        #expect(try reopened.head().vouchers == 1)
        // Reopening takes no second baseline; the next write is linked after it.
        let again = try PostgresStore.open(url: database.url, clock: LedgerPostgresTests.clock)
        #expect(try again.head().records == 1)
        try again.books(for: "GH001", user: "tester").post(try Self.charged("1.00"))
        #expect(try again.head().records == 2)
        #expect(try again.verify().isEmpty)
    }

    @Test("a seal checks on PostgreSQL: unchanged after later writes, broken when sealed records go")
    func sealChecks() throws {
        let key = SymmetricKey(data: Data("0123456789abcdef0123456789abcdef-committee".utf8))
        try books.post(try Self.charged("12.00"))
        let seal = try store.seal(key: key)
        #expect(seal.records == (try store.head().records))
        try books.post(try Self.charged("13.00"))
        #expect(try store.check(seal: seal, key: key).isEmpty)
        #expect(try store.check(seal: seal, key: SymmetricKey(data: Data(String(repeating: "x", count: 40).utf8))).map(\.kind) == [.sealMismatch])
        // The journal rewritten from the sealed record on: verify alone cannot tell, the seal can.
        try raw.query("ALTER TABLE change_commit DISABLE TRIGGER USER")
        try raw.query("DELETE FROM change_commit WHERE seq >= $1", [.integer(seal.records)])
        let findings = try store.check(seal: seal, key: key)
        #expect(findings.map(\.kind) == [.sealMismatch], "\(findings)")
        #expect(findings.first?.detail.contains("records were removed") == true, "\(findings)")
    }
}
