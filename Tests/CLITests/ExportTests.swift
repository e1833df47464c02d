import Foundation
import Testing

/// A tool on PATH (or in /usr/bin), when installed.
enum InstalledTool {
    static func path(_ name: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
        return folders.map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static let hledger = path("hledger")
    static let beanCheck = path("bean-check")
    static let beanQuery = path("bean-query")
}

/// Balances by account code in fen, debit positive, zero balances left out.
typealias SignedBalances = [String: Int64]

@Suite("gonghui export")
struct ExportTests {
    let sandbox: Sandbox

    init() throws { sandbox = try Sandbox() }

    /// The tour's year (opening, reversal, restricted fund, year close): its trial balance's
    /// closing balances, signed debit positive (codes 1xx and 5xx are debit-normal).
    func tourBalances() throws -> SignedBalances {
        try sandbox.tourDemo().expectSuccess()
        let document = try TrialBalanceDocument(json: try sandbox.trialBalanceJSON(from: "2026-01", to: "2026-12", db: "demo/tour.sqlite"))
        return Self.signed(document)
    }

    static func signed(_ document: TrialBalanceDocument) -> SignedBalances {
        var result: SignedBalances = [:]
        for account in document.accounts {
            guard let closing = fen(account.closing), closing != 0 else { continue }
            result[account.code] = ["1", "5"].contains(account.code.prefix(1)) ? closing : -closing
        }
        return result
    }

    /// `"资产:1002 银行存款:100201 工行","-3500.00 CNY"` or `Assets:1002:100201,-3500.00`:
    /// the code is the last component's first word.
    static func balances(csv text: String) -> SignedBalances {
        var result: SignedBalances = [:]
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = line.replacingOccurrences(of: "\"", with: "").split(separator: ",", omittingEmptySubsequences: false)
            guard fields.count >= 2, fields[0] != "total" else { continue }
            let code = String(fields[0].split(separator: ":").last?.split(separator: " ").first ?? "")
            let amount = fields[1].replacingOccurrences(of: "CNY", with: "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard let value = fen(amount), value != 0 else { continue }
            result[code] = value
        }
        return result
    }

    func exported(_ format: String, _ name: String, extra: [String] = []) throws -> String {
        let result = try sandbox.run(["export", "--to", format, "--output", name, "--db", "demo/tour.sqlite"] + extra)
        result.expectSuccess()
        #expect(result.stdout.contains("已导出 74 张凭证、173 条分录"), "\(result)")
        return String(decoding: try sandbox.bytes(name), as: UTF8.self)
    }

    @Test("the hledger journal: voucher labels, tags, red ink negative; hledger bal agrees with the trial balance to the fen")
    func hledger() throws {
        let expected = try tourBalances()
        let journal = try exported("hledger", "tour.journal")
        #expect(journal.contains("account 资产  ; type: A"))
        #expect(journal.contains("2026-01-01 (记-2026-01-001) 期初余额（建账）  ; kind:opening"))
        #expect(journal.contains("; kind:reversal, reverses:记-2026-01-012"))
        #expect(journal.contains("    支出:501 职工活动支出:50103 宣传活动支出  -1580.00 CNY"), "red ink stays negative on its own side")
        #expect(journal.contains("    支出:503 职工服务支出:50304 职工书屋活动支出  1800.00 CNY  ; budget_line:职工书屋"), "the budget line is a posting tag")
        guard let hledger = InstalledTool.hledger else {
            print("skipped: hledger is not installed (apt-get install hledger); the journal was not checked by hledger")
            return
        }
        let balance = try CLI.runProcess(URL(fileURLWithPath: hledger), ["-f", "tour.journal", "bal", "--flat", "-N", "-O", "csv"], in: sandbox.url)
        #expect(balance.exitCode == 0, "\(balance)")
        #expect(Self.balances(csv: balance.stdout) == expected)
    }

    @Test("the beancount ledger passes bean-check, and bean-query's sums agree with the trial balance to the fen")
    func beancount() throws {
        let expected = try tourBalances()
        let ledger = try exported("beancount", "tour.beancount")
        #expect(ledger.contains("2026-01-01 open Assets:102 CNY\n  name: \"银行存款\""))
        #expect(ledger.contains("  voucher: \"记-2026-01-013\"\n  kind: \"reversal\"\n  reverses: \"记-2026-01-012\""))
        #expect(ledger.contains("  Expenses:501:50103  -1580.00 CNY"))
        guard let check = InstalledTool.beanCheck, let query = InstalledTool.beanQuery else {
            print("skipped: beancount is not installed (pip install beancount beanquery); the ledger was not checked by beancount")
            return
        }
        let checked = try CLI.runProcess(URL(fileURLWithPath: check), ["tour.beancount"], in: sandbox.url)
        #expect(checked.exitCode == 0 && checked.stdout.isEmpty && checked.stderr.isEmpty, "\(checked)")
        let sums = try CLI.runProcess(URL(fileURLWithPath: query),
                                      ["-f", "csv", "tour.beancount", "SELECT account, sum(number) AS total GROUP BY account"], in: sandbox.url)
        #expect(sums.exitCode == 0, "\(sums)")
        #expect(Self.balances(csv: sums.stdout) == expected)
    }

