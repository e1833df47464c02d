import Foundation
import LedgerCore
import Testing
import ZIPFoundation
@testable import Reporting

/// The parts of an XLSX file, read back with ZIPFoundation: path → UTF-8 text.
func unzippedParts(_ data: Data) throws -> [String: String] {
    let archive = try Archive(data: data, accessMode: .read)
    var parts: [String: String] = [:]
    for entry in archive {
        var bytes = Data()
        _ = try archive.extract(entry) { bytes.append($0) }
        parts[entry.path] = String(decoding: bytes, as: UTF8.self)
    }
    return parts
}

@Suite("XLSX renderer")
struct XLSXRendererTests {
    static let report = Report(
        title: "科目余额表",
        headerLines: ["编制单位：示例<工会> & \"总部\"", "期间：2026-01 至 2026-01", "单位：元"],
        tables: [
            Report.Table(
                caption: "收入:明细[1]",
                columns: [Report.Column("日期", key: "date"), Report.Column("摘要", key: "summary"),
                          Report.Column("金额", key: "amount", alignment: .right), Report.Column("ID", key: "id")],
                rows: [[.date(try! LocalDate(year: 2026, month: 1, day: 5)), .text("会费\u{01}收入 a<b"),
                        .money(Money(fen: -123_450)), .integer(7)],
                       [.empty, .text("_x0041_"), .money(Money(fen: 5)), .empty]],
                totals: [[.text("合计"), .empty, .money(Money(fen: -123_445)), .empty]]),
            Report.Table(caption: "收入:明细[1]", columns: [Report.Column("科目", key: "name")], rows: [[.text("银行存款")]]),
        ],
        notes: ["试算平衡"],
        signatures: ["工会主席", "制表"])

    static func parts() throws -> [String: String] {
        try unzippedParts(try report.renderedData(as: .xlsx))
    }

    @Test("the package holds exactly the SpreadsheetML parts, one worksheet per table")
    func packageParts() throws {
        let parts = try Self.parts()
        #expect(Set(parts.keys) == ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                                    "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"])
        #expect(parts["[Content_Types].xml"]?.contains(#"PartName="/xl/worksheets/sheet2.xml""#) == true)
        #expect(parts["xl/_rels/workbook.xml.rels"]?.contains(#"Id="rId3""#) == true)
        #expect(parts["xl/styles.xml"]?.contains(#"<cellStyle name="Normal" xfId="0" builtinId="0"/>"#) == true)
    }

    @Test("sheet names are the captions, cleaned of []:*?/\\ and made unique")
    func sheetNames() throws {
        let workbook = try #require(try Self.parts()["xl/workbook.xml"])
        #expect(workbook.contains(#"<sheet name="收入_明细_1_" sheetId="1" r:id="rId1"/>"#))
        #expect(workbook.contains(#"<sheet name="收入_明细_1_ (2)" sheetId="2" r:id="rId2"/>"#))
    }

    @Test("money is an exact number in #,##0.00 with negatives in red, ruled; totals are bold")
    func money() throws {
        let parts = try Self.parts()
        let sheet = try #require(parts["xl/worksheets/sheet1.xml"])
        #expect(sheet.contains(#"<c r="C8" s="2"><v>-1234.50</v></c>"#))
        #expect(sheet.contains(#"<c r="C9" s="2"><v>0.05</v></c>"#))
        #expect(sheet.contains(#"<c r="C10" s="3"><v>-1234.45</v></c>"#))
        #expect(sheet.contains(#"<c r="D8" s="8"><v>7</v></c>"#))
        // cellXfs 2 and 3 are money (numFmt 165: thousands, two decimals, red negatives) with a thin
        // border, 3 in bold.
        let styles = try #require(parts["xl/styles.xml"])
        #expect(styles.contains(##"<numFmt numFmtId="165" formatCode="#,##0.00;[Red]-#,##0.00"/>"##))
        #expect(styles.contains(#"<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right>"#))
        let formats = styles.components(separatedBy: "<cellXfs")[1].components(separatedBy: "<xf ").dropFirst()
        #expect(formats.count == 10)
        #expect(Array(formats)[2].hasPrefix(#"numFmtId="165" fontId="0" fillId="0" borderId="1""#))
        #expect(Array(formats)[3].hasPrefix(#"numFmtId="165" fontId="1" fillId="0" borderId="1""#))
    }

    @Test("dates are serial numbers in the yyyy-mm-dd date style")
    func dates() throws {
        let sheet = try #require(try Self.parts()["xl/worksheets/sheet1.xml"])
        #expect(sheet.contains(#"<c r="A8" s="4"><v>46027</v></c>"#))
        #expect(try #require(try Self.parts()["xl/styles.xml"]).contains(#"formatCode="yyyy\-mm\-dd""#))
        let leapBugDay = try LocalDate(year: 1900, month: 2, day: 28)
        guard case .text("1900-02-28") = Worksheet.Value.date(leapBugDay) else {
            Issue.record("dates before 1900-03-01 must stay text")
            return
        }
    }

