import Foundation
import Testing

/// The progress line of every long import and listing (issue 14): drawn on stderr only where a
/// person watches (a terminal, no --quiet), and for a listing only while its rows go to a file or
/// a pipe. `GONGHUI_PROGRESS_AFTER=0` draws it from the first reporting point (4,096 rows), so a
/// test need not run for a second.
@Suite("progress lines of imports and listings")
struct ProgressTests {
    let sandbox: Sandbox

    init() throws { sandbox = try Sandbox() }

    static let rows = 4_100
    static let immediate = ["GONGHUI_PROGRESS_AFTER": "0"]

    /// Runs gonghui on a pseudo-terminal (script(1)); stdout holds everything it wrote to either stream.
    func onTerminal(_ arguments: [String]) throws -> CLIResult {
        let binary = try #require(CLI.binary)
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GONGHUI_") }
        environment.merge(CLI.fixedEnvironment) { $1 }
        environment.merge(Self.immediate) { $1 }
        let command = ([binary.path] + arguments + ["--db", Sandbox.books]).map { "'\($0)'" }.joined(separator: " ")
        return try CLI.runProcess(URL(fileURLWithPath: "/usr/bin/script"), ["-q", "-e", "-c", command, "/dev/null"],
                                  in: sandbox.url, environment: environment)
    }

    /// Whether the terminal saw a row-count progress line.
    static func drewRows(_ result: CLIResult) -> Bool { result.stdout.contains("\r已处理 4,096 行…") }

    func rowsFile(_ name: String, header: String, row: (Int) -> String) throws {
        try sandbox.write(name, header + "\n" + (1...Self.rows).map(row).joined(separator: "\n") + "\n")
    }

    static let hasScript = FileManager.default.isExecutableFile(atPath: "/usr/bin/script")

    @Test("org import, payroll import, remit import, budget import and dues collect --file count their rows on a terminal",
          .enabled(if: hasScript))
    func importsOnTerminal() throws {
        try sandbox.initBooks()
        try rowsFile("units.csv", header: "单位编码,单位名称,类型,上级单位,缴费方式") { "DW\(10_000 + $0),示例单位\($0)工会,enterprise,GH001,self" }
        let units = try onTerminal(["org", "import", "units.csv"])
        #expect(units.exitCode == 0 && Self.drewRows(units), "\(units)")
        #expect(units.stdout.contains("已登记 \(Self.rows) 个单位"), "\(units)")

        // Rows that are refused are read all the same before the import says so.
        try rowsFile("payroll.csv", header: "unit_code,unit_name,month,headcount,wage_total") { "XX\($0),,2026-01,10,1000" }
        let payroll = try onTerminal(["payroll", "import", "payroll.csv"])
        #expect(payroll.exitCode == 2 && Self.drewRows(payroll), "\(payroll.stdout.suffix(400))")
        try rowsFile("receipts.csv", header: "unit_code,date,amount,ref") { "XX\($0),2026-02-15,1.00,R\($0)" }
        let receipts = try onTerminal(["remit", "import", "receipts.csv"])
        #expect(receipts.exitCode == 2 && Self.drewRows(receipts), "\(receipts.stdout.suffix(400))")
        try rowsFile("budget.csv", header: "code,category,project,budget,note") { "999\($0),basic,,1.00," }
        let budget = try onTerminal(["budget", "import", "budget.csv", "--year", "2026"])
        #expect(budget.exitCode == 2 && Self.drewRows(budget), "\(budget.stdout.suffix(400))")
        try rowsFile("payments.csv", header: "member_no,amount,method") { "M\($0),1.00,cash" }
        let dues = try onTerminal(["dues", "collect", "--month", "2026-03", "--file", "payments.csv"])
        #expect(dues.exitCode == 2 && Self.drewRows(dues), "\(dues.stdout.suffix(400))")
    }

    /// Books with `rows` posted vouchers.
    func manyVouchers() throws {
        try sandbox.initBooks()
        var text = "date,voucher,account,debit,credit,summary\n"
        for index in 0..<Self.rows {
            let date = String(format: "2026-%02d-%02d", index % 12 + 1, index % 28 + 1)
            text += "\(date),V\(index),102,1.00,,会费\n\(date),V\(index),401,,1.00,会费\n"
        }
        try sandbox.write("vouchers.csv", text)
        try sandbox.onBooks("voucher", "import", "vouchers.csv", "--quiet").expectSuccess()
    }

    @Test("export, voucher list and report ledger count rows written to a file; rows on the terminal draw no line",
          .enabled(if: hasScript))
    func listingsOnTerminal() throws {
        try manyVouchers()
        let export = try onTerminal(["export", "--to", "csv", "--output", "journal.csv"])
        #expect(export.exitCode == 0 && Self.drewRows(export), "\(export)")
        #expect(export.stdout.contains("已导出 \(Self.rows) 张凭证"), "\(export)")
        let list = try onTerminal(["voucher", "list", "--format", "csv", "--output", "list.csv"])
        #expect(list.exitCode == 0 && Self.drewRows(list), "\(list)")
        // The confirmation starts on a clean line: the progress line is cleared before it.
        #expect(list.stdout.contains("\r\u{1B}[K已写入 list.csv"), "\(list)")
        let ledger = try onTerminal(["report", "ledger", "--account", "102", "--format", "xlsx", "--output", "ledger.xlsx"])
        #expect(ledger.exitCode == 0 && Self.drewRows(ledger), "\(ledger)")
        let onScreen = try onTerminal(["voucher", "list", "--format", "csv"])
        #expect(onScreen.exitCode == 0 && !onScreen.stdout.contains("已处理"), "rows on the terminal are their own progress")
        let quiet = try onTerminal(["voucher", "list", "--format", "csv", "--output", "quiet.csv", "--quiet"])
        #expect(quiet.exitCode == 0 && !quiet.stdout.contains("已处理"), "\(quiet)")
    }

    @Test("piped, or with --quiet on a terminal: no progress text at all", .enabled(if: hasScript))
    func pipedOrQuiet() throws {
        try sandbox.initBooks()
        try rowsFile("units.csv", header: "单位编码,单位名称,类型,上级单位,缴费方式") { "DW\(10_000 + $0),示例单位\($0)工会,enterprise,GH001,self" }
        let piped = try sandbox.run(["org", "import", "units.csv", "--db", Sandbox.books], environment: Self.immediate)
        piped.expectSuccess()
        let listed = try sandbox.run(["org", "list", "--format", "csv", "--db", Sandbox.books], environment: Self.immediate)
        listed.expectSuccess()
        #expect(listed.stdout.contains("DW14100"))
        let exported = try sandbox.run(["export", "--to", "csv", "--db", Sandbox.books], environment: Self.immediate)
        exported.expectSuccess()

        try rowsFile("more.csv", header: "单位编码,单位名称,类型,上级单位,缴费方式") { "DX\(10_000 + $0),另一单位\($0)工会,enterprise,GH001,self" }
        let quiet = try onTerminal(["org", "import", "more.csv", "--quiet"])
        #expect(quiet.exitCode == 0 && !quiet.stdout.contains("已处理") && !quiet.stdout.contains("\u{1B}[K"), "\(quiet)")
    }
}
