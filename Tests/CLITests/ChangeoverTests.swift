import LedgerStore
import Foundation
import Testing

@Suite("gonghui changeover")
struct ChangeoverTests {
    @Test("opens 2021 books from the trial balance of 2009 books, balanced and verified")
    func opensFromLegacyBooks() throws {
        let sandbox = try Sandbox()
        let old = ["--db", "old.sqlite"], new = ["--db", "new.sqlite"]
        try sandbox.run(["init", "--org-code", "OLD", "--org-name", "旧账", "--kind", "enterprise", "--start", "2021-01",
                         "--chart", "2009"] + old).expectSuccess()
        for lines in [["102:借:80000", "331:贷:80000"], ["162:借:12000", "301:贷:12000"], ["121:借:500", "102:贷:500"]] {
            try sandbox.run(["voucher", "add", "--date", "2021-06-01", "--summary", "旧账"] + lines.flatMap { ["--line", $0] } + old)
                .expectSuccess()
        }
        try sandbox.run(["voucher", "review", "--month", "2021-06", "--user", "复核员"] + old).expectSuccess()
        try sandbox.run(["voucher", "post", "--month", "2021-06"] + old).expectSuccess()
        let trialBalance = try sandbox.run(["report", "trial-balance", "--from", "2021-01", "--to", "2021-12", "--format", "csv"] + old)
        trialBalance.expectSuccess()
        try Data(trialBalance.stdout.utf8).write(to: URL(fileURLWithPath: sandbox.path("tb2009.csv")))

        try sandbox.run(["init", "--org-code", "NEW", "--org-name", "新账", "--kind", "enterprise", "--start", "2022-01",
                         "--chart", "2021"] + new).expectSuccess()
        // 331 结余 and 162 固定资产 need a person's decision (财会〔2021〕16号 二（一）9、二（三）4): refused, nothing written.
        let before = try sandbox.snapshot("new.sqlite")
        try sandbox.run(["changeover", "tb2009.csv"] + new).expectError(exitCode: 1, containing: "2009 科目 162 固定资产 的余额须由人工分析")
        #expect(try sandbox.snapshot("new.sqlite") == before)
        let changeover = try sandbox.run(["changeover", "tb2009.csv", "--assign", "331=32205", "--assign", "162=162", "--assign", "301=30104"] + new)
        changeover.expectSuccess()
        #expect(changeover.stdout.contains("已建立期初余额：记-2022-01-001"))
        let opened = try sandbox.run(["report", "trial-balance", "--format", "csv"] + new)
        #expect(opened.stdout.contains("135,其他应收款,借,0.00,500.00,0.00,500.00\r\n"))
        #expect(opened.stdout.contains("30104,固定资产,贷,0.00,0.00,12000.00,12000.00\r\n"))
        #expect(opened.stdout.contains("32205,累计结余,贷,0.00,0.00,80000.00,80000.00\r\n"))
        #expect(opened.stdout.contains("合计,,,,92000.00,92000.00,\r\n"))
        // The balances brought in are the balance sheet's 年初余额, not January's movement.
        let sheet = try sandbox.run(["report", "balance-sheet", "--format", "csv"] + new).stdout
        #expect(sheet.contains("    其他应收款,500.00,500.00\r\n"))
        #expect(sheet.contains("  工会资金结余,80000.00,80000.00\r\n"))
        try sandbox.run(["verify"] + new).expectSuccess()
        // Run again: the same trial balance is recognised and nothing is done (issue 13).
        let booksAfter = try sandbox.snapshot("new.sqlite")
        let again = try sandbox.run(["changeover", "tb2009.csv", "--assign", "331=32205", "--assign", "162=162", "--assign", "301=30104"] + new)
        again.expectSuccess()
        #expect(again.stdout.contains("该文件内容已于"))
        #expect(try sandbox.snapshot("new.sqlite") == booksAfter)
        // Another trial balance for the same year: the balances are there already, and doubling them is refused.
        try Data((trialBalance.stdout + "\n").replacingOccurrences(of: "80000.00", with: "80001.00").utf8)
            .write(to: URL(fileURLWithPath: sandbox.path("tb2009-edited.csv")))
        let other = try sandbox.run(["changeover", "tb2009-edited.csv", "--assign", "331=32205", "--assign", "162=162", "--assign", "301=30104"] + new)
        other.expectError(exitCode: 1, containing: "已有 2022 年的期初余额")
    }

    @Test("a trial balance with an account the 2021 books lack is refused, nothing written")
    func refusesMissingAccount() throws {
        let sandbox = try Sandbox()
        try sandbox.run(["init", "--org-code", "NEW", "--org-name", "新账", "--kind", "enterprise", "--start", "2022-01",
                         "--chart", "basic", "--db", "books.sqlite"]).expectSuccess()   // the basic chart has no 32205
        try Data("code,closing\n102,100.00\n322,100.00\n".utf8).write(to: URL(fileURLWithPath: sandbox.path("tb.csv")))
        let before = try sandbox.snapshot()
        try sandbox.run(["changeover", "tb.csv", "--db", "books.sqlite"]).expectError(exitCode: 1, containing: "科目不存在：32205")
        #expect(try sandbox.snapshot() == before)
    }
}
