import Foundation
import Testing

/// The treasurer's CLI on both stores (issue 15): a grassroots union's year — opening balances,
/// the voucher workflow with every side road (sign-off, review, cancelled review, deleted draft),
/// an import, a red-ink reversal, month closes and a reopen, the year close — and every report in
/// every text format, run on a SQLite file and on a PostgreSQL database and compared line for
/// line; and each of a new treasurer's mistakes refused on PostgreSQL with the file's exit code and
/// exact message, the books unchanged.
@Suite("The treasurer's CLI on both stores", .enabled(if: PostgresForCLI.server != nil, PostgresForCLI.skipReason))
struct BookkeepingStoresCLITests {
    let sandbox: Sandbox
    init() throws { sandbox = try Sandbox() }

    func comparable(_ text: String, db: String) -> String { StoreOutput.comparable(text, db: db) }

    func write(_ name: String, _ text: String) throws {
        try text.write(to: sandbox.url.appendingPathComponent(name), atomically: false, encoding: .utf8)
    }

    /// The year, command by command; each report's output kept.
    func year(on db: String) throws -> [(command: String, output: String)] {
        var outputs: [(String, String)] = []
        func must(_ arguments: [String], user: String = "张会计", sourceLocation: SourceLocation = #_sourceLocation) throws {
            let result = try sandbox.run(arguments + ["--db", db], environment: ["GONGHUI_USER": user])
            #expect(result.exitCode == 0, "\(arguments) on \(db)\n\(result)", sourceLocation: sourceLocation)
            outputs.append((arguments.joined(separator: " "), comparable(result.stdout, db: db)))
        }
        try must(["init", "--org-code", "GH001", "--org-name", "示例科技有限公司工会", "--kind", "enterprise", "--start", "2026-01",
                  "--opening", "opening.csv", "--policy", "beijing"])
        try must(["account", "add", "--code", "5050401", "--name", "银行手续费"])
        try must(["voucher", "import", "january.csv"])
        // The workflow: a draft signed off and reviewed, one deleted, one whose review is cancelled.
        try must(["voucher", "add", "--date", "2026-02-03", "--summary", "购买慰问品", "--line", "50105:借:3,600.00",
                  "--line", "102:贷:3,600.00", "--attachments", "2"])
        try must(["voucher", "signoff", "1", "--signoff-by", "王主席", "--signoff-date", "2026-02-02"])
        try must(["voucher", "add", "--date", "2026-02-04", "--summary", "错填的凭证", "--line", "50105:借:1.00", "--line", "102:贷:1.00"])
        try must(["voucher", "delete", "2", "--reason", "填错"])
        try must(["voucher", "add", "--date", "2026-02-05", "--summary", "收会费", "--line", "102:借:880.00", "--line", "401:贷:880.00"])
        try must(["voucher", "review", "--month", "2026-02"], user: "李复核")
        try must(["voucher", "cancel-review", "3"], user: "李复核")
        try must(["voucher", "review", "3"], user: "李复核")
        try must(["voucher", "drafts"])
        try must(["voucher", "post", "--month", "2026-02"])
        try must(["voucher", "reverse", "2", "--reason", "重复入账", "--date", "2026-02-20"])
        try must(["close", "--month", "2026-01"])
        try must(["close", "--month", "2026-02"])
        try must(["reopen", "--month", "2026-02", "--reason", "补录银行手续费"])
        try must(["voucher", "add", "--date", "2026-02-27", "--summary", "银行手续费", "--line", "5050401:借:12.50", "--line", "102:贷:12.50",
                  "--signoff-by", "王主席"])
        try must(["voucher", "review", "--month", "2026-02"], user: "李复核")
        try must(["voucher", "post", "--month", "2026-02"])
        try must(["close", "--month", "2026-02"])
        for format in ["table", "csv", "json", "md", "html"] {
            for report in [["report", "trial-balance", "--from", "2026-01", "--to", "2026-02"],
                           ["report", "ledger", "--account", "102", "--from", "2026-01", "--to", "2026-02"],
                           ["report", "balance-sheet", "--month", "2026-02"],
                           ["report", "income-expenditure", "--month", "2026-02"],
                           ["voucher", "list"]] {
                try must(report + ["--format", format])
            }
        }
        try must(["voucher", "show", "3"])
        try must(["voucher", "drafts", "--status", "posted"])
        try must(["account", "list"])
        try must(["export", "hledger"])
        try must(["export", "beancount"])
        try must(["verify"])
        return outputs
    }

