import Foundation
import Testing

/// Imports read what Excel saves besides CSV: an XLSX workbook (first sheet, or `--sheet`) and
/// "Unicode text" (UTF-16 with BOM, TAB-separated), through the same pipeline as CSV.
@Suite("imports from XLSX workbooks and UTF-16 Unicode text")
struct XLSXImportTests {
    let sandbox: Sandbox

    init() throws { sandbox = try Sandbox() }

    func write(_ name: String, _ data: Data) throws {
        try data.write(to: sandbox.url.appendingPathComponent(name))
    }

    static let voucherHeader: [WorkbookFixture.Cell] = ["日期", "凭证号", "科目编码", "借方金额", "贷方金额", "摘要"].map { .text($0) }

    /// The vouchers of `ledgers/examples/vouchers-utf8-bom.csv` as Excel stores them: dates as serials
    /// under a date format, amounts as numbers (one with a formula's binary noise), codes as numbers.
    static var voucherRows: [[WorkbookFixture.Cell]] {
        [voucherHeader,
         [.date(serial: 46027), .text("记-001"), .number("102"), .number("12000"), .empty, .text("收到1月拨缴经费")],
         [.date(serial: 46027), .text("记-001"), .number("402"), .empty, .number("1.2E4"), .text("收到1月拨缴经费")],
         [.date(serial: 46032), .text("记-002"), .number("50105"), .number("3600"), .empty, .text("元旦慰问品")],
         [.date(serial: 46032), .text("记-002"), .number("102"), .empty, .number("3600"), .text("元旦慰问品")],
         [.date(serial: 46042), .text("记-003"), .number("102"), .number("1234.5"), .empty, .text("收取1月会费")],
         [.date(serial: 46042), .text("记-003"), .number("401"), .empty, .number("1234.4999999999998"), .text("收取1月会费")]]
    }

    @Test("vouchers from a workbook: date, shared-string and money cells give the books the same CSV gives")
    func vouchersFromWorkbook() throws {
        try sandbox.initBooks()
        try write("vouchers.xlsx", try WorkbookFixture(sheets: [("凭证", Self.voucherRows)]).data())
        let result = try sandbox.onBooks("voucher", "import", "vouchers.xlsx")
        result.expectSuccess()
        #expect(result.stdout == "已导入 3 张凭证（6 行）：vouchers.xlsx\n")
        let list = try sandbox.onBooks("voucher", "list", "--format", "csv")
        #expect(list.stdout.contains("1,记-2026-01-001,2026-01-05,收到1月拨缴经费,12000.00,记账,,tester\r\n"))
        #expect(list.stdout.contains("3,记-2026-01-003,2026-01-20,收取1月会费,1234.50,记账,,tester\r\n"))

        let fromCSV = try Sandbox()
        try fromCSV.initBooks()
        try fromCSV.onBooks("voucher", "import", try fromCSV.copy(fromRepository: "ledgers/examples/vouchers-utf8-bom.csv")).expectSuccess()
        #expect(try sandbox.trialBalanceJSON() == fromCSV.trialBalanceJSON())
        try sandbox.onBooks("verify").expectSuccess()

        // The same rows saved as CSV are recognised as the same import: the digest is of the records.
        try write("same.csv", Data("""
            日期,凭证号,科目编码,借方金额,贷方金额,摘要
            2026-01-05,记-001,102,12000,,收到1月拨缴经费
            2026-01-05,记-001,402,,12000,收到1月拨缴经费
            2026-01-10,记-002,50105,3600,,元旦慰问品
            2026-01-10,记-002,102,,3600,元旦慰问品
            2026-01-20,记-003,102,1234.5,,收取1月会费
            2026-01-20,记-003,401,,1234.5,收取1月会费

            """.utf8))
        let again = try sandbox.onBooks("voucher", "import", "same.csv")
        again.expectSuccess()
        #expect(again.stdout.contains("本次未做任何改动"), "\(again.stdout)")
        #expect(try sandbox.voucherCount() == 3)
    }

