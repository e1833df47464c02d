import LedgerStore
import Foundation
import Testing

@Suite("gonghui close --month")
struct CloseTests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
        try sandbox.initBooks(start: "2026-01")
        try sandbox.post("2026-01-05", "收到拨缴经费", ["102:借:1,000.00", "402:贷:1,000.00"]).expectSuccess()
    }

    @Test("months close in order: 2026-02 before 2026-01 is refused, file unchanged")
    func closesInOrder() throws {
        let before = try sandbox.snapshot()
        try sandbox.onBooks("close", "--month", "2026-02")
            .expectError(exitCode: 1, containing: "不能结账 2026-02：须先结账 2026-01")
        #expect(try sandbox.snapshot() == before)
        try sandbox.onBooks("close", "--month", "2026-02", "--lang", "en")
            .expectError(exitCode: 1, containing: "cannot close 2026-02: 2026-01 must be closed first")

        let january = try sandbox.onBooks("close", "--month", "2026-01")
        january.expectSuccess()
        #expect(january.stdout == "2026-01 已结账\n")
        try sandbox.onBooks("close", "--month", "2026-02").expectSuccess()
    }

    @Test("after closing 2026-01 nothing posts into January, and February still does")
    func closedMonthRefusesPostings() throws {
        try sandbox.onBooks("close", "--month", "2026-01").expectSuccess()
        let before = try sandbox.snapshot()

        try sandbox.post("2026-01-31", "补记一笔", ["508:借:10.00", "102:贷:10.00"])
            .expectError(exitCode: 1, containing: "2026-01 已结账，不能再记账")
        #expect(try sandbox.snapshot() == before, "a refused voucher must leave the books file byte-identical")
        try sandbox.post("2026-01-31", "补记一笔", ["508:借:10.00", "102:贷:10.00"], extra: ["--lang", "en"])
            .expectError(exitCode: 1, containing: "period 2026-01 is closed; nothing can be posted into it")

        let february = try sandbox.post("2026-02-01", "二月手续费", ["508:借:10.00", "102:贷:10.00"])
        february.expectSuccess()
        #expect(february.stdout == "已记账：记-2026-02-001（ID 2），金额 10.00\n")
        try sandbox.onBooks("verify").expectSuccess()
    }

    @Test("a reversal cannot land in a closed month")
    func closedMonthRefusesReversal() throws {
        try sandbox.onBooks("close", "--month", "2026-01").expectSuccess()
        let before = try sandbox.snapshot()
        let refused = try sandbox.onBooks("voucher", "reverse", "1", "--reason", "错账")
        #expect(refused.exitCode == 1, "\(refused)")
        #expect(refused.stderrLines == ["错误：2026-01 已结账，不能再记账",
                                        "提示：原凭证所在月份已结账，请用 --date 把红字冲销凭证记在未结账的月份，如 --date 2026-02-01"], "\(refused)")
        #expect(try sandbox.snapshot() == before)
        try sandbox.onBooks("voucher", "reverse", "1", "--reason", "错账", "--date", "2026-02-01").expectSuccess()
    }

    @Test("an import touching a closed month writes nothing")
    func closedMonthRefusesImport() throws {
        try sandbox.onBooks("close", "--month", "2026-01").expectSuccess()
        let before = try sandbox.snapshot()
        let file = try sandbox.copy(fromRepository: "ledgers/examples/vouchers-utf8-bom.csv")
        let result = try sandbox.onBooks("voucher", "import", file)
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderrLines.first == "vouchers-utf8-bom.csv:2: 日期: 2026-01-05: 2026-01 已结账，不能再记账")
        #expect(result.stderrLines.last == "导入失败：3 处错误，未写入任何数据")
        #expect(try sandbox.snapshot() == before)
    }

    @Test("closing a month twice is refused")
    func closingTwice() throws {
        try sandbox.onBooks("close", "--month", "2026-01").expectSuccess()
        let before = try sandbox.snapshot()
        #expect(try sandbox.onBooks("close", "--month", "2026-01").exitCode == 1)
        #expect(try sandbox.snapshot() == before)
    }

    @Test("a bad month is bad input")
    func badMonth() throws {
        // 2026-1 is read as Excel writes it (2026-01); a thirteenth month is not.
        try sandbox.onBooks("close", "--month", "2026-13")
            .expectError(exitCode: 2, containing: "月份无效：“2026-13”")
    }
}

@Suite("gonghui close --year")
struct YearCloseCLITests {
    @Test("closes the year into the carry-forward account, then nothing more can be posted into it")
    func closesYear() throws {
        let sandbox = try Sandbox()
        try sandbox.run(["init", "--org-code", "GH001", "--org-name", "示例工会", "--kind", "enterprise", "--start", "2026-01",
                         "--chart", "2021", "--db", Sandbox.books]).expectSuccess()
        try sandbox.post("2026-03-05", "收到拨缴经费", ["102:借:12000", "402:贷:12000"]).expectSuccess()
        try sandbox.post("2026-07-10", "慰问品", ["50105:借:3600", "102:贷:3600"]).expectSuccess()
        try sandbox.onBooks("close", "--year", "2026").expectError(exitCode: 1, containing: "须先结账 2026-01")
        for month in 1...11 {
            try sandbox.onBooks("close", "--month", String(format: "2026-%02d", month)).expectSuccess()
        }
        let closed = try sandbox.onBooks("close", "--year", "2026")
        closed.expectSuccess()
        #expect(closed.stdout == "2026 年已结账：收支结余 8,400.00 元转入 32203（记-2026-12-001）\n  工会资金结余转入累计结余：记-2026-12-002\n")
        try sandbox.post("2026-12-31", "补记", ["510:借:1", "102:贷:1"]).expectError(exitCode: 1, containing: "2026-12 已结账")
        let statement = try sandbox.onBooks("report", "income-expenditure", "--month", "2026-12", "--format", "csv")
        #expect(statement.stdout.contains("五、本期收支差额,0.00,8400.00\r\n"))
        try sandbox.onBooks("close", "--month", "2026-01", "--year", "2026").expectError(exitCode: 2, containing: "--month")
        try sandbox.onBooks("verify").expectSuccess()
    }
}
