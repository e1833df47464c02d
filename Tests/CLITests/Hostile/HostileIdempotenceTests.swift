import Foundation
import Testing

/// Issue 13, item 2: nothing twice. Each import run again, with the same rows saved another way
/// (CRLF, a BOM, GB18030, other quoting, trailing blank lines), is recognised by its content:
/// exit 0, a line saying what was recognised, and the books byte-identical.
@Suite("hostile: nothing twice")
struct HostileIdempotenceTests {
    let sandbox: Sandbox

    init() throws { sandbox = try Sandbox() }

    /// The same rows as `text` the way another program might save them.
    enum Resave: String, CaseIterable {
        case crlf, bom, gb18030, quoted, trailingBlankLines

        func bytes(_ text: String) throws -> Data {
            switch self {
            case .crlf: Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
            case .bom: Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
            case .gb18030: try #require(text.data(using: String.Encoding(rawValue: 0x8000_0632)))
            case .quoted:
                Data(text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                    line.isEmpty ? "" : line.split(separator: ",", omittingEmptySubsequences: false).map { "\"\($0)\"" }.joined(separator: ",")
                }.joined(separator: "\n").utf8)
            case .trailingBlankLines: Data((text + "\n\n,,\n").utf8)
            }
        }
    }

    func write(_ name: String, _ data: Data) throws { try data.write(to: sandbox.url.appendingPathComponent(name)) }
    func write(_ name: String, _ text: String) throws { try write(name, Data(text.utf8)) }

    /// A county federation with a self-paying unit, its 2026-01 allocation made.
    func federation() throws {
        try sandbox.onBooks("init", "--org-code", "XF", "--org-name", "示例县总工会", "--kind", "county-federation",
                            "--start", "2026-01", "--chart", "2021-federation").expectSuccess()
        try sandbox.onBooks("org", "set", "--code", "XF", "--bank-name", "示例银行", "--bank-account", "6200001").expectSuccess()
        try write("units.csv", "单位编码,单位名称,类型,上级单位,缴费方式\nDW001,示例机械有限公司工会,enterprise,XF,self\n")
        try sandbox.onBooks("org", "import", "units.csv").expectSuccess()
        try write("payroll.csv", "unit_code,unit_name,month,headcount,wage_total\nDW001,,2026-01,120,500000.00\n")
        try sandbox.onBooks("payroll", "import", "payroll.csv").expectSuccess()
        try sandbox.onBooks("allocate", "--month", "2026-01").expectSuccess()
    }

    @Test("remit import without a ref column, then the same rows re-saved: recognised, nothing booked twice",
          arguments: Resave.allCases)
    func remitResaved(_ resave: Resave) throws {
        try federation()
        let rows = "unit_code,date,amount,payer\nDW001,2026-02-15,4000.00,单位\nDW001,2026-02-20,1000.00,单位\n"
        try write("bank.csv", rows)
        try sandbox.onBooks("remit", "import", "bank.csv").expectSuccess()
        let vouchers = try sandbox.voucherCount()
        let before = try sandbox.snapshot()
        try write("bank-again.csv", try resave.bytes(rows))
        let again = try sandbox.onBooks("remit", "import", "bank-again.csv")
        again.expectSuccess()
        #expect(again.stdout.contains("未做任何改动"), "\(again)")
        #expect(again.stdout.contains("bank.csv"), "names the import it recognised: \(again)")
        #expect(try sandbox.snapshot() == before, "the books are byte-identical")
        #expect(try sandbox.voucherCount() == vouchers)
    }

    @Test("the same receipts in a different file (one more row) are booked: rows may repeat across files")
    func remitOverlappingFile() throws {
        try federation()
        try write("a.csv", "unit_code,date,amount\nDW001,2026-02-15,100.00\n")
        try sandbox.onBooks("remit", "import", "a.csv").expectSuccess()
        try write("b.csv", "unit_code,date,amount\nDW001,2026-02-15,100.00\nDW001,2026-02-16,50.00\n")
        let second = try sandbox.onBooks("remit", "import", "b.csv")
        second.expectSuccess()
        #expect(second.stdout.contains("导入 2 笔缴款"), "\(second)")
    }

    @Test("payroll and org import re-saved with CRLF and a BOM: recognised, books byte-identical")
    func registersResaved() throws {
        try federation()
        let before = try sandbox.snapshot()
        try write("payroll-crlf.csv", try Resave.crlf.bytes("unit_code,unit_name,month,headcount,wage_total\nDW001,,2026-01,120,500000.00\n"))
        let payroll = try sandbox.onBooks("payroll", "import", "payroll-crlf.csv")
        payroll.expectSuccess()
        #expect(payroll.stdout.contains("未做任何改动"), "\(payroll)")
        try write("units-bom.csv", try Resave.bom.bytes("单位编码,单位名称,类型,上级单位,缴费方式\nDW001,示例机械有限公司工会,enterprise,XF,self\n"))
        let units = try sandbox.onBooks("org", "import", "units-bom.csv")
        units.expectSuccess()
        #expect(units.stdout.contains("未做任何改动"), "\(units)")
        #expect(try sandbox.snapshot() == before)
    }

    @Test("voucher import re-saved with CRLF: recognised, English message, books byte-identical")
    func vouchersResaved() throws {
        try sandbox.initBooks()
        let rows = "date,voucher,account,debit,credit,summary\n2026-01-05,记-001,102,1.00,,x\n2026-01-05,记-001,401,,1.00,x\n"
        try write("v.csv", rows)
        try sandbox.onBooks("voucher", "import", "v.csv").expectSuccess()
        let before = try sandbox.snapshot()
        try write("v-crlf.csv", try Resave.crlf.bytes(rows))
        let again = try sandbox.onBooks("voucher", "import", "v-crlf.csv", "--lang", "en")
        again.expectSuccess()
        #expect(again.stdout.contains("already imported"), "\(again)")
        #expect(again.stdout.contains("v.csv"), "\(again)")
        #expect(try sandbox.snapshot() == before)
    }

    @Test("voucher import re-saved under the same name in the same second: the earlier import's count, not this one's")
    func vouchersResavedSameName() throws {
        try sandbox.initBooks()
        let rows = "date,voucher,account,debit,credit,summary\n2026-01-05,记-001,102,1.00,,x\n2026-01-05,记-001,401,,1.00,x\n"
        try write("v.csv", rows)
        try sandbox.onBooks("voucher", "import", "v.csv").expectSuccess()
        let before = try sandbox.snapshot()
        // The sandbox's clock is pinned: the import record being written has the earlier one's name and time.
        try write("v.csv", try Resave.crlf.bytes(rows))
        let again = try sandbox.onBooks("voucher", "import", "v.csv", "--lang", "en")
        again.expectSuccess()
        #expect(again.stdout.contains("already imported"), "\(again)")
        #expect(again.stdout.contains("v.csv, 1 vouchers"), "\(again)")
        #expect(try sandbox.snapshot() == before)
    }

    @Test("dues collect --file run twice, and again re-saved as GB18030: the payments are booked once")
    func duesTwice() throws {
        try sandbox.initMemberBooks()
        try sandbox.onBooks("member", "import", try sandbox.copy(fromRepository: "ledgers/examples/members-utf8.csv")).expectSuccess()
        try sandbox.onBooks("dues", "assess", "--month", "2026-04").expectSuccess()
        let rows = "会员编号,金额,缴费方式,缴费日期\nM00001,40.00,bank,2026-04-20\n"
        try write("pay.csv", rows)
        try sandbox.onBooks("dues", "collect", "--month", "2026-04", "--file", "pay.csv").expectSuccess()
        let vouchers = try sandbox.voucherCount()
        let before = try sandbox.snapshot()
        let twice = try sandbox.onBooks("dues", "collect", "--month", "2026-04", "--file", "pay.csv")
        twice.expectSuccess()
        #expect(twice.stdout.contains("该文件内容已于"), "\(twice)")
        #expect(twice.stdout.contains("pay.csv，1 行"), "\(twice)")
        try write("pay-gb.csv", try Resave.gb18030.bytes(rows))
        let resaved = try sandbox.onBooks("dues", "collect", "--month", "2026-04", "--file", "pay-gb.csv", "--lang", "en")
        resaved.expectSuccess()
        #expect(resaved.stdout.contains("This file's content was imported at"), "\(resaved)")
        #expect(try sandbox.snapshot() == before)
        #expect(try sandbox.voucherCount() == vouchers)
        // The same file for another month is another collection.
        try sandbox.onBooks("dues", "assess", "--month", "2026-05").expectSuccess()
        try write("pay-may.csv", "会员编号,金额,缴费方式\nM00001,40.00,bank\n")
        try sandbox.onBooks("dues", "collect", "--month", "2026-05", "--file", "pay-may.csv").expectSuccess()
        #expect(try sandbox.voucherCount() == vouchers + 1)
    }

    @Test("changeover run twice (the second time re-saved with CRLF, another date): one opening voucher")
    func changeoverTwice() throws {
        try sandbox.run(["init", "--org-code", "NEW", "--org-name", "新账", "--kind", "enterprise", "--start", "2022-01",
                         "--chart", "2021", "--db", Sandbox.books]).expectSuccess()
        let balances = "code,closing\n102,80000.00\n331,80000.00\n"
        try write("tb.csv", balances)
        try sandbox.onBooks("changeover", "tb.csv", "--assign", "331=32205").expectSuccess()
        let before = try sandbox.snapshot()
        let again = try sandbox.onBooks("changeover", "tb.csv", "--assign", "331=32205")
        again.expectSuccess()
        #expect(again.stdout.contains("该文件内容已于"), "\(again)")
        try write("tb-crlf.csv", try Resave.crlf.bytes(balances))
        let resaved = try sandbox.onBooks("changeover", "tb-crlf.csv", "--assign", "331=32205", "--date", "2023-01-01")
        resaved.expectSuccess()
        #expect(resaved.stdout.contains("tb.csv"), "\(resaved)")
        // `opening` recognises the same trial balance too.
        let opening = try sandbox.onBooks("opening", "tb.csv")
        opening.expectSuccess()
        #expect(opening.stdout.contains("未做任何改动"), "\(opening)")
        #expect(try sandbox.snapshot() == before)
        #expect(try sandbox.voucherCount() == 1)
    }
}
