import Foundation
import InputFiles
import LedgerCore
import LedgerPostgres
@testable import LedgerSQLite
import LedgerStore
import Testing

/// The PostgreSQL store against a real server (skipped without one): the posting path's rules,
/// immutability, the hash chain identical to the SQLite store's for the same content, verify,
/// import, close, and the round trip through `copy`'s library calls.
@Suite(.enabled(if: PostgresTestServer.isAvailable, PostgresTestServer.skipReason))
struct LedgerPostgresTests {
    static let clock: WallClock = (try? WallClock.pinned("2026-11-21T10:00:00Z")) ?? .system

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func chart() throws -> [Account] {
        let url = repositoryRoot.appendingPathComponent("ledgers/charts/grassroots-basic.csv")
        return try ChartFile.parse(String(contentsOf: url, encoding: .utf8), fileName: "grassroots-basic.csv")
    }

    static let organisation = NewOrganisation(code: "GH001", name: "测试工会", kind: "enterprise",
                                              firstPeriod: (try? YearMonth(parsing: "2026-01")) ?? YearMonth(ordinal: 24_312))

    /// The same scenario on any store: an opening, dues received, an expenditure, a reversal.
    static func scenario(_ books: any Books) throws -> PostedVoucher {
        func line(_ code: String, _ side: Side, _ yuan: String) throws -> Posting {
            Posting(account: try AccountCode(code), side: side, amount: try Money(parsing: yuan))
        }
        try books.post(VoucherDraft(date: try LocalDate(parsing: "2026-01-05"), summary: "收到会费",
                                    postings: [try line("102", .debit, "1200.00"), try line("401", .credit, "1200.00")]))
        let spent = try books.post(VoucherDraft(date: try LocalDate(parsing: "2026-01-20"), summary: "购买慰问品",
                                                postings: [try line("50105", .debit, "300.50"), try line("102", .credit, "300.50")],
                                                attachments: 2))
        try books.post(VoucherDraft(date: try LocalDate(parsing: "2026-02-03"), summary: "专项补助",
                                    postings: [try line("102", .debit, "800.00"), try line("40302", .credit, "800.00")],
                                    fund: "困难职工帮扶"))
        return try books.reverse(voucherID: spent.id, reason: "金额有误")
    }

    static func sqliteBooks() throws -> (LedgerDatabase, any Books, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-pg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let database = try LedgerDatabase.create(at: folder.appendingPathComponent("books.sqlite").path, clock: clock)
        let books = try database.addOrganisation(organisation, chart: try chart(), user: "tester")
        return (database, books, folder)
    }

    @Test("the posting path posts, numbers, reverses and keeps balances; verify is clean")
    func postsAndVerifies() throws {
        let database = try PostgresTestServer.freshDatabase()
        let store = try PostgresStore.create(url: database.url, clock: Self.clock)
        let books = try store.addOrganisation(Self.organisation, chart: try Self.chart(), user: "tester")
        let reversal = try Self.scenario(books)
        #expect(reversal.kind == .reversal)
        let january = try books.vouchers(from: try YearMonth(parsing: "2026-01"), to: try YearMonth(parsing: "2026-01"))
        #expect(january.map(\.number) == [1, 2, 3])
        #expect(january[1].reversedBy == reversal.id)
        let balance = try books.trialBalance(from: try YearMonth(parsing: "2026-01"), to: try YearMonth(parsing: "2026-02"))
        let bank = try #require(balance.rows.first { $0.account.code.rawValue == "102" })
        #expect(bank.closing == (try Money(parsing: "2000.00")))
        #expect(try store.verify().isEmpty)
        #expect(try store.journalHead().vouchers == 4)
        #expect(try books.fundBalances(year: 2026).map(\.fund) == ["困难职工帮扶"])
    }

