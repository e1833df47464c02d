import Foundation
import LedgerCore
import Testing
@testable import Reporting

@Suite("renderers")
struct RendererTests {
    static let report = Report(
        title: "科目余额表",
        headerLines: ["编制单位：示例<工会>", "单位：元"],
        tables: [Report.Table(
            columns: [Report.Column("科目名称", key: "name"), Report.Column("金额", key: "amount", alignment: .right)],
            rows: [[.text("会费|收入*"), .money(Money(fen: 123_450))], [.text("=cmd()"), .money(Money(fen: -5))]],
            totals: [[.text("合计"), .money(Money(fen: 123_445))]])],
        notes: ["试算平衡"],
        signatures: ["工会主席", "财务负责人", "复核", "制表"])

    @Test("every text format renders every part of the report", arguments: OutputFormat.allCases.filter { !$0.isBinary })
    func rendersEverything(_ format: OutputFormat) throws {
        let text = try Self.report.rendered(as: format)
        #expect(text.contains("科目余额表") || format == .csv)
        #expect(text.contains("1,234.50") || text.contains("1234.50"))
    }

    @Test("the table aligns Chinese text by display width")
    func tableAlignsWideCharacters() throws {
        let lines = try Self.report.rendered(as: .table).split(separator: "\n").map(String.init)
        let body = lines.filter { $0.contains("1,234.50") || $0.contains("-0.05") }
        #expect(body.count == 2)
        #expect(body.map(TableRenderer.displayWidth).allSatisfy { $0 == TableRenderer.displayWidth(body[0]) })
        #expect(lines.last == "工会主席：________    财务负责人：________    复核：________    制表：________")
    }

    @Test("CSV is UTF-8 with BOM and CRLF, money plain, formulas neutralised")
    func csv() throws {
        let text = try Self.report.rendered(as: .csv)
        #expect(text.hasPrefix("\u{FEFF}科目名称,金额\r\n"))
        #expect(text.contains("会费|收入*,1234.50\r\n"))
        #expect(text.contains("'=cmd(),-0.05\r\n"))
    }

    @Test("Markdown escapes table syntax and marks totals bold, money right-aligned")
    func markdown() throws {
        let text = try Self.report.rendered(as: .md)
        #expect(text.contains("| 会费\\|收入\\* | 1,234.50 |"))
        #expect(text.contains("|:---|---:|"))
        #expect(text.contains("| **合计** | **1,234.45** |"))
        #expect(text.contains("编制单位：示例\\<工会\\>"))
    }

    @Test("HTML is one self-contained A4 page with escaped text")
    func html() throws {
        let text = try Self.report.rendered(as: .html)
        #expect(text.hasPrefix("<!DOCTYPE html>"))
        #expect(text.contains("@page { size: A4"))
        #expect(text.contains("<span>编制单位：示例&lt;工会&gt;</span>"))
        #expect(text.contains("<td class=\"number\">1,234.50</td>"))
        #expect(text.contains("<tr class=\"total\">"))
        #expect(text.contains("<span>制表：__________</span>"))
        #expect(!text.contains("<script") && !text.contains("http"))
    }

    @Test("a labelled cell shows its label; JSON gives the value under the key and the label under KEY_label, on every row")
    func labelledCell() throws {
        let report = Report(title: "凭证列表", tables: [Report.Table(
            columns: [Report.Column("类型", key: "kind"), Report.Column("金额", key: "amount")],
            rows: [[.labelled(value: "normal", label: "记账"), .money(Money(fen: 100))], [.text(""), .money(Money(fen: 200))]],
            totals: [[.labelled(value: "total", label: "合计"), .money(Money(fen: 300))]])])
        #expect(try report.rendered(as: .csv).contains("记账,1.00\r\n"))
        #expect(try report.rendered(as: .table).contains("合计"))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(report.rendered(as: .json).utf8)) as? [String: Any])
        let table = try #require((document["tables"] as? [[String: Any]])?.first)
        let rows = try #require(table["rows"] as? [[String: String]])
        #expect(rows == [["kind": "normal", "kind_label": "记账", "amount": "1.00"], ["kind": "", "kind_label": "", "amount": "2.00"]])
        #expect(table["totals"] as? [[String: String]] == [["kind": "total", "kind_label": "合计", "amount": "3.00"]])
        #expect(table["columns"] as? [String] == ["kind", "amount"])
    }
}
