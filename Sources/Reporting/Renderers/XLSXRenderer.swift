import Foundation
import ZIPFoundation

/// Renders a report as an Excel workbook: one sheet per table, named after its caption or the
/// report's title. Each sheet starts with the title and header lines (编制单位, period, 单位：元),
/// then bold column headings, the rows, and bold totals; money is a real number in `0.00`, dates
/// are date cells. The notes and the signature line follow the last table.
///
/// The bytes are deterministic: parts in a fixed order, every zip entry stamped 1980-01-01 00:00
/// (the earliest time a zip can hold), so the same report always gives the same file.
enum XLSXRenderer {
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    static func render(_ report: Report) throws -> Data {
        try package(sheets(report))
    }

    /// Each sheet's name and worksheet XML.
    static func sheets(_ report: Report) -> [(name: String, xml: String)] {
        var taken = Set<String>()
        guard !report.tables.isEmpty else {
            var worksheet = Worksheet()
            addHeading(report, to: &worksheet)
            addFoot(report, to: &worksheet)
            return [(SpreadsheetML.sheetName(report.title, taken: &taken), worksheet.xml)]
        }
        return report.tables.enumerated().map { index, table in
            var worksheet = Worksheet()
            addHeading(report, to: &worksheet)
            if !table.caption.isEmpty { worksheet.addLine(table.caption, style: .bold) }
            for paragraph in table.paragraphs { worksheet.addLine(paragraph) }
            if table.hasGrid { worksheet.addRow(table.columns.map { (.text($0.heading), .heading) }) }
            for row in table.rows { worksheet.addRow(row.map { cell($0, bold: false) }) }
            for row in table.totals { worksheet.addRow(row.map { cell($0, bold: true) }) }
            if index == report.tables.count - 1 { addFoot(report, to: &worksheet) }
            let name = SpreadsheetML.sheetName(table.caption.isEmpty ? report.title : table.caption, taken: &taken)
            return (name, worksheet.xml)
        }
    }

    private static func addHeading(_ report: Report, to worksheet: inout Worksheet) {
        worksheet.addLine(report.title, style: .title)
        for line in report.headerLines { worksheet.addLine(line) }
        worksheet.skipRow()
    }

    private static func addFoot(_ report: Report, to worksheet: inout Worksheet) {
        if !report.notes.isEmpty {
            worksheet.skipRow()
            for note in report.notes { worksheet.addLine(note) }
        }
        if let signatureLine = report.signatureLine {
            worksheet.skipRow()
            worksheet.addLine(signatureLine)
        }
        if let journal = report.journal {
            worksheet.skipRow()
            worksheet.addLine(journal.line)
        }
    }

    private static func cell(_ cell: Report.Cell, bold: Bool) -> (Worksheet.Value, SpreadsheetML.Style) {
        switch cell {
        case .text(let text), .labelled(_, let text): (.text(text), bold ? .bold : .normal)
        case .money(let money): (.number(money.plainString), bold ? .moneyBold : .money)
        case .integer(let value): (.number(String(value)), bold ? .bold : .normal)
        case .date(let date): (.date(date), bold ? .dateBold : .date)
        case .empty: (.empty, .normal)
        }
    }

    /// Zips the parts in memory, `[Content_Types].xml` first as readers expect.
    static func package(_ sheets: [(name: String, xml: String)]) throws -> Data {
        var parts: [(String, String)] = [
            ("[Content_Types].xml", SpreadsheetML.contentTypes(sheetCount: sheets.count)),
            ("_rels/.rels", SpreadsheetML.rootRelationships),
            ("xl/workbook.xml", SpreadsheetML.workbook(sheetNames: sheets.map(\.name))),
            ("xl/_rels/workbook.xml.rels", SpreadsheetML.workbookRelationships(sheetCount: sheets.count)),
            ("xl/styles.xml", SpreadsheetML.styles),
        ]
        for (index, sheet) in sheets.enumerated() { parts.append(("xl/worksheets/sheet\(index + 1).xml", sheet.xml)) }
        let archive = try Archive(accessMode: .create)
        for (path, xml) in parts {
            let data = Data(xml.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw ReportingError.outputMustBeWritable(path: "xlsx", reason: "zip archive not created") }
        return data
    }
}
