import LedgerStore
import InputFiles
import Foundation
import GRDB
import LedgerCore
@testable import LedgerSQLite

/// Fresh books in a temporary folder, with the repository's basic chart, for one test.
struct TestBooks {
    let folder: URL
    let path: String
    let database: LedgerDatabase
    let books: Books

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func chart() throws -> [Account] {
        let url = repositoryRoot.appendingPathComponent("ledgers/charts/grassroots-basic.csv")
        return try ChartFile.parse(String(contentsOf: url, encoding: .utf8), fileName: "grassroots-basic.csv")
    }

    init(start: String = "2026-01") throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("books.sqlite").path
        database = try LedgerDatabase.create(at: path)
        books = try database.addOrganisation(
            NewOrganisation(code: "GH001", name: "测试工会", kind: "enterprise", firstPeriod: try YearMonth(parsing: start)),
            chart: try TestBooks.chart(), user: "tester")
    }

    /// Writes a file into the test folder and returns its path.
    func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func writeBytes(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Raw SQL against the file, as someone with the sqlite3 tool would (for tamper tests).
    func tamper(_ sql: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: sql) }
        try queue.close()
    }

    /// Raw SQL against another file of the test.
    func tamperFile(_ path: String, _ sql: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: sql) }
        try queue.close()
    }

    /// A copy of the books that no connection of this process holds open (`database` holds the
    /// original), so a command on it may leave WAL mode.
    func closedCopy() throws -> String {
        try database.queue.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        let copy = folder.appendingPathComponent("copy.sqlite").path
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        return copy
    }

    func fileBytes() throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path))
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}

func code(_ text: String) -> AccountCode {
    (try? AccountCode(text)) ?? { preconditionFailure("bad test account code \(text)") }()
}

func date(_ text: String) -> LocalDate {
    (try? LocalDate(parsing: text)) ?? { preconditionFailure("bad test date \(text)") }()
}

func month(_ text: String) -> YearMonth {
    (try? YearMonth(parsing: text)) ?? { preconditionFailure("bad test month \(text)") }()
}

func yuan(_ text: String) -> Money {
    (try? Money(parsing: text)) ?? { preconditionFailure("bad test amount \(text)") }()
}

/// A two-line voucher: debit one account, credit another.
func simpleVoucher(_ day: String, _ debit: String, _ credit: String, _ amount: String,
                   summary: String = "测试凭证") -> VoucherDraft {
    VoucherDraft(date: date(day), summary: summary, postings: [
        Posting(account: code(debit), side: .debit, amount: yuan(amount)),
        Posting(account: code(credit), side: .credit, amount: yuan(amount)),
    ])
}

/// Runs `body` and returns the `LedgerError` it threw (for a rejected file, its first problem's),
/// or nil.
func ledgerErrorThrown(_ body: () throws -> Void) -> LedgerError? {
    do {
        try body()
        return nil
    } catch let error as LedgerError {
        return error
    } catch let rejected as RowsRejected {
        return rejected.problems.first?.error as? LedgerError
    } catch {
        return nil
    }
}

/// Runs `body` and returns the rule of the `LedgerError` it threw, or nil.
func ruleThrown(_ body: () throws -> Void) -> LedgerError.Rule? {
    ledgerErrorThrown(body)?.rule
}