    func files() throws {
        try write("opening.csv", "科目编码,科目名称,期末余额\n101,库存现金,2000.00\n102,银行存款,98000.00\n32205,累计结余,100000.00\n")
        try write("january.csv", """
            日期,凭证号,科目编码,借方金额,贷方金额,摘要
            2026-01-10,记-1,102,12000.00,,上级补助
            2026-01-10,记-1,40301,,12000.00,上级补助
            2026-01-15,记-2,101,1000.00,,提取现金
            2026-01-15,记-2,102,,1000.00,提取现金
            2026-01-15,记-3,50105,2400.00,,职工春节慰问
            2026-01-15,记-3,101,,2400.00,职工春节慰问

            """)
    }

    @Test("a grassroots union's months give the same output, command by command, on a file and on PostgreSQL")
    func sameMonthsOnBothStores() throws {
        try files()
        let (db, drop) = try PostgresForCLI.freshDatabase()
        _ = drop
        let onFile = try year(on: "books.sqlite")
        let onPostgres = try year(on: db)
        #expect(onFile.count == onPostgres.count)
        for (file, postgres) in zip(onFile, onPostgres) where file.output != postgres.output {
            Issue.record("\(file.command): the stores differ\n--- file\n\(file.output)\n--- PostgreSQL\n\(postgres.output)")
        }
    }

    /// What a refused command must leave as it was: the vouchers, drafts and the journal head.
    func state(of db: String) throws -> String {
        try [["voucher", "list", "--format", "json"], ["voucher", "drafts", "--format", "json"], ["verify", "--format", "json"]]
            .map { try sandbox.run($0 + ["--db", db]).stdout }.joined(separator: "\n")
    }

    @Test("each of a new treasurer's mistakes is refused on PostgreSQL as on a file, the books unchanged",
          arguments: TreasurerMistakesTests.mistakes.filter { !$0.arguments.contains("--db") })
    func mistakesOnPostgres(_ mistake: TreasurerMistakesTests.Mistake) throws {
        let (db, drop) = try PostgresForCLI.freshDatabase()
        _ = drop
        try write("opening.csv", "科目编码,科目名称,期末余额\n102,银行存款,80000.00\n32205,累计结余,80000.00\n")
        try write("bad.csv", "日期,凭证号,科目编码,借方金额,贷方金额,摘要\n2026-02-10,1,50102,abc,,买书\n2026-02-10,1,102,,100,买书\n")
        func gonghui(_ arguments: [String]) throws -> CLIResult {
            try sandbox.run(arguments + ["--db", db], environment: ["GONGHUI_USER": "张会计"])
        }
        try gonghui(["init", "--org-code", "GH001", "--org-name", "示例工会", "--kind", "enterprise",
                     "--start", "2026-01", "--opening", "opening.csv"]).expectSuccess()
        for command in mistake.before { try gonghui(command).expectSuccess() }
        let before = try state(of: db)
        let result = try gonghui(mistake.arguments)
        #expect(result.exitCode == mistake.exitCode, "\(result)")
        // The file's message names the file where PostgreSQL names the database.
        let message = mistake.name == "init again on the same file"
            ? mistake.message.replacingOccurrences(of: "同一文件中", with: "同一数据库中") : mistake.message
        #expect(result.stderr.replacingOccurrences(of: db, with: Sandbox.books) == message, "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
        #expect(try state(of: db) == before, "the books changed")
    }
}
