import Foundation
import Testing

/// The mistakes a new treasurer makes in the first weeks, as a table: what was typed, the exit
/// code, and the exact line printed. Each one leaves the books as they were.
@Suite("a new treasurer's mistakes: input → exit code → the exact message")
struct TreasurerMistakesTests {
    struct Mistake: Sendable, CustomTestStringConvertible {
        var name: String
        /// Commands run first (each must succeed), on books opened with bank 80,000.00.
        var before: [[String]] = []
        var arguments: [String]
        var exitCode: Int32
        /// The whole of stderr.
        var message: String
        var testDescription: String { name }
    }

    static let draft = ["voucher", "add", "--date", "2026-02-05", "--summary", "购买文体用品",
                        "--line", "50102:借:100", "--line", "102:贷:100"]
    static let signedDraft = draft + ["--signoff-by", "王明", "--signoff-date", "2026-02-05"]

    static let mistakes: [Mistake] = [
        Mistake(name: "debits and credits differ",
                arguments: ["voucher", "add", "--date", "2026-02-05", "--summary", "购物", "--line", "50102:借:100.00", "--line", "102:贷:99.99"],
                exitCode: 1, message: "错误：借贷不平衡：借方合计 100.00，贷方合计 99.99\n"),
        Mistake(name: "an account the chart does not have",
                arguments: ["voucher", "add", "--date", "2026-02-05", "--summary", "购物", "--line", "999:借:100", "--line", "102:贷:100"],
                exitCode: 1, message: "错误：科目不存在：999\n"),
        Mistake(name: "a parent account instead of its sub-account",
                arguments: ["voucher", "add", "--date", "2026-02-05", "--summary", "购物", "--line", "501:借:100", "--line", "102:贷:100"],
                exitCode: 1, message: "错误：科目 501 有下级科目，只能记入末级科目\n"),
        Mistake(name: "a date that does not exist",
                arguments: ["voucher", "add", "--date", "2026-13-01", "--summary", "购物", "--line", "50102:借:100", "--line", "102:贷:100"],
                exitCode: 2, message: "错误：日期无效：“2026-13-01”（应为 YYYY-MM-DD 的真实日期）\n"),
        Mistake(name: "an amount with three decimals",
                arguments: ["voucher", "add", "--date", "2026-02-05", "--summary", "购物", "--line", "50102:借:1.005", "--line", "102:贷:1.005"],
                exitCode: 2, message: "错误：金额格式不正确：“1.005”（应如 1,234.50，最多两位小数）\n"),
        Mistake(name: "a voucher of nothing",
                arguments: ["voucher", "add", "--date", "2026-02-05", "--summary", "购物", "--line", "50102:借:0", "--line", "102:贷:0"],
                exitCode: 1, message: "错误：凭证金额合计不能为零\n"),
        Mistake(name: "收/付 instead of 借/贷",
                arguments: ["voucher", "add", "--date", "2026-02-05", "--summary", "购物", "--line", "50102:收:100", "--line", "102:付:100"],
                exitCode: 2, message: "错误：借贷方向无效：“收”（借/贷 或 D/C）\n"),
        Mistake(name: "one line only",
                arguments: ["voucher", "add", "--date", "2026-02-05", "--summary", "购物", "--line", "50102:借:100"],
                exitCode: 1, message: "错误：凭证至少需要两条分录（现有 1 条）\n"),
        Mistake(name: "reviewing one's own voucher", before: [draft], arguments: ["voucher", "review", "1"],
                exitCode: 1, message: "错误：审核人不能是制单人（张会计）；只有一名财务人员的工会可在政策中启用单人操作（vouchers.single_operator）\n"),
        Mistake(name: "posting before review", before: [draft], arguments: ["voucher", "post", "1"],
                exitCode: 1, message: "错误：凭证（草稿 1）尚未审核，不能记账\n"),
        Mistake(name: "spending without the chair's sign-off",
                before: [draft, ["voucher", "review", "1", "--user", "李审核"]], arguments: ["voucher", "post", "1"],
                exitCode: 1, message: "错误：支出凭证（草稿 1）缺少工会主席签批，不能记账\n"),
        Mistake(name: "a large payment without the committee's decision",
                before: [["voucher", "add", "--date", "2026-02-05", "--summary", "慰问", "--line", "50102:借:60000", "--line", "102:贷:60000",
                          "--signoff-by", "王明", "--signoff-date", "2026-02-05"], ["voucher", "review", "1", "--user", "李审核"]],
                arguments: ["voucher", "post", "1"],
                exitCode: 1, message: "错误：凭证（草稿 1）金额 60,000.00 达到集体研究标准 50,000.00，须登记集体研究决定（会议及日期）\n"),
        Mistake(name: "paying more than the bank holds",
                before: [["voucher", "add", "--date", "2026-02-06", "--summary", "慰问", "--line", "50102:借:80000.01", "--line", "102:贷:80000.01",
                          "--signoff-by", "王明", "--signoff-date", "2026-02-05", "--decision", "第3次委员会", "--decision-date", "2026-02-01"],
                         ["voucher", "review", "1", "--user", "李审核"]],
                arguments: ["voucher", "post", "1"],
                exitCode: 1, message: "错误：102 银行存款 不能出现负数（红字）：2026-02-06 的凭证将使余额变为 -0.01\n"),
        Mistake(name: "deleting a reviewed draft",
                before: [draft, ["voucher", "review", "1", "--user", "李审核"]], arguments: ["voucher", "delete", "1", "--reason", "错误"],
                exitCode: 1, message: "错误：凭证（草稿 1）已由 李审核 审核；如需修改请先取消审核\n"),
        Mistake(name: "closing a month with drafts in it",
                before: [["voucher", "add", "--date", "2026-01-20", "--summary", "购物", "--line", "50102:借:100", "--line", "102:贷:100"]],
                arguments: ["close", "--month", "2026-01"],
                exitCode: 1, message: "错误：2026-01 还有未记账凭证（草稿 1），记账或作废后才能结账\n"),
        Mistake(name: "closing February before January", arguments: ["close", "--month", "2026-02"],
                exitCode: 1, message: "错误：不能结账 2026-02：须先结账 2026-01\n"),
        Mistake(name: "entering into a closed month",
                before: [["close", "--month", "2026-01"]],
                arguments: ["voucher", "add", "--date", "2026-01-25", "--summary", "补记", "--line", "50102:借:100", "--line", "102:贷:100"],
                exitCode: 1, message: "错误：2026-01 已结账，不能再记账\n"),
        Mistake(name: "reversing a voucher of a closed month without saying when",
                before: [["close", "--month", "2026-01"]], arguments: ["voucher", "reverse", "1", "--reason", "期初录错"],
                exitCode: 1, message: "错误：2026-01 已结账，不能再记账\n提示：原凭证所在月份已结账，请用 --date 把红字冲销凭证记在未结账的月份，如 --date 2026-02-01\n"),
        Mistake(name: "reopening without a reason",
                before: [["close", "--month", "2026-01"]], arguments: ["reopen", "--month", "2026-01", "--reason", " "],
                exitCode: 2, message: "错误：缺少必填项：--reason\n"),
        Mistake(name: "importing a file that is not there", arguments: ["voucher", "import", "一月凭证.csv"],
                exitCode: 2, message: "错误：无法读取文件 一月凭证.csv：文件不存在（请检查文件名和所在文件夹）\n"),
        Mistake(name: "a word where an amount should be", arguments: ["voucher", "import", "bad.csv"],
                exitCode: 2, message: "bad.csv:2: 借方金额: abc: 金额格式不正确：“abc”（应如 1,234.50，最多两位小数）\n导入失败：1 处错误，未写入任何数据\n"),
        Mistake(name: "an organisation code that is not in the file", arguments: ["--org", "GH999", "report", "trial-balance"],
                exitCode: 2, message: "错误：单位不存在：GH999\n"),
        Mistake(name: "a books file that is not there", arguments: ["--db", "账套.sqlite", "report", "trial-balance"],
                exitCode: 2, message: "错误：账套文件不存在：账套.sqlite（先运行 gonghui init）\n"),
        Mistake(name: "month 13", arguments: ["report", "balance-sheet", "--month", "2026-13"],
                exitCode: 2, message: "错误：月份无效：“2026-13”（应为 YYYY-MM）\n"),
        Mistake(name: "init again on the same file",
                arguments: ["init", "--org-code", "GH002", "--org-name", "乙", "--kind", "enterprise", "--start", "2026-01"],
                exitCode: 2, message: "错误：books.sqlite 已有账套；要在同一文件中再建一个单位的账套，请加 --add-org\n"),
        Mistake(name: "the opening balances entered twice", arguments: ["opening", "opening.csv"],
                exitCode: 1, message: "错误：GH001 已有 2026 年的期初余额（建账凭证），不能重复录入：如需更正请红字冲销原建账凭证\n"),
        Mistake(name: "a voucher number that does not exist", arguments: ["voucher", "show", "99"],
                exitCode: 2, message: "错误：凭证不存在：99\n"),
        Mistake(name: "an account code of the wrong shape", arguments: ["report", "ledger", "--account", "8888"],
                exitCode: 2, message: "错误：科目编码格式不正确：“8888”（三位一级科目，之后每级两位）\n"),
    ]

