import Foundation
import LedgerCore
import LedgerPostgres
@testable import LedgerSQLite
import LedgerStore
import Testing

/// The bulk paths by `COPY` (issue 15): texts that COPY's text format must escape arrive byte for
/// byte, through the raw session, the posting path (an import's many vouchers) and `copy` of a book;
/// the hash chain still verifies and matches SQLite's; verify's grouped SQL finds what it found before.
@Suite(.enabled(if: PostgresTestServer.isAvailable, PostgresTestServer.skipReason))
struct PostgresCopyTests {
    /// Texts COPY's text format treats specially, and some it must leave alone.
    static let hostile: [String] = [
        "工会经费 收支", "tab\there", "new\nline", "carriage\rreturn", "back\\slash", "\\N", "\\.", "\\\\N", "ends with \\",
        "", " ", "\\t literally", "引号\"和'单引号'", "emoji 🧧 红包", "a\t\\N\n\\.\r\\", "NULL", "\u{3000}全角空格",
    ]

    /// Texts the ledger accepts in a voucher (no control characters) that COPY must still escape or keep.
    static let voucherTexts: [String] = ["收到会费 \\N", "\\.", "back\\slash 反斜杠", "\\\\", "end\\", "NULL", "引号\"'", "🧧 红包"]

    @Test("COPY sends hostile texts, NULLs and integers that read back exactly")
    func rawRoundTrip() throws {
        let database = try PostgresTestServer.freshDatabase()
        let session = try PostgresSession(url: database.url)
        try session.query("CREATE TABLE t(id BIGINT PRIMARY KEY, body TEXT, note TEXT, n BIGINT)")
        var rows: [[PostgresValue]] = []
        for (index, text) in Self.hostile.enumerated() {
            rows.append([.int(index), .text(text), index % 3 == 0 ? .null : .text(text + text), index % 2 == 0 ? .integer(Int64.min + Int64(index)) : .null])
        }
        // Enough rows to span several of the 1 MiB chunks.
        let long = String(repeating: "长文本\t\\N\n", count: 40_000)
        for index in 0..<3 { rows.append([.int(1_000 + index), .text(long), .null, .integer(Int64.max)]) }
        try session.copy(into: "t", columns: ["id", "body", "note", "n"], rows: rows)
        let back = try session.query("SELECT id, body, note, n FROM t ORDER BY id")
        #expect(back.count == rows.count)
        for (row, sent) in zip(back, rows) {
            #expect(try row.int("id") == Self.integer(sent[0]))
            #expect(try row.optionalText("body") == Self.text(sent[1]))
            #expect(try row.optionalText("note") == Self.text(sent[2]))
            #expect(try row.optionalInt("n") == Self.integer(sent[3]))
        }
        // A row the server refuses fails the COPY with its message, and the session goes on.
        #expect(throws: PostgresFailure.self) {
            try session.copy(into: "t", columns: ["id", "body", "note", "n"], rows: [[.int(0), .text("dup"), .null, .null]])
        }
        #expect(try session.one("SELECT COUNT(*) AS n FROM t").int("n") == Int64(rows.count))
    }

    @Test("COPY inside a transaction rolls back with it")
    func copyJoinsTransaction() throws {
        let database = try PostgresTestServer.freshDatabase()
        let session = try PostgresSession(url: database.url)
        try session.query("CREATE TABLE t(id BIGINT PRIMARY KEY, body TEXT)")
        struct Stop: Error {}
        #expect(throws: (any Error).self) {
            try session.transaction {
                try session.copy(into: "t", columns: ["id", "body"], rows: (0..<100).map { index -> [PostgresValue] in [.int(index), .text("行\(index)")] })
                throw Stop()
            }
        }
        #expect(try session.one("SELECT COUNT(*) AS n FROM t").int("n") == 0)
    }

    static func text(_ value: PostgresValue) -> String? {
        if case .text(let text) = value { return text }
        return nil
    }

    static func integer(_ value: PostgresValue) -> Int64? {
        if case .integer(let number) = value { return number }
        return nil
    }

    /// Many vouchers with texts COPY must escape, posted in one transaction (queued, sent by COPY).
    static func post(_ books: any Books, count: Int) throws {
        try books.transaction { transaction in
            for index in 0..<count {
                let text = voucherTexts[index % voucherTexts.count]
                let amount = Money(fen: Int64(100 + index))
                try transaction.post(VoucherDraft(
                    date: try LocalDate(year: 2026, month: 1 + index % 2, day: 1 + index % 28), summary: "第\(index)张 \(text)",
                    postings: [Posting(account: try AccountCode("102"), side: .debit, amount: amount, memo: text),
                               Posting(account: try AccountCode("401"), side: .credit, amount: amount, memo: "\\N")]))
            }
        }
    }

    @Test("vouchers posted in bulk keep their texts exactly; the chain verifies and matches SQLite's")
    func postingPathByCopy() throws {
        let database = try PostgresTestServer.freshDatabase()
        let store = try PostgresStore.create(url: database.url, clock: LedgerPostgresTests.clock)
        let books = try store.addOrganisation(LedgerPostgresTests.organisation, chart: try LedgerPostgresTests.chart(), user: "tester")
        try Self.post(books, count: 300)
        let (sqlite, sqliteBooks, folder) = try LedgerPostgresTests.sqliteBooks()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.post(sqliteBooks, count: 300)
        #expect(try store.verify().isEmpty)
        #expect(try store.journalHead() == sqlite.journalHead())
        let january = try YearMonth(parsing: "2026-01")
        let fromPostgres = try books.vouchers(from: january, to: january)
        let fromSQLite = try sqliteBooks.vouchers(from: january, to: january)
        #expect(fromPostgres.map(\.summary) == fromSQLite.map(\.summary))
        #expect(fromPostgres.flatMap { $0.postings.map(\.memo) } == fromSQLite.flatMap { $0.postings.map(\.memo) })
        #expect(fromPostgres.first?.postings.last?.memo == "\\N")
    }

    @Test("a voucher file of many vouchers imports by COPY and verifies; its texts read back exactly")
    func importByCopy() throws {
        let database = try PostgresTestServer.freshDatabase()
        let store = try PostgresStore.create(url: database.url, clock: LedgerPostgresTests.clock)
        let books = try store.addOrganisation(LedgerPostgresTests.organisation, chart: try LedgerPostgresTests.chart(), user: "tester")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-pg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var csv = "date,voucher,account,debit,credit,summary\n"
        let count = 2_500   // more than one batch of queued vouchers
        for index in 0..<count {
            let summary = "\"\(Self.voucherTexts[index % Self.voucherTexts.count].replacingOccurrences(of: "\"", with: "\"\"")) \(index)\""
            csv += "2026-03-\(10 + index % 9),凭\\\(index),102,1.\(10 + index % 90),,\(summary)\n"
            csv += "2026-03-\(10 + index % 9),凭\\\(index),401,,1.\(10 + index % 90),\(summary)\n"
        }
        let path = folder.appendingPathComponent("hostile.csv").path
        try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
        #expect(try books.importVouchers(path: path, displayName: "hostile.csv") == .imported(vouchers: count, rows: 2 * count))
        #expect(try store.verify().isEmpty)
        let march = try YearMonth(parsing: "2026-03")
        let vouchers = try books.vouchers(from: march, to: march)
        #expect(vouchers.count == count)
        let expected = Set((0..<count).map { "\(Self.voucherTexts[$0 % Self.voucherTexts.count]) \($0)" })
        #expect(Set(vouchers.map(\.summary)) == expected)
        #expect(Set(vouchers.map(\.externalReference)) == Set((0..<count).map { "凭\\\($0)" }))
    }

    @Test("copy of a book by COPY pages: hostile texts arrive exactly, the copy verifies with the same head")
    func bookCopyByCopy() throws {
        let (sqlite, sqliteBooks, folder) = try LedgerPostgresTests.sqliteBooks()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.post(sqliteBooks, count: 120)
        let head = try sqlite.journalHead()
        // The event log's texts are free: an extra page of events carries every hostile text.
        guard let event = BookCopy.tables.first(where: { $0.name == "event" }) else { throw StoreError.storage(message: "no event table") }
        let events: [[BookCopy.Cell]] = Self.hostile.enumerated().map { index, text in
            [.integer(1_000_000 + Int64(index)), .null, .text("2026-11-21T10:00:00Z"), .text(text + "用户"), .text("test.\\"), .text(text)]
        }
        var sent: [BookCopy.Table: [[BookCopy.Cell]]] = [:]
        let database = try PostgresTestServer.freshDatabase()
        let store = try PostgresStore.create(url: database.url, clock: LedgerPostgresTests.clock)
        let findings = try store.writeBook(expectedHead: head) { sink in
            _ = try sqlite.readBook { table, rows in
                sent[table, default: []] += rows
                try sink(table, rows)
            }
            sent[event, default: []] += events
            try sink(event, events)
        }
        #expect(findings.isEmpty)
        #expect(try store.journalHead() == head)
        var received: [BookCopy.Table: [[BookCopy.Cell]]] = [:]
        _ = try store.readBook { table, rows in received[table, default: []] += rows }
        for table in ["voucher", "posting", "event"] {
            guard let key = BookCopy.tables.first(where: { $0.name == table }) else { continue }
            #expect(received[key] == sent[key], "\(table)")
        }
        #expect((sent.first { $0.key.name == "voucher" }?.value.count ?? 0) == 120)
    }

    @Test("verify's grouped SQL finds edited balances, counters and postings as the pass before it did")
    func verifyFindsTamperingInSums() throws {
        let database = try PostgresTestServer.freshDatabase()
        let store = try PostgresStore.create(url: database.url, clock: LedgerPostgresTests.clock)
        let books = try store.addOrganisation(LedgerPostgresTests.organisation, chart: try LedgerPostgresTests.chart(), user: "tester")
        _ = try LedgerPostgresTests.scenario(books)
        #expect(try store.verify().isEmpty)
        let raw = try PostgresSession(url: database.url)
        try raw.query("UPDATE balance SET debit_fen = debit_fen + 1 WHERE ordinal = (SELECT MIN(ordinal) FROM balance) AND debit_fen > 0")
        var kinds = Set(try store.verify().map(\.kind))
        #expect(kinds == [.balanceMismatch])
        try raw.query("UPDATE period SET last_number = last_number + 5")
        kinds = Set(try store.verify().map(\.kind))
        // `period` is a state table: the change journal names the edit too (`balance` it leaves to the sums).
        #expect(kinds == [.recordDiffers, .balanceMismatch, .periodCounterMismatch])
        // A posting removed behind the engine's back: the voucher is short, unbalanced, its hash broken.
        try raw.query("ALTER TABLE posting DISABLE TRIGGER posting_is_immutable")
        try raw.query("DELETE FROM posting WHERE voucher_id = 3 AND line = 2")
        let findings = try store.verify()
        let third = findings.filter { $0.voucherID == 3 }.map(\.kind)
        #expect(third == [.chainBroken, .voucherTooFewPostings, .voucherUnbalanced])
        #expect(findings.contains { $0.kind == .balanceMismatch && $0.detail.hasPrefix("40302") })
    }
}
