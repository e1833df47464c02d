import Foundation
import Testing
import ZIPFoundation

/// A county federation's first quarter on the county-and-above chart (ledgers/examples/county-2026*.csv:
/// the 国有资产/工会资产, 财政拨款/工会资金 and 待核销基建支出 sub-accounts the 附表 read, the opening
/// voucher through `voucher import --opening`, fiscal money, inventory bought and issued, a
/// construction project handed over, depreciation and amortisation). Every 附表 in every format is
/// compared byte for byte with reports/expected/; the figures are also recomputed from the trial balance.
@Suite("golden 附表 of the county example")
struct AnnexGoldenTests {
    static let reports: [(name: String, arguments: [String])] = [
        ("costs-2026-03", ["report", "costs", "--month", "2026-03"]),
        ("costs-2026", ["report", "costs", "--year", "2026"]),
        ("costs-2026-03-en", ["report", "costs", "--month", "2026-03", "--lang", "en"]),
        ("state-assets-2026", ["report", "state-assets", "--year", "2026"]),
        ("fiscal-appropriations-2026", ["report", "fiscal-appropriations", "--year", "2026"]),
        ("fiscal-appropriations-2026-en", ["report", "fiscal-appropriations", "--year", "2026", "--lang", "en"]),
    ]
    static let formats = [("table", "txt"), ("csv", "csv"), ("json", "json"), ("md", "md"), ("html", "html")]