    @Test("a sheet that is not in the workbook is refused, exit 2, nothing written")
    func unknownSheet() throws {
        try sandbox.initBooks()
        try write("vouchers.xlsx", try WorkbookFixture(sheets: [("说明", [[.text("见下一页")]]), ("凭证", Self.voucherRows)]).data())
        let before = try sandbox.snapshot()
        let refused = try sandbox.onBooks("voucher", "import", "vouchers.xlsx", "--sheet", "无此表")
        refused.expectError(exitCode: 2, containing: "工作簿 vouchers.xlsx 中没有工作表“无此表”（现有：说明, 凭证")
        try sandbox.onBooks("voucher", "import", "vouchers.xlsx", "--sheet", "3", "--lang", "en")
            .expectError(exitCode: 2, containing: "vouchers.xlsx has no sheet \"3\"")
        #expect(try sandbox.snapshot() == before)
        // The first sheet (the notes) is no voucher table; the second, by name or number, is.
        #expect(try sandbox.onBooks("voucher", "import", "vouchers.xlsx").exitCode == 2)
        try sandbox.onBooks("voucher", "import", "vouchers.xlsx", "--sheet", "凭证").expectSuccess()
        #expect(try sandbox.voucherCount() == 3)
        let byNumber = try sandbox.onBooks("voucher", "import", "--sheet", "2", "vouchers.xlsx")
        #expect(byNumber.stdout.contains("本次未做任何改动"))
    }

    @Test("units and payroll from workbooks, chosen sheets by name and by number")
    func unitsAndPayroll() throws {
        try sandbox.onBooks("init", "--org-code", "XF", "--org-name", "示例县总工会", "--kind", "county-federation",
                            "--start", "2026-01", "--chart", "2021-federation").expectSuccess()
        let units: [[WorkbookFixture.Cell]] = [
            ["单位编码", "单位名称", "类型", "上级单位", "缴费方式"].map { .text($0) },
            [.text("DW001"), .text("示例机械有限公司工会"), .text("enterprise"), .text("XF"), .text("self")],
            [.text("DW002"), .text("示例纺织有限公司工会"), .text("enterprise"), .text("XF"), .text("tax-full")],
        ]
        try write("units.xlsx", try WorkbookFixture(sheets: [("封面", [[.text("单位名册")]]), ("单位", units)]).data())
        let imported = try sandbox.onBooks("org", "import", "units.xlsx", "--sheet", "单位")
        imported.expectSuccess()
        #expect(imported.stdout.contains("已登记 2 个单位"))

        let payroll: [[WorkbookFixture.Cell]] = [
            ["unit_code", "unit_name", "month", "headcount", "wage_total"].map { .text($0) },
            [.text("DW001"), .empty, .text("2026-01"), .number("120"), .number("500000")],
            [.text("DW002"), .empty, .text("2026-01"), .number("80"), .number("300000.10000000001")],
        ]
        try write("payroll.xlsx", try WorkbookFixture(sheets: [("说明", []), ("工资", payroll)]).data())
        let declared = try sandbox.onBooks("payroll", "import", "payroll.xlsx", "--sheet", "2")
        declared.expectSuccess()
        // The wage with a formula's binary noise reads as 300000.1 (more than two decimals is refused).
        #expect(declared.stdout.contains("新申报 2"), "\(declared.stdout)")
    }

    static let tabVouchers = """
        日期\t凭证号\t科目编码\t借方金额\t贷方金额\t摘要
        2026-01-05\t记-001\t102\t12,000.00\t\t收到1月拨缴经费
        2026-01-05\t记-001\t402\t\t12,000.00\t收到1月拨缴经费
        2026-01-10\t记-002\t50105\t3,600.00\t\t元旦慰问品
        2026-01-10\t记-002\t102\t\t3,600.00\t元旦慰问品
        2026-01-20\t记-003\t102\t1,234.50\t\t"收取1月会费"
        2026-01-20\t记-003\t401\t\t1,234.50\t收取1月会费

        """

