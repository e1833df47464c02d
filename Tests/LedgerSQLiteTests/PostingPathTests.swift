import LedgerStore
import Foundation
import LedgerCore
@testable import LedgerSQLite
import Testing

@Suite("posting path")
struct PostingPathTests {
    @Test("numbers vouchers consecutively per month, restarting each month")
    func numbersConsecutively() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let numbers = try ["2026-01-05", "2026-01-06", "2026-02-01", "2026-01-31", "2026-02-02"].map {
            try t.books.post(simpleVoucher($0, "102", "401", "1.00")).number
        }
        #expect(numbers == [1, 2, 1, 3, 2])
        #expect(try t.books.post(simpleVoucher("2026-01-07", "102", "401", "1.00"), proposedNumber: 4).number == 4)
    }

    @Test("keeps the balance table in step with postings")
    func maintainsBalances() throws {
        let t = try TestBooks()
        defer { t.remove() }
        try t.books.post(simpleVoucher("2026-01-05", "102", "402", "12,000.00"))
        try t.books.post(simpleVoucher("2026-01-10", "50105", "102", "3,600.00"))
        try t.books.post(simpleVoucher("2026-02-10", "50105", "102", "400.00"))
        let january = try t.books.trialBalance(from: month("2026-01"), to: month("2026-01"))
        let bank = try #require(january.rows.first { $0.account.code == code("102") })
        #expect(bank.closing == yuan("8,400.00"))
        let february = try t.books.trialBalance(from: month("2026-02"), to: month("2026-02"))
        let bankInFebruary = try #require(february.rows.first { $0.account.code == code("102") })
        #expect(bankInFebruary.opening == yuan("8,400.00"))
        #expect(bankInFebruary.credit == yuan("400.00"))
        #expect(bankInFebruary.closing == yuan("8,000.00"))
        let revenue = try #require(february.rows.first { $0.account.code == code("402") })
        #expect(revenue.closing == yuan("12,000.00"), "credit-normal balances are positive")
        #expect(january.isBalanced && february.isBalanced)
        #expect(try t.database.verify().isEmpty)
    }

    @Test("a red-ink reversal restores every balance and is recorded against its original")
    func reversalRestoresBalances() throws {
        let t = try TestBooks()
        defer { t.remove() }
        try t.books.post(simpleVoucher("2026-01-05", "102", "402", "500.00"))
        let before = try t.books.trialBalance(from: month("2026-01"), to: month("2026-01")).rows.map(\.closing)
        let mistaken = try t.books.post(VoucherDraft(date: date("2026-01-06"), summary: "误记", postings: [
            Posting(account: code("50103"), side: .debit, amount: yuan("120.00")),
            Posting(account: code("101"), side: .debit, amount: yuan("30.00")),
            Posting(account: code("102"), side: .credit, amount: yuan("150.00")),
        ]))
        let reversal = try t.books.reverse(voucherID: mistaken.id, reason: "科目错误")
        #expect(reversal.kind == .reversal && reversal.reverses == mistaken.id)
        #expect(reversal.postings.map(\.amount) == [yuan("-120.00"), yuan("-30.00"), yuan("-150.00")])
        let after = try t.books.trialBalance(from: month("2026-01"), to: month("2026-01"))
        #expect(after.rows.filter { !$0.closing.isZero }.map(\.closing) == before.filter { !$0.isZero })
        #expect(try t.books.voucher(id: mistaken.id).reversedBy == reversal.id)
        #expect(try t.database.verify().isEmpty)
    }

    @Test("a failed post leaves the file byte-identical")
    func failedPostWritesNothing() throws {
        let t = try TestBooks()
        defer { t.remove() }
        try t.books.post(simpleVoucher("2026-01-05", "102", "402", "500.00"))
        let before = try t.fileBytes()
        #expect(throws: LedgerError.self) {
            try t.books.post(VoucherDraft(date: date("2026-01-06"), summary: "不平", postings: [
                Posting(account: code("102"), side: .debit, amount: yuan("1.00")),
                Posting(account: code("401"), side: .credit, amount: yuan("2.00")),
            ]))
        }
        #expect(try t.fileBytes() == before)
        #expect(try t.books.vouchers().count == 1)
    }

    @Test("closing months goes in order and locks them")
    func closingMonths() throws {
        let t = try TestBooks()
        defer { t.remove() }
        try t.books.closeMonth(month("2026-01"))
        #expect(ruleThrown { try t.books.closeMonth(month("2026-01")) } == .periodMustNotBeClosedTwice)
        #expect(ruleThrown { try t.books.closeMonth(month("2026-03")) } == .periodsMustCloseInOrder)
        #expect(ruleThrown { try t.books.closeMonth(month("2025-12")) } == .periodMustBeWithinBooks)
        #expect(ruleThrown { try t.books.post(simpleVoucher("2025-12-31", "102", "401", "1.00")) } == .periodMustBeWithinBooks,
                "months before the books are not open")
        try t.books.closeMonth(month("2026-02"))
        #expect(try t.books.closedMonths() == [month("2026-01"), month("2026-02")])
        #expect(try t.books.post(simpleVoucher("2026-03-01", "102", "401", "1.00")).number == 1)
    }

    @Test("new files are readable by their owner only")
    func fileMode() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let attributes = try FileManager.default.attributesOfItem(atPath: t.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let copy = t.folder.appendingPathComponent("copy.sqlite").path
        try t.database.backup(to: copy)
        #expect((try FileManager.default.attributesOfItem(atPath: copy)[.posixPermissions] as? Int) == 0o600)
        #expect(throws: StoreError.fileMustNotExist(path: copy)) { try t.database.backup(to: copy) }
        let reopened = try LedgerDatabase.open(at: copy)
        #expect(try reopened.organisations().map(\.code) == ["GH001"])
    }

    @Test("opening a file that is not Gonghui books is refused")
    func refusesForeignFiles() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let foreign = try t.write("notes.sqlite", "just text")
        #expect(throws: StoreError.fileMustBeGonghuiBooks(path: foreign)) { try LedgerDatabase.open(at: foreign) }
        #expect(throws: StoreError.fileMustExist(path: "/nonexistent/x.sqlite")) { try LedgerDatabase.open(at: "/nonexistent/x.sqlite") }
    }

    @Test("the latest closed month can be reopened with a reason; verify replays closes and reopens")
    func reopensLatestMonth() throws {
        let t = try TestBooks()
        defer { t.remove() }
        try t.books.closeMonth(month("2026-01"))
        try t.books.closeMonth(month("2026-02"))
        try t.books.reopenMonth(month("2026-02"), reason: "漏记银行利息")
        try t.books.post(simpleVoucher("2026-02-27", "102", "408", "3.20"))
        try t.books.closeMonth(month("2026-02"))
        #expect(try t.books.periodEvents().map(\.action) == ["period.close", "period.close", "period.reopen", "period.close"])
        #expect(try t.books.periodEvents()[2].detail == "2026-02 漏记银行利息")
        #expect(try t.database.verify().isEmpty)
        try t.tamper("UPDATE period SET closed_at = NULL WHERE ordinal = 2026 * 12 + 1")
        #expect(Set(try t.database.verify().map(\.kind)) == [.periodMismatch, .recordDiffers])
    }
}
