import Foundation
import GRDB
import LedgerCore
@testable import LedgerSQLite
import LedgerStore
import Testing

/// Verify split across readers of one snapshot must say exactly what one pass says: the same
/// findings in the same order, on clean books and on books edited behind the engine's back,
/// wherever the edit falls relative to the ranges' boundaries.
@Suite("verify across cores")
struct ParallelVerifyTests {
    static let voucherCount = 30

    /// 30 vouchers whose months interleave (each month's numbering crosses every boundary), two
    /// restricted funds first seen in different ranges, and a reversal late in the journal of an
    /// early voucher.
    func interleavedBooks() throws -> TestBooks {
        let t = try TestBooks()
        for index in 1...Self.voucherCount - 1 {
            let month = index % 3 + 1
            var draft = simpleVoucher("2026-0\(month)-\(10 + index % 15)", "102", "402", "\(index * 100).25")
            if index % 7 == 3 { draft.fund = "专项" }
            if index >= 20 && index % 4 == 0 { draft.fund = "困难职工帮扶" }
            try t.books.post(draft)
        }
        _ = try t.books.reverse(voucherID: 2, reason: "更正", date: date("2026-03-28"))
        return t
    }

    func sequential(_ t: TestBooks) throws -> [VerifyFinding] {
        try t.database.verify(readers: 1, minimumVouchers: .max)
    }

    /// Every split the tests use gives the sequential answer.
    func expectSameAnswer(_ t: TestBooks, _ comment: Comment, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let expected = try sequential(t)
        for readers in [2, 3, 7] {
            let split = try t.database.verify(readers: readers, minimumVouchers: 1)
            #expect(split == expected, "\(comment), \(readers) readers", sourceLocation: sourceLocation)
        }
    }