    @Test("the CSV: one row per posting with the import's columns; the postings sum to the trial balance")
    func csv() throws {
        let expected = try tourBalances()
        let text = try exported("csv", "tour.csv")
        let lines = text.split(separator: "\r\n")
        #expect(lines.first == "\u{FEFF}date,voucher,account,account_name,debit,credit,summary,fund,attachments,budget_line,counterparty,kind,reverses")
        #expect(lines.count == 1 + 173)
        var sums: SignedBalances = [:]
        for line in lines.dropFirst() {
            // Quoted fields (summaries with commas) come after the amounts: split the front only.
            let fields = line.split(separator: ",", maxSplits: 6, omittingEmptySubsequences: false)
            let debit = fen(String(fields[4])) ?? 0, credit = fen(String(fields[5])) ?? 0
            sums[String(fields[2]), default: 0] += debit - credit
        }
        #expect(sums.filter { $0.value != 0 } == expected)
        #expect(text.contains("2026-01-26,记-2026-01-013,50103,职工活动支出/宣传活动支出,-1580.00,,"))
    }

    @Test("hledger print -O csv of the export imports into fresh books with the same closing balances")
    func roundTrip() throws {
        guard let hledger = InstalledTool.hledger else {
            print("skipped: hledger is not installed (apt-get install hledger); the round trip needs hledger print -O csv")
            return
        }
        let expected = try tourBalances()
        _ = try exported("hledger", "tour.journal")
        let printed = try CLI.runProcess(URL(fileURLWithPath: hledger), ["-f", "tour.journal", "print", "-O", "csv"], in: sandbox.url)
        #expect(printed.exitCode == 0, "\(printed)")
        try printed.stdoutData.write(to: sandbox.url.appendingPathComponent("printed.csv"))
        try sandbox.run("init", "--org-code", "GH001", "--org-name", "示例科技有限公司工会", "--kind", "enterprise", "--start", "2026-01",
                        "--db", "fresh.sqlite").expectSuccess()
        let imported = try sandbox.run("voucher", "import", "printed.csv", "--db", "fresh.sqlite")
        imported.expectSuccess()
        #expect(imported.stdout.contains("已导入 74 张凭证（173 行）"), "\(imported)")
        let document = try TrialBalanceDocument(json: try sandbox.trialBalanceJSON(from: "2026-01", to: "2026-12", db: "fresh.sqlite"))
        #expect(Self.signed(document) == expected)
        // The red-ink reversal comes back as blue ink on the other side: each side's total grows by it twice.
        #expect(document.totals.debit == document.totals.credit)
    }

    @Test("a range: --year and --from/--to choose the months; an empty year exports no voucher")
    func ranges() throws {
        try sandbox.tourDemo().expectSuccess()
        let january = try sandbox.run("export", "--to", "csv", "--from", "2026-01", "--to", "2026-01", "--output", "jan.csv", "--db", "demo/tour.sqlite")
        january.expectSuccess()
        #expect(january.stdout.contains("已导出 14 张凭证"), "\(january)")
        let empty = try sandbox.run("export", "hledger", "--year", "2025", "--db", "demo/tour.sqlite", "--lang", "en")
        empty.expectSuccess()
        #expect(empty.stdout.hasPrefix("; Gonghui journal: GH001"))
        #expect(!empty.stdout.contains("(记-"))
    }

    @Test("bad usage: no format, an unknown format, --year with months", arguments: [
        (["export"], "错误：请用 --to 指定一种导出格式：hledger、beancount 或 csv"),
        (["export", "--to", "xml"], "错误：请用 --to 指定一种导出格式：hledger、beancount 或 csv"),
        (["export", "ledger"], "错误：请用 --to 指定一种导出格式：hledger、beancount 或 csv"),
        (["export", "--to", "csv", "--year", "2026", "--from", "2026-01"], "错误：--year 不能与 --from/--to 月份同用"),
        (["export", "--to", "hledger", "--output", "missing/x.journal"], "missing"),
    ])
    func badUsage(arguments: [String], message: String) throws {
        try sandbox.initBooks()
        let result = try sandbox.onBooks(arguments)
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.contains(message), "\(result)")
        #expect(result.stdout.isEmpty)
    }
}
