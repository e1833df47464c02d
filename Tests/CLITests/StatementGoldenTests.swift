import LedgerStore
import Foundation
import Testing
import ZIPFoundation

/// A year of a grassroots union's books under the 2021 chart (ledgers/examples/grassroots-2026.csv:
/// opening balances, the monthly 2%, remittances, dues, activities, two restricted funds, a capital
/// purchase), closed month by month and at year end; every statement in every text format compared
/// byte for byte with reports/expected/. Regenerate with `GONGHUI_UPDATE_GOLDEN=1` and review the diff.
@Suite("golden statements of the example year")
struct StatementGoldenTests {
    static let reports: [(name: String, arguments: [String])] = [
        ("balance-sheet-2026-12", ["report", "balance-sheet", "--month", "2026-12"]),
        ("balance-sheet-2026", ["report", "balance-sheet", "--year", "2026"]),
        ("balance-sheet-2026-06-detail-wan", ["report", "balance-sheet", "--month", "2026-06", "--detail", "--amount-unit", "wan"]),
        ("income-expenditure-2026-12", ["report", "income-expenditure", "--month", "2026-12"]),
        ("income-expenditure-2026", ["report", "income-expenditure", "--year", "2026"]),
        ("income-expenditure-2026-06-detail", ["report", "income-expenditure", "--month", "2026-06", "--detail"]),
        ("trial-balance-2026", ["report", "trial-balance", "--from", "2026-01", "--to", "2026-12"]),
        ("funds-2026", ["report", "funds", "--year", "2026"]),
        ("ledger-102-2026-12", ["report", "ledger", "--account", "102", "--from", "2026-12", "--to", "2026-12"]),
    ]
    static let formats = [("table", "txt"), ("csv", "csv"), ("json", "json"), ("md", "md"), ("html", "html")]

    /// The example year, closed; built once for all the comparisons (sixteen commands).
    static func exampleYear() throws -> Sandbox {
        let sandbox = try Sandbox()
        let opening = try sandbox.copy(fromRepository: "ledgers/examples/grassroots-2026-opening.csv")
        try sandbox.onBooks("init", "--org-code", "GH100", "--org-name", "示例精密机械有限公司工会", "--kind", "enterprise",
                            "--chart", "2021", "--start", "2026-01", "--opening", opening).expectSuccess()
        let input = try sandbox.copy(fromRepository: "ledgers/examples/grassroots-2026.csv")
        let imported = try sandbox.onBooks("voucher", "import", input)
        imported.expectSuccess()
        #expect(imported.stdout == "已导入 72 张凭证（156 行）：grassroots-2026.csv\n")
        for month in 1...11 {
            try sandbox.onBooks("close", "--month", String(format: "2026-%02d", month)).expectSuccess()
        }
        let closed = try sandbox.onBooks("close", "--year", "2026")
        closed.expectSuccess()
        #expect(closed.stdout.contains("专项 专项:困难职工帮扶：结余 8,300.00 元转入 32103"))
        #expect(closed.stdout.contains("工会资金结余转入累计结余"))
        return sandbox
    }

    @Test("every statement of the example year, in every format, matches reports/expected/")
    func statements() throws {
        let sandbox = try Self.exampleYear()
        for report in Self.reports {
            for (format, suffix) in Self.formats {
                let result = try sandbox.onBooks(report.arguments + ["--format", format])
                result.expectSuccess()
                try Golden.compare(result.stdoutData, with: "reports/expected/\(report.name).\(suffix)")
            }
        }
        // XLSX is compared by its content: the zip bytes depend on the zlib build.
        for report in Self.reports {
            let result = try sandbox.onBooks(report.arguments + ["--format", "xlsx", "--output", "\(report.name).xlsx"])
            result.expectSuccess()
            let archive = try Archive(data: try sandbox.bytes("\(report.name).xlsx"), accessMode: .read)
            let entry = try #require(archive["xl/worksheets/sheet1.xml"])
            var xml = Data()
            _ = try archive.extract(entry) { xml.append($0) }
            try Golden.compare(xml, with: "reports/expected/\(report.name).xlsx.sheet1.xml")
        }
        try sandbox.onBooks("verify").expectSuccess()
    }

    @Test("trial balance, balance sheet and income statement agree")
    func statementsAgree() throws {
        let sandbox = try Self.exampleYear()
        let trial = try JSONSerialization.jsonObject(with: try sandbox.onBooks("report", "trial-balance", "--from", "2026-01",
                                                                               "--to", "2026-12", "--format", "json").stdoutData)
        let sheet = try sandbox.onBooks("report", "balance-sheet", "--month", "2026-12", "--format", "csv").stdout
        let income = try sandbox.onBooks("report", "income-expenditure", "--month", "2026-12", "--format", "csv").stdout
        func csvAmount(_ text: String, row label: String, column: Int) -> String? {
            text.components(separatedBy: "\r\n").first { $0.hasPrefix(label + ",") || $0.hasPrefix("\"" + label) }?
                .components(separatedBy: ",")[safe: column]
        }
        // 资产 = 负债 + 净资产 on the sheet, and each side equals the trial balance by element.
        #expect(csvAmount(sheet, row: "资产总计", column: 2) == "430581.90")
        #expect(csvAmount(sheet, row: "负债与净资产总计", column: 2) == "430581.90")
        let accounts = (trial as? [String: Any])?["accounts"] as? [[String: Any]] ?? []
        func closing(_ prefix: String) -> Decimal {
            accounts.filter { ($0["code"] as? String)?.hasPrefix(prefix) == true && ($0["code"] as? String)?.count == 3 || false }
                .reduce(Decimal(0)) { $0 + (Decimal(string: $1["closing"] as? String ?? "") ?? 0) }
        }
        #expect(closing("1") == Decimal(string: "430581.90"))
        // The year's result is the change in net assets other than 资产基金 (which mirrors fixed assets bought).
        #expect(csvAmount(income, row: "五、本期收支差额", column: 2) == "201561.55")
        let netOpening = try #require(Decimal(string: csvAmount(sheet, row: "净资产合计", column: 1) ?? ""))
        let netClosing = try #require(Decimal(string: csvAmount(sheet, row: "净资产合计", column: 2) ?? ""))
        let fundOpening = try #require(Decimal(string: csvAmount(sheet, row: "  资产基金", column: 1) ?? ""))
        let fundClosing = try #require(Decimal(string: csvAmount(sheet, row: "  资产基金", column: 2) ?? ""))
        #expect((netClosing - fundClosing) - (netOpening - fundOpening) == Decimal(string: "201561.55"))
    }
}

/// Byte-for-byte comparison with a file under reports/expected/, or its regeneration.
enum Golden {
    static let updating = ProcessInfo.processInfo.environment["GONGHUI_UPDATE_GOLDEN"] == "1"

    static func compare(_ data: Data, with relativePath: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = Repository.url(relativePath)
        if updating {
            try data.write(to: url)
            return
        }
        guard let expected = try? Data(contentsOf: url) else {
            Issue.record("missing \(relativePath); run with GONGHUI_UPDATE_GOLDEN=1 to create it", sourceLocation: sourceLocation)
            return
        }
        #expect(data == expected, "\(relativePath) differs; if intended, regenerate with GONGHUI_UPDATE_GOLDEN=1 and review the diff\n--- got\n\(String(decoding: data, as: UTF8.self))",
                sourceLocation: sourceLocation)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
