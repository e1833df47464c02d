import LedgerStore
import Foundation
import Testing

@Suite("gonghui tour")
struct TourTests {
    let sandbox: Sandbox

    init() throws { sandbox = try Sandbox() }

    @Test("builds demo books in --dir and prints the trial balance", arguments: [
        ([String](), ["科目余额表", "试算平衡：借方合计 = 贷方合计", "借贷不平衡：借方合计 100.00，贷方合计 99.99",
                      "2026-01 已结账，不能再记账", "   校验通过\n", "审核人不能是制单人（示例会计）",
                      "支出凭证（草稿 1）缺少工会主席签批，不能记账", "资产总计 = 负债与净资产总计",
                      "年初资金结转结余 120,000.00 + 本期收支差额 26,990.77 = 年末资金结转结余 146,990.77",
                      "两处埋设的问题均已发现", "规范化建设经费管理自查表"]),
        (["--lang", "en"], ["Trial balance", "In balance: total debits = total credits",
                            "postings do not balance: debits 100.00, credits 99.99", "   All checks pass\n",
                            "Both planted problems were found"]),
    ])
    func tourRuns(options: [String], expected: [String]) throws {
        let result = try sandbox.run(["tour", "--dir", "demo"] + options)
        result.expectSuccess()
        for text in expected {
            #expect(result.stdout.contains(text), "tour output lacks \(text.debugDescription)\n\(result)")
        }
        #expect(sandbox.exists("demo/tour.sqlite"))
        #expect(sandbox.exists("demo/demo-vouchers-2026-01.csv"))
        #expect(try sandbox.permissions("demo/tour.sqlite") == 0o600)
        for name in ["review-2026", "departure-audit", "self-assessment-2026"] {
            for suffix in ["txt", "csv", "json", "md", "html", "xlsx", "docx"] {
                #expect(sandbox.exists("demo/audit/\(name).\(suffix)"), "audit/\(name).\(suffix)")
            }
        }
        for name in ["balance-sheet-2026", "income-expenditure-2026"] {
            for suffix in ["txt", "csv", "json", "md", "html", "xlsx"] {
                #expect(sandbox.exists("demo/statements/\(name).\(suffix)"), "\(name).\(suffix)")
            }
        }
    }

    @Test("the tour's books verify and can be used afterwards")
    func tourBooksAreUsable() throws {
        try sandbox.run("tour", "--dir", "demo").expectSuccess()
        try sandbox.run("verify", "--db", "demo/tour.sqlite").expectSuccess()
        let balance = try TrialBalanceDocument(json: try sandbox.trialBalanceJSON(db: "demo/tour.sqlite"))
        #expect(balance.totals == .init(debit: "236465.22", credit: "236465.22"))
        #expect(try sandbox.run("voucher", "list", "--month", "2026-01", "--db", "demo/tour.sqlite").stdout.contains("共 14 张凭证"))
        #expect(try sandbox.run("voucher", "list", "--db", "demo/tour.sqlite").stdout.contains("共 74 张凭证"), "a year (with the budget part's project voucher and the two problems the audit part plants), closed")
        let sheet = try sandbox.run("report", "balance-sheet", "--month", "2026-12", "--db", "demo/tour.sqlite")
        sheet.expectSuccess()
        #expect(sheet.stdout.contains("资产总计 = 负债与净资产总计"))
    }

    @Test("running the tour again replaces its books")
    func tourRunsTwice() throws {
        try sandbox.run("tour", "--dir", "demo").expectSuccess()
        let again = try sandbox.run("tour", "--dir", "demo")
        again.expectSuccess()
        #expect(again.stdout.contains("导入 10 张凭证，22 行"))
    }
}
