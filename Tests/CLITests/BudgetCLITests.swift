import Foundation
import Testing
import ZIPFoundation

/// Budgets through the built binary: drafting from a file (and the export read back), the approval
/// chain, the adjustment, execution tied to the 收入支出表, the final accounts and the close that
/// checks them, the disclosure.
@Suite("budget CLI")
struct BudgetCLITests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
        let opening = try sandbox.copy(fromRepository: "ledgers/examples/grassroots-2026-opening.csv")
        try sandbox.onBooks("init", "--org-code", "GH100", "--org-name", "示例精密机械有限公司工会", "--kind", "enterprise",
                            "--chart", "2021", "--start", "2026-01", "--opening", opening).expectSuccess()
        _ = try sandbox.copy(fromRepository: "ledgers/examples/budget-2026.csv")
    }

    func importYear() throws {
        try sandbox.onBooks("voucher", "import", try sandbox.copy(fromRepository: "ledgers/examples/grassroots-2026.csv")).expectSuccess()
    }

    /// Records the default chain (经审会 → 委员会 → 上级工会) for the budget or, with `final`, the final accounts.
    func approveChain(from day: Int = 10, month: String = "2026-01", final: Bool = false) throws {
        for (offset, (step, by, meeting)) in [("review_committee", "张审", "第三届经审会第2次会议"), ("committee", "王明", "第三届第5次委员会会议"),
                                              ("higher_union", "区总工会", "区总工会备案")].enumerated() {
            try sandbox.onBooks(["budget", "approve", "--year", "2026", "--step", step, "--by", by, "--meeting", meeting,
                                 "--date", String(format: "%@-%02d", month, day + offset)] + (final ? ["--final"] : [])).expectSuccess()
        }
    }

    func json(_ arguments: String...) throws -> [String: Any] {
        let result = try sandbox.onBooks(arguments + ["--format", "json"])
        result.expectSuccess()
        return try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
    }

    @Test("budget show --format csv and xlsx read back as the same lines")
    func exportReadsBack() throws {
        try sandbox.onBooks("budget", "import", "budget-2026.csv", "--year", "2026").expectSuccess()
        let original = try json("budget", "show", "--year", "2026")["lines"] as? [[String: Any]]
        for (format, file) in [("csv", "back.csv"), ("xlsx", "back.xlsx")] {
            try sandbox.onBooks("budget", "show", "--year", "2026", "--format", format, "--output", file).expectSuccess()
            try sandbox.onBooks("budget", "import", file, "--year", "2026").expectSuccess()
            let again = try json("budget", "show", "--year", "2026")["lines"] as? [[String: Any]]
            #expect(again.map { NSArray(array: $0) } == original.map { NSArray(array: $0) }, "\(format)")
        }
        // GB18030, as Excel on a Chinese Windows saves CSV: detected on the way in.
        try sandbox.onBooks("budget", "show", "--year", "2026", "--format", "csv", "--encoding", "gb18030", "--output", "gb.csv").expectSuccess()
        #expect(String(data: try sandbox.bytes("gb.csv"), encoding: .utf8) == nil, "not UTF-8")
        try sandbox.onBooks("budget", "import", "gb.csv", "--year", "2026").expectSuccess()
        #expect((try json("budget", "show", "--year", "2026")["lines"] as? [[String: Any]]).map { NSArray(array: $0) } == original.map { NSArray(array: $0) })
        let english = try sandbox.onBooks("budget", "show", "--year", "2026", "--format", "csv", "--lang", "en", "--output", "en.csv")
        english.expectSuccess()
        try sandbox.onBooks("budget", "import", "en.csv", "--year", "2026").expectSuccess()
    }

    @Test("the chain in the policy's order; an approved budget is locked; adjustments need a reason and count against the limit")
    func approvalChain() throws {
        try sandbox.onBooks("budget", "import", "budget-2026.csv", "--year", "2026").expectSuccess()
        let early = try sandbox.onBooks("budget", "approve", "--year", "2026", "--step", "committee", "--by", "王明", "--meeting", "会",
                                        "--date", "2026-01-12")
        #expect(early.exitCode == 1 && early.stderr.contains("下一步应为“经费审查委员会审查”"), "\(early)")
        let noReason = try sandbox.onBooks("budget", "adjust", "budget-2026.csv", "--year", "2026", "--reason", " ")
        #expect(noReason.exitCode == 2, "\(noReason)")
        let tooSoon = try sandbox.onBooks("budget", "adjust", "budget-2026.csv", "--year", "2026", "--reason", "追加")
        #expect(tooSoon.exitCode == 1 && tooSoon.stderr.contains("尚无批准的预算"), "\(tooSoon)")
        try approveChain()
        let locked = try sandbox.onBooks("budget", "import", "budget-2026.csv", "--year", "2026")
        #expect(locked.exitCode == 1 && locked.stderr.contains("已批准"), "\(locked)")
        try sandbox.onBooks("budget", "adjust", "budget-2026.csv", "--year", "2026", "--reason", "中秋慰问人数增加").expectSuccess()
        try approveChain(from: 5, month: "2026-09")
        let second = try sandbox.onBooks("budget", "adjust", "budget-2026.csv", "--year", "2026", "--reason", "再次调整")
        #expect(second.exitCode == 1 && second.stderr.contains("已达政策允许的 1 次"), "\(second)")
        let history = try sandbox.onBooks("budget", "history", "--year", "2026")
        history.expectSuccess()
        #expect(history.stdout.contains("第 1 次调整") && history.stdout.contains("中秋慰问人数增加") && history.stdout.contains("上级工会备案"))
        let shown = try sandbox.onBooks("budget", "show", "--year", "2026", "--version", "0")
        #expect(shown.stdout.contains("状态：已批准（锁定）"))
    }

    @Test("execution totals are the 收入支出表's revenue and expenditure")
    func executionTiesToStatement() throws {
        try sandbox.onBooks("budget", "import", "budget-2026.csv", "--year", "2026").expectSuccess()
        try approveChain()
        try importYear()
        for month in ["2026-06", "2026-12"] {
            let execution = try json("budget", "execution", "--month", month)
            let statement = try json("report", "income-expenditure", "--month", month)
            let lines = statement["lines"] as? [[String: Any]] ?? []
            func value(_ section: String) -> String? {
                (lines.first { ($0["section"] as? String) == section && ($0["indent"] as? Int) == 0 }?["values"] as? [String: Any])?["yearToDate"] as? String
            }
            #expect(execution["revenueActual"] as? String == value("revenue"), "\(month)")
            #expect(execution["spendingActual"] as? String == value("expenditure"), "\(month)")
        }
    }

    @Test("close --year refuses a year whose final accounts disagree with the books; agrees after they are prepared again")
    func closeChecksFinalAccounts() throws {
        try sandbox.onBooks("budget", "import", "budget-2026.csv", "--year", "2026").expectSuccess()
        try approveChain()
        try importYear()
        for month in 1...11 { try sandbox.onBooks("close", "--month", String(format: "2026-%02d", month)).expectSuccess() }
        let unprepared = try sandbox.onBooks("report", "final-accounts", "--year", "2026")
        #expect(unprepared.exitCode == 1 && unprepared.stderr.contains("决算尚未编制"), "\(unprepared)")
        try sandbox.onBooks("budget", "final", "--year", "2026").expectSuccess()
        try approveChain(from: 5, month: "2027-03", final: true)
        try sandbox.post("2026-12-30", "银行手续费", ["510:借:5.00", "102:贷:5.00"]).expectSuccess()
        let refused = try sandbox.onBooks("close", "--year", "2026")
        #expect(refused.exitCode == 1 && refused.stderr.contains("决算与账簿不符") && refused.stderr.contains("支出合计 217,320.00 ≠ 账簿 217,325.00"),
                "\(refused)")
        let package = try sandbox.onBooks("report", "final-accounts", "--year", "2026")
        #expect(package.exitCode == 1 && package.stdout.contains("本决算与账簿不符"))
        try sandbox.onBooks("budget", "final", "--year", "2026").expectSuccess()
        try approveChain(from: 20, month: "2027-03", final: true)
        try sandbox.onBooks("close", "--year", "2026").expectSuccess()
        let final = try json("report", "final-accounts", "--year", "2026")
        #expect(final["revision"] as? Int == 2 && final["status"] as? String == "approved" && final["agreesWithBooks"] as? Bool == true)
        #expect(final["spending"] as? String == "217325.00")
        try sandbox.onBooks("verify").expectSuccess()
    }

    @Test("the final-accounts workbook has a sheet per table")
    func finalAccountsWorkbook() throws {
        try sandbox.onBooks("budget", "import", "budget-2026.csv", "--year", "2026").expectSuccess()
        try approveChain()
        try importYear()
        try sandbox.onBooks("budget", "final", "--year", "2026").expectSuccess()
        try sandbox.onBooks("report", "final-accounts", "--year", "2026", "--format", "xlsx", "--output", "final.xlsx").expectSuccess()
        let workbook = String(decoding: try XLSXPart.read("xl/workbook.xml", from: sandbox.bytes("final.xlsx")), as: UTF8.self)
        for sheet in ["封面", "资产负债表（工会01表）2026 年 12 月 31 日", "收入支出表（工会02表）2026 年度", "工会经费收支决算表", "专项资金收支情况表", "会计报表附注"] {
            #expect(workbook.contains("name=\"\(sheet.prefix(31))\""), "\(sheet)")
        }
        let html = try sandbox.onBooks("report", "final-accounts", "--year", "2026", "--format", "html").stdout
        #expect(html.contains("@page wide { size: A4 landscape") && html.contains("<section class=\"page landscape\">"))
    }

    @Test("the disclosure in 万元 adds up and draws its chart inline")
    func disclosure() throws {
        try importYear()
        let document = try json("report", "disclosure", "--year", "2026")
        #expect(document["unit"] as? String == "wan" && document["totalSpending"] as? String == "21.73" && document["closing"] as? String == "37.36")
        let html = try sandbox.onBooks("report", "disclosure", "--year", "2026", "--format", "html").stdout
        #expect(html.contains("<svg") && html.contains("<rect") && !html.contains("<script") && !html.contains("src=") && !html.contains("href="))
        let text = try sandbox.onBooks("report", "disclosure", "--year", "2026", "--unit", "yuan").stdout
        #expect(text.contains("217,320.00") && text.contains("单位：元"))
    }
}

/// Reads one part of an XLSX (zip) file.
enum XLSXPart {
    static func read(_ name: String, from data: Data) throws -> Data {
        let archive = try Archive(data: data, accessMode: .read)
        let entry = try #require(archive[name])
        var part = Data()
        _ = try archive.extract(entry) { part.append($0) }
        return part
    }
}
