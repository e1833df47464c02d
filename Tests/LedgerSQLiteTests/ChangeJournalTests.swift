import Foundation
import GRDB
import LedgerCore
import LedgerStore
@testable import LedgerSQLite
import Testing

/// The change journal: one record per write transaction, over every state table, carrying the
/// voucher chain's head; older books get a baseline on first open and still verify.
@Suite("change journal")
struct ChangeJournalTests {
    static func charged(_ amount: String) -> VoucherDraft {
        VoucherDraft(date: try! LocalDate(parsing: "2026-01-15"), summary: "办公用品", postings: [
            Posting(account: try! AccountCode("50103"), side: .debit, amount: try! Money(parsing: amount)),
            Posting(account: try! AccountCode("102"), side: .credit, amount: try! Money(parsing: amount)),
        ])
    }

    @Test("each write adds one record whose hash covers the voucher head; nothing written, no record")
    func oneRecordPerWrite() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let first = try t.database.head()
        #expect(first.records >= 1)
        try t.books.post(Self.charged("12.00"))
        let second = try t.database.head()
        #expect(second.records == first.records + 1)
        #expect(second.vouchers == 1)
        #expect(second.voucherHash == (try t.database.journalHead().hash))
        _ = try t.database.write { _ in 0 }   // a transaction that changes nothing
        #expect(try t.database.head() == second)
        #expect(try t.database.verify().isEmpty)
        #expect(try t.database.changeJournalBaseline() == nil, "new books are journaled from the start")
    }

    @Test("an edited, inserted or deleted row is named with its table and key")
    func differencesNamed() throws {
        let t = try TestBooks()
        defer { t.remove() }
        try t.books.post(Self.charged("12.00"))
        try t.tamper("DROP TRIGGER change_journal_account_update; UPDATE account SET kind = 'liability' WHERE code = '102'")
        let findings = try t.database.verify()
        #expect(!findings.isEmpty && findings.allSatisfy { $0.kind == .recordDiffers })
        #expect(findings.contains { $0.detail.hasPrefix("account [") && $0.detail.contains("edited") }, "\(findings)")
        #expect(findings.contains { $0.detail == "account: its journal triggers are missing" }, "\(findings)")
        // The message shows the row as it is now and as the journal last recorded it.
        let edited = try #require(findings.first { $0.detail.hasPrefix("account [") })
        let parts = edited.detail.components(separatedBy: ", journal ")
        #expect(parts.count == 2 && parts[0].contains("edited: now [") && parts[0].contains("\"liability\"")
                && parts[1].hasPrefix("[") && parts[1].contains("\"102\"") && parts[1].contains("\"asset\"")
                && !parts[1].contains("\"liability\""), "\(edited.detail)")
    }

    @Test("a deleted row is named with its last journaled image; an inserted one as never journaled")
    func deletedAndInsertedNamed() throws {
        let t = try TestBooks()
        defer { t.remove() }
        try t.books.post(Self.charged("12.00"))
        let id = try #require(try t.database.read { db in
            try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM account WHERE id NOT IN (SELECT account_id FROM posting)")
        })
        let code = try #require(try t.database.read { db in try String.fetchOne(db, sql: "SELECT code FROM account WHERE id = ?", arguments: [id]) })
        try t.tamper("DROP TRIGGER change_journal_account_delete; PRAGMA foreign_keys = OFF; DELETE FROM account WHERE id = \(id)")
        let deleted = try t.database.verify()
        #expect(deleted.contains { $0.detail.hasPrefix("account [\(id)] deleted: journal [\(id),") && $0.detail.contains("\"\(code)\"") },
                "\(deleted)")

        let u = try TestBooks()
        defer { u.remove() }
        try u.tamper("""
            DROP TRIGGER change_journal_organisation_insert;
            CREATE TEMP TABLE copied AS SELECT * FROM organisation LIMIT 1;
            UPDATE copied SET id = 900, code = 'ZZ9', name = '别的工会';
            INSERT INTO organisation SELECT * FROM copied
            """)
        let inserted = try u.database.verify()
        #expect(inserted.contains { $0.detail.hasPrefix("organisation [900] inserted without a journal record") }, "\(inserted)")
    }

    @Test("a voucher removed from the end with journal_head rewritten breaks the change journal")
    func truncatedVouchersCaught() throws {
        let t = try TestBooks()
        defer { t.remove() }
        try t.books.post(Self.charged("12.00"))
        try t.books.post(Self.charged("13.00"))
        try t.tamper("""
            DROP TRIGGER voucher_is_immutable_delete; DROP TRIGGER posting_is_immutable_delete;
            DELETE FROM posting WHERE voucher_id = 2; DELETE FROM voucher WHERE id = 2;
            UPDATE journal_head SET voucher_count = 1, hash = (SELECT hash FROM voucher WHERE id = 1);
            """)
        #expect(try t.database.verify().contains { $0.kind == .changeJournalBroken })
    }

    @Test("books older than the journal get a baseline on first open and still verify (chain version 2)")
    func baselineOfOlderBooks() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let path = t.folder.appendingPathComponent("v2.sqlite").path
        let dump = try String(contentsOf: TestBooks.repositoryRoot.appendingPathComponent("Tests/Fixtures/books-chain-v2.sql"),
                              encoding: .utf8)
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA application_id = \(Schema.applicationID)")
            try db.execute(sql: dump)
        }
        try queue.close()
        let database = try LedgerDatabase.open(at: path)
        #expect(try database.verify().isEmpty)
        let baseline = try #require(try database.changeJournalBaseline())
        #expect(baseline.rows > 0)
        #expect(try database.head().vouchers == 5)
        // Reopening takes no second baseline.
        let reopened = try LedgerDatabase.open(at: path)
        #expect(try reopened.head() == database.head())
        try t.tamperFile(path, "UPDATE organisation SET name = '别的工会'")
        #expect(try reopened.verify().contains { $0.kind == .recordDiffers && $0.detail.hasPrefix("organisation") })
    }
}