    static func utf16(_ text: String, bigEndian: Bool) -> Data {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.replacingOccurrences(of: "\n", with: "\r\n").utf16 {
            bytes += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        return Data(bytes)
    }

    @Test("Excel's Unicode text (UTF-16 LE, TABs) imports; the same rows as the CSV example are the same import")
    func unicodeText() throws {
        try sandbox.initBooks()
        try write("vouchers.txt", Self.utf16(Self.tabVouchers, bigEndian: false))
        let result = try sandbox.onBooks("voucher", "import", "vouchers.txt")
        result.expectSuccess()
        #expect(result.stdout == "已导入 3 张凭证（6 行）：vouchers.txt\n")
        let list = try sandbox.onBooks("voucher", "list", "--format", "csv")
        #expect(list.stdout.contains("3,记-2026-01-003,2026-01-20,收取1月会费,1234.50,记账,,tester\r\n"))
        let example = try sandbox.copy(fromRepository: "ledgers/examples/vouchers-utf8-bom.csv")
        #expect(try sandbox.onBooks("voucher", "import", example).stdout.contains("本次未做任何改动"))

        let bigEndian = try Sandbox()
        try bigEndian.initBooks()
        try Self.utf16(Self.tabVouchers, bigEndian: true).write(to: bigEndian.url.appendingPathComponent("be.txt"))
        try bigEndian.onBooks("voucher", "import", "be.txt").expectSuccess()
        #expect(try bigEndian.trialBalanceJSON() == sandbox.trialBalanceJSON())
    }

    @Test("UTF-16 with an unpaired surrogate is refused naming line and character, nothing written")
    func unpairedSurrogate() throws {
        try sandbox.initBooks()
        var bytes = [UInt8](Self.utf16("日期\t凭证号\n2026-01-05\t", bigEndian: false))
        bytes += [0x00, 0xD8, 0x41, 0x00]  // a high surrogate followed by "A"
        try write("bad.txt", Data(bytes))
        let before = try sandbox.snapshot()
        try sandbox.onBooks("voucher", "import", "bad.txt")
            .expectError(exitCode: 2, containing: "文件 bad.txt 第 2 行第 12 个字符处的字节不是有效的 UTF-16LE 编码")
        #expect(try sandbox.snapshot() == before)
    }

    @Test("the member register from a workbook (join dates as date cells, wages as numbers) gives the register the CSV gives")
    func membersFromWorkbook() throws {
        try sandbox.initMemberBooks()
        let csv = try sandbox.copy(fromRepository: "ledgers/examples/members-utf8.csv")
        let lines = String(decoding: try sandbox.bytes(csv), as: UTF8.self).split(whereSeparator: \.isNewline)
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let excelEpoch = try #require(utc.date(from: DateComponents(year: 1899, month: 12, day: 30)))
        let rows: [[WorkbookFixture.Cell]] = try lines.enumerated().map { index, line in
            try line.split(separator: ",", omittingEmptySubsequences: false).enumerated().map { column, field in
                let text = String(field)
                guard index > 0 else { return .text(text) }
                if column == 5 {
                    let parts = text.split(separator: "-").compactMap { Int($0) }
                    let date = try #require(utc.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])))
                    return .date(serial: try #require(utc.dateComponents([.day], from: excelEpoch, to: date).day))
                }
                return column == 8 ? .number(text) : .text(text)
            }
        }
        try write("members.xlsx", try WorkbookFixture(sheets: [("会员", rows)]).data())
        try sandbox.onBooks("member", "import", "members.xlsx").expectSuccess()

        let fromCSV = try Sandbox()
        try fromCSV.initMemberBooks()
        try fromCSV.onBooks("member", "import", try fromCSV.copy(fromRepository: "ledgers/examples/members-utf8.csv")).expectSuccess()
        let listed = try sandbox.onBooks("member", "list", "--format", "csv")
        listed.expectSuccess()
        #expect(listed.stdout.contains("2018-12-01"))
        #expect(listed.stdout == (try fromCSV.onBooks("member", "list", "--format", "csv")).stdout)
    }
}
