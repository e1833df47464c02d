import LedgerStore
import Foundation
import LedgerCore
@testable import LedgerSQLite
import Testing

@Suite("verify")
struct VerifyTests {
    func booksWithThreeVouchers() throws -> TestBooks {
        let t = try TestBooks()
        try t.books.post(simpleVoucher("2026-01-05", "102", "402", "12,000.00"))
        try t.books.post(simpleVoucher("2026-01-10", "50105", "102", "3,600.00"))
        try t.books.post(simpleVoucher("2026-01-20", "102", "401", "1,234.50"))
        return t
    }

    @Test("the schema refuses edits to posted vouchers and postings")
    func triggersRefuseEdits() throws {
        let t = try booksWithThreeVouchers()
        defer { t.remove() }
        #expect(throws: (any Error).self) { try t.tamper("UPDATE posting SET amount_fen = 1 WHERE voucher_id = 1") }
        #expect(throws: (any Error).self) { try t.tamper("DELETE FROM voucher WHERE id = 3") }
        #expect(throws: (any Error).self) { try t.tamper("UPDATE voucher SET summary = 'x' WHERE id = 2") }
        #expect(try t.database.verify().isEmpty)
    }

    @Test("an amount edited behind the engine's back is found and located")
    func detectsEditedAmount() throws {
        let t = try booksWithThreeVouchers()
        defer { t.remove() }
        try t.tamper("DROP TRIGGER posting_is_immutable_update; UPDATE posting SET amount_fen = amount_fen + 1 WHERE voucher_id = 2 AND line = 1")
        let findings = try t.database.verify()
        let chain = try #require(findings.first { $0.kind == .chainBroken })
        #expect(chain.voucherID == 2)
        #expect(findings.contains { $0.kind == .voucherUnbalanced && $0.voucherID == 2 })
        #expect(findings.contains { $0.kind == .balanceMismatch })
    }

    @Test("a posting moved onto a parent account, or onto an account that is not there, is named")
    func detectsPostingOnWrongAccount() throws {
        let t = try booksWithThreeVouchers()
        defer { t.remove() }
        // 501 is 50105's parent (not a leaf); account 999999 does not exist.
        try t.tamper("""
            DROP TRIGGER posting_is_immutable_update;
            UPDATE posting SET account_id = (SELECT id FROM account WHERE code = '501') WHERE voucher_id = 2 AND line = 1;
            UPDATE posting SET account_id = 999999 WHERE voucher_id = 3 AND line = 2;
            """)
        let findings = try t.database.verify()
        let notLeaf = try #require(findings.first { $0.kind == .accountNotLeaf })
        #expect(notLeaf.voucherID == 2)
        #expect(notLeaf.details.zh == "501")
        let orphan = try #require(findings.first { $0.kind == .orphanPosting })
        #expect(orphan.voucherID == 3)
        #expect(orphan.details.en.contains("#999999"))
    }

    @Test("an edited summary breaks the chain at that voucher only")
    func detectsEditedSummary() throws {
        let t = try booksWithThreeVouchers()
        defer { t.remove() }
        try t.tamper("DROP TRIGGER voucher_is_immutable_update; UPDATE voucher SET summary = '改过的摘要' WHERE id = 3")
        let findings = try t.database.verify()
        #expect(findings.map(\.kind) == [.chainBroken])
        #expect(findings.first?.voucherID == 3)
    }

    @Test("a balance row edited directly is found")
    func detectsEditedBalance() throws {
        let t = try booksWithThreeVouchers()
        defer { t.remove() }
        try t.tamper("UPDATE balance SET debit_fen = debit_fen + 100 WHERE account_id = (SELECT MIN(account_id) FROM balance)")
        #expect(try t.database.verify().map(\.kind) == [.balanceMismatch])
    }

    @Test("a deleted voucher shows as a chain break and a numbering gap")
    func detectsDeletedVoucher() throws {
        let t = try booksWithThreeVouchers()
        defer { t.remove() }
        try t.tamper("""
            DROP TRIGGER voucher_is_immutable_delete; DROP TRIGGER posting_is_immutable_delete;
            PRAGMA foreign_keys = OFF; DELETE FROM posting WHERE voucher_id = 2; DELETE FROM voucher WHERE id = 2;
            """)
        let kinds = Set(try t.database.verify().map(\.kind))
        #expect(kinds.isSuperset(of: [.chainBroken, .numberingGap, .balanceMismatch]))
    }

    @Test("a balance row moved to another organisation is found")
    func detectsBalanceMovedToAnotherOrganisation() throws {
        let t = try booksWithThreeVouchers()
        defer { t.remove() }
        _ = try t.database.addOrganisation(
            NewOrganisation(code: "GH002", name: "另一工会", kind: "enterprise", firstPeriod: month("2026-01")), chart: [], user: "tester")
        try t.tamper("UPDATE balance SET org_id = (SELECT id FROM organisation WHERE code = 'GH002') WHERE account_id = (SELECT MIN(account_id) FROM balance)")
        #expect(try t.database.verify().contains { $0.kind == .balanceMismatch })
    }

    @Test("a closed month reopened behind the engine's back is found")
    func detectsReopenedMonth() throws {
        let t = try booksWithThreeVouchers()
        defer { t.remove() }
        try t.books.closeMonth(month("2026-01"))
        try t.tamper("UPDATE period SET closed_at = NULL")
        // The period check names the month; the change journal names the edited row.
        #expect(Set(try t.database.verify().map(\.kind)) == [.periodMismatch, .recordDiffers])
    }

    @Test("a voucher moved to another month, or with an edited total, is found")
    func detectsMovedVoucher() throws {
        let t = try booksWithThreeVouchers()
        defer { t.remove() }
        try t.tamper("DROP TRIGGER voucher_is_immutable_update; UPDATE voucher SET ordinal = ordinal + 2, total_fen = 1 WHERE id = 1")
        let findings = try t.database.verify()
        #expect(findings.filter { $0.kind == .voucherFieldMismatch && $0.voucherID == 1 }.count == 2)
    }

    @Test("vouchers removed from the end of the journal show against the journal head")
    func detectsTruncatedJournal() throws {
        let t = try booksWithThreeVouchers()
        defer { t.remove() }
        #expect(try t.database.journalHead().vouchers == 3)
        try t.tamper("""
            DROP TRIGGER voucher_is_immutable_delete; DROP TRIGGER posting_is_immutable_delete;
            DELETE FROM posting WHERE voucher_id = 3; DELETE FROM voucher WHERE id = 3;
            UPDATE balance SET debit_fen = debit_fen - 123450 WHERE account_id = (SELECT id FROM account WHERE code = '102');
            UPDATE balance SET credit_fen = credit_fen - 123450 WHERE account_id = (SELECT id FROM account WHERE code = '401');
            DELETE FROM balance WHERE debit_fen = 0 AND credit_fen = 0;
            UPDATE period SET last_number = 2;
            """)
        // The change journal's last record also counts three vouchers, and saw the period row.
        #expect(Set(try t.database.verify().map(\.kind)) == [.journalHeadMismatch, .changeJournalBroken, .recordDiffers])
    }
}
