import Foundation
import Testing

@Suite("gonghui voucher import: hledger print -O csv")
struct HledgerImportTests {
    let sandbox: Sandbox

    init() throws { sandbox = try Sandbox() }

    /// hledger 1.25's header, exactly as `hledger print -O csv` writes it.
    static let header = "\"txnidx\",\"date\",\"date2\",\"status\",\"code\",\"description\",\"comment\",\"account\",\"amount\",\"commodity\",\"credit\",\"debit\",\"posting-status\",\"posting-comment\""

    func write(_ name: String, _ rows: [String]) throws {
        try Data(([Self.header] + rows).joined(separator: "\n").appending("\n").utf8).write(to: sandbox.url.appendingPathComponent(name))
    }

    @Test("transactions become vouchers: code as voucher key (txnidx when blank), account by the code of the last component, tags as fund and dimensions")
    func imports() throws {
        try sandbox.initBooks()
        try write("printed.csv", [
            "\"1\",\"2026-01-05\",\"\",\"\",\"记-2026-01-001\",\"收到会费, 一月\",\"fund:困难帮扶\",\"资产:102 银行存款\",\"500.00\",\"CNY\",\"\",\"500.00\",\"\",\"\"",
            "\"1\",\"2026-01-05\",\"\",\"\",\"记-2026-01-001\",\"收到会费, 一月\",\"fund:困难帮扶\",\"收入:401 会费收入\",\"-500.00\",\"CNY\",\"500.00\",\"\",\"\",\"\"",
            "\"2\",\"2026-01-06\",\"\",\"\",\"\",\"付款\",\"\",\"支出:501 职工活动支出:50105 其他活动支出\",\"80.00\",\"CNY\",\"\",\"80.00\",\"\",\"门票 budget_line:文体活动\"",
            "\"2\",\"2026-01-06\",\"\",\"\",\"\",\"付款\",\"\",\"资产:102 银行存款\",\"-80.00\",\"CNY\",\"80.00\",\"\",\"\",\"\"",
        ])
        let result = try sandbox.onBooks("voucher", "import", "printed.csv")
        result.expectSuccess()
        #expect(result.stdout.contains("已导入 2 张凭证（4 行）"), "\(result)")
        let first = try sandbox.onBooks("voucher", "show", "1", "--format", "json")
        #expect(first.stdout.contains("困难帮扶"), "\(first)")
        #expect(first.stdout.contains("收到会费, 一月"))
        // The export shows what was stored: fund, budget line, the voucher key as source.
        let stored = try sandbox.onBooks("export", "--to", "csv")
        stored.expectSuccess()
        #expect(stored.stdout.contains("2026-01-05,记-2026-01-001,102,银行存款,500.00,,\"收到会费, 一月\",困难帮扶,"), "\(stored)")
        #expect(stored.stdout.contains("2026-01-06,记-2026-01-002,50105,职工活动支出/会员活动支出,80.00,,付款,,,文体活动,,normal,"), "\(stored)")
    }

    @Test("an amount in another commodity is refused with its row and value; nothing is written")
    func foreignCommodity() throws {
        try sandbox.initBooks()
        try write("usd.csv", [
            "\"1\",\"2026-01-05\",\"\",\"\",\"\",\"换汇\",\"\",\"资产:102 银行存款\",\"10.00\",\"USD\",\"\",\"10.00\",\"\",\"\"",
            "\"1\",\"2026-01-05\",\"\",\"\",\"\",\"换汇\",\"\",\"收入:401 会费收入\",\"-10.00\",\"USD\",\"10.00\",\"\",\"\",\"\"",
        ])
        let result = try sandbox.onBooks("voucher", "import", "usd.csv")
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.contains("usd.csv"), "\(result)")
        #expect(result.stderr.contains("10.00 USD"), "\(result)")
        #expect(try sandbox.voucherCount() == 0)
    }
}
