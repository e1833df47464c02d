import Foundation
import GRDB
import InputFiles
import LedgerCore
import LedgerStore
import Testing
@testable import LedgerSQLite

/// The size of each imported voucher file on record (`import_log.file_bytes`, 0026): a file of a
/// size no import had skips the read for its digest before the transaction, and whatever the
/// sizes say, a file imported before is still recognised and writes nothing.
@Suite("voucher import: the file's size on record")
struct VoucherImportFileSizeTests {
    static func count(_ t: TestBooks) throws -> Int {
        try t.database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM voucher") ?? -1 }
    }

    @Test("an import records the file's size and the digest of its bytes")
    func recordsSizeAndDigest() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let text = VoucherImportBackgroundTests.file(vouchers: 20)
        let path = try t.write("v.csv", text)
        _ = try t.books.importVouchers(path: path, displayName: "v.csv")
        let row = try #require(try t.database.read { db in try Row.fetchOne(db, sql: "SELECT file_bytes, file_sha256 FROM import_log") })
        #expect(row["file_bytes"] as Int == text.utf8.count)
        #expect(row["file_sha256"] as String == ContentDigest.sha256Hex(Data(text.utf8)))
        #expect(try t.database.verify().isEmpty)
    }

    /// The earlier record's size no longer the file's (an older record, or a size that was wrong):
    /// the same bytes are still found, before the transaction or at the end of the pass.
    @Test("the same bytes again are recognised whatever the earlier record's size says, and nothing is written",
          arguments: ["NULL", "file_bytes + 1"])
    func sameBytesWhateverTheSize(recordedSize: String) throws {
        let t = try TestBooks()
        defer { t.remove() }
        let path = try t.write("v.csv", VoucherImportBackgroundTests.file(vouchers: 20))
        _ = try t.books.importVouchers(path: path, displayName: "v.csv")
        // Not recognised by content: the import finds the bytes, not the rows.
        try t.tamper("UPDATE import_log SET file_bytes = \(recordedSize); DELETE FROM import_content")
        let head = try t.database.journalHead()
        let outcome = try t.books.importVouchers(path: path, displayName: "again.csv")
        guard case .alreadyImported(fileName: "v.csv", at: _, vouchers: 20) = outcome else {
            Issue.record("expected the earlier import named, got \(outcome)")
            return
        }
        #expect(try Self.count(t) == 20)
        #expect(try t.database.journalHead().hash == head.hash)
        #expect(try t.database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM import_log") } == 1)
    }

    @Test("two different files of one size both import")
    func differentFilesOfOneSize() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let first = VoucherImportBackgroundTests.file(vouchers: 20)
        // The same length, other vouchers: 收- for 记- (three bytes each in UTF-8).
        let second = first.replacingOccurrences(of: "记-", with: "收-")
        try #require(first != second && first.utf8.count == second.utf8.count)
        _ = try t.books.importVouchers(path: try t.write("a.csv", first), displayName: "a.csv")
        let outcome = try t.books.importVouchers(path: try t.write("b.csv", second), displayName: "b.csv")
        guard case .imported(vouchers: 20, rows: _) = outcome else {
            Issue.record("expected the second file imported, got \(outcome)")
            return
        }
        #expect(try Self.count(t) == 40)
        #expect(try t.database.verify().isEmpty)
    }

    /// A file still being written as it is read (its size no import had, so no digest before).
    @Test("a file written to while it is imported is refused, and nothing is written", arguments: ["append", "touch"])
    func writtenToMeanwhile(change: String) throws {
        let t = try TestBooks()
        defer { t.remove() }
        let path = try t.write("v.csv", VoucherImportBackgroundTests.file(vouchers: 20))
        let books = try t.database.withPostingChecks([ChangesFile(path: path, change: change)]).sqliteBooks(for: "GH001", user: "tester")
        #expect(throws: LedgerError.fileMustBeReadable(path: "v.csv", reason: "the file changed while it was read")) {
            _ = try books.importVouchers(path: path, displayName: "v.csv")
        }
        #expect(try Self.count(t) == 0)
        #expect(try t.database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM import_log") } == 0)
        #expect(try t.database.verify().isEmpty)
    }

    @Test("a file that is not there is named before anything is begun")
    func missingFile() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let missing = t.folder.appendingPathComponent("none.csv").path
        #expect(throws: LedgerError.self) { _ = try t.books.importVouchers(path: missing, displayName: "none.csv") }
        #expect(try Self.count(t) == 0)
    }
}

/// Changes the file being imported when the first voucher is checked: a line added, or only its
/// time of change moved on.
private struct ChangesFile: PostingCheck {
    let path: String
    let change: String
    func check(_ voucher: CheckedVoucher, in context: any PostingCheckContext) throws {
        guard voucher.number == 1, voucher.draft.date.yearMonth.month == 1 else { return }
        if change == "append" {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("2026-01-28,记-后加,102,1.00,,后加\n".utf8))
            try handle.close()
        } else {
            let later = Date().addingTimeInterval(5)
            try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: path)
        }
    }
}