    /// The example quarter: init on the county chart, the sub-accounts, the opening voucher, the vouchers.
    static func countyQuarter() throws -> Sandbox {
        let sandbox = try Sandbox()
        try sandbox.onBooks("init", "--org-code", "XF", "--org-name", "示例县总工会", "--kind", "county-federation",
                            "--chart", "2021", "--start", "2026-01").expectSuccess()
        let accounts = try String(contentsOf: Repository.url("ledgers/examples/county-2026-accounts.csv"), encoding: .utf8)
        for line in accounts.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",").map(String.init)
            try sandbox.onBooks("account", "add", "--code", fields[0], "--name", fields[1], "--name-en", fields[2]).expectSuccess()
        }
        let opening = try sandbox.copy(fromRepository: "ledgers/examples/county-2026-opening.csv")
        let openingResult = try sandbox.onBooks("voucher", "import", "--opening", opening)
        openingResult.expectSuccess()
        #expect(openingResult.stdout.contains("18 个科目"))
        let input = try sandbox.copy(fromRepository: "ledgers/examples/county-2026.csv")
        let imported = try sandbox.onBooks("voucher", "import", input)
        imported.expectSuccess()
        #expect(imported.stdout == "已导入 21 张凭证（57 行）：county-2026.csv\n")
        return sandbox
    }

    @Test("every 附表 of the example, in every format, matches reports/expected/")
    func annexForms() throws {
        let sandbox = try Self.countyQuarter()
        for report in Self.reports {
            for (format, suffix) in Self.formats {
                let result = try sandbox.onBooks(report.arguments + ["--format", format])
                result.expectSuccess()
                try Golden.compare(result.stdoutData, with: "reports/expected/\(report.name).\(suffix)")
            }
            let result = try sandbox.onBooks(report.arguments + ["--format", "xlsx", "--output", "\(report.name).xlsx"])
            result.expectSuccess()
            let archive = try Archive(data: try sandbox.bytes("\(report.name).xlsx"), accessMode: .read)
            let entry = try #require(archive["xl/worksheets/sheet1.xml"])
            var xml = Data()
            _ = try archive.extract(entry) { xml.append($0) }
            try Golden.compare(xml, with: "reports/expected/\(report.name).xlsx.sheet1.xml")
        }
    }

    /// The trial balance's rows as code → (opening, debit, credit, closing), from its JSON.
    static func trialBalance(_ sandbox: Sandbox, from: String, to: String) throws -> [String: [Decimal]] {
        let document = try JSONSerialization.jsonObject(with: try sandbox.trialBalanceJSON(from: from, to: to).data(using: .utf8) ?? Data())
        var rows: [String: [Decimal]] = [:]
        for account in (document as? [String: Any])?["accounts"] as? [[String: Any]] ?? [] {
            guard let code = account["code"] as? String else { continue }
            rows[code] = ["opening", "debit", "credit", "closing"].map { Decimal(string: account[$0] as? String ?? "") ?? 0 }
        }
        return rows
    }

    /// The figures of one form column from its JSON, by line label.
    static func column(_ sandbox: Sandbox, _ arguments: [String], key: String) throws -> [String: Decimal] {
        let result = try sandbox.onBooks(arguments + ["--format", "json"])
        result.expectSuccess()
        let document = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        var values: [String: Decimal] = [:]
        for line in document["lines"] as? [[String: Any]] ?? [] {
            guard let label = line["line_label"] as? String, let amount = (line["values"] as? [String: Any])?[key] as? String else { continue }
            values[label] = Decimal(string: amount)
        }
        return values
    }

    @Test("成本费用表 and 国有资产情况表 agree with the trial balance, computed here line by line")
    func figuresFromTrialBalance() throws {
        let sandbox = try Self.countyQuarter()
        let march = try Self.trialBalance(sandbox, from: "2026-03", to: "2026-03")
        func sum(_ prefixes: [String], _ index: Int, in rows: [String: [Decimal]]) -> Decimal {
            rows.filter { code, _ in prefixes.contains { code.hasPrefix($0) } }.values.reduce(0) { $0 + $1[index] }
        }
        // Expenditure accounts are debit-normal: activity = debit − credit; no closing entries in this quarter.
        let costs = try Self.column(sandbox, ["report", "costs", "--month", "2026-03"], key: "month")
        for (label, code) in [("职工活动组织费用", "502"), ("职工服务费用", "503"), ("维权费用", "504"), ("业务费用", "505"), ("行政费用", "506"),
                              ("补助下级费用", "508"), ("对附属单位的费用", "509"), ("其他费用", "510")] {
            #expect(costs[label] == sum([code], 1, in: march) - sum([code], 2, in: march), "\(label)")
        }
        #expect(costs["折旧及摊销费用"] == sum(["163", "172", "181"], 2, in: march))
        let adjustment = sum(["141"], 0, in: march) - sum(["141"], 3, in: march) + sum(["16102"], 2, in: march)
        #expect(costs["调整事项"] == adjustment)
        #expect(costs["费用总计"] == Decimal(string: "51500.00"))
        // Year to date: the opening voucher's 累计折旧 (credits brought forward) is not a charge.
        let quarter = try Self.trialBalance(sandbox, from: "2026-01", to: "2026-03")
        let toDate = try Self.column(sandbox, ["report", "costs", "--month", "2026-03"], key: "yearToDate")
        #expect(toDate["折旧及摊销费用"] == sum(["163", "172", "181"], 2, in: quarter) - Decimal(100_000))
        // 国有资产: the 国有资产 sub-accounts' closing balances (累计折旧 credit-normal, shown positive).
        let assets = try Self.column(sandbox, ["report", "state-assets", "--year", "2026"], key: "closing")
        #expect(assets["货币资金"] == sum(["10101", "10201"], 3, in: quarter))
        #expect(assets["库存物品"] == sum(["14101"], 3, in: quarter))
        #expect(assets["固定资产净值"] == sum(["16201"], 3, in: quarter) + sum(["16301"], 3, in: quarter))
        #expect(assets["资产总计"] == sum(["10101", "10201", "121", "14101", "16201", "16301", "18101"], 3, in: quarter))
        // 财政拨款: 40401 received, the 财政拨款 sub-accounts spent.
        let fiscal = try Self.column(sandbox, ["report", "fiscal-appropriations", "--year", "2026"], key: "expenditure")
        #expect(fiscal["总计"] == sum(["50201", "5060201", "5080101"], 1, in: quarter))
    }

    @Test("grassroots books are refused the 附表, naming what they lack; an annual 附表 refuses --month")
    func refusals() throws {
        let sandbox = try Sandbox()
        try sandbox.onBooks("init", "--org-code", "GH", "--org-name", "示例工会", "--kind", "enterprise", "--chart", "2021",
                            "--start", "2026-01").expectSuccess()
        try sandbox.onBooks("report", "costs", "--month", "2026-01").expectError(exitCode: 1, containing: "工会附03表成本费用表仅由县级以上工会编制")
        try sandbox.onBooks("report", "state-assets", "--lang", "en")
            .expectError(exitCode: 1, containing: "is prepared by county-and-above unions only")
        let county = try Self.countyQuarter()
        try county.onBooks("report", "state-assets", "--month", "2026-03").expectError(exitCode: 2, containing: "为年度报表")
        // Without same-level fiscal money the union does not prepare 附01表 (第五部分 三、（一）).
        let federation = try Sandbox()
        try federation.onBooks("init", "--org-code", "XF", "--org-name", "示例县总工会", "--kind", "county-federation",
                               "--chart", "2021", "--start", "2026-01").expectSuccess()
        try federation.onBooks("report", "fiscal-appropriations", "--year", "2026")
            .expectError(exitCode: 1, containing: "按制度不填列财政拨款收入支出表")
    }
}