    @Test("the ledger's rules refuse on PostgreSQL as on SQLite, and nothing is written")
    func rulesRefuse() throws {
        let database = try PostgresTestServer.freshDatabase()
        let store = try PostgresStore.create(url: database.url, clock: Self.clock)
        let books = try store.addOrganisation(Self.organisation, chart: try Self.chart(), user: "tester")
        let unbalanced = VoucherDraft(date: try LocalDate(parsing: "2026-01-05"), summary: "不平",
                                      postings: [Posting(account: try AccountCode("102"), side: .debit, amount: try Money(parsing: "1")),
                                                 Posting(account: try AccountCode("401"), side: .credit, amount: try Money(parsing: "2"))])
        #expect(throws: LedgerError.self) { try books.post(unbalanced) }
        let nonLeaf = VoucherDraft(date: try LocalDate(parsing: "2026-01-05"), summary: "非末级",
                                   postings: [Posting(account: try AccountCode("102"), side: .debit, amount: try Money(parsing: "1")),
                                              Posting(account: try AccountCode("501"), side: .credit, amount: try Money(parsing: "1"))])
        #expect(throws: LedgerError.accountMustBeLeaf(code: "501")) { try books.post(nonLeaf) }
        #expect(try store.journalHead().vouchers == 0)
        #expect(try books.voucherCount(from: nil, to: nil) == 0)
    }

    @Test("posted vouchers and postings cannot be changed or deleted in the database")
    func postedRowsAreImmutable() throws {
        let database = try PostgresTestServer.freshDatabase()
        let store = try PostgresStore.create(url: database.url, clock: Self.clock)
        let books = try store.addOrganisation(Self.organisation, chart: try Self.chart(), user: "tester")
        _ = try Self.scenario(books)
        let raw = try PostgresSession(url: database.url)
        for statement in ["UPDATE voucher SET summary = 'x'", "DELETE FROM posting", "UPDATE posting SET amount_fen = 1",
                          "DELETE FROM voucher", "TRUNCATE posting CASCADE"] {
            #expect(throws: (any Error).self, "\(statement)") { try raw.query(statement) }
        }
        #expect(try store.verify().isEmpty)
    }

    @Test("verify finds a voucher edited behind the engine's back (triggers dropped)")
    func verifyFindsTampering() throws {
        let database = try PostgresTestServer.freshDatabase()
        let store = try PostgresStore.create(url: database.url, clock: Self.clock)
        let books = try store.addOrganisation(Self.organisation, chart: try Self.chart(), user: "tester")
        _ = try Self.scenario(books)
        let raw = try PostgresSession(url: database.url)
        try raw.query("ALTER TABLE voucher DISABLE TRIGGER voucher_is_immutable")
        try raw.query("UPDATE voucher SET summary = '改过' WHERE id = 1")
        let findings = try store.verify()
        #expect(findings.map(\.kind) == [.chainBroken])
        #expect(findings.first?.voucherID == 1)
    }

    @Test("the same content gives the same journal head on SQLite and on PostgreSQL")
    func sameHashChainAsSQLite() throws {
        let database = try PostgresTestServer.freshDatabase()
        let store = try PostgresStore.create(url: database.url, clock: Self.clock)
        let pgBooks = try store.addOrganisation(Self.organisation, chart: try Self.chart(), user: "tester")
        _ = try Self.scenario(pgBooks)
        let (sqlite, sqliteBooks, folder) = try Self.sqliteBooks()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Self.scenario(sqliteBooks)
        let pgHead = try store.journalHead(), sqliteHead = try sqlite.journalHead()
        #expect(pgHead == sqliteHead)
        #expect(pgHead.vouchers == 4)
    }

