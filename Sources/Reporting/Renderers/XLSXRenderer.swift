import Foundation
import ZIPFoundation

/// Renders a report as an Excel workbook: one sheet per table, named after its caption or the
/// report's title. Each sheet starts with the title and header lines (编制单位, period, 单位：元),
/// then ruled, bold column headings (frozen, and repeated on every printed page), the rows, and
/// bold totals; money is a real number in `#,##0.00` (negative in red), dates are date cells. The
/// notes and the signature line follow the last table. A wide table prints landscape; every sheet
/// is fitted to one page wide.
///
/// Rows go to each sheet's temporary file as they arrive (`Worksheet`), and the workbook is
/// zipped from those files: a fed listing of any length is never held in memory.
///
/// The bytes are deterministic: parts in a fixed order, every zip entry stamped 1980-01-01 00:00
/// (the earliest time a zip can hold), so the same report always gives the same file.
enum XLSXRenderer {
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    static func render(_ report: Report) throws -> Data {
        let archive = try Archive(accessMode: .create)
        try fill(archive, with: try sheets(report))
        guard let data = archive.data else { throw ReportingError.outputMustBeWritable(path: "xlsx", reason: "zip archive not created") }
        return data
    }

    /// Writes the workbook to `out`: zipped into a temporary file, then copied.
    static func render(_ report: Report, to out: any ReportWriter) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            let archive = try Archive(url: url, accessMode: .create)
            try fill(archive, with: try sheets(report))
        }
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        while let chunk = try handle.read(upToCount: 1 << 16), !chunk.isEmpty { try out.write(chunk) }
    }

    /// Each sheet's name and worksheet.
    static func sheets(_ report: Report) throws -> [(name: String, sheet: Worksheet)] {
        var taken = Set<String>()
        guard !report.tables.isEmpty else {
            let worksheet = Worksheet()
            worksheet.fitsOnePage = report.fitsOnePage
            try addHeading(report, to: worksheet)
            try addFoot(report, to: worksheet)
            return [(SpreadsheetML.sheetName(report.title, taken: &taken), worksheet)]
        }
        return try report.tables.enumerated().map { index, table in
            let worksheet = Worksheet()
            worksheet.landscape = table.printsLandscape
            worksheet.fitsOnePage = report.fitsOnePage
            try addHeading(report, to: worksheet)
            if !table.caption.isEmpty { try worksheet.addLine(table.caption, style: .bold) }
            for paragraph in table.paragraphs { try worksheet.addLine(paragraph) }
            if table.hasGrid { try worksheet.addHeadings(table.columns.map { (.text($0.heading), .heading) }) }
            try table.forEachRow { row in try worksheet.addRow(cells(row, table.columns.count, bold: false)) }
            for row in try table.resolvedTotals() { try worksheet.addRow(cells(row, table.columns.count, bold: true)) }
            if index == report.tables.count - 1 { try addFoot(report, to: worksheet) }
            let name = SpreadsheetML.sheetName(table.caption.isEmpty ? report.title : table.caption, taken: &taken)
            return (name, worksheet)
        }
    }

    private static func addHeading(_ report: Report, to worksheet: Worksheet) throws {
        try worksheet.addLine(report.title, style: .title)
        for line in report.headerLines { try worksheet.addLine(line) }
        worksheet.skipRow()
    }

    private static func addFoot(_ report: Report, to worksheet: Worksheet) throws {
        let notes = try report.resolvedNotes()
        if !notes.isEmpty {
            worksheet.skipRow()
            for note in notes { try worksheet.addLine(note) }
        }
        if let signatureLine = report.signatureLine {
            worksheet.skipRow()
            try worksheet.addLine(signatureLine)
        }
        if let journal = report.journal {
            worksheet.skipRow()
            try worksheet.addLine(journal.line)
        }
    }

    /// A grid row, ruled across every column (a short row gets empty ruled cells).
    private static func cells(_ row: [Report.Cell], _ columnCount: Int, bold: Bool) -> [(Worksheet.Value, SpreadsheetML.Style)] {
        var result = row.map { cell($0, bold: bold) }
        while result.count < columnCount { result.append((.empty, bold ? .cellBold : .cell)) }
        return result
    }

    private static func cell(_ cell: Report.Cell, bold: Bool) -> (Worksheet.Value, SpreadsheetML.Style) {
        switch cell {
        case .text(let text), .labelled(_, let text): (.text(text), bold ? .cellBold : .cell)
        case .money(let money): (.number(money.plainString), bold ? .moneyBold : .money)
        case .integer(let value): (.number(String(value)), bold ? .cellBold : .cell)
        case .date(let date): (.date(date), bold ? .dateBold : .date)
        case .empty: (.empty, bold ? .cellBold : .cell)
        }
    }

    /// Zips the parts, `[Content_Types].xml` first as readers expect; each sheet is read from its
    /// pieces as the zip asks for them.
    static func fill(_ archive: Archive, with sheets: [(name: String, sheet: Worksheet)]) throws {
        let fixed: [(String, String)] = [
            ("[Content_Types].xml", SpreadsheetML.contentTypes(sheetCount: sheets.count)),
            ("_rels/.rels", SpreadsheetML.rootRelationships),
            ("xl/workbook.xml", SpreadsheetML.workbook(sheetNames: sheets.map(\.name), printTitles: sheets.map(\.sheet.printTitles))),
            ("xl/_rels/workbook.xml.rels", SpreadsheetML.workbookRelationships(sheetCount: sheets.count)),
            ("xl/styles.xml", SpreadsheetML.styles),
        ]
        for (path, xml) in fixed {
            let data = Data(xml.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        for (index, sheet) in sheets.enumerated() {
            let part = try sheet.sheet.part()
            try archive.addEntry(with: "xl/worksheets/sheet\(index + 1).xml", type: .file, uncompressedSize: Int64(part.size),
                                 modificationDate: entryDate, compressionMethod: .deflate) { position, size in
                try part.read(at: Int(position), count: size)
            }
        }
    }
}

extension Report.Table {
    /// Printed across the page: asked for, or eight columns or more (a ledger, a register, arrears; a notice
    /// of seven stays an upright letter).
    public var printsLandscape: Bool { page == .landscape || (page == nil && columns.count >= 8) }
}
