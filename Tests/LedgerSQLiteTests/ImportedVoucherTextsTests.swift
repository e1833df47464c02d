import Foundation
import GRDB
import LedgerCore
import LedgerStore
import Testing
@testable import LedgerSQLite

/// Migration 0026: an imported voucher's preparer, posting time and source are kept once, on its
/// import's record; its row keeps the line. Readers, copies and `verify` see the texts whole.
@Suite("imported vouchers' texts kept on the import record (0026)")
struct ImportedVoucherTextsTests {
    static func imported(_ t: TestBooks, vouchers: Int = 30) throws -> (path: String, importID: Int64) {
        let path = try t.write("vouchers.csv", VoucherImportBackgroundTests.file(vouchers: vouchers))
        _ = try t.books.importVouchers(path: path, displayName: "一月凭证.csv")
        let importID = try #require(try t.database.read { db in try Int64.fetchOne(db, sql: "SELECT id FROM import_log") })
        return (path, importID)
    }

    /// Each voucher's three texts as the view gives them, by id.
    static func texts(_ t: TestBooks) throws -> [Int64: [String]] {
        try t.database.read { db in
            var texts: [Int64: [String]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, prepared_by, posted_at, source FROM voucher_as_posted") {
                texts[row[0]] = [row[1], row[2], row[3]]
            }
            return texts
        }
    }

