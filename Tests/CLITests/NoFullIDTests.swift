import LedgerStore
import Foundation
import Testing
import ZIPFoundation

/// Books with members, dues, a voucher draft, a tenure and a policy: every report the CLI has.
/// Built once; each test copies the file.
enum MemberBooksTemplate {
    /// Beyond the fixture's: two 18-digit numbers, a legacy 15-digit one and its 18-digit form, and
    /// the number M00001's ID is changed to.
    static let extraIDs = ["11010519491231002X", "110105199003071239", "500103880612345", "500103198806123456", "110105198511204566"]

    static let folder: Result<URL, any Error> = Result {
        let sandbox = try Sandbox()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-members-template-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try sandbox.initMemberBooks()
        try sandbox.onBooks("org", "tenure", "add", "--org", "GH001", "--role", "chair", "--person", "王明", "--from", "2024-01-01")
            .expectSuccess()
        try sandbox.onBooks("policy", "set", "beijing").expectSuccess()
        try sandbox.onBooks("member", "import", try sandbox.copy(fromRepository: "ledgers/examples/members-utf8.csv")).expectSuccess()
        try sandbox.write("extra.csv", """
            member_no,name,id_number,unit_code,department,join_date,status,employment_type,wage_base
            X001,钱一,\(extraIDs[0]),DW001,所办,2020-01-01,active,contract,8000
            X002,钱二,\(extraIDs[2]),DW001,所办,2020-01-01,active,migrant,4567.89

            """)
        try sandbox.onBooks("member", "import", "extra.csv").expectSuccess()
        try sandbox.onBooks("org", "set", "--code", "DW001", "--employees", "60", "--employees-from", "2026-01").expectSuccess()
        for month in ["2026-01", "2026-02", "2026-03"] { try sandbox.onBooks("dues", "assess", "--month", month).expectSuccess() }
        try sandbox.onBooks("dues", "collect", "--month", "2026-01").expectSuccess()
        try sandbox.write("pay.csv", "会员编号,金额,缴费方式\nM00001,89.00,现金\nX002,22.80,bank\n")
        try sandbox.onBooks("dues", "collect", "--month", "2026-02", "--file", "pay.csv").expectSuccess()
        try sandbox.onBooks("voucher", "add", "--date", "2026-02-10", "--summary", "提取备用金", "--line", "101:借:300.00",
                            "--line", "102:贷:300.00").expectSuccess()   // left a draft, for `voucher drafts`
        for name in [Sandbox.books, "extra.csv", "pay.csv", "members-utf8.csv"] {
            try FileManager.default.copyItem(at: sandbox.url.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        return folder
    }

    /// A sandbox holding a copy of the books and its inputs.
    static func sandbox() throws -> Sandbox {
        let source = try folder.get()
        let sandbox = try Sandbox()
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path) {
            try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: sandbox.url.appendingPathComponent(name))
        }
        return sandbox
    }
}

@Suite("no full national ID in any output")
struct NoFullIDTests {
    /// Every command that prints a report, with arguments that give it content.
    static let reportCommands: [[String]] = [
        ["member", "import", "changed.csv"], ["member", "list"], ["member", "list", "--status", "retained-exempt", "--unit", "DW001"],
        ["member", "show", "M00001"], ["member", "show", "X002"],
        ["dues", "assess", "--month", "2026-03"], ["dues", "show", "--month", "2026-02"],
        ["dues", "collect", "--month", "2026-03", "--file", "pay-march.csv"], ["dues", "collect", "--month", "2026-03"], ["dues", "arrears", "--as-of", "2026-03-31"],
        ["stats", "membership", "--as-of", "2026-03-31"], ["org", "list"], ["org", "show", "DW001"], ["org", "tenure", "list", "--org", "GH001"],
        ["voucher", "list"], ["voucher", "show", "1"], ["voucher", "drafts"], ["account", "list"],
        ["report", "trial-balance", "--from", "2026-01", "--to", "2026-03"], ["report", "ledger", "--account", "401"],
        ["report", "balance-sheet", "--month", "2026-03"], ["report", "funds", "--year", "2026"], ["report", "income-expenditure", "--month", "2026-03"],
        ["policy", "show"], ["policy", "history"], ["arrears", "show"], ["verify"],
        ["budget", "execution", "--year", "2026"], ["budget", "history", "--year", "2026"], ["report", "disclosure", "--year", "2026"],
        ["audit", "checks"], ["audit", "check", "--min-severity", "violation"], ["audit", "self-assess", "--year", "2026"], ["audit", "findings"],
        ["export", "--to", "csv"], ["export", "--to", "hledger"], ["export", "--to", "beancount"],
    ]

