import Foundation
import Testing

/// Issue 14: what a Chinese-speaking treasurer reads is Chinese — the policy's fields and choices,
/// the audit's check names, a voucher's source, the configuration file's complaints, verify's
/// details, dates in local time — and English with `--lang en`.
@Suite("a treasurer's words")
struct TreasurerWordingTests {
    let sandbox: Sandbox

    init() throws { sandbox = try Sandbox() }

    // MARK: policy show

    /// Words a Chinese policy table may hold: the section names `--section` takes, the policy names
    /// `policy set` takes, and the collection channels' codes printed beside their names.
    static let policyCodes: Set<String> = [
        "allocation", "channels", "due", "late_fee", "preparatory_fund", "dues", "vouchers", "budget",
        "membership_targets", "audit", "default", "beijing", "self", "fiscal", "tax-40", "tax-full", "prep",
    ]

    /// ASCII words of three letters or more (with `_` and `-` inside) that are not allowed codes.
    static func englishWords(in text: String, allowed: Set<String>) -> [String] {
        text.matches(of: /[A-Za-z][A-Za-z0-9_\-]{2,}/).map { String($0.0) }.filter { !allowed.contains($0) }
    }

    @Test("policy show in Chinese: every label and every choice named, for the default and Beijing policies",
          arguments: [["policy", "show", "--builtin"], ["policy", "show", "--builtin", "beijing"], ["policy", "show"]])
    func policyInChinese(arguments: [String]) throws {
        var command = arguments
        if arguments == ["policy", "show"] {
            try sandbox.initBooks()
            try sandbox.onBooks("policy", "set", "beijing").expectSuccess()
            command += ["--db", Sandbox.books]
        }
        let shown = try sandbox.run(command)
        shown.expectSuccess()
        // The journal footer of a books file carries the hash: not words.
        let body = shown.stdout.split(separator: "\n").filter { !$0.contains("sha256") && !$0.contains(" #") }.joined(separator: "\n")
        #expect(Self.englishWords(in: body, allowed: Self.policyCodes) == [], "\(shown.stdout)")
        for expected in ["行政性支出科目", "经费审查委员会", "保留会籍免缴", "县级工会", "不设上限", "备案", "职工活动支出", "拒绝记账"] {
            #expect(shown.stdout.contains(expected), "\(expected)\n\(shown.stdout)")
        }
    }

    @Test("policy show in English names the choices; JSON keeps the codes")
    func policyInEnglishAndJSON() throws {
        let english = try sandbox.run("policy", "show", "--builtin", "--lang", "en")
        english.expectSuccess()
        for code in ["administrative_roles", "review_committee", "retained-exempt", "staffActivities", "higher_union"] {
            #expect(!english.stdout.contains(code), "\(code)\n\(english.stdout)")
        }
        for words in ["funds review committee", "administrative spending accounts", "county union", "no cap", "Employee activities"] {
            #expect(english.stdout.contains(words), "\(words)\n\(english.stdout)")
        }
        let json = try sandbox.run("policy", "show", "--builtin", "--format", "json")
        json.expectSuccess()
        for code in ["\"control\" : \"stop\"", "\"review_committee\"", "\"staffActivities\"", "\"cap\" : \"none\""] {
            #expect(json.stdout.contains(code), "\(code)\n\(json.stdout)")
        }
    }

    // MARK: audit findings

    /// Books on the 2021 chart with a chair and one festival gift over the default cap, recorded.
    private func booksWithFinding() throws {
        try sandbox.onBooks("init", "--org-code", "GH001", "--org-name", "示例科技有限公司工会", "--kind", "enterprise",
                            "--chart", "2021-grassroots", "--start", "2026-01").expectSuccess()
        try sandbox.onBooks("org", "tenure", "add", "--org", "GH001", "--role", "主席", "--person", "主席", "--from", "2020-01-01")
            .expectSuccess()
        // Money in the bank first: a payment may not take 银行存款 below zero.
        try sandbox.post("2026-04-01", "收到拨缴经费", ["102:借:50000.00", "402:贷:50000.00"]).expectSuccess()
        try sandbox.post("2026-04-28", "劳动节慰问品（10人×1200元）", ["50105:借:12000.00", "102:贷:12000.00"], extra: ["--attachments", "1"])
            .expectSuccess()
        #expect(try sandbox.onBooks("audit", "check", "--record").exitCode == 1)
    }

