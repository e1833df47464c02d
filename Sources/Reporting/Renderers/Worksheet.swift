import Foundation
import LedgerCore

/// One worksheet's XML, built row by row: inline strings, exact decimal numbers, date serials,
/// and column widths that follow the widest value in each column. Rows past `spillSize` bytes go
/// to a temporary file, so a sheet of a million rows is never held in memory; the part is read
/// back (`SheetPart`) when the workbook is zipped, its `<cols>` written first from the widths seen.
///
/// Set up for paper: A4, fitted to one page wide, landscape when the table is wide; the heading
/// row frozen on screen and repeated on every printed page (the workbook's print titles).
final class Worksheet {
    /// What a cell holds, as the sheet stores it.
    enum Value {
        case text(String)
        /// Decimal text written as is (`-1234.50`): amounts never pass through a binary float.
        case number(String)
        case empty
    }

    typealias Style = SpreadsheetML.Style

    private var rowsXML = ""
    private var spill: SpillFile?
    private(set) var rowCount = 0
    private var widths: [Int] = []
    /// The row of the column headings: frozen and printed on every page.
    private(set) var headingRow: Int?
    var landscape = false
    /// Fitted to one page tall as well as wide (a notice); otherwise as many pages tall as it takes.
    var fitsOnePage = false

    /// Column widths in Excel's units (about one Latin digit), CJK counted double.
    static let widthMin = 6
    static let widthMax = 60
    /// Rows held in memory before they go to the temporary file.
    static let spillSize = 1 << 20

    deinit { spill?.remove() }

    /// Appends a row. `measured` says whether its cells widen their columns: a title or a note
    /// may spill over empty neighbours instead.
    func addRow(_ cells: [(Value, Style)], measured: Bool = true) throws {
        rowCount += 1
        var xml = "<row r=\"\(rowCount)\">"
        for (index, (value, style)) in cells.enumerated() {
            let reference = SpreadsheetML.columnName(index) + String(rowCount)
            let styleAttribute = style == .normal ? "" : " s=\"\(style.rawValue)\""
            switch value {
            case .text(let text) where !text.isEmpty:
                xml += "<c r=\"\(reference)\"\(styleAttribute) t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                    + SpreadsheetML.cellText(text) + "</t></is></c>"
            case .number(let decimal):
                xml += "<c r=\"\(reference)\"\(styleAttribute)><v>\(decimal)</v></c>"
            case .text, .empty:
                // A bordered empty cell keeps the grid closed on paper.
                if style.isBordered { xml += "<c r=\"\(reference)\" s=\"\(style.rawValue)\"/>" }
                continue
            }
            if measured { widen(index, to: Self.width(of: value, style)) }
        }
        rowsXML += xml + "</row>"
        if rowsXML.utf8.count >= Self.spillSize {
            if spill == nil { spill = try SpillFile() }
            try spill?.append(rowsXML)
            rowsXML = ""
        }
    }

    /// Bytes of rows held in memory (not yet in the temporary file).
    var heldBytes: Int { rowsXML.utf8.count }

    /// Appends the column headings: the row frozen on screen and repeated on printed pages.
    func addHeadings(_ cells: [(Value, Style)]) throws {
        try addRow(cells)
        headingRow = rowCount
    }

    /// Leaves a blank row.
    func skipRow() { rowCount += 1 }

    /// Appends one text cell in column A.
    func addLine(_ text: String, style: Style = .normal) throws {
        try addRow([(.text(text), style)], measured: false)
    }

    private func widen(_ column: Int, to width: Int) {
        if widths.count <= column { widths += [Int](repeating: Self.widthMin, count: column + 1 - widths.count) }
        widths[column] = max(widths[column], width)
    }

    private static func width(of value: Value, _ style: Style) -> Int {
        let characters: Int
        switch value {
        case .text(let text): characters = TableRenderer.displayWidth(text)
        case .number(let decimal):
            switch style {
            case .date, .dateBold: characters = 10
            // `#,##0.00` adds a separator every three digits of the whole part.
            case .money, .moneyBold: characters = decimal.utf8.count + max(0, (decimal.split(separator: ".").first ?? "").filter(\.isNumber).count - 1) / 3
            default: characters = decimal.utf8.count
            }
        case .empty: characters = 0
        }
        return min(max(characters + 2, widthMin), widthMax)
    }

