import LedgerStore
import Foundation
import Testing

/// The trial balance of the demo month, in every format, compared byte for byte with
/// reports/expected/. Regenerate with `GONGHUI_UPDATE_GOLDEN=1 swift test --filter GoldenTests`
/// and review the diff.
@Suite("golden reports")
struct GoldenTests {
    static let updating = ProcessInfo.processInfo.environment["GONGHUI_UPDATE_GOLDEN"] == "1"

    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
        // The official 2021 grassroots chart (init's default for an enterprise union), opened with
        // bank 80,000.00: the demo month spends more than it receives before the 20th.
        let opening = try sandbox.copy(fromRepository: "ledgers/examples/demo-opening-2026.csv")
        try sandbox.onBooks("init", "--org-code", "GH001", "--org-name", "示例科技有限公司工会", "--kind", "enterprise",
                            "--start", "2026-01", "--opening", opening).expectSuccess()
        let input = try sandbox.copy(fromRepository: "ledgers/examples/demo-vouchers-2026-01.csv")
        let imported = try sandbox.onBooks("voucher", "import", input)
        imported.expectSuccess()
        #expect(imported.stdout == "已导入 10 张凭证（22 行）：demo-vouchers-2026-01.csv\n")
    }

    @Test("report trial-balance for 2026-01 matches reports/expected/", arguments: [
        ("table", "trial-balance-2026-01.txt"),
        ("csv", "trial-balance-2026-01.csv"),
        ("json", "trial-balance-2026-01.json"),
    ])
    func trialBalance(format: String, golden: String) throws {
        let result = try sandbox.onBooks("report", "trial-balance", "--from", "2026-01", "--to", "2026-01", "--format", format)
        result.expectSuccess()
        let expectedURL = Repository.url("reports/expected/\(golden)")
        if GoldenTests.updating {
            try result.stdoutData.write(to: expectedURL)
            return
        }
        let expected = try #require(try? Data(contentsOf: expectedURL),
                                    "missing \(expectedURL.path); run with GONGHUI_UPDATE_GOLDEN=1 to create it")
        #expect(result.stdoutData == expected,
                "\(golden) differs; if the change is intended, regenerate with GONGHUI_UPDATE_GOLDEN=1 and review the diff\n--- got\n\(result.stdout)--- expected\n\(String(decoding: expected, as: UTF8.self))")
    }
}
