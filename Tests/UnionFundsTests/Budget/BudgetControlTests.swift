import Foundation
import InputFiles
import LedgerCore
import LedgerStore
import Testing
import UnionSQLite
@testable import UnionCore
@testable import UnionStatements

/// Budget control on the posting path, through every way a voucher enters the books.
@Suite("budget control on the posting path")
struct BudgetControlTests {
    static func approved(_ books: BudgetBooks, policy: BudgetPolicy = .standard) throws {
        try books.post("2026-01-02", [("102", .debit, "500000.00"), ("32205", .credit, "500000.00")])
        try books.draft(policy: policy)
        try books.approveAll(from: "2026-01-10", policy: policy)
    }

    static func setPolicy(_ books: BudgetBooks, _ json: String) throws {
        try books.stores.policies.storePolicy(try PolicyDocument(json: Data(json.utf8), source: "test.json"), user: "会计")
    }

    @Test("an import is checked voucher by voucher against what the rows before it spent, and writes nothing when one is over")
    func importIsCumulative() throws {
        let books = try BudgetBooks()
        defer { books.remove() }
        try Self.approved(books)
        let path = try books.write("v.csv", """
            日期,凭证号,科目编码,借方金额,贷方金额,摘要
            2026-02-01,记-1,50105,40000.00,,慰问
            2026-02-01,记-1,102,,40000.00,慰问
            2026-02-02,记-2,50101,20000.01,,培训
            2026-02-02,记-2,102,,20000.01,培训

            """)
        #expect {
            _ = try books.books.importVouchers(path: path, displayName: "v.csv")
        } throws: { error in
            guard let problem = (error as? RowsRejected)?.problems.first else { return false }
            return problem.line == 4 && (problem.error as? BudgetError)?.ruleKey == .spendingMustNotExceedBudgetLine
        }
        #expect(try books.books.vouchers().count == 1, "only the opening voucher")
        // The refused import's state is gone: the same spending fits once the rest is right.
        try books.spend("2026-02-03", "50105", "60000.00")
        #expect(throws: BudgetError.self) { try books.spend("2026-02-04", "50105", "0.01") }
    }

    @Test("a budget controls spending from the day it is approved; reversals always give the budget back")
    func controlFromApproval() throws {
        let books = try BudgetBooks()
        defer { books.remove() }
        try Self.approved(books)
        try books.spend("2026-01-09", "50703", "100.00")            // before approval (2026-01-12): not controlled
        #expect(throws: BudgetError.self) { try books.spend("2026-01-12", "50703", "100.00") }
        let full = try books.spend("2026-02-01", "50105", "60000.00")
        #expect(throws: BudgetError.self) { try books.spend("2026-02-02", "50105", "1.00") }
        _ = try books.books.reverse(voucherID: full.id, reason: "退货")
        try books.spend("2026-02-03", "50105", "59999.00")
        let project = try books.spend("2026-03-01", "50102", "5000.00", project: "运动会")
        #expect(throws: BudgetError.self) { try books.spend("2026-03-02", "50102", "0.01", project: "运动会") }
        #expect(throws: BudgetError.self) { try books.spend("2026-03-02", "50102", "1.00", project: "书屋") }
        _ = try books.books.reverse(voucherID: project.id, reason: "取消")
        let execution = try books.book.execution(through: YearMonth(year: 2026, month: 3), policy: .standard, language: .zh)
        #expect(execution.lines.first { $0.key.project == "运动会" }?.actual == .zero)
        #expect(execution.lines.first { $0.key.account.rawValue == "501" }?.actual == Money(fen: 5_999_900))
    }

    @Test("under warn the voucher posts and is flagged; under off nothing is checked")
    func warnAndOff() throws {
        let books = try BudgetBooks()
        defer { books.remove() }
        try Self.setPolicy(books, #"{"name":"t","title":"测试","budget":[{"effective_from":"2021-01-01","control":"warn"}]}"#)
        try Self.approved(books)
        let over = try books.spend("2026-02-01", "50105", "60000.01")
        let outside = try books.spend("2026-02-02", "50703", "10.00")
        let flags = try books.book.flags(through: YearMonth(year: 2026, month: 12))
        #expect(flags.map(\.voucher) == [over.label, outside.label])
        #expect(flags.map { $0.rules.map(\.ruleKey) } == [[.spendingMustNotExceedBudgetLine], [.spendingMustHaveBudgetLine]])
        let execution = try books.book.execution(through: YearMonth(year: 2026, month: 12), policy: .standard, language: .zh)
        #expect(execution.lines.first { $0.key.account.rawValue == "501" }?.flags.contains(.overBudget) == true)
        #expect(execution.lines.first { $0.key.account.rawValue == "50703" }?.flags == [.unbudgeted])

        try Self.setPolicy(books, #"{"name":"t","title":"测试","budget":[{"effective_from":"2021-01-01","control":"off"}]}"#)
        try books.spend("2026-02-03", "50703", "10.00")
    }

    @Test("vouchers of the union modules go through the same control (a batch transaction)")
    func transactionsAreControlled() throws {
        let books = try BudgetBooks()
        defer { books.remove() }
        try Self.approved(books)
        #expect(throws: BudgetError.self) {
            try books.books.transaction { posting in
                for day in ["2026-04-01", "2026-04-02"] {
                    try posting.post(VoucherDraft(date: try LocalDate(parsing: day), summary: "活动", postings: [
                        Posting(account: try AccountCode("50105"), side: .debit, amount: Money(fen: 3_500_000)),
                        Posting(account: try AccountCode("102"), side: .credit, amount: Money(fen: 3_500_000)),
                    ]))
                }
            }
        }
        #expect(try books.books.vouchers().count == 1)
    }
}
