import Foundation
import Testing

/// Issue 13, item 5: implausible input is refused on every path, naming what is wrong, with the
/// books byte-identical: far dates, control characters in names, full national IDs in free text,
/// over-long names, payroll rows that contradict the register, cumulative overflow.
@Suite("hostile: plausible input")
struct HostilePlausibilityTests {
    /// The year of the clock the CLI runs on in these tests (`GONGHUI_NOW`), not the machine's:
    /// from the machine's new year on the two would disagree.
    static let pinnedYear = Int(CLI.fixedEnvironment["GONGHUI_NOW"]?.prefix(4) ?? "") ?? 2026

    let sandbox: Sandbox
    /// A valid 18-character ID (GB 11643's own example; check character X).
    static let nationalID = "11010519491231002X"

    init() throws {
        sandbox = try Sandbox()
        try sandbox.initBooks()
    }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: sandbox.url.appendingPathComponent(name))
    }

    /// Runs a command that must be refused: exit code, one message, books unchanged.
    func expectRefused(_ arguments: [String], exitCode: Int32, containing message: String,
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try sandbox.snapshot()
        try sandbox.onBooks(arguments).expectError(exitCode: exitCode, containing: message, sourceLocation: sourceLocation)
        #expect(try sandbox.snapshot() == before, "the books are byte-identical", sourceLocation: sourceLocation)
    }

    @Test("a voucher dated 2062 (typed for 2026) is refused on add and on import; next year's is accepted")
    func farDates() throws {
        try expectRefused(["voucher", "add", "--date", "2062-01-05", "--summary", "办公用品", "--line", "102:借:10.00",
                           "--line", "401:贷:10.00"], exitCode: 1, containing: "日期 2062-01-05 不在账簿可接受的范围内")
        try write("far.csv", "date,voucher,account,debit,credit,summary\n2062-01-05,记-001,102,1.00,,x\n2062-01-05,记-001,401,,1.00,x\n")
        let before = try sandbox.snapshot()
        let imported = try sandbox.onBooks("voucher", "import", "far.csv", "--lang", "en")
        #expect(imported.exitCode == 2, "\(imported)")
        #expect(imported.stderr.contains("date 2062-01-05 is outside the range these books accept"), "\(imported)")
        #expect(try sandbox.snapshot() == before)
        // The clock's year plus one is inside the window.
        let nextYear = Self.pinnedYear + 1
        try sandbox.onBooks("voucher", "add", "--date", "\(nextYear)-03-01", "--summary", "预付", "--line", "102:借:10.00",
                            "--line", "401:贷:10.00", "--signoff-by", "主席").expectSuccess()
    }

    @Test("the policy sets the window: date_window_years_ahead 0 refuses next year's dates")
    func windowFromPolicy() throws {
        try write("strict.json", #"{"name":"strict","title":"严格","vouchers":[{"effective_from":"2000-01-01","date_window_years_ahead":0}]}"#)
        try sandbox.onBooks("policy", "set", sandbox.path("strict.json")).expectSuccess()
        let nextYear = Self.pinnedYear + 1
        try expectRefused(["voucher", "add", "--date", "\(nextYear)-03-01", "--summary", "预付", "--line", "102:借:10.00",
                           "--line", "401:贷:10.00"], exitCode: 1, containing: "至 \(nextYear - 1)-12-31")
    }

    @Test("control characters in organisation and account names are refused, as org import refuses them")
    func controlCharacters() throws {
        try expectRefused(["org", "add", "--code", "DW9", "--name", "坏\u{1B}[31m名", "--kind", "enterprise"],
                          exitCode: 2, containing: "含有控制字符")
        try expectRefused(["account", "add", "--code", "10201", "--name", "工行\n户", "--kind", "asset"],
                          exitCode: 2, containing: "含有控制字符")
    }

    @Test("a full national ID in a summary, a memo, an organisation or account name is refused")
    func nationalIDs() throws {
        let id = Self.nationalID
        try expectRefused(["voucher", "add", "--date", "2026-01-05", "--summary", "报销 \(id)", "--line", "102:借:10.00",
                           "--line", "401:贷:10.00"], exitCode: 2, containing: "summary 含有完整的身份证号码")
        try expectRefused(["org", "add", "--code", "DW9", "--name", "张三\(id)工会", "--kind", "enterprise"],
                          exitCode: 2, containing: "含有完整的身份证号码")
        try expectRefused(["account", "add", "--code", "10201", "--name", "个人户\(id)", "--kind", "asset"],
                          exitCode: 2, containing: "含有完整的身份证号码")
        // A line whose summary differs from the voucher's first is that line's memo.
        try write("memo.csv", "date,voucher,account,debit,credit,summary\n2026-01-05,记-001,102,1.00,,x\n2026-01-05,记-001,401,,1.00,x \(id)\n")
        let before = try sandbox.snapshot()
        let imported = try sandbox.onBooks("voucher", "import", "memo.csv")
        #expect(imported.exitCode == 2, "\(imported)")
        #expect(imported.stderr.contains("memo 含有完整的身份证号码"), "\(imported)")
        #expect(!imported.stderr.contains(id), "the ID is not echoed")
        #expect(try sandbox.snapshot() == before)
        // 18 digits whose check digit does not match, and a 19-digit number, are not IDs.
        try sandbox.onBooks("voucher", "add", "--date", "2026-01-05", "--summary", "合同 110105194912310021 号 1101051949123100211",
                            "--line", "102:借:10.00", "--line", "401:贷:10.00", "--signoff-by", "主席").expectSuccess()
    }

    @Test("names longer than 100 characters are refused")
    func longNames() throws {
        try expectRefused(["org", "add", "--code", "DW9", "--name", String(repeating: "长", count: 101), "--kind", "enterprise"],
                          exitCode: 2, containing: "过长：101 个字符（最多 100 个）")
        try sandbox.onBooks("org", "add", "--code", "DW9", "--name", String(repeating: "长", count: 100), "--kind", "enterprise")
            .expectSuccess()
    }

    @Test("cumulative amounts that would pass the ledger's range are refused at posting time")
    func overflow() throws {
        var rows = "date,voucher,account,debit,credit,summary\n"
        for index in 1...60 {
            rows += "2026-02-01,V\(index),102,900000000000000.00,,大额\n2026-02-01,V\(index),401,,900000000000000.00,大额\n"
        }
        try write("big.csv", rows)
        let before = try sandbox.snapshot()
        let imported = try sandbox.onBooks("voucher", "import", "big.csv")
        #expect(imported.exitCode == 2, "\(imported)")
        #expect(imported.stderr.contains("累计发生额将超出可记录的范围"), "\(imported)")
        #expect(try sandbox.snapshot() == before)
    }
}