    @Test("audit findings names each check; the code stays in JSON")
    func findingsNamed() throws {
        try booksWithFinding()
        let listed = try sandbox.onBooks("audit", "findings")
        listed.expectSuccess()
        #expect(listed.stdout.contains("节日慰问超过规定标准"), "\(listed)")
        #expect(!listed.stdout.contains("benefits.giftCap"), "\(listed)")
        let english = try sandbox.onBooks("audit", "findings", "--lang", "en")
        #expect(!english.stdout.contains("benefits.giftCap") && !english.stdout.contains("节日慰问"), "\(english)")
        let json = try sandbox.onBooks("audit", "findings", "--format", "json")
        let rows = try #require(((try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any])?["tables"] as? [[String: Any]])?
            .first?["rows"] as? [[String: Any]])
        #expect(rows.first?["check"] as? String == "benefits.giftCap", "\(json)")
    }

    // MARK: voucher show

    @Test("voucher show: where a voucher came from, in words")
    func voucherSource() throws {
        let books = try Sandbox.withFixtureBooks()
        let imported = try books.onBooks("voucher", "show", "1")
        imported.expectSuccess()
        #expect(imported.stdout.contains("来源：导入 vouchers-utf8-bom.csv 第 "), "\(imported)")
        try books.post("2026-01-20", "购买文体用品", ["50102:借:800.00", "102:贷:800.00"]).expectSuccess()
        let count = try books.voucherCount()
        let drafted = try books.onBooks("voucher", "show", "\(count)")
        #expect(drafted.stdout.contains(/来源：草稿 \d+\n/), "\(drafted)")
        #expect(!drafted.stdout.contains("draft:"), "\(drafted)")
        let english = try books.onBooks("voucher", "show", "\(count)", "--lang", "en")
        #expect(english.stdout.contains(/Source: draft \d+\n/), "\(english)")
        let importedEnglish = try books.onBooks("voucher", "show", "1", "--lang", "en")
        #expect(importedEnglish.stdout.contains("Source: imported from vouchers-utf8-bom.csv, line "), "\(importedEnglish)")
    }

    // MARK: gonghui.toml

    @Test("a configuration file's problems in Chinese, naming file and line; English on request", arguments: [
        ("book = \"a.sqlite\n", "gonghui.toml:1 有误：取值的引号没有闭合：\"a.sqlite", "the value's quotes do not close"),
        ("# 账簿\nbook\n", "gonghui.toml:2 有误：应为 键 = \"值\" 的形式", "expected key = \"value\""),
        ("colour = \"red\"\n", "gonghui.toml:1 有误：未知的键“colour”（可用的键：book、org、user、lang）", "unknown key “colour” (book, org, user, lang)"),
        ("user = \"\"\n", "gonghui.toml:1 有误：user 的取值为空或含控制字符", "user: empty or holding control characters"),
    ])
    func configFileProblems(text: String, chinese: String, english: String) throws {
        try text.write(toFile: sandbox.path("gonghui.toml"), atomically: false, encoding: .utf8)
        let result = try sandbox.run("voucher", "list")
        result.expectError(exitCode: 2, containing: chinese)
        // What is wrong, after the file's path and line.
        let detail = result.stderr.components(separatedBy: "有误：").last ?? ""
        #expect(Self.englishWords(in: detail, allowed: ["book", "org", "user", "lang", "colour", "sqlite"]) == [], "\(result)")
        let inEnglish = try sandbox.run("voucher", "list", "--lang", "en")
        inEnglish.expectError(exitCode: 2, containing: english)
    }

    // MARK: verify

    private func sqlite3(_ books: Sandbox, _ sql: String) throws -> CLIResult {
        let shell = try #require(SQLiteShell.path, "these tests tamper with the books through the sqlite3 tool")
        return try CLI.runProcess(URL(fileURLWithPath: shell), [Sandbox.books, sql], in: books.url)
    }

    /// English fragments verify used to print inside Chinese findings.
    static let verifyEnglish = ["≠ stored", "postings ", "balance table", "is missing", "changed outside gonghui",
                                "inserted without a journal record", "edited: now", "deleted: journal", "the table is gone",
                                "journal triggers are missing", "total ", "expected ", "line ", "record "]

    @Test("verify: a tampered voucher and balance, and rows changed behind gonghui's back, all in Chinese")
    func verifyInChinese() throws {
        let books = try Sandbox.withFixtureBooks()
        let tamper = try sqlite3(books, """
            DROP TRIGGER posting_is_immutable_update;
            UPDATE posting SET amount_fen = amount_fen + 1 WHERE voucher_id = 2 AND line = 1;
            DROP TRIGGER voucher_is_immutable_update;
            UPDATE voucher SET total_fen = total_fen + 1 WHERE id = 3;
            UPDATE balance SET debit_fen = debit_fen + 100 WHERE account_id = (SELECT id FROM account WHERE code = '102');
            DROP TRIGGER change_journal_organisation_update;
            UPDATE organisation SET name = '别的工会';
            DROP TRIGGER change_journal_account_insert;
            """)
        #expect(tamper.exitCode == 0, "\(tamper)")
        let result = try books.onBooks("verify")
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stderrLines.count >= 5, "\(result)")
        for fragment in Self.verifyEnglish {
            #expect(!result.stderr.contains(fragment), "\(fragment)\n\(result)")
        }
        for expected in ["重算 sha256", "分录合计", "余额表", "被改动：现为", "缺少其变更日记账触发器"] {
            #expect(result.stderr.contains(expected), "\(expected)\n\(result)")
        }
        let english = try books.onBooks("verify", "--lang", "en")
        for expected in ["≠ stored", "balance table", "edited: now", "its journal triggers are missing"] {
            #expect(english.stderr.contains(expected), "\(expected)\n\(english)")
        }
        #expect(!english.stderr.contains(where: \.isHan) || english.stderr.contains("别的工会"), "\(english)")
        // JSON keeps the English detail, whatever the language.
        let json = try books.onBooks("verify", "--format", "json")
        #expect(json.stdout.contains("balance table"), "\(json)")
    }

    // MARK: local dates

    static let lateInTheDay = ["GONGHUI_NOW": "2026-11-21T20:00:00Z"]

    @Test("self-assessment and the out-of-period check give the local date of a late-UTC timestamp")
    func localDates() throws {
        try sandbox.onBooks("init", "--org-code", "GH001", "--org-name", "示例科技有限公司工会", "--kind", "enterprise",
                            "--chart", "2021-grassroots", "--start", "2026-01").expectSuccess()
        try sandbox.onBooks("org", "tenure", "add", "--org", "GH001", "--role", "主席", "--person", "主席", "--from", "2020-01-01")
            .expectSuccess()
        try sandbox.post("2026-01-05", "收到拨缴经费", ["102:借:5000.00", "402:贷:5000.00"], extra: ["--attachments", "1"]).expectSuccess()
        try sandbox.onBooks("close", "--month", "2026-01").expectSuccess()
        func late(_ arguments: String...) throws -> CLIResult {
            try sandbox.run(Array(arguments) + ["--db", Sandbox.books], environment: Self.lateInTheDay)
        }
        try late("reopen", "--month", "2026-01", "--reason", "补记手续费").expectSuccess()
        try late("voucher", "add", "--date", "2026-01-20", "--summary", "银行手续费", "--line", "50102:借:10.00", "--line", "102:贷:10.00",
                 "--signoff-by", "主席", "--attachments", "1").expectSuccess()
        try sandbox.run(["voucher", "review", "--month", "2026-01", "--user", "复核员", "--db", Sandbox.books], environment: Self.lateInTheDay)
            .expectSuccess()
        try late("voucher", "post", "--month", "2026-01").expectSuccess()
        let checked = try late("audit", "check", "--check", "books.postedOutOfPeriod")
        #expect(checked.stdout.contains("结账后重新打开（2026-11-22）再记入"), "\(checked)")
        _ = try late("audit", "review", "--from", "2026-01", "--to", "2026-12", "--record", "--format", "json")
        let assessed = try late("audit", "self-assess", "--year", "2026")
        #expect(assessed.stdout.contains("2026-11-22 由 tester 记录"), "\(assessed)")
        #expect(!assessed.stdout.contains("2026-11-21 由"), "\(assessed)")
    }

    // MARK: help

    @Test("`gonghui help vocher` says the command is unknown and suggests voucher, exit 2")
    func helpOfUnknownCommand() throws {
        let result = try sandbox.run("help", "vocher")
        result.expectError(exitCode: 2, containing: "未知的子命令「vocher」，您是不是要输入：gonghui voucher？")
        #expect(result.stdout.isEmpty, "\(result)")
        let deeper = try sandbox.run("help", "voucher", "lst")
        deeper.expectError(exitCode: 2, containing: "gonghui voucher list")
        let english = try sandbox.run("help", "vocher", "--lang", "en")
        english.expectError(exitCode: 2, containing: "did you mean 'gonghui voucher'?")
        try sandbox.run("help", "voucher").expectSuccess()
        try sandbox.run("help", "help").expectSuccess()
    }

    @Test("budget show: --budget-version chooses the version, --version is listed once, gonghui --version prints the program's")
    func budgetVersionOption() throws {
        let help = try sandbox.run("budget", "show", "--help")
        help.expectSuccess()
        #expect(help.stdout.components(separatedBy: "--version").count == 2, "one --version entry\n\(help.stdout)")
        #expect(help.stdout.contains("--budget-version <budget-version>"), "\(help.stdout)")
        let version = try sandbox.run("--version")
        version.expectSuccess()
        #expect(version.stdout.range(of: #"^\d+\.\d+"#, options: .regularExpression) != nil, "\(version)")
        // Both names reach the option: without a budget the command fails the same way, never on parsing.
        try sandbox.initBooks()
        let named = try sandbox.onBooks("budget", "show", "--year", "2026", "--budget-version", "0")
        let old = try sandbox.onBooks("budget", "show", "--year", "2026", "--version", "0")
        #expect(named.exitCode == old.exitCode && named.stderr == old.stderr, "\(named)\n\(old)")
        #expect(!named.stderr.contains("未知选项"), "\(named)")
    }
}
