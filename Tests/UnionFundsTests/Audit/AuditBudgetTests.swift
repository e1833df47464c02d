import Foundation
import LedgerCore
import PropertyBased
import LedgerStore
import Testing
@testable import UnionAudit
import UnionCore
@testable import UnionStatements

/// The budget checks on the budget module's own store: an approved budget, spending over a line
/// and spending no line covers (posted without the posting path's budget control, as books kept
/// before the control was switched on would hold them), and the review's budget column.
@Suite("audit against the budget module")
struct AuditBudgetTests {
    static func approvedBudget(_ fixture: AuditFixture) throws {
        let policy = try BudgetPolicy.inForce(policy: try fixture.stores.policies.current(), year: 2026)
        let book = BudgetBook(store: fixture.stores.budgets, books: fixture.books)
        let rows = try [("402", BudgetCategory.revenue, "100,000.00"), ("50102", .basic, "20,000.00"), ("50105", .basic, "30,000.00")]
            .enumerated().map { index, line in
                BudgetFile.Row(line: index + 2, budgetLine: BudgetLine(account: try AccountCode(line.0), category: line.1, amount: auditMoney(line.2)))
            }
        _ = try book.draft(rows: rows, file: "budget-2026.csv", year: 2026, reason: nil, policy: policy)
        for (step, day) in zip(policy.approvalChain, ["2026-01-05", "2026-01-08", "2026-01-15"]) {
            _ = try book.approve(year: 2026, subject: .budget, step: step, date: try LocalDate(parsing: day), signer: "签批人",
                                 meeting: "会议", opinion: "同意", policy: policy)
        }
    }

    @Test("over a line and outside the budget are found; within it nothing is")
    func findings() throws {
        let fixture = try AuditFixture()
        try Self.approvedBudget(fixture)
        try fixture.post("2026-02-05", "收到拨缴经费", [("102", .debit, "60,000.00"), ("402", .credit, "60,000.00")], approval: .some(nil))
        try fixture.spend("2026-03-10", "职工运动会", "25,000.00", account: "50102")
        try fixture.spend("2026-04-10", "劳动竞赛", "5,000.00", account: "50301")
        try fixture.spend("2026-05-10", "会员观影", "3,000.00", account: "50105")
        let over = try fixture.findings(BudgetLineOverspent())
        #expect(over.map(\.amount) == [auditMoney("5,000.00")])
        let outside = try fixture.findings(SpendingWithoutBudgetLine())
        #expect(outside.map(\.amount) == [auditMoney("5,000.00")])
        #expect(outside.first?.explanationChinese.hasPrefix("50301") == true)
        #expect(try fixture.findings(BudgetAdjustmentOutsideChain()).isEmpty)
        let review = try ReviewReport(context: try fixture.context(), period: AuditFixture.year, language: .zh)
        #expect(review.hasBudget)
        #expect(review.spending.first { $0.account?.rawValue == "501" }?.budget == auditMoney("50,000.00"))
        #expect(review.income.first { $0.account?.rawValue == "402" }?.budget == auditMoney("100,000.00"))
    }

    @Test("books with the budget module but no approved budget for the year cannot be judged")
    func noApprovedBudget() throws {
        let fixture = try AuditFixture()
        try fixture.spend("2026-03-10", "职工运动会", "2,000.00", account: "50102")
        let run = try AuditRun(context: try fixture.context(), period: AuditFixture.year)
        for id in [SpendingWithoutBudgetLine.id, BudgetLineOverspent.id, BudgetAdjustmentOutsideChain.id] {
            #expect(run.result(id)?.notDeterminable?.reasonEnglish == "the books hold no approved budget for 2026", "\(id)")
        }
    }

    @Test("the review's figures for a year equal the final accounts' (决算) for it, over random books")
    func equalsFinalAccounts() async {
        await propertyCheck(count: 8, input: Gen.int(in: 0...1_000).array(of: 3...8), Gen.int64(in: 1...3_000_000).array(of: 4...24)) { picks, amounts in
            do {
                let fixture = try AuditFixture()
                try Self.approvedBudget(fixture)
                try ReviewReportTests.fill(fixture, picks: picks, amounts: amounts)
                let policy = try BudgetPolicy.inForce(policy: try fixture.stores.policies.current(), year: 2026)
                let final = try BudgetBook(store: fixture.stores.budgets, books: fixture.books).finalAccountsFigures(year: 2026, policy: policy)
                let review = try ReviewReport(context: try fixture.context(), period: AuditFixture.year, language: .zh)
                #expect(review.incomeTotal.total == final.revenue)
                #expect(review.spendingTotal.total == final.spending)
                #expect(review.reconciliation.closing == final.closingBalance)
                let budgeted = try Money.sum(final.lines.filter { $0.category.isSpending }.compactMap(\.budget))
                #expect(review.spendingTotal.budget == budgeted)
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }
}
