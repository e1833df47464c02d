import Foundation
import LedgerCore
import LedgerStore
import Testing
@testable import UnionAudit
import UnionSQLite

/// The audit's bulk read gives exactly what the ledger's own reader gives, and reading what was
/// owed upward at the start of a period stands in for the journal before it.
@Suite("audit reads")
struct AuditJournalTests {
    @Test("the bulk journal equals Books.vouchers: approvals, reversals, funds, dimensions, imports")
    func journalEqualsBooks() throws {
        let fixture = try AuditFixture()
        try fixture.spend("2026-02-10", "职工篮球赛", "800.00")
        let wrong = try fixture.spend("2026-02-11", "误记", "300.00", account: "50103", approval: .some(nil))
        _ = try fixture.books.reverse(voucherID: wrong.id, reason: "科目错误")
        try fixture.post("2026-03-02", "收到专项", [("102", .debit, "5,000.00"), ("40302", .credit, "5,000.00")], approval: .some(nil), fund: "专项:帮扶")
        try fixture.books.post(VoucherDraft(date: try LocalDate(parsing: "2026-03-05"), summary: "预算项目支出", postings: [
            Posting(account: try AccountCode("50102"), side: .debit, amount: auditMoney("1,200.00"), memo: "场地", budgetLine: "50102/职工运动会"),
            Posting(account: try AccountCode("102"), side: .credit, amount: auditMoney("1,200.00"), counterparty: "GH"),
        ], source: "import.csv:3", attachments: 2, approval: AuditFixture.approval(on: try LocalDate(parsing: "2026-03-04"), singleOperator: false)))
        let months = auditMonth("2026-01")...auditMonth("2026-12")
        let bulk = try SQLiteAuditJournal(database: fixture.database).vouchers(organisation: "GH", months: months)
        let ledger = try fixture.books.vouchers(from: months.lowerBound, to: months.upperBound, limit: Int.max)
        #expect(bulk == ledger)
        #expect(bulk.count == 5)
    }

    @Test("what was owed upward at the start of the period and not remitted in time is found")
    func openingOwed() throws {
        let fixture = try AuditFixture()
        try fixture.post("2025-12-05", "收到拨缴经费", [("102", .debit, "10,000.00"), ("402", .credit, "6,000.00"), ("211", .credit, "4,000.00")],
                         approval: .some(nil))
        try fixture.post("2026-03-20", "上解上级经费", [("211", .debit, "4,000.00"), ("102", .credit, "4,000.00")], approval: .some(nil))
        let found = try fixture.findings(UpwardRemittanceLate())
        #expect(found.count == 1)
        #expect(found.first?.amount == auditMoney("4,000.00"))
        #expect(found.first?.explanationChinese.hasPrefix("期初应付上级经费 应上解 4,000.00 元，应于 2026-01-30 前上解，2026-03-20 才上解") == true)
    }
}