    @Test("on clean books the ranges join into one pass's result: balances, funds, numbering, heads")
    func cleanBooksJoin() throws {
        let t = try interleavedBooks()
        defer { t.remove() }
        #expect(try sequential(t).isEmpty)
        try expectSameAnswer(t, "clean")
        // The split path itself stands (it is not the fallback answering).
        for parts in [2, 3, 7] {
            let joined = try t.database.read { db -> VoucherWalk.Outcome? in
                let readers = try #require(SnapshotReaders(path: t.path, count: parts, voucherCount: Int64(Self.voucherCount)))
                return try ParallelVoucherWalk.run(db: db, readers: readers, context: try Self.context(db))
            }
            let outcome = try #require(joined, "\(parts) ranges")
            let whole = try t.database.read { db in
                var walk = VoucherWalk(connection: try #require(db.sqliteConnection), context: try Self.context(db), range: .whole)
                try walk.run()
                return walk.outcome
            }
            #expect(outcome.count == Int64(Self.voucherCount))
            #expect(outcome.lastStored == whole.lastStored)
            #expect(outcome.lastNumbers == whole.lastNumbers)
            #expect(outcome.funds.names == whole.funds.names)
            #expect(outcome.computed.mapValues { [$0.debit, $0.credit] } == whole.computed.mapValues { [$0.debit, $0.credit] })
        }
    }

    @Test("with account ids too large for the table by id, the walk looks accounts up by hash and says the same")
    func largeAccountIDs() throws {
        let t = try interleavedBooks()
        defer { t.remove() }
        let (small, large) = try t.database.read { db -> (VoucherWalk.Outcome, VoucherWalk.Outcome) in
            let connection = try #require(db.sqliteConnection)
            let context = try Self.context(db)
            var widened = context
            widened.accounts[1 << 20] = Verifier.AccountFacts(code: "999", organisation: 1, isLeaf: true)
            var first = VoucherWalk(connection: connection, context: context, range: .whole)
            try first.run()
            var second = VoucherWalk(connection: connection, context: widened, range: .whole)
            try second.run()
            return (first.outcome, second.outcome)
        }
        #expect(small.findings.isEmpty && large.findings.isEmpty)
        #expect(small.count == large.count && small.lastStored == large.lastStored)
        #expect(small.computed.mapValues { [$0.debit, $0.credit] } == large.computed.mapValues { [$0.debit, $0.credit] })
    }

    static func context(_ db: Database) throws -> VoucherWalk.Context {
        var verifier = Verifier(db: db)
        _ = try verifier.run()
        return VoucherWalk.Context(organisations: verifier.organisations, accounts: verifier.accounts, voucherHeadChecks: [:])
    }

    @Test("an edit anywhere — at a range's first or last voucher or inside one — is reported as one pass reports it",
          arguments: [1, 2, 10, 11, 15, 16, 20, 21, 29, 30])
    func editsAnywhere(voucher id: Int) throws {
        let edits = [
            ("amount", "DROP TRIGGER posting_is_immutable_update; UPDATE posting SET amount_fen = amount_fen + 1 WHERE voucher_id = \(id) AND line = 1"),
            ("summary", "DROP TRIGGER voucher_is_immutable_update; UPDATE voucher SET summary = 'x' WHERE id = \(id)"),
            ("deleted", """
                DROP TRIGGER voucher_is_immutable_delete; DROP TRIGGER posting_is_immutable_delete;
                PRAGMA foreign_keys = OFF; DELETE FROM posting WHERE voucher_id = \(id); DELETE FROM voucher WHERE id = \(id);
                """),
            ("number", "DROP TRIGGER voucher_is_immutable_update; UPDATE voucher SET number = number + 1000 WHERE id = \(id)"),
            ("side", "DROP TRIGGER posting_is_immutable_update; PRAGMA ignore_check_constraints = ON; UPDATE posting SET side = 'X' WHERE voucher_id = \(id) AND line = 2"),
            ("fund", "DROP TRIGGER voucher_is_immutable_update; UPDATE voucher SET fund = '另一项' WHERE id = \(id)"),
            ("huge amounts", """
                DROP TRIGGER posting_is_immutable_update;
                UPDATE posting SET amount_fen = 9223372036854775000 WHERE voucher_id IN (\(id), \(31 - id)) AND line = 1
                """),
        ]
        for (name, sql) in edits {
            try expectEditFoundAlike(sql, "\(name) at voucher \(id)")
        }
    }

    @Test("a range starts at the voucher with that many before it: read off the ids when they have no gap, counted when they do")
    func rangeStarts() throws {
        let t = try interleavedBooks()
        defer { t.remove() }
        func starts(count: Int64) throws -> [(found: Int64?, counted: Int64?)] {
            try t.database.read { db in
                let first = try Int64.fetchOne(db, sql: "SELECT min(id) FROM voucher")
                let last = try Int64.fetchOne(db, sql: "SELECT max(id) FROM voucher")
                return try (0..<count).map { before in
                    (try ParallelVoucherWalk.startID(db, before: before, firstID: first, lastID: last, count: count),
                     try Int64.fetchOne(db, sql: "SELECT id FROM voucher ORDER BY id LIMIT 1 OFFSET ?", arguments: [before]))
                }
            }
        }
        for (found, counted) in try starts(count: Int64(Self.voucherCount)) { #expect(found != nil && found == counted) }
        try t.tamper("""
            DROP TRIGGER voucher_is_immutable_delete; DROP TRIGGER posting_is_immutable_delete;
            PRAGMA foreign_keys = OFF; DELETE FROM posting WHERE voucher_id = 10; DELETE FROM voucher WHERE id = 10;
            """)
        // A gap: 29 vouchers over ids 1…30, so every start after it is counted, not read off.
        let gapped = try starts(count: Int64(Self.voucherCount - 1))
        for (found, counted) in gapped { #expect(found != nil && found == counted) }
        #expect(gapped[15].found == 17)
    }

    @Test("edits outside the vouchers: a balance row, an orphan posting, the journal head's count")
    func editsElsewhere() throws {
        for sql in [
            "UPDATE balance SET debit_fen = debit_fen + 100 WHERE account_id = (SELECT MIN(account_id) FROM balance)",
            "PRAGMA foreign_keys = OFF; INSERT INTO posting(voucher_id, line, account_id, side, amount_fen, org_id) VALUES (1000, 1, 1, 'D', 5, 1)",
            "UPDATE journal_head SET voucher_count = 10000",
            "UPDATE journal_head SET voucher_count = 3",
            // Where the ranges are cut is worked out from it: no overflow, whatever it says.
            "UPDATE journal_head SET voucher_count = 9223372036854775807",
        ] {
            try expectEditFoundAlike(sql, "\(sql)")
        }
    }

    /// Fresh books edited with `sql`: one pass finds something, and every split says the same.
    func expectEditFoundAlike(_ sql: String, _ edit: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let t = try interleavedBooks()
        defer { t.remove() }
        try t.tamper(sql)
        #expect(try !sequential(t).isEmpty, "\(edit) is found at all", sourceLocation: sourceLocation)
        try expectSameAnswer(t, "\(edit)", sourceLocation: sourceLocation)
    }

    @Test("while someone is writing, verify reads in one pass at once instead of waiting for the lock")
    func writerActive() throws {
        let t = try interleavedBooks()
        defer { t.remove() }
        let writer = try DatabaseQueue(path: t.path)
        let findings = try writer.writeWithoutTransaction { db -> [VerifyFinding] in
            try db.execute(sql: "BEGIN IMMEDIATE")
            defer { try? db.execute(sql: "ROLLBACK") }
            #expect(WriteLockHold(path: t.path) == nil)
            return try t.database.verify(readers: 2, minimumVouchers: 1)
        }
        try writer.close()
        #expect(findings.isEmpty)
    }

    // The join on its own, with outcomes a rehashed chain could produce (the chain hashes a
    // voucher's number and amounts, so the edits above always break it first).
    static func outcome(count: Int64, funds: [String] = [], computed: [(Verifier.BalanceKey, Int64, Int64)] = [],
                        first: [(Int, Int)] = [], last: [(Int, Int)] = []) -> VoucherWalk.Outcome {
        var outcome = VoucherWalk.Outcome(previousHash: JournalChain.genesis)
        outcome.count = count
        for name in funds { _ = outcome.funds.number(name) }
        for (key, debit, credit) in computed { outcome.computed[key] = (debit, credit) }
        for (ordinal, number) in first { outcome.firstNumbers[Verifier.PeriodKey(organisation: 1, ordinal: ordinal)] = number }
        for (ordinal, number) in last { outcome.lastNumbers[Verifier.PeriodKey(organisation: 1, ordinal: ordinal)] = number }
        return outcome
    }

    static func key(fund: Int32, ordinal: Int = 24313) -> Verifier.BalanceKey {
        Verifier.BalanceKey(organisation: 1, account: 7, fund: fund, ordinal: ordinal, closing: false)
    }

    static let twoRanges = [VoucherWalk.Range.whole, VoucherWalk.Range(firstID: 11, endID: nil, vouchersBefore: 10, previousHash: [])]

    @Test("join: a month's numbering must carry on across the boundary")
    func joinNumbering() {
        let before = Self.outcome(count: 10, last: [(24313, 6), (24314, 4)])
        let carriedOn = Self.outcome(count: 5, first: [(24313, 7), (24315, 1)], last: [(24313, 9), (24315, 2)])
        let joined = ParallelVoucherWalk.join([before, carriedOn], ranges: Self.twoRanges)
        #expect(joined?.lastNumbers == [Verifier.PeriodKey(organisation: 1, ordinal: 24313): 9,
                                        Verifier.PeriodKey(organisation: 1, ordinal: 24314): 4,
                                        Verifier.PeriodKey(organisation: 1, ordinal: 24315): 2])
        for (ordinal, number) in [(24313, 8), (24313, 6), (24314, 4), (24315, 2)] {
            let gap = Self.outcome(count: 5, first: [(ordinal, number)], last: [(ordinal, number)])
            #expect(ParallelVoucherWalk.join([before, gap], ranges: Self.twoRanges) == nil, "month \(ordinal) starting at \(number)")
        }
    }

    @Test("join: balances add up under each fund's name, numbered in the order first seen; an overflow or a miscount refuses")
    func joinBalances() throws {
        let before = Self.outcome(count: 10, funds: ["", "专项"], computed: [(Self.key(fund: 1), 100, 0), (Self.key(fund: 0), 5, 5)])
        // The second range saw 甲 (a voucher with no postings), 帮扶 and 专项: numbers 1, 2, 3 there; 2, 3, 1 joined.
        let after = Self.outcome(count: 3, funds: ["", "甲", "帮扶", "专项"], computed: [(Self.key(fund: 2), 1, 2), (Self.key(fund: 3), 0, 9)])
        let joined = try #require(ParallelVoucherWalk.join([before, after], ranges: Self.twoRanges))
        #expect(joined.funds.names == ["", "专项", "甲", "帮扶"])
        #expect(joined.count == 13)
        #expect(joined.computed.mapValues { [$0.debit, $0.credit] } == [
            Self.key(fund: 0): [5, 5], Self.key(fund: 1): [100, 9], Self.key(fund: 3): [1, 2]])

        let huge = Self.outcome(count: 3, funds: ["", "专项"], computed: [(Self.key(fund: 1), Int64.max - 50, 0)])
        #expect(ParallelVoucherWalk.join([before, huge], ranges: Self.twoRanges) == nil)
        #expect(ParallelVoucherWalk.join([Self.outcome(count: 9), after], ranges: Self.twoRanges) == nil)
        var found = after
        found.findings = [VerifyFinding(kind: .numberingGap, voucherID: 12, organisation: "GH001", detail: VerifyDetail("x", "x"))]
        #expect(ParallelVoucherWalk.join([before, found], ranges: Self.twoRanges) == nil)
    }
}
