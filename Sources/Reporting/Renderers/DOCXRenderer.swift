import Foundation
import ZIPFoundation

/// Renders a report as a Word document: the title, the header lines, each table as a heading (its
/// caption), its paragraphs and a ruled table (bold headings and totals, money right-aligned), the
/// notes, and the signature block as a borderless row of places to sign.
///
/// The bytes are deterministic like the workbook's: parts in a fixed order, every zip entry
/// stamped 1980-01-01 00:00.
enum DOCXRenderer {
    static func render(_ report: Report) throws -> Data {
        try package(try document(report))
    }

    /// `word/document.xml`.
    static func document(_ report: Report) throws -> String {
        var body = WordprocessingML.paragraph(report.title, style: "Title")
        for line in report.headerLines { body += WordprocessingML.paragraph(line, alignment: "center") }
        for table in report.tables {
            if !table.caption.isEmpty { body += WordprocessingML.paragraph(table.caption, style: "Heading1") }
            for paragraph in table.paragraphs { body += WordprocessingML.paragraph(paragraph, style: "BodyText") }
            if table.hasGrid { body += grid(table) }
        }
        for note in try report.resolvedNotes() { body += WordprocessingML.paragraph(note) }
        if !report.signatures.isEmpty { body += signatureBlock(report.signatures) }
        if let journal = report.journal { body += WordprocessingML.paragraph(journal.line) }
        return WordprocessingML.document(body: body)
    }

    /// A ruled table at full width: the heading row repeats on every page.
    private static func grid(_ table: Report.Table) -> String {
        var xml = #"<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/><w:tblLook w:val="04A0"/></w:tblPr>"#
        xml += "<w:tblGrid>" + table.columns.map { _ in #"<w:gridCol w:w="\#(9072 / max(table.columns.count, 1))"/>"# }.joined() + "</w:tblGrid>"
        xml += #"<w:tr><w:trPr><w:tblHeader/></w:trPr>"#
            + table.columns.map { cell($0.heading, bold: true, alignment: "center") }.joined() + "</w:tr>"
        for (rows, bold) in [(table.rows, false), (table.totals, true)] {
            for row in rows {
                xml += "<w:tr>"
                for (index, column) in table.columns.enumerated() {
                    let text = index < row.count ? row[index].display : ""
                    xml += cell(text, bold: bold, alignment: column.alignment == .right ? "right" : nil)
                }
                xml += "</w:tr>"
            }
        }
        return xml + "</w:tbl>" + WordprocessingML.paragraph("")
    }

    private static func cell(_ text: String, bold: Bool, alignment: String?) -> String {
        "<w:tc>" + WordprocessingML.paragraph(text, alignment: alignment, bold: bold) + "</w:tc>"
    }

    /// The places to sign, side by side, with room above the line.
    private static func signatureBlock(_ signatures: [String]) -> String {
        var xml = WordprocessingML.paragraph("")
        xml += #"<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders></w:tblPr>"#
        xml += "<w:tblGrid>" + signatures.map { _ in #"<w:gridCol w:w="\#(9072 / signatures.count)"/>"# }.joined() + "</w:tblGrid><w:tr>"
        for label in signatures {
            xml += "<w:tc>" + WordprocessingML.paragraph(Report.signaturePlace(label) + "__________") + "</w:tc>"
        }
        return xml + "</w:tr></w:tbl>"
    }

    /// Zips the parts in memory, `[Content_Types].xml` first.
    static func package(_ document: String) throws -> Data {
        let parts: [(String, String)] = [
            ("[Content_Types].xml", WordprocessingML.contentTypes),
            ("_rels/.rels", WordprocessingML.rootRelationships),
            ("word/document.xml", document),
            ("word/_rels/document.xml.rels", WordprocessingML.documentRelationships),
            ("word/styles.xml", WordprocessingML.styles),
        ]
        let archive = try Archive(accessMode: .create)
        for (path, xml) in parts {
            let data = Data(xml.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: XLSXRenderer.entryDate,
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw ReportingError.outputMustBeWritable(path: "docx", reason: "zip archive not created") }
        return data
    }
}