    @Test("an import's rows keep only their line; the books read the preparer, posting time and file:line whole, and verify")
    func rowsKeepTheLine() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let (_, importID) = try Self.imported(t)
        let (log, stored) = try t.database.read { db in
            (try Row.fetchOne(db, sql: "SELECT imported_at, imported_by FROM import_log WHERE id = ?", arguments: [importID]),
             try Row.fetchAll(db, sql: "SELECT id, prepared_by, posted_at, source, source_line, import_id FROM voucher ORDER BY id"))
        }
        let importedAt: String = try #require(log)["imported_at"]
        #expect(stored.count == 30)
        for row in stored {
            #expect(row["prepared_by"] as String == "" && row["posted_at"] as String == "" && row["source"] as String == "")
            #expect(row["import_id"] as Int64 == importID)
        }
        let vouchers = try t.books.vouchers()
        #expect(vouchers.count == 30)
        let lines = Dictionary(uniqueKeysWithValues: stored.map { ($0["id"] as Int64, $0["source_line"] as Int) })
        for voucher in vouchers {
            #expect(voucher.source == "一月凭证.csv:\(lines[voucher.id] ?? 0)")
            #expect(voucher.preparedBy == "tester")
        }
        // The first voucher starts on line 2, under the heading.
        #expect(stored.first?["source_line"] as Int? == 2)
        #expect(try Self.texts(t).values.allSatisfy { $0[1] == importedAt })
        #expect(try t.database.verify().isEmpty)
    }

    @Test("a voucher posted by hand keeps its texts on its row")
    func postedByHandKeepsItsTexts() throws {
        let t = try TestBooks()
        defer { t.remove() }
        _ = try Self.imported(t, vouchers: 3)
        let posted = try t.books.post(VoucherDraft(date: try LocalDate(parsing: "2026-01-20"), summary: "手工凭证", postings: [
            Posting(account: try AccountCode("102"), side: .debit, amount: try Money(parsing: "1.00")),
            Posting(account: try AccountCode("401"), side: .credit, amount: try Money(parsing: "1.00")),
        ], source: "手工"))
        let row = try #require(try t.database.read { db in
            try Row.fetchOne(db, sql: "SELECT prepared_by, source, source_line FROM voucher WHERE id = ?", arguments: [posted.id])
        })
        #expect(row["prepared_by"] as String == "tester" && row["source"] as String == "手工")
        #expect((row["source_line"] as Int64?) == nil)
        #expect(try t.database.verify().isEmpty)
    }

    @Test("the texts on the row (as imports before 0026 kept them) and on the import record read and verify the same")
    func olderRowsReadTheSame() throws {
        let t = try TestBooks()
        defer { t.remove() }
        _ = try Self.imported(t)
        let before = try Self.texts(t)
        // The older form: texts written out on the row, no line.
        try t.tamper("""
            DROP TRIGGER voucher_is_immutable_update;
            UPDATE voucher SET prepared_by = (SELECT prepared_by FROM voucher_as_posted p WHERE p.id = voucher.id),
                               posted_at = (SELECT posted_at FROM voucher_as_posted p WHERE p.id = voucher.id),
                               source = (SELECT source FROM voucher_as_posted p WHERE p.id = voucher.id),
                               source_line = NULL
            WHERE id % 2 = 0
            """)
        #expect(try Self.texts(t) == before)
        #expect(try t.database.verify().isEmpty)
    }

    /// Edits to either half of the texts, each on a fresh copy: the chain reports the voucher.
    @Test("an edited import record, line or stored text breaks the chain where verify looks",
          arguments: [
            "UPDATE import_log SET file_name = '二月凭证.csv'",
            "UPDATE import_log SET imported_by = 'someone'",
            "UPDATE import_log SET imported_at = '2026-01-01T00:00:00Z'",
            "DELETE FROM import_log",
            "DROP TRIGGER voucher_is_immutable_update; UPDATE voucher SET source_line = source_line + 1 WHERE id = 5",
            "DROP TRIGGER voucher_is_immutable_update; UPDATE voucher SET source_line = NULL WHERE id = 5",
            "DROP TRIGGER voucher_is_immutable_update; PRAGMA ignore_check_constraints = ON; UPDATE voucher SET source = 'x' WHERE id = 5",
            "DROP TRIGGER voucher_is_immutable_update; UPDATE voucher SET prepared_by = 'x' WHERE id = 5",
          ])
    func editsBreakTheChain(edit: String) throws {
        let t = try TestBooks()
        defer { t.remove() }
        _ = try Self.imported(t)
        #expect(try t.database.verify().isEmpty)
        try t.tamper("PRAGMA foreign_keys = OFF; " + edit)
        let findings = try t.database.verify()
        #expect(findings.contains { $0.kind == .chainBroken }, "\(findings)")
    }

    /// Every reader reads the view: one changed behind the engine's back would show texts the
    /// chain never hashed, with every row and trigger untouched.
    @Test("a changed or dropped voucher_as_posted is reported by verify", arguments: [
        "DROP VIEW voucher_as_posted; CREATE VIEW voucher_as_posted AS SELECT v.*, 'someone' AS x FROM voucher v",
        "DROP VIEW voucher_as_posted",
    ])
    func viewChanged(edit: String) throws {
        let t = try TestBooks()
        defer { t.remove() }
        _ = try Self.imported(t)
        #expect(try t.database.verify().isEmpty)
        try t.tamper(edit)
        let findings = try t.database.verify()
        #expect(findings.contains { $0.kind == .recordDiffers && $0.details.en == VerifyDetail.viewChanged("voucher_as_posted").en }, "\(findings)")
    }

    @Test("verify's own rebuild of the texts is the view's, byte for byte, edited rows and a missing record included")
    func rebuildMatchesTheView() throws {
        let t = try TestBooks()
        defer { t.remove() }
        _ = try Self.imported(t, vouchers: 12)
        try t.tamper("""
            DROP TRIGGER voucher_is_immutable_update; PRAGMA ignore_check_constraints = ON; PRAGMA foreign_keys = OFF;
            UPDATE voucher SET source = '+附', prepared_by = '乙', posted_at = 'Z' WHERE id = 3;
            UPDATE voucher SET import_id = NULL WHERE id = 4;
            UPDATE voucher SET import_id = 99 WHERE id = 5;
            UPDATE voucher SET source_line = -7 WHERE id = 6;
            """)
        let view = try Self.texts(t)
        let rebuilt = try t.database.read { db -> [Int64: [String]] in
            var rebuilder = try ImportedVoucherTextRebuilder(connection: try #require(db.sqliteConnection))
            let rows = try RawStatement(connection: try #require(db.sqliteConnection),
                                        "SELECT id, import_id, source_line, prepared_by, posted_at, source FROM voucher WHERE source_line IS NOT NULL")
            var texts: [Int64: [String]] = [:]
            while try rows.step() {
                rebuilder.rebuild(importID: rows.isNull(1) ? nil : rows.int64(1), line: rows.int64(2),
                                  preparedBy: rows.text(3), postedAt: rows.text(4), source: rows.text(5)) { preparedBy, postedAt, source in
                    texts[rows.int64(0)] = [preparedBy, postedAt, source].map { String(decoding: $0, as: UTF8.self) }
                }
            }
            return texts
        }
        #expect(rebuilt.count == 12)
        for (id, texts) in rebuilt { #expect(view[id] == texts, "voucher \(id)") }
        #expect(view[3] == ["tester乙", try #require(view[1])[1] + "Z", "一月凭证.csv:\(try Self.line(t, 3))+附"])
        #expect(view[4] == ["", "", ":\(try Self.line(t, 4))"])
        #expect(view[6]?[2] == "一月凭证.csv:-7")
    }

    static func line(_ t: TestBooks, _ id: Int64) throws -> Int {
        try #require(try t.database.read { db in try Int.fetchOne(db, sql: "SELECT source_line FROM voucher WHERE id = ?", arguments: [id]) })
    }

    @Test("a copy of the books holds the texts whole on each row, and verifies")
    func copyHoldsTheTextsWhole() throws {
        let t = try TestBooks()
        defer { t.remove() }
        _ = try Self.imported(t)
        let before = try Self.texts(t)
        let copyPath = t.folder.appendingPathComponent("copy.sqlite").path
        let copy = try LedgerDatabase.create(at: copyPath)
        try copy.writeBook { write in
            _ = try t.database.readBook(tables: BookCopy.tables) { table, rows in try write(table, rows) }
        }
        let stored = try copy.read { db in
            try Row.fetchAll(db, sql: "SELECT id, prepared_by, posted_at, source, source_line FROM voucher")
        }
        #expect(stored.count == 30)
        for row in stored {
            #expect([row["prepared_by"], row["posted_at"], row["source"]] == before[row["id"]])
            #expect((row["source_line"] as Int64?) == nil)
        }
        #expect(try copy.verify().isEmpty)
    }

    @Test("a file's sources written voucher after voucher are the interpolated file:line, for any line")
    func sourcesMatchInterpolation() {
        for file in ["vouchers.csv", "一月凭证.csv", "", "a:b.csv", "长" + String(repeating: "名", count: 40) + ".csv"] {
            let sources = ImportedVoucherText.Sources(file: file)
            for line in [0, 1, 9, 10, 99, 100, 12_345, 999_999, 1_000_000, Int.max, -1, -907, Int.min] {
                #expect(sources.source(line: line) == ImportedVoucherText.source(file: file, line: line), "\(file) \(line)")
            }
        }
    }
}
