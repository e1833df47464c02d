import LedgerStore
import Foundation
import Testing

/// The documented JSON of `report trial-balance --format json`:
/// `{"org","from","to","accounts":[{"code","name","opening","debit","credit","closing"}],"totals":{"debit","credit"}}`.
struct TrialBalanceDocument: Decodable, Equatable {
    struct Account: Decodable, Equatable {
        var code, name, opening, debit, credit, closing: String
    }

    struct Totals: Decodable, Equatable {
        var debit, credit: String
    }

    var org, from, to: String
    var accounts: [Account]
    var totals: Totals

    init(json: String) throws {
        self = try JSONDecoder().decode(TrialBalanceDocument.self, from: Data(json.utf8))
    }
}

/// Fen from a JSON amount such as `-1234.50`; nil unless it has exactly two decimals.
func fen(_ amount: String) -> Int64? {
    guard amount.wholeMatch(of: /-?[0-9]+\.[0-9]{2}/) != nil else { return nil }
    return Int64(amount.replacingOccurrences(of: ".", with: ""))
}

@Suite("gonghui report trial-balance")
struct TrialBalanceTests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox.withFixtureBooks()
    }

    @Test("--format json follows the documented schema exactly, amounts as two-decimal strings")
    func jsonSchema() throws {
        let text = try sandbox.trialBalanceJSON()
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(document.keys) == ["org", "from", "to", "accounts", "totals"])
        #expect(document["org"] as? String == "GH001")
        #expect(document["from"] as? String == "2026-01")
        #expect(document["to"] as? String == "2026-01")

        let accounts = try #require(document["accounts"] as? [[String: Any]])
        #expect(accounts.count == 4)
        for account in accounts {
            #expect(Set(account.keys) == ["code", "name", "opening", "debit", "credit", "closing"])
            for key in ["opening", "debit", "credit", "closing"] {
                let amount = try #require(account[key] as? String, "\(key) must be a string")
                #expect(fen(amount) != nil, "\(key) = \(amount) is not a two-decimal amount")
            }
        }
        let totals = try #require(document["totals"] as? [String: Any])
        #expect(Set(totals.keys) == ["debit", "credit"])
        let totalDebit = try #require((totals["debit"] as? String).flatMap(fen))
        let totalCredit = try #require((totals["credit"] as? String).flatMap(fen))
        #expect(totalDebit == totalCredit)
        #expect(totalDebit == accounts.compactMap { ($0["debit"] as? String).flatMap(fen) }.reduce(0, +))
        #expect(totalCredit == accounts.compactMap { ($0["credit"] as? String).flatMap(fen) }.reduce(0, +))
    }

    @Test("--format json carries the right balances, signed by each account's normal side")
    func jsonValues() throws {
        let document = try TrialBalanceDocument(json: try sandbox.trialBalanceJSON())
        #expect(document.accounts == [
            .init(code: "102", name: "银行存款", opening: "0.00", debit: "13234.50", credit: "3600.00", closing: "9634.50"),
            .init(code: "401", name: "会费收入", opening: "0.00", debit: "0.00", credit: "1234.50", closing: "1234.50"),
            .init(code: "402", name: "拨缴经费收入", opening: "0.00", debit: "0.00", credit: "12000.00", closing: "12000.00"),
            .init(code: "50105", name: "会员活动支出", opening: "0.00", debit: "3600.00", credit: "0.00", closing: "3600.00"),
        ])
        #expect(document.totals == .init(debit: "16834.50", credit: "16834.50"))
    }

    @Test("--format csv is UTF-8 with a BOM and CRLF line ends, money without separators")
    func csvForExcel() throws {
        let result = try sandbox.onBooks("report", "trial-balance", "--format", "csv")
        result.expectSuccess()
        #expect(Array(result.stdoutData.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let lines = result.stdout.dropFirst().components(separatedBy: "\r\n")
        #expect(lines.first == "科目编码,科目名称,方向,期初余额,本期借方,本期贷方,期末余额")
        #expect(lines.contains("102,银行存款,借,0.00,13234.50,3600.00,9634.50"))
        #expect(lines.contains("合计,,,,16834.50,16834.50,"))
        #expect(lines.last == "", "the last line ends with CRLF")
        #expect(!result.stdout.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends with CRLF")
    }

    @Test("--lang en gives English headings in every format", arguments: [
        ("table", ["Trial balance\nOrganisation: 示例科技有限公司工会\nPeriod: 2026-01 to 2026-01\nUnit: yuan\n",
                   "Code   Account", "In balance: total debits = total credits"]),
        ("csv", ["\u{FEFF}Code,Account,Side,Opening,Debit,Credit,Closing\r\n", "102,Bank deposits,Dr,"]),
        ("json", ["\"name\" : \"Bank deposits\""]),
    ])
    func englishHeadings(format: String, expected: [String]) throws {
        let result = try sandbox.onBooks("report", "trial-balance", "--format", format, "--lang", "en")
        result.expectSuccess()
        for text in expected {
            #expect(result.stdout.contains(text), "\(format) output lacks \(text.debugDescription)\n\(result)")
        }
        for chinese in ["科目余额表", "科目编码", "期初余额", "试算平衡", "银行存款"] {
            #expect(!result.stdout.contains(chinese), "\(format) output still has \(chinese)")
        }
    }

    @Test("the table reports 试算平衡 when debits equal credits")
    func tableSaysInBalance() throws {
        let result = try sandbox.onBooks("report", "trial-balance")
        result.expectSuccess()
        #expect(result.stdout.hasPrefix("科目余额表\n编制单位：示例科技有限公司工会\n期间：2026-01 至 2026-01\n单位：元\n"))
        #expect(result.stdout.contains("\n试算平衡：借方合计 = 贷方合计\n\n日记账末端 #"))
    }

    @Test("a later range opens with the earlier months' closing balances")
    func openingBalancesCarryForward() throws {
        try sandbox.post("2026-02-03", "二月会费", ["102:借:100.00", "401:贷:100.00"]).expectSuccess()
        let february = try TrialBalanceDocument(json: try sandbox.trialBalanceJSON(from: "2026-02", to: "2026-02"))
        let bank = try #require(february.accounts.first { $0.code == "102" })
        #expect(bank == .init(code: "102", name: "银行存款", opening: "9634.50", debit: "100.00", credit: "0.00",
                              closing: "9734.50"))
        #expect(february.totals == .init(debit: "100.00", credit: "100.00"))
        // Accounts with only an opening balance are listed too.
        #expect(february.accounts.map(\.code) == ["102", "401", "402", "50105"])
    }

    @Test("a bad month is bad input", arguments: ["2026-13", "2026-1-01", "January"])
    func badMonth(month: String) throws {
        try sandbox.onBooks("report", "trial-balance", "--from", month)
            .expectError(exitCode: 2, containing: "月份无效：“\(month)”")
    }

    @Test("--format md and html, and CSV in GB18030 for older Excel")
    func moreFormats() throws {
        let markdown = try sandbox.onBooks("report", "trial-balance", "--format", "md")
        markdown.expectSuccess()
        #expect(markdown.stdout.hasPrefix("# 科目余额表\n"))
        #expect(markdown.stdout.contains("| 102 | 银行存款 | 借 | 0.00 | 13,234.50 | 3,600.00 | 9,634.50 |"))
        let html = try sandbox.onBooks("report", "trial-balance", "--format", "html", "--lang", "en")
        html.expectSuccess()
        #expect(html.stdout.contains("<h1>Trial balance</h1>") && html.stdout.contains("@page { size: A4"))
        let gbk = try sandbox.run(["report", "trial-balance", "--format", "csv", "--encoding", "gb18030", "--db", Sandbox.books])
        gbk.expectSuccess()
        let bytes = gbk.stdoutData
        #expect(!bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let decoded = String(data: bytes, encoding: String.Encoding(rawValue: 0x8000_0632))
        #expect(decoded?.hasPrefix("科目编码,科目名称") == true)
    }

    @Test("balance sheet and revenue-and-expenditure statement from the same books")
    func statements() throws {
        let sheet = try sandbox.onBooks("report", "balance-sheet", "--month", "2026-01", "--format", "csv")
        sheet.expectSuccess()
        #expect(sheet.stdout.contains("资产合计,,0.00,9634.50\r\n"))
        #expect(sheet.stdout.contains("负债和净资产总计,,0.00,9634.50\r\n"))
        let statement = try sandbox.onBooks("report", "income-expenditure", "--month", "2026-01")
        statement.expectSuccess()
        #expect(statement.stdout.contains("工会02表"))
        #expect(statement.stdout.contains("收支结余"))
        #expect(statement.stdout.contains("9,634.50"))
    }

    @Test("the bank journal runs from the opening balance with a month total")
    func bankJournal() throws {
        let journal = try sandbox.onBooks("report", "ledger", "--account", "102", "--from", "2026-01", "--to", "2026-01")
        journal.expectSuccess()
        #expect(journal.stdout.hasPrefix("银行存款日记账\n"))
        #expect(journal.stdout.contains("本月合计"))
        #expect(journal.stdout.contains("9,634.50"))
        try sandbox.onBooks("report", "ledger", "--account", "109").expectError(exitCode: 1, containing: "科目不存在：109")
    }
}
