import Foundation
import Testing

/// `gonghui voucher import --opening FILE`: the opening voucher (建账) from a trial balance, through
/// the same path as `opening` and `init --opening`; all or nothing.
@Suite("voucher import --opening")
struct OpeningImportTests {
    /// Grassroots books on the 2021 chart, without opening balances.
    static func books() throws -> Sandbox {
        let sandbox = try Sandbox()
        try sandbox.onBooks("init", "--org-code", "GH100", "--org-name", "示例精密机械有限公司工会", "--kind", "enterprise",
                            "--chart", "2021", "--start", "2026-01").expectSuccess()
        return sandbox
    }

    @Test("the opening voucher is posted and the balance sheet shows it as 年初余额, as init --opening would")
    func importsOpening() throws {
        let sandbox = try Self.books()
        let opening = try sandbox.copy(fromRepository: "ledgers/examples/grassroots-2026-opening.csv")
        let result = try sandbox.onBooks("voucher", "import", "--opening", opening)
        result.expectSuccess()
        #expect(result.stdout.contains("已导入期初余额（建账凭证）"))
        #expect(result.stdout.contains("6 个科目"))
        let sheet = try sandbox.onBooks("report", "balance-sheet", "--month", "2026-01", "--format", "csv").stdout
        #expect(sheet.contains("货币资金,187620.35,187620.35"))
        // The same books opened by init --opening print the same sheet.
        let other = try Sandbox()
        let copied = try other.copy(fromRepository: "ledgers/examples/grassroots-2026-opening.csv")
        try other.onBooks("init", "--org-code", "GH100", "--org-name", "示例精密机械有限公司工会", "--kind", "enterprise",
                          "--chart", "2021", "--start", "2026-01", "--opening", copied).expectSuccess()
        #expect(try other.onBooks("report", "balance-sheet", "--month", "2026-01", "--format", "csv").stdout == sheet)
    }

    @Test("a second opening voucher is refused and nothing is written")
    func refusesSecondOpening() throws {
        let sandbox = try Self.books()
        let opening = try sandbox.copy(fromRepository: "ledgers/examples/grassroots-2026-opening.csv")
        try sandbox.onBooks("voucher", "import", "--opening", opening).expectSuccess()
        let before = try sandbox.snapshot()
        // The same trial balance again is recognised (issue 13: nothing twice) and writes nothing …
        let again = try sandbox.onBooks("voucher", "import", "--opening", opening)
        #expect(again.exitCode == 0 && again.stdout.contains("该文件内容已于"), "\(again)")
        #expect(try sandbox.snapshot() == before)
        // … another one for the same year is refused.
        let other = sandbox.path("other-opening.csv")
        try "科目编码,科目名称,期末余额\n102,银行存款,100.00\n32205,累计结余,100.00\n".write(toFile: other, atomically: false, encoding: .utf8)
        try sandbox.onBooks("voucher", "import", "--opening", other).expectError(exitCode: 1, containing: "已有 2026 年的期初余额")
        try sandbox.onBooks("opening", other).expectError(exitCode: 1, containing: "已有 2026 年的期初余额")
        #expect(try sandbox.snapshot() == before)
    }

    @Test("books with vouchers before the opening date are refused, by voucher import --opening and by opening alike")
    func refusesAfterPostings() throws {
        let sandbox = try Self.books()
        try sandbox.post("2026-01-05", "收到拨缴经费", ["102:借:100.00", "402:贷:100.00"]).expectSuccess()
        let opening = try sandbox.copy(fromRepository: "ledgers/examples/grassroots-2026-opening.csv")
        let before = try sandbox.snapshot()
        try sandbox.onBooks("voucher", "import", "--opening", opening, "--date", "2026-02-01")
            .expectError(exitCode: 1, containing: "之前已有凭证（最早 2026-01-05）")
        try sandbox.onBooks("opening", opening, "--date", "2026-01-06").expectError(exitCode: 1, containing: "期初余额须在所有凭证之前录入")
        try sandbox.onBooks("voucher", "import", "--opening", opening, "--date", "2026-02-01", "--lang", "en")
            .expectError(exitCode: 1, containing: "opening balances must come before every other voucher")
        #expect(try sandbox.snapshot() == before)
        // Dated the first day of the books, the opening still comes before the January voucher.
        try sandbox.onBooks("voucher", "import", "--opening", opening).expectSuccess()
        let sheet = try sandbox.onBooks("report", "balance-sheet", "--month", "2026-01", "--format", "csv").stdout
        #expect(sheet.contains("货币资金,187620.35,187720.35"))
    }

    @Test("a bad row, an unknown account, or both a file and --opening: exit 2, nothing written")
    func refusesBadInput() throws {
        let sandbox = try Self.books()
        let before = try sandbox.snapshot()
        try "科目编码,期末余额\n102,abc\n".write(to: sandbox.url.appendingPathComponent("bad.csv"), atomically: false, encoding: .utf8)
        let bad = try sandbox.onBooks("voucher", "import", "--opening", "bad.csv")
        #expect(bad.exitCode == 2, "\(bad)")
        #expect(bad.stderr.contains("bad.csv"))
        try "科目编码,期末余额\n102,100.00\n999,100.00\n".write(to: sandbox.url.appendingPathComponent("unknown.csv"), atomically: false, encoding: .utf8)
        try sandbox.onBooks("voucher", "import", "--opening", "unknown.csv").expectError(exitCode: 2, containing: "科目 999 不在本账套的科目表中")
        let both = try sandbox.onBooks("voucher", "import", "bad.csv", "--opening", "unknown.csv")
        #expect(both.exitCode == 2, "\(both)")
        let neither = try sandbox.onBooks("voucher", "import")
        #expect(neither.exitCode == 2, "\(neither)")
        let dateAlone = try sandbox.onBooks("voucher", "import", "bad.csv", "--date", "2026-01-01")
        #expect(dateAlone.exitCode == 2, "\(dateAlone)")
        #expect(try sandbox.snapshot() == before)
    }
}