    /// Everything before the rows: page properties, the frozen pane, the column widths.
    var prefix: String {
        var parts = [SpreadsheetML.declaration,
                     "<worksheet xmlns=\"\(SpreadsheetML.mainNamespace)\" xmlns:r=\"\(SpreadsheetML.relationshipNamespace)\">",
                     "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"]
        if let headingRow {
            parts.append("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"\(headingRow)\" topLeftCell=\"A\(headingRow + 1)\""
                         + " activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/></sheetView></sheetViews>")
        }
        if !widths.isEmpty {
            parts.append("<cols>" + widths.enumerated().map { index, width in
                "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
            }.joined() + "</cols>")
        }
        parts.append("<sheetData>")
        return parts.joined()
    }

    /// Everything after the rows: margins and the A4 page fitted to one page wide (and tall, for a notice).
    var suffix: String {
        "</sheetData><printOptions horizontalCentered=\"1\"/>"
            + "<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
            + "<pageSetup paperSize=\"9\" orientation=\"\(landscape ? "landscape" : "portrait")\" fitToWidth=\"1\" fitToHeight=\"\(fitsOnePage ? 1 : 0)\"/>"
            + "<headerFooter><oddFooter>&amp;C&amp;P / &amp;N</oddFooter></headerFooter>"
            + "</worksheet>"
    }

    /// The print titles of this sheet (`$7:$7`), when it has headings.
    var printTitles: String? { headingRow.map { "$\($0):$\($0)" } }

    /// The part's bytes as the zip reads them: prefix, spilled rows, held rows, suffix.
    func part() throws -> SheetPart {
        try spill?.finish()
        return SheetPart(head: Data(prefix.utf8), spill: spill, tail: Data((rowsXML + suffix).utf8))
    }

    /// The whole part as text (tests; small sheets).
    var xml: String {
        get throws {
            let part = try part()
            return String(decoding: try part.read(at: 0, count: part.size), as: UTF8.self)
        }
    }
}

/// Rows written out of memory while a sheet is built; removed when the sheet goes.
final class SpillFile {
    let url: URL
    private let handle: FileHandle
    private(set) var size = 0

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-sheet-\(UUID().uuidString).xml")
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw ReportingError.outputMustBeWritable(path: url.path, reason: "temporary sheet file not created")
        }
        handle = try FileHandle(forUpdating: url)
    }

    func append(_ text: String) throws {
        let data = Data(text.utf8)
        try handle.write(contentsOf: data)
        size += data.count
    }

    func finish() throws { try handle.synchronize() }

    func read(at offset: Int, count: Int) throws -> Data {
        try handle.seek(toOffset: UInt64(offset))
        return try handle.read(upToCount: count) ?? Data()
    }

    func remove() {
        try? handle.close()
        try? FileManager.default.removeItem(at: url)
    }
}

/// A worksheet part read in pieces by the zip writer.
struct SheetPart {
    let head: Data
    let spill: SpillFile?
    let tail: Data

    var size: Int { head.count + (spill?.size ?? 0) + tail.count }

    /// `count` bytes from `position`, across the three pieces.
    func read(at position: Int, count: Int) throws -> Data {
        var result = Data()
        result.reserveCapacity(count)
        var position = position
        var remaining = count
        let spillSize = spill?.size ?? 0
        while remaining > 0 {
            let piece: Data
            if position < head.count {
                piece = head.subdata(in: position..<min(head.count, position + remaining))
            } else if position < head.count + spillSize, let spill {
                let offset = position - head.count
                piece = try spill.read(at: offset, count: min(remaining, spillSize - offset))
            } else {
                let offset = position - head.count - spillSize
                guard offset < tail.count else { break }
                piece = tail.subdata(in: offset..<min(tail.count, offset + remaining))
            }
            guard !piece.isEmpty else { break }
            result.append(piece)
            position += piece.count
            remaining -= piece.count
        }
        return result
    }
}

extension Worksheet.Value {
    /// Excel's day number for a date: days since 1899-12-30. Excel counts a 29 February 1900 that
    /// never was, so serials before 1900-03-01 would be a day off: such dates stay text.
    static func date(_ date: LocalDate) -> Worksheet.Value {
        guard date.year > 1900 || date.month > 2 else { return .text(date.description) }
        return .number(String(date.daysSinceEpoch + 25_569))
    }
}
