import Foundation
import Testing

/// Issue 14, "safe defaults": a real operator on every write, `init` never adds to a file by
/// accident, known kinds only, cash and bank never below zero, no blank statements for a unit
/// without books, listings never cut short silently.
@Suite("safe defaults")
struct SafeDefaultsTests {
    @Test("init on a file that already holds books is refused unless --add-org; the file is unchanged")
    func initRefusesExistingBooks() throws {
        let sandbox = try Sandbox()
        try sandbox.initBooks()
        let before = try sandbox.snapshot()
        try sandbox.onBooks("init", "--org-code", "GH002", "--org-name", "第二工会", "--kind", "enterprise", "--chart", "basic")
            .expectError(exitCode: 2, containing: "已有账套；要在同一文件中再建一个单位的账套，请加 --add-org")
        #expect(try sandbox.snapshot() == before)
        try sandbox.onBooks("init", "--org-code", "GH002", "--org-name", "第二工会", "--kind", "enterprise", "--chart", "basic",
                            "--add-org").expectSuccess()
    }

    @Test("--kind takes a known code or its Chinese name; anything else is refused with the list", arguments: [
        ("企业", true), ("Enterprise", true), ("县总工会", true), ("事业单位", true), ("company", false), ("工厂", false),
    ])
    func kinds(kind: String, known: Bool) throws {
        let sandbox = try Sandbox()
        let result = try sandbox.onBooks("init", "--org-code", "GH001", "--org-name", "示例工会", "--kind", kind, "--chart", "basic")
        if known {
            result.expectSuccess()
        } else {
            result.expectError(exitCode: 2, containing: "单位类型未知：“\(kind)”")
            #expect(result.stderr.contains("enterprise 企业"))
            #expect(!sandbox.exists(Sandbox.books))
        }
    }

    @Test("a federation kind named in Chinese gets the federation chart, as its code does", arguments: [
        ("county-federation", "县级以上工会"), ("县总工会", "县级以上工会"), ("企业", "基层工会"),
    ])
    func chartFollowsKind(kind: String, level: String) throws {
        let sandbox = try Sandbox()
        try sandbox.onBooks("init", "--org-code", "XF", "--org-name", "示例县总工会", "--kind", kind).expectSuccess()
        let byCode = try sandbox.onBooks("account", "list", "--format", "csv")
        byCode.expectSuccess()
        // 补助下级支出 (508) exists only in the chart for county level and above.
        let federationOnly = byCode.stdout.contains("\n508,补助下级支出")
        #expect(federationOnly == (level == "县级以上工会"), "\(kind): \(byCode.stdout.prefix(400))")
    }

    @Test("the operator is --user, else GONGHUI_USER, else the login name: never a placeholder")
    func operatorIdentity() throws {
        let sandbox = try Sandbox()
        try sandbox.initBooks()
        // No --user and no GONGHUI_USER: the OS account posts.
        let added = try sandbox.run(["voucher", "add", "--date", "2026-01-05", "--summary", "会费",
                                     "--line", "102:借:10.00", "--line", "401:贷:10.00", "--db", Sandbox.books],
                                    environment: ["GONGHUI_USER": "", "USER": ""])
        added.expectSuccess()
        let drafts = try sandbox.onBooks("voucher", "drafts", "--format", "csv")
        let login = String(cString: getpwuid(geteuid()).pointee.pw_name)
        #expect(drafts.stdout.contains(login), "\(drafts.stdout)")
        #expect(!drafts.stdout.contains("unknown"))
    }

    @Test("a voucher that would take 银行存款 below zero is refused with the balance it would reach; the file is unchanged")
    func bankNeverNegative() throws {
        let sandbox = try Sandbox()
        try sandbox.initBooks()
        try sandbox.onBooks("voucher", "add", "--date", "2026-01-05", "--summary", "收会费",
                            "--line", "102:借:100.00", "--line", "401:贷:100.00", "--user", "会计").expectSuccess()
        try sandbox.onBooks("voucher", "review", "--month", "2026-01", "--user", "复核").expectSuccess()
        try sandbox.onBooks("voucher", "post", "--month", "2026-01", "--user", "会计").expectSuccess()
        let before = try sandbox.snapshot()
        let file = sandbox.path("overdraw.csv")
        try """
            日期,凭证号,科目编码,借方金额,贷方金额,摘要
            2026-01-10,记-001,50105,150.00,,活动
            2026-01-10,记-001,102,,150.00,活动
            """.write(toFile: file, atomically: false, encoding: .utf8)
        let refused = try sandbox.onBooks("voucher", "import", "overdraw.csv")
        #expect(refused.exitCode == 2, "\(refused)")   // an import reports refused rows as bad input, like every import
        #expect(refused.stderr.contains("102 银行存款 不能出现负数（红字）：2026-01-10 的凭证将使余额变为 -50.00"), "\(refused)")
        #expect(try sandbox.snapshot() == before)
        // Up to the balance is fine.
        try """
            日期,凭证号,科目编码,借方金额,贷方金额,摘要
            2026-01-10,记-001,50105,100.00,,活动
            2026-01-10,记-001,102,,100.00,活动
            """.write(toFile: file, atomically: false, encoding: .utf8)
        try sandbox.onBooks("voucher", "import", "overdraw.csv").expectSuccess()
    }

