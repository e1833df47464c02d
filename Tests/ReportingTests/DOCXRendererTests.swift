import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import LedgerCore
import Testing
import ZIPFoundation
@testable import Reporting

/// The Word package: its parts, well-formed XML with the title, headings, paragraphs, a ruled
/// table and the signature block. That LibreOffice opens it is tested end to end in CLITests
/// (`AuditCLITests`), where processes are run.
@Suite("DOCX renderer")
struct DOCXRendererTests {
    static let report = Report(
        title: "关于示例工会 2026 年经费收支情况的审查报告",
        headerLines: ["经费审查委员会", "单位：元"],
        tables: [
            .text("一、审查依据与范围", ["根据《工会法》第四十五条 & 章程 <审查>。", "第二段"]),
            Report.Table(caption: "二、收入情况", paragraphs: ["收入合计 1,234.50 元。"],
                         columns: [Report.Column("项目", key: "item"), Report.Column("金额", key: "amount", alignment: .right)],
                         rows: [[.text("会费收入"), .money(Money(fen: 123_450))], [.text("控制\u{01}字符"), .empty]],
                         totals: [[.text("合计"), .money(Money(fen: 123_450))]]),
        ],
        notes: ["附注"],
        signatures: ["经费审查委员会主任", "日期"])

    @Test("the package holds the WordprocessingML parts, content types first")
    func packageParts() throws {
        let data = try Self.report.renderedData(as: .docx)
        let archive = try Archive(data: data, accessMode: .read)
        #expect(archive.map(\.path) == ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml"])
        let parts = try unzippedParts(data)
        #expect(parts["[Content_Types].xml"]?.contains("wordprocessingml.document.main+xml") == true)
        #expect(parts["word/styles.xml"]?.contains(#"w:styleId="Heading1""#) == true)
    }

    @Test("every part is well-formed XML")
    func wellFormed() throws {
        for (path, text) in try unzippedParts(try Self.report.renderedData(as: .docx)) {
            let parser = XMLParser(data: Data(text.utf8))
            #expect(parser.parse(), "\(path): \(parser.parserError.map { "\($0)" } ?? "")")
        }
    }

    @Test("title, headings, paragraphs, the table with bold totals, and the places to sign")
    func document() throws {
        let xml = try #require(try unzippedParts(try Self.report.renderedData(as: .docx))["word/document.xml"])
        #expect(xml.contains(#"<w:pStyle w:val="Title"/></w:pPr><w:r><w:t xml:space="preserve">关于示例工会 2026 年经费收支情况的审查报告</w:t>"#))
        #expect(xml.contains(#"<w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">一、审查依据与范围</w:t>"#))
        #expect(xml.contains("根据《工会法》第四十五条 &amp; 章程 &lt;审查&gt;。"))
        #expect(xml.contains(#"<w:tblStyle w:val="TableGrid"/>"#))
        #expect(xml.contains(#"<w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">1,234.50</w:t>"#))
        #expect(xml.contains("控制字符"), "control characters are dropped")
        #expect(xml.contains("经费审查委员会主任：__________"))
        #expect(xml.contains(#"<w:pgSz w:w="11906" w:h="16838"/>"#), "A4")
    }

    @Test("the same report gives the same bytes")
    func deterministic() throws {
        #expect(try Self.report.renderedData(as: .docx) == (try Self.report.renderedData(as: .docx)))
    }
}