@Suite("hostile: payroll against the register")
struct HostilePayrollNameTests {
    let sandbox: Sandbox

    init() throws { sandbox = try Sandbox() }

    @Test("a payroll row whose unit name contradicts the register is refused, naming both names")
    func unitNameContradicts() throws {
        try sandbox.onBooks("init", "--org-code", "XF", "--org-name", "示例县总工会", "--kind", "county-federation",
                            "--start", "2026-01", "--chart", "2021-federation").expectSuccess()
        try Data("单位编码,单位名称,类型,上级单位,缴费方式\nDW001,示例机械有限公司工会,enterprise,XF,self\n".utf8)
            .write(to: sandbox.url.appendingPathComponent("units.csv"))
        try sandbox.onBooks("org", "import", "units.csv").expectSuccess()
        try Data("unit_code,unit_name,month,headcount,wage_total\nDW001,示例纺织有限公司工会,2026-01,120,500000.00\nDW001,示例机械有限公司工会,2026-02,120,500000.00\n".utf8)
            .write(to: sandbox.url.appendingPathComponent("payroll.csv"))
        let before = try sandbox.snapshot()
        let result = try sandbox.onBooks("payroll", "import", "payroll.csv")
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.contains("payroll.csv:2: unit_name: 示例纺织有限公司工会"), "\(result)")
        #expect(result.stderr.contains("示例机械有限公司工会"), "names the register's name too: \(result)")
        #expect(result.stderr.contains("1 处错误"), "the matching row is fine: \(result)")
        #expect(try sandbox.snapshot() == before)
    }

    @Test("a payroll month far ahead (2062 for 2026) is refused like a voucher date; next year's is taken")
    func payrollMonthWithinWindow() throws {
        try sandbox.onBooks("init", "--org-code", "XF", "--org-name", "示例县总工会", "--kind", "county-federation",
                            "--start", "2026-01", "--chart", "2021-federation").expectSuccess()
        try Data("单位编码,单位名称,类型,上级单位,缴费方式\nDW001,示例机械有限公司工会,enterprise,XF,self\n".utf8)
            .write(to: sandbox.url.appendingPathComponent("units.csv"))
        try sandbox.onBooks("org", "import", "units.csv").expectSuccess()
        try Data("unit_code,month,headcount,wage_total\nDW001,2062-01,120,500000.00\n".utf8)
            .write(to: sandbox.url.appendingPathComponent("typo.csv"))
        let before = try sandbox.snapshot()
        let refused = try sandbox.run(["payroll", "import", "typo.csv", "--db", Sandbox.books], environment: ["GONGHUI_NOW": "2026-06-30T08:00:00Z"])
        #expect(refused.exitCode == 2, "\(refused)")
        #expect(refused.stderr.contains("typo.csv:2: month: 2062-01") && refused.stderr.contains("2027-12"), "\(refused)")
        #expect(try sandbox.snapshot() == before)
        try Data("unit_code,month,headcount,wage_total\nDW001,2027-01,120,500000.00\n".utf8)
            .write(to: sandbox.url.appendingPathComponent("next.csv"))
        let taken = try sandbox.run(["payroll", "import", "next.csv", "--db", Sandbox.books], environment: ["GONGHUI_NOW": "2026-06-30T08:00:00Z"])
        #expect(taken.exitCode == 0, "\(taken)")
    }
}
