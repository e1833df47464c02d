import Foundation
import GRDB
import InputFiles
import LedgerCore
@testable import LedgerSQLite
import LedgerStore
import Testing

/// The voucher import writes whole batches of rows on a second thread while it reads on
/// (`BackgroundRowWriter`). These hold it to the import written on one thread: the same vouchers,
/// postings, balances and chain; the same problems for bad rows; and a row SQLite refuses
/// mid-file still ends the import with nothing written.
@Suite("voucher import, rows written in the background")
struct VoucherImportBackgroundTests {
    /// `count` vouchers over three months, many batches' worth: two to four lines each, every
    /// seventh with a budget line and a counterparty (the other posting table), some with a fund.
    static func file(vouchers count: Int, refusedAmount: Int? = nil, badLines: Set<Int> = []) -> String {
        var text = "日期,凭证号,科目编码,借方金额,贷方金额,摘要,专项,预算项目,往来单位\n"
        var line = 1
        func row(_ fields: String) {
            line += 1
            // A bad line's date is no date at all: one problem, on that line alone.
            text += (badLines.contains(line) ? "2026-13-45" + fields.dropFirst(10) : fields) + "\n"
        }
        for index in 0..<count {
            let month = index % 3 + 1
            let date = "2026-0\(month)-\(String(format: "%02d", index % 27 + 1))"
            let key = "记-\(index)"
            let fen = index == refusedAmount ? 77_777 : 10_000 + index * 37 % 9_000
            let amount = String(format: "%d.%02d", fen / 100, fen % 100)
            if index % 7 == 3 {
                row("\(date),\(key),50103,\(amount),,办公用品 \(index),,办公费,")
                row("\(date),\(key),102,,\(amount),办公用品 \(index),,,DW00\(index % 5)")
                continue
            }
            let fund = index % 11 == 5 ? "专项:困难帮扶" : ""
            let parts = index % 3 + 1
            row("\(date),\(key),102,\(amount),,收入 \(index),\(fund),,")
            var left = fen
            for part in 0..<parts {
                let share = part == parts - 1 ? left : fen / parts
                left -= share
                let account = ["401", "402", "40302"][part]
                row("\(date),\(key),\(account),,\(String(format: "%d.%02d", share / 100, share % 100)),,,,")
            }
        }
        return text
    }

    /// The same file into two fresh books, one importing on one thread.
    static func importBothWays(_ text: String) throws -> (background: Result<ImportOutcome, any Error>, foreground: Result<ImportOutcome, any Error>,
                                                            books: (TestBooks, TestBooks)) {
        let background = try TestBooks(), foreground = try TestBooks()
        let path = try background.write("vouchers.csv", text)
        let oneThread = try foreground.database.writingRowsInForeground().books(for: "GH001", user: "tester")
        let inBackground = Result { try background.books.importVouchers(path: path, displayName: "vouchers.csv") }
        let onOneThread = Result { try oneThread.importVouchers(path: path, displayName: "vouchers.csv") }
        return (inBackground, onOneThread, (background, foreground))
    }

    @Test("the same vouchers, postings, balances and chain as on one thread, and the books verify")
    func sameBooksBothWays() throws {
        let run = try Self.importBothWays(Self.file(vouchers: 1_500))
        defer { run.books.0.remove(); run.books.1.remove() }
        #expect(try run.background.get() == run.foreground.get())
        guard case .imported(vouchers: 1_500, rows: _) = try run.background.get() else {
            Issue.record("expected 1,500 vouchers imported: \(run.background)")
            return
        }
        let (background, foreground) = (run.books.0.books, run.books.1.books)
        let january = try YearMonth(parsing: "2026-01"), march = try YearMonth(parsing: "2026-03")
        #expect(try background.vouchers() == foreground.vouchers())
        #expect(try background.vouchers().count == 1_500)
        #expect(try background.trialBalance(from: january, to: march) == foreground.trialBalance(from: january, to: march))
        #expect(try background.fundBalances(year: 2026) == foreground.fundBalances(year: 2026))
        #expect(try run.books.0.database.verify().isEmpty)
        #expect(try run.books.1.database.verify().isEmpty)
    }

    @Test("bad rows after many batches: the same problems as on one thread, and nothing written")
    func badRowsLateInTheFile() throws {
        let run = try Self.importBothWays(Self.file(vouchers: 1_200, badLines: [3_001, 3_333]))
        defer { run.books.0.remove(); run.books.1.remove() }
        for result in [run.background, run.foreground] {
            #expect(throws: RowsRejected.self) { try result.get() }
        }
        let problems = { (result: Result<ImportOutcome, any Error>) -> [RowProblem] in
            guard case .failure(let error as RowsRejected) = result else { return [] }
            return error.problems
        }
        #expect(problems(run.background) == problems(run.foreground))
        #expect(problems(run.background).map(\.line) == [3_001, 3_333])
        #expect(try run.books.0.books.vouchers().isEmpty)
        #expect(try run.books.0.database.verify().isEmpty)
    }

    /// A posting row mid-file, and a voucher row in the last batch handed over (its error can
    /// only come out when the import's scope waits for the writer at its end).
    @Test("a row SQLite refuses in a batch written in the background ends the import with its error and nothing written",
          arguments: [("posting", 700), ("voucher", 1_100)])
    func refusedRow(table: String, index: Int) throws {
        let background = try TestBooks(), foreground = try TestBooks()
        defer { background.remove(); foreground.remove() }
        let path = try background.write("vouchers.csv", Self.file(vouchers: 1_200, refusedAmount: index))
        let column = table == "posting" ? "amount_fen" : "total_fen"
        for books in [background, foreground] {
            try books.tamper("""
                CREATE TRIGGER refused_by_test BEFORE INSERT ON \(table) WHEN NEW.\(column) = 77777
                BEGIN SELECT RAISE(ABORT, 'refused by the test'); END
                """)
        }
        let oneThread = try foreground.database.writingRowsInForeground().books(for: "GH001", user: "tester")
        for (books, importer) in [(background, background.books), (foreground, oneThread)] {
            let before = try books.fileBytes()
            #expect { try importer.importVouchers(path: path, displayName: "vouchers.csv") } throws: { error in
                "\(error)".contains("refused by the test")
            }
            #expect(try importer.vouchers().isEmpty)
            #expect(try books.fileBytes() == before)
        }
    }

    @Test("a posting check reading the connection mid-import sees every batch handed over, as on one thread")
    func checksSeeHandedBatches() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let path = try t.write("vouchers.csv", Self.file(vouchers: 700))
        let log = CountLog()
        let books = try t.database.withPostingChecks([VoucherRowCount(log: log)]).books(for: "GH001", user: "tester")
        _ = try books.importVouchers(path: path, displayName: "vouchers.csv")
        // Before the k-th voucher (from 0), the whole batches of 64 before it are in the table.
        #expect(log.counts == (0..<700).map { $0 / 64 * 64 })
    }
}

/// Counts the voucher rows in the table through the check's connection, once a voucher.
private struct VoucherRowCount: PostingCheck {
    let log: CountLog
    func check(_ voucher: CheckedVoucher, in context: any PostingCheckContext) throws {
        guard let context = context as? SQLitePostingCheckContext else { return }
        log.add(try Int.fetchOne(context.db, sql: "SELECT COUNT(*) FROM voucher") ?? -1)
    }
}

private final class CountLog: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Int] = []
    var counts: [Int] { lock.withLock { values } }
    func add(_ count: Int) { lock.withLock { values.append(count) } }
}
