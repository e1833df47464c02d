import Foundation
import GRDB
import LedgerCore
import LedgerStore
@testable import LedgerSQLite
import Testing

/// Stored values that do not parse (edited behind the engine's back) are storage errors naming the
/// table, row and value, never plausible defaults; `verify` lists them as findings.
@Suite("strict reading of stored values")
struct StrictReadingTests {
    func id(_ t: TestBooks, _ sql: String) throws -> Int64 {
        try #require(try t.database.read { db in try Int64.fetchOne(db, sql: sql) })
    }

    func unreadable(_ t: TestBooks) throws -> [String] {
        try LedgerDatabase.open(at: t.path).verify().filter { $0.kind == .valueUnreadable }.map(\.detail)
    }

    @Test("an account code that is not one stops every reader of the chart, and verify names it")
    func accountCode() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let account = try id(t, "SELECT id FROM account WHERE code = '135'")
        try t.tamper("UPDATE account SET code = '012' WHERE id = \(account)")
        let expected = StoreError.storage(message: "account row \(account): code '012' is not an account code")
        #expect(throws: expected) { try t.books.accounts() }
        #expect(throws: expected) { try t.books.post(simpleVoucher("2026-01-05", "102", "401", "1.00")) }
        #expect(throws: expected) { try t.books.trialBalance(from: month("2026-01"), to: month("2026-12")) }
        #expect(try unreadable(t) == ["account row \(account): code '012' is not an account code"])
    }

    @Test("a voucher date that is not a real date is an error, not 1900-01-01")
    func voucherDate() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let posted = try t.books.post(simpleVoucher("2026-02-05", "102", "401", "1.00"))
        try t.tamper("DROP TRIGGER voucher_is_immutable_update; UPDATE voucher SET date = '2026-02-30' WHERE id = \(posted.id)")
        let expected = StoreError.storage(message: "voucher row \(posted.id): date '2026-02-30' is not a date")
        #expect(throws: expected) { try t.books.voucher(id: posted.id) }
        #expect(throws: expected) { try t.books.vouchers() }
        #expect(throws: expected) { try t.books.subsidiaryLedger(account: code("102"), from: month("2026-01"), to: month("2026-12")) }
        #expect(throws: expected) { try t.books.reverse(voucherID: posted.id, reason: "错") }
        let findings = try LedgerDatabase.open(at: t.path).verify()
        #expect(findings.map(\.kind) == [.chainBroken, .valueUnreadable])
        #expect(findings.last?.detail == "voucher row \(posted.id): date '2026-02-30' is not a date")
    }

    @Test("a sign-off date that does not parse is an error; verify reports it with the broken chain")
    func approvalDate() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let rules = ApprovalRules()
        let draft = try t.books.enterVoucher(simpleVoucher("2026-01-05", "508", "102", "10.00"),
                                             signoff: .init(by: "王明", date: date("2026-01-05")), rules: rules)
        _ = try t.database.books(for: "GH001", user: "李审核").review(draftIDs: [draft.id], rules: rules)
        let posted = try #require(try t.books.postDrafts(ids: [draft.id], month: nil, rules: rules).first)
        try t.tamper("""
            DROP TRIGGER voucher_approval_is_immutable_update;
            UPDATE voucher_approval SET signoff_date = 'yesterday' WHERE voucher_id = \(posted.id);
            """)
        #expect(throws: StoreError.storage(message: "voucher_approval row \(posted.id): signoff_date 'yesterday' is not a date")) {
            try t.books.voucher(id: posted.id)
        }
        let findings = try LedgerDatabase.open(at: t.path).verify()
        #expect(findings.map(\.kind) == [.chainBroken, .valueUnreadable])
        #expect(findings.last?.detail == "voucher_approval row \(posted.id): signoff_date 'yesterday' is not a date")
    }

    @Test("a draft line whose account code does not parse is an error, not account 999")
    func draftLineAccount() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let draft = try t.books.enterVoucher(simpleVoucher("2026-01-05", "102", "401", "1.00"), rules: ApprovalRules())
        try t.tamper("UPDATE voucher_draft_line SET account_code = 'x9' WHERE draft_id = \(draft.id) AND line = 1")
        let expected = StoreError.storage(message: "voucher_draft_line row (draft \(draft.id), line 1): account_code 'x9' is not an account code")
        #expect(throws: expected) { try t.books.drafts() }
        #expect(throws: expected) { try t.books.draft(id: draft.id) }
    }

    @Test("an organisation's first period that is no month is an error")
    func firstPeriod() throws {
        let t = try TestBooks()
        defer { t.remove() }
        try t.tamper("UPDATE organisation SET first_period = 5")
        #expect(throws: StoreError.storage(message: "organisation row 1: first_period '5' is not a month")) {
            try t.database.organisations()
        }
        #expect(try unreadable(t) == ["organisation row 1: first_period '5' is not a month"])
    }

    @Test("a balance row of another organisation's account makes the trial balance fail, not shrink")
    func foreignBalanceRow() throws {
        let t = try TestBooks()
        defer { t.remove() }
        try t.books.post(simpleVoucher("2026-01-05", "102", "401", "1.00"))
        _ = try t.database.addOrganisation(
            NewOrganisation(code: "GH002", name: "第二工会", kind: "enterprise", firstPeriod: month("2026-01")),
            chart: [Account(code: code("102"), name: "银行存款", kind: .asset)], user: "tester")
        let foreign = try id(t, "SELECT a.id FROM account a JOIN organisation o ON o.id = a.org_id WHERE o.code = 'GH002'")
        let bank = try id(t, "SELECT a.id FROM account a JOIN organisation o ON o.id = a.org_id WHERE o.code = 'GH001' AND a.code = '102'")
        try t.tamper("UPDATE balance SET account_id = \(foreign) WHERE account_id = \(bank)")
        #expect(throws: StoreError.storage(message: "balance row (account #\(foreign)): the account is not in GH001's chart")) {
            try t.books.trialBalance(from: month("2026-01"), to: month("2026-01"))
        }
        #expect(try LedgerDatabase.open(at: t.path).verify().contains { $0.kind == .balanceMismatch })
    }

    @Test("a close on record whose detail names no month is a finding, not skipped")
    func eventDetail() throws {
        let t = try TestBooks()
        defer { t.remove() }
        try t.books.closeMonth(month("2026-01"))
        let event = try id(t, "SELECT id FROM event WHERE action = 'period.close'")
        try t.tamper("UPDATE event SET detail = '月底' WHERE id = \(event)")
        #expect(try unreadable(t) == ["event row \(event): detail '月底' does not start with a month"])
    }

    @Test("an amount beyond the ledger's range is an error; verify's sums report the overflow")
    func amountOutOfRange() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let first = try t.books.post(simpleVoucher("2026-01-05", "102", "401", "1.00"))
        let second = try t.books.post(simpleVoucher("2026-01-06", "102", "401", "1.00"))
        try t.tamper("""
            DROP TRIGGER posting_is_immutable_update;
            UPDATE posting SET amount_fen = \(Int64.max) WHERE line = 1;
            """)
        #expect(throws: StoreError.storage(message: "posting row (voucher \(first.id), line 1): amount_fen '\(Int64.max)' is not an amount within the ledger's range")) {
            try t.books.voucher(id: first.id)
        }
        let findings = try LedgerDatabase.open(at: t.path).verify()
        #expect(findings.contains { $0.kind == .amountOverflow && $0.voucherID == second.id })
        #expect(findings.contains { $0.kind == .chainBroken && $0.voucherID == first.id })
    }
}