    @Test("a book copied SQLite → PostgreSQL → SQLite keeps its journal head and trial balance; both verify")
    func roundTrip() throws {
        let (sqlite, sqliteBooks, folder) = try Self.sqliteBooks()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Self.scenario(sqliteBooks)
        try sqliteBooks.closeMonth(try YearMonth(parsing: "2026-01"))
        let head = try sqlite.journalHead()
        let database = try PostgresTestServer.freshDatabase()
        let store = try PostgresStore.create(url: database.url, clock: Self.clock)
        let findings = try store.writeBook(expectedHead: head) { sink in _ = try sqlite.readBook(sink) }
        #expect(findings.isEmpty)
        #expect(try store.journalHead() == head)
        let pgBooks = try store.books(for: "GH001", user: "tester")
        let range = (try YearMonth(parsing: "2026-01"), try YearMonth(parsing: "2026-02"))
        #expect(try pgBooks.trialBalance(from: range.0, to: range.1) == sqliteBooks.trialBalance(from: range.0, to: range.1))
        #expect(try pgBooks.closedMonths() == [try YearMonth(parsing: "2026-01")])
        // Posting goes on from the copied chain on PostgreSQL…
        try pgBooks.post(VoucherDraft(date: try LocalDate(parsing: "2026-02-10"), summary: "复制后记账",
                                      postings: [Posting(account: try AccountCode("101"), side: .debit, amount: try Money(parsing: "5")),
                                                 Posting(account: try AccountCode("102"), side: .credit, amount: try Money(parsing: "5"))]))
        #expect(try store.verify().isEmpty)
        // …and back into a new SQLite file, which verifies with the same head.
        let back = try LedgerDatabase.create(at: folder.appendingPathComponent("back.sqlite").path, clock: Self.clock)
        try back.writeBook { sink in _ = try store.readBook(sink) }
        #expect(try back.verify().isEmpty)
        #expect(try back.journalHead() == store.journalHead())
        let backBooks = try back.books(for: "GH001", user: "tester")
        #expect(try backBooks.trialBalance(from: range.0, to: range.1) == pgBooks.trialBalance(from: range.0, to: range.1))
    }

    @Test("a voucher file imports as on SQLite; the same file again does nothing; a bad row writes nothing")
    func importsVouchers() throws {
        let database = try PostgresTestServer.freshDatabase()
        let store = try PostgresStore.create(url: database.url, clock: Self.clock)
        let books = try store.addOrganisation(Self.organisation, chart: try Self.chart(), user: "tester")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-pg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("vouchers.csv")
        try Data("""
            date,voucher,account,debit,credit,summary
            2026-01-05,V1,102,1200.00,,收到会费
            2026-01-05,V1,401,,1200.00,收到会费
            2026-01-09,V2,50105,100.00,,慰问品
            2026-01-09,V2,101,,100.00,慰问品

            """.utf8).write(to: good)
        #expect(try books.importVouchers(path: good.path, displayName: "vouchers.csv") == .imported(vouchers: 2, rows: 4))
        guard case .alreadyImported = try books.importVouchers(path: good.path, displayName: "vouchers.csv") else {
            Issue.record("a second import of the same file must do nothing")
            return
        }
        let bad = folder.appendingPathComponent("bad.csv")
        try Data("""
            date,voucher,account,debit,credit,summary
            2026-01-12,V3,102,50.00,,捐赠
            2026-01-12,V3,999,,50.00,捐赠

            """.utf8).write(to: bad)
        #expect(throws: RowsRejected.self) { try books.importVouchers(path: bad.path, displayName: "bad.csv") }
        #expect(try books.voucherCount(from: nil, to: nil) == 2)
        #expect(try store.verify().isEmpty)
    }