    /// Commands that only confirm what they did (or run elsewhere: the tour has its own test).
    static let confirmationOnly: Set<String> = [
        "tour", "init", "close", "reopen", "backup", "copy", "changeover", "opening", "account add", "org add", "org set", "org tenure add",
        "org tenure end", "policy set", "voucher add", "voucher review", "voucher signoff", "voucher post", "voucher cancel-review",
        "voucher delete", "voucher import", "voucher reverse",
        // Prints a seal document (hashes and an HMAC), no register data.
        "seal",
        // The federation's commands (issue 4): they read payroll declarations and receipts, never
        // the member tables; `notice` and `allocate` need a federation with arrears to print a
        // report, which these books are not.
        "org import", "payroll import", "allocate", "remit record", "remit import", "remit refund", "arrears status", "notice",
        // Budgets (issue 11): account lines and approval records only, never member fields; `budget show` and
        // `report final-accounts` need an approved budget these books do not have (BudgetCLITests prints them).
        "budget import", "budget adjust", "budget approve", "budget final", "budget show", "report final-accounts",
        // The audit's writes confirm; its review and departure audit read the official 2021 forms, which these
        // books (on the basic chart) do not have: AuditCLITests and the tour's audit goldens run them.
        "audit rectify", "audit close", "audit comment", "audit review", "audit departure",
        // The 附表 are for county-and-above books on the 2021 chart (AnnexGoldenTests prints them).
        "report costs", "report state-assets", "report fiscal-appropriations",
        // Account figures and the register's codes and names, never member fields; it needs books on the 2021
        // chart, which these are not (ConsolidationCLITests prints it on the tour's federation).
        "report consolidated",
    ]

    /// Input that carries IDs where they do not belong: each must be refused without repeating them.
    static let errorCommands: [[String]] = [
        ["member", "import", "bad.csv"], ["member", "show", "150102198905153640"], ["member", "list", "--unit", "150102198905153640"],
        ["stats", "membership", "--unit", "15010219860210004X"], ["dues", "collect", "--month", "2026-03", "--file", "bad-pay.csv"],
    ]