    @Test("the balance counts at the end of the voucher's own day: a receipt later in the month does not cover a payment before it")
    func bankNeverNegativeOnItsDay() throws {
        let sandbox = try Sandbox()
        try sandbox.initBooks()
        let file = sandbox.path("month.csv")
        // 100 in on 01-05, 150 out on 01-10, 500 in on 01-25: the month ends at +450, the 10th at −50.
        try """
            日期,凭证号,科目编码,借方金额,贷方金额,摘要
            2026-01-05,记-001,102,100.00,,收会费
            2026-01-05,记-001,401,,100.00,收会费
            2026-01-25,记-002,102,500.00,,收会费
            2026-01-25,记-002,401,,500.00,收会费
            2026-01-10,记-003,50105,150.00,,活动
            2026-01-10,记-003,102,,150.00,活动
            """.write(toFile: file, atomically: false, encoding: .utf8)
        let before = try sandbox.snapshot()
        let refused = try sandbox.onBooks("voucher", "import", "month.csv")
        #expect(refused.exitCode == 2, "\(refused)")
        #expect(refused.stderr.contains("102 银行存款 不能出现负数（红字）：2026-01-10 的凭证将使余额变为 -50.00"), "\(refused)")
        #expect(try sandbox.snapshot() == before)

        // Imported one by one: the receipts first, then a payment dated back before the later
        // receipt overdraws the day it is dated (the 10th), whatever the month end shows.
        var imported = 0
        func importOne(_ date: String, _ debit: String, _ credit: String, _ amount: String) throws -> CLIResult {
            imported += 1
            try """
                日期,凭证号,科目编码,借方金额,贷方金额,摘要
                \(date),记-\(imported),\(debit),\(amount),,第\(imported)笔
                \(date),记-\(imported),\(credit),,\(amount),第\(imported)笔
                """.write(toFile: sandbox.path("one-\(imported).csv"), atomically: false, encoding: .utf8)
            return try sandbox.onBooks("voucher", "import", "one-\(imported).csv")
        }
        try importOne("2026-01-05", "102", "401", "100.00").expectSuccess()
        try importOne("2026-01-25", "102", "401", "500.00").expectSuccess()
        let backdated = try importOne("2026-01-10", "50105", "102", "150.00")
        #expect(backdated.stderr.contains("2026-01-10 的凭证将使余额变为 -50.00"), "\(backdated)")
        // A payment on the 26th that the month can bear, then one on the 6th that the 26th cannot.
        try importOne("2026-01-26", "50105", "102", "550.00").expectSuccess()
        let early = try importOne("2026-01-06", "50105", "102", "60.00")
        #expect(early.stderr.contains("2026-01-06 的凭证将使 2026-01-26 的余额变为 -10.00"), "\(early)")
        try importOne("2026-01-06", "50105", "102", "50.00").expectSuccess()
        // The voucher workflow refuses the same way when the draft is posted.
        let added = try sandbox.post("2026-01-07", "活动", ["50105:借:0.01", "102:贷:0.01"])
        #expect(added.exitCode == 1, "\(added)")
        #expect(added.stderr.contains("2026-01-07 的凭证将使 2026-01-26 的余额变为 -0.01"), "\(added)")
    }