    @Test("months close in order and refuse postings after; the year closes into net assets")
    func closesMonthsAndYear() throws {
        let database = try PostgresTestServer.freshDatabase()
        let store = try PostgresStore.create(url: database.url, clock: Self.clock)
        let books = try store.addOrganisation(Self.organisation, chart: try Self.chart(), user: "tester")
        _ = try Self.scenario(books)
        #expect(throws: LedgerError.self) { try books.closeMonth(try YearMonth(parsing: "2026-02")) }
        try books.closeMonth(try YearMonth(parsing: "2026-01"))
        #expect(throws: LedgerError.periodMustBeOpen(period: "2026-01")) {
            try books.post(VoucherDraft(date: try LocalDate(parsing: "2026-01-30"), summary: "迟到",
                                        postings: [Posting(account: try AccountCode("101"), side: .debit, amount: try Money(parsing: "5")),
                                                   Posting(account: try AccountCode("102"), side: .credit, amount: try Money(parsing: "5"))]))
        }
        for month in 2...11 { try books.closeMonth(try YearMonth(year: 2026, month: month)) }
        let result = try books.closeYear(2026, carryForwardTo: try AccountCode("331"), restrictedTo: try AccountCode("321"),
                                         routes: [], rollUps: [])
        #expect(result.unrestricted != nil)
        #expect(result.restricted.count == 1)
        #expect(try books.closedMonths().count == 12)
        #expect(try store.verify().isEmpty)
    }

    // 150 each: 500 took 72 s of a debug build alone and was the whole suite's last minute; the
    // numbering races are as many per voucher at either size (the SQLite scenario keeps 500).
    @Test("four clerks write 150 vouchers each at once (posted, through review, imported): numbers 1…N per month, no gap, duplicate or loss")
    func concurrentWriters() throws {
        let database = try PostgresTestServer.freshDatabase()
        let store = try PostgresStore.create(url: database.url, clock: Self.clock)
        _ = try store.addOrganisation(Self.organisation, chart: try Self.chart(), user: "tester")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-pg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let writers = 4, perWriter = 150
        let failures = FailureBox()
        @Sendable func draft(_ writer: Int, _ index: Int) throws -> VoucherDraft {
            VoucherDraft(date: try LocalDate(year: 2026, month: 1 + (index % 3), day: 1 + writer),
                         summary: "第 \(writer) 位出纳第 \(index) 张",
                         postings: [Posting(account: try AccountCode("102"), side: .debit, amount: Money(fen: Int64(100 + index))),
                                    Posting(account: try AccountCode("401"), side: .credit, amount: Money(fen: Int64(100 + index)))])
        }
        // Threads of their own (not the test's cooperative threads): each writer blocks on its connection.
        DispatchQueue.concurrentPerform(iterations: writers) { writer in
            do {
                let own = try PostgresStore.open(url: database.url, clock: Self.clock)
                let books = try own.books(for: "GH001", user: "clerk\(writer)")
                switch writer {
                case 2:
                    // 填制 → 审核 (by another clerk) → 记账, one voucher at a time.
                    let reviewer = try own.books(for: "GH001", user: "reviewer")
                    for index in 0..<perWriter {
                        let entered = try books.enterVoucher(try draft(writer, index), rules: ApprovalRules())
                        _ = try reviewer.review(draftIDs: [entered.id], rules: ApprovalRules())
                        _ = try books.postDrafts(ids: [entered.id], month: nil, rules: ApprovalRules())
                    }
                case 3:
                    // Fifty files of ten vouchers, each imported as one transaction.
                    for file in 0..<(perWriter / 10) {
                        var text = "date,voucher,account,debit,credit,summary\n"
                        for index in (file * 10)..<(file * 10 + 10) {
                            let voucher = try draft(writer, index)
                            let amount = voucher.postings[0].amount.plainString
                            text += "\(voucher.date),W3-\(index),102,\(amount),,导入\(index)\n\(voucher.date),W3-\(index),401,,\(amount),导入\(index)\n"
                        }
                        let path = folder.appendingPathComponent("w3-\(file).csv").path
                        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
                        let outcome = try books.importVouchers(path: path, displayName: "w3-\(file).csv")
                        if outcome != .imported(vouchers: 10, rows: 20) { failures.add("file \(file): \(outcome)") }
                    }
                default:
                    for index in 0..<perWriter { try books.post(try draft(writer, index)) }
                }
            } catch {
                failures.add("writer \(writer): \(error)")
            }
        }
        #expect(failures.all.isEmpty, "\(failures.all)")
        let books = try store.books(for: "GH001", user: "tester")
        var total = 0
        for month in 1...3 {
            let period = try YearMonth(year: 2026, month: month)
            let numbers = try books.vouchers(from: period, to: period).map(\.number)
            #expect(numbers == Array(1...numbers.count), "month \(month)")
            total += numbers.count
        }
        #expect(total == writers * perWriter)
        #expect(try store.journalHead().vouchers == Int64(writers * perWriter))
        #expect(try store.verify().isEmpty)
    }
}

/// Failures collected from several threads.
final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []
    func add(_ message: String) { lock.lock(); messages.append(message); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return messages }
}
