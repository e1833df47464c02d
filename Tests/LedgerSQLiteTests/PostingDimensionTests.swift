import Foundation
import GRDB
import InputFiles
import LedgerCore
import LedgerStore
@testable import LedgerSQLite
import Testing

/// Budget line and counterparty on postings: stored, read back, hashed (chain version 3), imported,
/// kept through the workflow and reversals; books written before them still verify.
@Suite("posting dimensions")
struct PostingDimensionTests {
    static func charged(_ day: String, _ amount: String, line: String? = "办公费", counterparty: String? = nil) -> VoucherDraft {
        VoucherDraft(date: date(day), summary: "办公用品", postings: [
            Posting(account: code("50103"), side: .debit, amount: yuan(amount), budgetLine: line),
            Posting(account: code("102"), side: .credit, amount: yuan(amount), counterparty: counterparty),
        ])
    }

    @Test("dimensions are stored with chain version 3, read back, and verify")
    func roundTrip() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let posted = try t.books.post(Self.charged("2026-01-05", "120.00", counterparty: "DW001"))
        let read = try t.books.voucher(id: posted.id)
        #expect(read.postings.map(\.budgetLine) == ["办公费", nil])
        #expect(read.postings.map(\.counterparty) == [nil, "DW001"])
        #expect(read == posted)
        let version = try t.database.read { db in try Int.fetchOne(db, sql: "SELECT chain_version FROM voucher WHERE id = ?", arguments: [posted.id]) }
        #expect(version == 3)
        #expect(try t.database.verify().isEmpty)
    }

    @Test("a dimension changed behind the engine's back breaks the chain at its voucher")
    func tamperedDimensionBreaksChain() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let posted = try t.books.post(Self.charged("2026-01-05", "120.00"))
        try t.books.post(Self.charged("2026-01-06", "10.00"))
        try t.tamper("""
            DROP TRIGGER posting_is_immutable_update;
            UPDATE posting SET budget_line = '差旅费' WHERE voucher_id = \(posted.id) AND line = 1;
            """)
        let findings = try LedgerDatabase.open(at: t.path).verify()
        #expect(findings.map(\.kind) == [.chainBroken] && findings.first?.voucherID == posted.id)
    }

    @Test("a reversal mirrors the dimensions; a hand-made one that drops them is refused")
    func reversalMirrorsDimensions() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let posted = try t.books.post(Self.charged("2026-01-05", "120.00", counterparty: "DW001"))
        var forged = VoucherDraft.reversal(of: posted, on: date("2026-01-06"), reason: "错")
        forged.postings[0].budgetLine = nil
        #expect(ruleThrown { try t.books.post(forged) } == .reversalMustMirrorOriginal)
        let reversal = try t.books.reverse(voucherID: posted.id, reason: "错")
        #expect(reversal.postings.map(\.budgetLine) == ["办公费", nil])
        #expect(reversal.postings.map(\.counterparty) == [nil, "DW001"])
        #expect(try t.database.verify().isEmpty)
    }

    @Test("a draft keeps its dimensions from entry to posting")
    func draftsKeepDimensions() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let rules = ApprovalRules(signoffRequiredForExpenditure: false)
        let draft = try t.books.enterVoucher(Self.charged("2026-01-05", "120.00", counterparty: "DW001"), rules: rules)
        #expect(try t.books.draft(id: draft.id).postings == Self.charged("2026-01-05", "120.00", counterparty: "DW001").postings)
        _ = try t.database.books(for: "GH001", user: "李审核").review(draftIDs: [draft.id], rules: rules)
        let posted = try t.books.postDrafts(ids: [draft.id], month: nil, rules: rules)
        #expect(posted.first?.postings.map(\.budgetLine) == ["办公费", nil])
        #expect(try t.database.verify().isEmpty)
    }

    @Test("voucher import takes 预算项目 / budget_line and 往来单位 / counterparty per row", arguments: [
        "日期,凭证号,科目编码,借方金额,贷方金额,摘要,预算项目,往来单位",
        "date,voucher,account,debit,credit,summary,budget_line,counterparty",
    ])
    func importsDimensions(header: String) throws {
        let t = try TestBooks()
        defer { t.remove() }
        let file = try t.write("d.csv", """
            \(header)
            2026-01-05,1,50103,120.00,,办公用品,办公费,
            2026-01-05,1,102,,120.00,办公用品,,DW001

            """)
        #expect(try t.books.importVouchers(path: file, displayName: "d.csv") == .imported(vouchers: 1, rows: 2))
        let voucher = try #require(try t.books.vouchers().first)
        #expect(voucher.postings.map(\.budgetLine) == ["办公费", nil])
        #expect(voucher.postings.map(\.counterparty) == [nil, "DW001"])
        #expect(try t.database.verify().isEmpty)
    }

    @Test("a bad dimension is reported on its own row")
    func badDimensionInImport() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let long = String(repeating: "单", count: 33)
        let file = try t.write("e.csv", """
            date,voucher,account,debit,credit,summary,budget_line,counterparty
            2026-01-05,1,50103,120.00,,办公用品,办公费,
            2026-01-05,1,102,,120.00,办公用品,,\(long)

            """)
        do {
            _ = try t.books.importVouchers(path: file, displayName: "e.csv")
            Issue.record("the import should have been refused")
        } catch let rejected as RowsRejected {
            #expect(rejected.problems.map { "\($0.line):\($0.field):\($0.rule)" } == ["3:counterparty:postingDimensionMustBeWellFormed"])
        }
    }

    @Test("books written before posting dimensions (chain version 2) migrate, verify, and take new vouchers")
    func chainVersion2StillVerifies() throws {
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

        let database = try LedgerDatabase.open(at: path)   // migrates: 0008 rebuilds the voucher table
        #expect(try database.verify().isEmpty)
        let books = try database.books(for: "GH001", user: "张会计")
        let old = try books.vouchers()
        #expect(old.count == 5)
        #expect(old.first { $0.id == 4 }?.approval?.signoff?.by == "王明")
        #expect(old.first { $0.id == 2 }?.fund == "专项:困难职工帮扶")
        let versions = try database.read { db in try Int.fetchAll(db, sql: "SELECT chain_version FROM voucher ORDER BY id") }
        #expect(versions == [2, 2, 2, 2, 2])
        // The rebuilt table keeps its rules: posted vouchers stay immutable.
        #expect(throws: (any Error).self) {
            try database.write { db in try db.execute(sql: "UPDATE voucher SET summary = 'x' WHERE id = 1") }
        }
        let posted = try books.post(Self.charged("2026-02-20", "10.00"))
        #expect(posted.id == 6)
        #expect(try database.read { db in try Int.fetchOne(db, sql: "SELECT chain_version FROM voucher WHERE id = 6") } == 3)
        #expect(try database.verify().isEmpty)
        // A v2 voucher edited afterwards is still caught.
        try t.tamperFile(path, """
            DROP TRIGGER voucher_is_immutable_update;
            UPDATE voucher SET summary = '改过' WHERE id = 2;
            """)
        #expect(try LedgerDatabase.open(at: path).verify().first?.kind == .chainBroken)
    }

    @Test("the voucher table rebuilt by 0008 refuses what the old one refused", arguments: [
        "kind = 'deleted'", "chain_version = 4", "chain_version = 0", "date = '2026/01/05'", "number = 0",
    ])
    func rebuiltVoucherTableKeepsItsChecks(change: String) throws {
        let t = try TestBooks()
        defer { t.remove() }
        try t.books.post(simpleVoucher("2026-01-05", "102", "401", "1.00"))
        #expect(throws: (any Error).self) {
            try t.tamper("DROP TRIGGER voucher_is_immutable_update; UPDATE voucher SET \(change)")
        }
        #expect(try t.database.verify().isEmpty)
    }

    @Test("books written with chain version 1 (before attachments and approvals) still verify")
    func chainVersion1StillVerifies() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let path = t.folder.appendingPathComponent("v1.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "PRAGMA application_id = \(Schema.applicationID)") }
        try Schema.migrator(with: []).migrate(queue, upTo: "0001-ledger")   // the ledger as it was before 0004
        // The v1 encoding, written out here rather than taken from JournalChain: fields joined by
        // 0x1F, each posting after 0x1E.
        var canonical: [UInt8] = []
        for field in ["gonghui-voucher-v1", "1", "GH001", "2026-01-05", "1", "normal", "", "会费", "张会计",
                      "2026-01-05T08:00:00Z", "", ""] {
            canonical += Array(field.utf8) + [0x1F]
        }
        for posting in [["102", "D", "10000", ""], ["401", "C", "10000", ""]] {
            canonical += [0x1E]
            for field in posting { canonical += Array(field.utf8) + [0x1F] }
        }
        var digest = FileDigest()
        let genesis = [UInt8](repeating: 0, count: 32)
        genesis.withUnsafeBytes { digest.update($0) }
        canonical.withUnsafeBytes { digest.update($0) }
        let hash = digest.hex()
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO organisation(id, code, name, kind, first_period, created_at, created_by)
                VALUES (1, 'GH001', '老工会', 'enterprise', \(month("2026-01").ordinal), '2026-01-01T00:00:00Z', 'x');
                INSERT INTO account(id, org_id, code, name, kind, created_by) VALUES (1, 1, '102', '银行存款', 'asset', 'x'),
                    (2, 1, '401', '会费收入', 'revenue', 'x');
                INSERT INTO voucher(id, org_id, date, ordinal, number, summary, kind, total_fen, prepared_by, posted_at, hash)
                VALUES (1, 1, '2026-01-05', \(month("2026-01").ordinal), 1, '会费', 'normal', 10000, '张会计',
                        '2026-01-05T08:00:00Z', X'\(hash)');
                INSERT INTO posting(voucher_id, line, account_id, side, amount_fen) VALUES (1, 1, 1, 'D', 10000), (1, 2, 2, 'C', 10000);
                INSERT INTO balance(org_id, account_id, ordinal, debit_fen, credit_fen)
                VALUES (1, 1, \(month("2026-01").ordinal), 10000, 0), (1, 2, \(month("2026-01").ordinal), 0, 10000);
                INSERT INTO period(org_id, ordinal, last_number) VALUES (1, \(month("2026-01").ordinal), 1);
                INSERT INTO journal_head(id, voucher_count, hash) VALUES (1, 1, X'\(hash)');
                """)
        }
        try queue.close()
        let database = try LedgerDatabase.open(at: path)
        #expect(try database.verify().isEmpty)
        #expect(try database.read { db in try Int.fetchOne(db, sql: "SELECT chain_version FROM voucher") } == 1)
        let books = try database.books(for: "GH001", user: "张会计")
        try books.post(simpleVoucher("2026-01-06", "102", "401", "1.00"))
        #expect(try database.verify().isEmpty)
    }
}