    @Test("title, header lines, bold headings, notes and signature; text escaped, controls dropped, CJK kept")
    func layoutAndText() throws {
        let sheet = try #require(try Self.parts()["xl/worksheets/sheet1.xml"])
        #expect(sheet.contains(#"<c r="A1" s="6" t="inlineStr"><is><t xml:space="preserve">科目余额表</t></is></c>"#))
        #expect(sheet.contains(#"<t xml:space="preserve">编制单位：示例&lt;工会&gt; &amp; &quot;总部&quot;</t>"#))
        #expect(sheet.contains(#"<c r="A6" s="1" t="inlineStr"><is><t xml:space="preserve">收入:明细[1]</t>"#))
        #expect(sheet.contains(#"<c r="B8" s="8" t="inlineStr"><is><t xml:space="preserve">会费收入 a&lt;b</t></is></c>"#))
        #expect(sheet.contains(#"<c r="D7" s="7" t="inlineStr"><is><t xml:space="preserve">ID</t></is></c>"#))
        #expect(sheet.contains("<t xml:space=\"preserve\">_x005F_x0041_</t>"))
        // The last table's sheet carries the notes and the signature line; the first does not.
        #expect(!sheet.contains("试算平衡"))
        let last = try #require(try Self.parts()["xl/worksheets/sheet2.xml"])
        #expect(last.contains("试算平衡"))
        #expect(last.contains("工会主席：________    制表：________"))
        #expect(last.contains(#"<c r="A7" s="7" t="inlineStr"><is><t xml:space="preserve">科目</t>"#))
    }

    @Test("column widths follow the widest value, CJK counted double")
    func columnWidths() throws {
        let sheet = try #require(try Self.parts()["xl/worksheets/sheet2.xml"])
        // 银行存款: four wide characters = 8, plus 2.
        #expect(sheet.contains(#"<col min="1" max="1" width="10" customWidth="1"/>"#))
        let first = try #require(try Self.parts()["xl/worksheets/sheet1.xml"])
        #expect(first.contains(#"<col min="1" max="1" width="12" customWidth="1"/>"#), "a date is ten characters")
    }

    @Test("the same report gives the same bytes")
    func deterministic() throws {
        let first = try Self.report.renderedData(as: .xlsx)
        #expect(first.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        #expect(try Self.report.renderedData(as: .xlsx) == first)
    }

    @Test("a report with no table still gives one sheet named after its title")
    func noTables() throws {
        let parts = try unzippedParts(try Report(title: "空/报表", tables: [], notes: ["无数据"]).renderedData(as: .xlsx))
        #expect(parts["xl/workbook.xml"]?.contains(#"<sheet name="空_报表""#) == true)
        #expect(parts["xl/worksheets/sheet1.xml"]?.contains("无数据") == true)
    }

    @Test("xlsx is not text")
    func notText() {
        #expect(throws: ReportingError.formatMustBeText(format: "xlsx")) { try Self.report.rendered(as: .xlsx) }
    }
}

@Suite("sheet names")
struct SheetNameTests {
    @Test("Excel's rules: ≤ 31 UTF-16 units, no []:*?/\\, no apostrophe at the ends, unique ignoring case", arguments: [
        ("a/b\\c?d*e:f[g]h", "a_b_c_d_e_f_g_h"),
        ("'quoted'", "quoted"),
        ("", "Sheet"),
        ("\u{01}\u{02}", "Sheet"),
        ("History", "History_"),
        ("中华全国总工会基层工会经费收支预算执行情况及决算明细表附注一二三四五六七八九十", "中华全国总工会基层工会经费收支预算执行情况及决算明细表附注一二三四五六七八九十"),
        (String(repeating: "x", count: 40), String(repeating: "x", count: 31)),
    ])
    func cleaned(wanted: String, expected: String) {
        var taken = Set<String>()
        let name = SpreadsheetML.sheetName(wanted, taken: &taken)
        #expect(name == String(expected.prefix(31)))
        #expect(name.utf16.count <= 31)
    }

    @Test("a taken name gets a numbered suffix within 31 units")
    func unique() {
        var taken = Set<String>()
        let long = String(repeating: "表", count: 31)
        #expect(SpreadsheetML.sheetName("Report", taken: &taken) == "Report")
        #expect(SpreadsheetML.sheetName("report", taken: &taken) == "report (2)")
        #expect(SpreadsheetML.sheetName("REPORT", taken: &taken) == "REPORT (3)")
        #expect(SpreadsheetML.sheetName(long, taken: &taken) == long)
        let second = SpreadsheetML.sheetName(long, taken: &taken)
        #expect(second == String(repeating: "表", count: 27) + " (2)")
        #expect(second.utf16.count == 31)
    }

    @Test("column names run A…Z, AA…")
    func columnNames() {
        #expect([0, 25, 26, 27, 701, 702].map(SpreadsheetML.columnName) == ["A", "Z", "AA", "AB", "ZZ", "AAA"])
    }
}
