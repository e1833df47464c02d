import Foundation
import InputFiles
import LedgerCore
import LedgerStore
import Testing
import UnionCore
import UnionStatements

/// Budget control on the posting path of each store (`withBudgetControl`), through every way a
/// voucher enters the books — UnionFundsTests' BudgetControlTests on both stores.
@Suite("budget control on both stores")
struct BudgetControlStoreTests {
    @Test("an import is checked voucher by voucher against what the rows before it spent, and writes nothing when one is over",
          arguments: BudgetStoreKind.available)
    func importIsCumulative(_ kind: BudgetStoreKind) throws {
        let books = try BudgetStores(kind)
        try books.approvedBudget()
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

    @Test("a budget controls spending from the day it is approved; reversals always give the budget back",
          arguments: BudgetStoreKind.available)
    func controlFromApproval(_ kind: BudgetStoreKind) throws {
        let books = try BudgetStores(kind)
        try books.approvedBudget()
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

    @Test("the refusal names the rule and the line, in the same words on both stores", arguments: BudgetStoreKind.available)
    func refusalWords(_ kind: BudgetStoreKind) throws {
        let books = try BudgetStores(kind)
        try books.approvedBudget()
        try books.spend("2026-02-01", "50105", "59999.99")
        #expect(throws: BudgetError.self) { try books.spend("2026-02-02", "50101", "0.02") }
        do {
            try books.spend("2026-02-02", "50101", "0.02")
        } catch let error as BudgetError {
            #expect(error.ruleKey == .spendingMustNotExceedBudgetLine)
            #expect(error.message(in: .zh).contains("501"))
        }
        #expect(try books.books.vouchers().count == 2)
    }

    @Test("under warn the voucher posts and is flagged; under off nothing is checked", arguments: BudgetStoreKind.available)
    func warnAndOff(_ kind: BudgetStoreKind) throws {
        let books = try BudgetStores(kind)
        try books.setPolicy(#"{"name":"t","title":"测试","budget":[{"effective_from":"2021-01-01","control":"warn"}]}"#)
        try books.approvedBudget()
        let over = try books.spend("2026-02-01", "50105", "60000.01")
        let outside = try books.spend("2026-02-02", "50703", "10.00")
        let flags = try books.book.flags(through: YearMonth(year: 2026, month: 12))
        #expect(flags.map(\.voucher) == [over.label, outside.label])
        #expect(flags.map { $0.rules.map(\.ruleKey) } == [[.spendingMustNotExceedBudgetLine], [.spendingMustHaveBudgetLine]])
        let execution = try books.book.execution(through: YearMonth(year: 2026, month: 12), policy: .standard, language: .zh)
        #expect(execution.lines.first { $0.key.account.rawValue == "501" }?.flags.contains(.overBudget) == true)
        #expect(execution.lines.first { $0.key.account.rawValue == "50703" }?.flags == [.unbudgeted])

        try books.setPolicy(#"{"name":"t","title":"测试","budget":[{"effective_from":"2021-01-01","control":"off"}]}"#)
        try books.spend("2026-02-03", "50703", "10.00")
        // Back to stop (the default): the next transaction reads the policy again.
        try books.setPolicy(#"{"name":"t","title":"测试","budget":[{"effective_from":"2021-01-01","control":"stop"}]}"#)
        #expect(throws: BudgetError.self) { try books.spend("2026-02-04", "50703", "10.00") }
    }

    @Test("vouchers posted together in one transaction are held to what the earlier ones spent, and go together",
          arguments: BudgetStoreKind.available)
    func transactionsAreControlled(_ kind: BudgetStoreKind) throws {
        let books = try BudgetStores(kind)
        try books.approvedBudget()
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
        // The rolled-back transaction's spending is not held against the next one.
        try books.spend("2026-04-03", "50105", "60000.00")
    }

    @Test("a draft budget or a year without an approved one controls nothing", arguments: BudgetStoreKind.available)
    func uncontrolled(_ kind: BudgetStoreKind) throws {
        let books = try BudgetStores(kind)
        try books.post("2026-01-02", [("102", .debit, "500000.00"), ("32205", .credit, "500000.00")])
        try books.draft()
        try books.spend("2026-02-01", "50703", "100.00")
        try books.approveAll()
        #expect(throws: BudgetError.self) { try books.spend("2026-02-02", "50703", "100.00") }
        try books.spend("2026-02-02", "50105", "100.00")
    }
}
