import Foundation
import Testing

/// The conventions every command shares (issue 14.6): the policy as a readable table, timestamps
/// in local time, progress only where a person watches.
@Suite("command-line conventions")
struct ConventionTests {
    let sandbox: Sandbox

    init() throws { sandbox = try Sandbox() }

    @Test("policy show: two columns 项目 / 值 with units; English too; JSON still the document")
    func policyTable() throws {
        let shown = try sandbox.run("policy", "show", "--builtin")
        shown.expectSuccess()
        let lines = shown.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("项目") && $0.hasSuffix("值") }, "\(shown)")
        for (item, value) in [("  比例", "2%"), ("  留成", "60%"), ("  工资取整单位", "10.00 元"), ("  缴纳日", "每月 15 日"),
                              ("  按单位类型 / 机关", "财政划拨 (fiscal)"), ("  集体研究金额起点", "50000.00 元")] {
            #expect(lines.contains { $0.hasPrefix(item + " ") && $0.hasSuffix(" " + value) }, "\(item) \(value)\n\(shown.stdout)")
        }
        #expect(!shown.stdout.contains("{\""), "no JSON in the table")
        let english = try sandbox.run("policy", "show", "--builtin", "--section", "due", "--lang", "en")
        #expect(english.stdout.contains("Item") && english.stdout.contains("day 15 of the month"), "\(english)")
        let json = try sandbox.run("policy", "show", "--builtin", "--section", "dues", "--format", "json")
        #expect(json.stdout.contains("\"wage_unit\" : \"10.00\""), "\(json)")
    }

    @Test("timestamps are stored in UTC and shown in local time: Asia/Shanghai, or TZ")
    func localTime() throws {
        try sandbox.initBooks()
        try Data("date,voucher,account,debit,credit,summary\n2026-01-05,V1,102,1.00,,会费\n2026-01-05,V1,401,,1.00,会费\n".utf8)
            .write(to: URL(fileURLWithPath: sandbox.path("v.csv")))
        try sandbox.onBooks("voucher", "import", "v.csv").expectSuccess()
        let again = try sandbox.onBooks("voucher", "import", "v.csv")
        #expect(again.stdout.contains("已于 2026-11-21 18:00:00 导入"), "\(again)")
        let utc = try sandbox.run(["voucher", "import", "v.csv", "--db", Sandbox.books], environment: ["TZ": "UTC"])
        #expect(utc.stdout.contains("已于 2026-11-21 10:00:00 导入"), "\(utc)")
        try sandbox.onBooks("policy", "set", "beijing").expectSuccess()
        let history = try sandbox.onBooks("policy", "history", "--format", "csv")
        #expect(history.stdout.contains("2026-11-21 18:00:00") && !history.stdout.contains("T10:00:00Z"), "\(history)")
    }

    @Test("one name per concept: --unit is an organisation; the amount unit is --amount-unit, close's account --into; old spellings hidden but accepted")
    func oneNamePerConcept() throws {
        try sandbox.initBooks()
        for command in [["report", "balance-sheet"], ["report", "disclosure"], ["close"]] {
            let help = try sandbox.run(command + ["--help"])
            #expect(!help.stdout.contains("--unit <") && !help.stdout.contains("--to <"), "\(command)\n\(help.stdout)")
        }
        #expect(try sandbox.run("report", "balance-sheet", "--help").stdout.contains("--amount-unit <amount-unit>"))
        #expect(try sandbox.run("close", "--help").stdout.contains("--into <into>"))
        let old = try sandbox.onBooks("report", "balance-sheet", "--month", "2026-01", "--unit", "yuan", "--format", "csv")
        let new = try sandbox.onBooks("report", "balance-sheet", "--month", "2026-01", "--amount-unit", "yuan", "--format", "csv")
        #expect(old.exitCode == new.exitCode && old.stdout == new.stdout, "\(old)\n\(new)")
    }

    @Test("kinds in Chinese in Chinese output, codes in English output and JSON")
    func kindNames() throws {
        try sandbox.initBooks()
        let chinese = try sandbox.onBooks("org", "list")
        #expect(chinese.stdout.contains("企业") && !chinese.stdout.contains("enterprise"), "\(chinese)")
        #expect(try sandbox.onBooks("org", "show", "GH001").stdout.contains("企业"))
        #expect(try sandbox.onBooks("org", "list", "--lang", "en").stdout.contains("enterprise"))
        #expect(try sandbox.onBooks("org", "list", "--format", "json").stdout.contains("\"kind\" : \"enterprise\""))
    }

    /// A voucher file big enough that its import runs for more than the progress line's quiet second.
    func writeBigImport(vouchers: Int) throws {
        var text = "date,voucher,account,debit,credit,summary\n"
        for index in 0..<vouchers {
            let date = String(format: "2026-%02d-%02d", index % 12 + 1, index % 28 + 1)
            text += "\(date),V\(index),102,1.00,,会费\n\(date),V\(index),401,,1.00,会费\n"
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: sandbox.path("big.csv")))
    }

    @Test("a long import piped: no progress text on stderr")
    func progressPiped() throws {
        try sandbox.initBooks()
        try writeBigImport(vouchers: 40_000)
        let result = try sandbox.onBooks("voucher", "import", "big.csv")
        result.expectSuccess()
        #expect(result.stderr.isEmpty, "\(result)")
    }

    @Test("a long import on a terminal: one line updated in place; none with --quiet",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func progressOnTerminal() throws {
        let binary = try #require(CLI.binary)
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GONGHUI_") }
        environment.merge(CLI.fixedEnvironment) { $1 }
        // From the first reporting point, not after a second: a fast machine imports it sooner.
        environment["GONGHUI_PROGRESS_AFTER"] = "0"
        try writeBigImport(vouchers: 40_000)
        for (name, quiet) in [("a.sqlite", false), ("b.sqlite", true)] {
            try sandbox.run(["init", "--org-code", "GH001", "--org-name", "示例工会", "--kind", "enterprise", "--start", "2026-01",
                             "--chart", "basic", "--db", name]).expectSuccess()
            // script(1) runs the command on a pseudo-terminal and copies what it wrote.
            let command = "'\(binary.path)' voucher import big.csv --db \(name)" + (quiet ? " --quiet" : "")
            let result = try CLI.runProcess(URL(fileURLWithPath: "/usr/bin/script"), ["-q", "-e", "-c", command, "/dev/null"],
                                            in: sandbox.url, environment: environment)
            #expect(result.exitCode == 0, "\(result)")
            #expect(result.stdout.contains("已导入 40000 张凭证"), "\(result)")
            #expect(result.stdout.contains("\r已导入 ") == !quiet, "quiet \(quiet): \(result)")
            #expect(result.stdout.contains("张凭证（第 ") == !quiet, "quiet \(quiet): \(result)")
        }
    }
}