    static var formats: [String] {
        // The formats `--format` offers, read from the help so a new one is not missed.
        guard let help = try? CLI.run(["member", "list", "--help"], in: FileManager.default.temporaryDirectory, environment: ["GONGHUI_LANG": "en"]),
              let line = help.stdout.split(separator: "\n").first(where: { $0.contains("Output format:") }) else {
            return ["table", "csv", "json", "md", "html"]
        }
        let listed = line.components(separatedBy: "Output format:").last?.split(separator: ".").first ?? ""
        return listed.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Every part of an XLSX workbook, inflated and joined: the text a reader of the file can see.
    static func unpacked(_ workbook: Data) throws -> Data {
        let archive = try Archive(data: workbook, accessMode: .read)
        var text = Data()
        for entry in archive { _ = try archive.extract(entry) { text.append($0) } }
        return text
    }

    static var allIDs: [String] { FixtureIDs.all + MemberBooksTemplate.extraIDs }

    @Test("every report command is exercised here or known to print only a confirmation")
    func everyCommandIsCovered() throws {
        let root = try CLI.run(["--help"], in: FileManager.default.temporaryDirectory, environment: ["GONGHUI_LANG": "en"])
        var leaves: [String] = []
        func subcommands(_ path: [String]) throws -> [String] {
            // English headings (SUBCOMMANDS:); by the environment, as `--lang` after a group with a default subcommand goes to that subcommand.
            let help = try CLI.run(path + ["--help"], in: FileManager.default.temporaryDirectory, environment: ["GONGHUI_LANG": "en"]).stdout
            guard let section = help.components(separatedBy: "SUBCOMMANDS:").dropFirst().first else { return [] }
            // The list ends at the first blank line; each entry is "  name   description".
            let lines = section.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().prefix { !$0.isEmpty }
            return lines.compactMap { line in
                guard line.hasPrefix("  "), !line.hasPrefix("   "), let name = line.split(separator: " ").first,
                      name.allSatisfy({ $0.isLowercase || $0 == "-" }) else { return nil }
                return String(name)
            }
        }
        func walk(_ path: [String]) throws {
            guard path.count < 4 else { Issue.record("command tree deeper than expected at \(path)"); return }
            let children = try subcommands(path)
            if children.isEmpty { leaves.append(path.joined(separator: " ")); return }
            for child in children where child != "help" { try walk(path + [child]) }
        }
        #expect(root.exitCode == 0)
        try walk([])
        let exercised = Set(Self.reportCommands.map { command in
            // The command's words: lower-case names, before the first option or argument.
            command.prefix { !$0.hasPrefix("-") && $0.allSatisfy { $0.isLowercase || $0 == "-" } }.joined(separator: " ")
        })
        for leaf in leaves {
            #expect(exercised.contains(leaf) || Self.confirmationOnly.contains(leaf), "\(leaf) is not covered by the no-full-ID test")
        }
        #expect(leaves.count > 30)
    }

    @Test("every report, in every format, prints IDs masked only; errors never repeat one; the file never holds one",
          arguments: formats)
    func noFullID(format: String) throws {
        #expect(Self.allIDs.count == 45)
        let sandbox = try MemberBooksTemplate.sandbox()
        var text = try String(contentsOf: sandbox.url.appendingPathComponent("members-utf8.csv"), encoding: .utf8)
        text = text.replacingOccurrences(of: "M00001,杨艳,150102198905153640,", with: "M00001,杨艳,\(MemberBooksTemplate.extraIDs[4]),")
        text = text.replacingOccurrences(of: ",财务部,", with: ",财务处,")
        try sandbox.write("changed.csv", text)
        try sandbox.write("pay-march.csv", "member_no,amount,method\nX001,10.00,cash\n")
        try sandbox.write("bad.csv", """
            会员编号,姓名,身份证号,单位编码,部门,入会日期,状态,用工形式,工资基数
            B001,甲,150102198905153641,DW001,生产部,2020-01-01,active,合同制,5000
            B002,乙,150102199902301238,DW001,生产部,2020-01-01,active,合同制,5000
            B003,丙,\(FixtureIDs.all[1]),DW001,生产部,2020-01-01,active,合同制,5000
            B004,\(FixtureIDs.all[2]),15010219890515A640,\(FixtureIDs.all[3]),\(FixtureIDs.all[4]),\(FixtureIDs.all[5]),\(FixtureIDs.all[6]),\(FixtureIDs.all[7]),\(FixtureIDs.all[8])
            B005,丁,\(FixtureIDs.all[9].dropLast()),DW001,生产部,2020-01-01,active,合同制,5000

            """)
        try sandbox.write("bad-pay.csv", "member_no,amount,method,paid_on,month\n\(FixtureIDs.all[10]),\(FixtureIDs.all[11]),\(FixtureIDs.all[12]),\(FixtureIDs.all[13]),\(FixtureIDs.all[14])\n")
        let badIDs = ["150102198905153641", "150102199902301238", "15010219890515A640", String(FixtureIDs.all[9].dropLast())]

        for command in Self.reportCommands {
            var result = try sandbox.run(command + ["--format", format, "--db", Sandbox.books])
            if result.stdoutData.starts(with: Array("PK".utf8)) { result.stdoutData = try Self.unpacked(result.stdoutData) }   // an XLSX workbook's text parts
            #expect(result.exitCode == 0, "\(command) --format \(format)\n\(result)")
            #expect(!result.stdout.isEmpty || (command == ["verify"] && format == "json"), "\(command) printed nothing")
            let leak = FixtureIDs.leaked(in: result.stdoutData + result.stderrData, extra: MemberBooksTemplate.extraIDs)
            #expect(leak == nil, "\(command) --format \(format) prints a full ID")
            #expect(IDShape.firstRun(in: result.stdoutData + result.stderrData) == nil, "\(command) --format \(format)")
        }
        for command in Self.errorCommands {
            for language in ["zh", "en"] {
                let result = try sandbox.run(command + ["--format", format, "--lang", language, "--db", Sandbox.books])
                #expect(result.exitCode == 2, "\(command)\n\(result)")
                #expect(!result.stderr.isEmpty)
                #expect(FixtureIDs.leaked(in: result.stdoutData + result.stderrData, extra: MemberBooksTemplate.extraIDs + badIDs) == nil,
                        "\(command) repeats an ID\n\(result)")
            }
        }
        for name in [Sandbox.books, Sandbox.books + "-wal"] where sandbox.exists(name) {
            let bytes = try sandbox.bytes(name)
            #expect(FixtureIDs.leaked(in: bytes, extra: MemberBooksTemplate.extraIDs + badIDs) == nil, "\(name) stores a full ID")
            #expect(IDShape.firstRun(in: bytes) == nil, "\(name) stores an ID-shaped number")
        }
    }
}