    @Test("each mistake is refused with its message and the books unchanged", arguments: mistakes)
    func refused(_ mistake: Mistake) throws {
        let sandbox = try Sandbox()
        let opening = sandbox.path("opening.csv")
        try Data("科目编码,科目名称,期末余额\n102,银行存款,80000.00\n32205,累计结余,80000.00\n".utf8).write(to: URL(fileURLWithPath: opening))
        try Data("日期,凭证号,科目编码,借方金额,贷方金额,摘要\n2026-02-10,1,50102,abc,,买书\n2026-02-10,1,102,,100,买书\n".utf8)
            .write(to: sandbox.url.appendingPathComponent("bad.csv"))
        // The treasurer works on the folder's books as 张会计 (a command naming its own --db keeps it).
        func gonghui(_ arguments: [String]) throws -> CLIResult {
            try sandbox.run(arguments.contains("--db") ? arguments : arguments + ["--db", Sandbox.books],
                            environment: ["GONGHUI_USER": "张会计"])
        }
        try gonghui(["init", "--org-code", "GH001", "--org-name", "示例工会", "--kind", "enterprise",
                     "--start", "2026-01", "--opening", "opening.csv"]).expectSuccess()
        for command in mistake.before { try gonghui(command).expectSuccess() }
        let before = try sandbox.snapshot()
        let result = try gonghui(mistake.arguments)
        #expect(result.exitCode == mistake.exitCode, "\(result)")
        #expect(result.stderr == mistake.message, "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
        #expect(try sandbox.snapshot() == before, "the books changed")
    }
}