    @Test("a policy with vouchers.negative_cash = warn posts the voucher and says so on stderr")
    func negativeCashWarns() throws {
        let sandbox = try Sandbox()
        let policyText = try String(contentsOf: Repository.url("ledgers/policies/default.json"), encoding: .utf8)
        var policy = try #require(try JSONSerialization.jsonObject(with: Data(policyText.utf8)) as? [String: Any])
        var vouchers = try #require(policy["vouchers"] as? [[String: Any]])
        for index in vouchers.indices { vouchers[index]["negative_cash"] = "warn" }
        policy["vouchers"] = vouchers
        try JSONSerialization.data(withJSONObject: policy).write(to: URL(fileURLWithPath: sandbox.path("warn.json")))
        try sandbox.onBooks("init", "--org-code", "GH001", "--org-name", "示例工会", "--kind", "enterprise", "--chart", "basic",
                            "--start", "2026-01", "--policy", "warn.json").expectSuccess()
        try """
            日期,凭证号,科目编码,借方金额,贷方金额,摘要
            2026-01-10,记-001,50105,150.00,,活动
            2026-01-10,记-001,101,,150.00,活动
            """.write(toFile: sandbox.path("overdraw.csv"), atomically: false, encoding: .utf8)
        let warned = try sandbox.onBooks("voucher", "import", "overdraw.csv")
        #expect(warned.exitCode == 0, "\(warned)")
        #expect(warned.stderr.contains("注意：101 库存现金 不能出现负数（红字）：2026-01-10 的凭证将使余额变为 -150.00"), "\(warned)")
    }

    @Test("a statement for a unit that keeps no books in the file is refused, not printed blank")
    func unitWithoutBooks() throws {
        let sandbox = try Sandbox()
        try sandbox.initBooks()
        try sandbox.onBooks("org", "add", "--code", "U1", "--name", "一分会", "--kind", "企业", "--parent", "GH001").expectSuccess()
        try sandbox.onBooks("report", "trial-balance", "--org", "U1")
            .expectError(exitCode: 2, containing: "单位 U1 在此文件中没有账套")
    }

    @Test("voucher list shows every voucher; with --limit it says how many it left out")
    func listingNeverTruncatesSilently() throws {
        let sandbox = try Sandbox()
        try sandbox.initBooks()
        var rows = ["日期,凭证号,科目编码,借方金额,贷方金额,摘要"]
        for number in 1...1_003 {
            rows.append("2026-01-05,记-\(number),102,1.00,,会费")
            rows.append("2026-01-05,记-\(number),401,,1.00,会费")
        }
        try rows.joined(separator: "\n").write(toFile: sandbox.path("many.csv"), atomically: false, encoding: .utf8)
        try sandbox.onBooks("voucher", "import", "many.csv").expectSuccess()
        #expect(try sandbox.voucherCount() == 1_003)
        let limited = try sandbox.onBooks("voucher", "list", "--limit", "10")
        limited.expectSuccess()
        #expect(limited.stdout.contains("仅显示前 10 张，共 1003 张"), "\(limited.stdout.suffix(300))")
        try sandbox.onBooks("voucher", "list", "--limit", "0").expectError(exitCode: 2, containing: "--limit")
    }
}

@Suite("Excel in: what a treasurer types")
struct ExcelInputTests {
    @Test("voucher add takes dates as Excel writes them, full-width colons, and accounts by name")
    func voucherAddAsTyped() throws {
        let sandbox = try Sandbox()
        try sandbox.initBooks()
        try sandbox.onBooks("voucher", "add", "--date", "2026年1月5日", "--summary", "收会费",
                            "--line", "银行存款：借：１，０００．００", "--line", "会费收入:贷:1,000.00", "--user", "会计").expectSuccess()
        let drafts = try sandbox.onBooks("voucher", "drafts", "--format", "csv")
        #expect(drafts.stdout.contains("1,2026-01-05,收会费,1000.00"), "\(drafts.stdout)")
        try sandbox.onBooks("voucher", "add", "--date", "2026/1/6", "--summary", "x", "--line", "现金:借:1", "--line", "401:贷:1")
            .expectError(exitCode: 1, containing: "现金")
    }

    @Test("voucher import reads 2026/1/5 and 2026年1月6日 dates")
    func importExcelDates() throws {
        let sandbox = try Sandbox()
        try sandbox.initBooks()
        try """
            日期,凭证号,科目编码,借方金额,贷方金额,摘要
            2026/1/5,记-1,102,"1,000.00",,会费
            2026/1/5,记-1,401,,"1,000.00",会费
            2026年1月6日,记-2,102,５０．００,,会费
            2026年1月6日,记-2,401,,５０．００,会费
            """.write(toFile: sandbox.path("excel.csv"), atomically: false, encoding: .utf8)
        try sandbox.onBooks("voucher", "import", "excel.csv").expectSuccess()
        #expect(try sandbox.voucherCount() == 2)
    }
}
