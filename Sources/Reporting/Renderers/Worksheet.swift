import LedgerCore

/// One worksheet's XML, built row by row: inline strings, exact decimal numbers, date serials,
/// and column widths that follow the widest value in each column.
struct Worksheet {
    /// What a cell holds, as the sheet stores it.
    enum Value {
        case text(String)
        /// Decimal text written as is (`-1234.50`): amounts never pass through a binary float.
        case number(String)
        case empty
    }

    typealias Style = SpreadsheetML.Style

    private var rowsXML = ""
    private var rowCount = 0
    private var widths: [Int] = []

    /// Column widths in Excel's units (about one Latin digit), CJK counted double.
    static let widthMin = 6
    static let widthMax = 60

    /// Appends a row. `measured` says whether its cells widen their columns: a title or a note
    /// may spill over empty neighbours instead.
    mutating func addRow(_ cells: [(Value, Style)], measured: Bool = true) {
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
                continue
            }
            if measured { widen(index, to: Self.width(of: value, style)) }
        }
        rowsXML += xml + "</row>"
    }

    /// Leaves a blank row.
    mutating func skipRow() { rowCount += 1 }

    /// Appends one text cell in column A.
    mutating func addLine(_ text: String, style: Style = .normal) {
        addRow([(.text(text), style)], measured: false)
    }

    private mutating func widen(_ column: Int, to width: Int) {
        if widths.count <= column { widths += [Int](repeating: Self.widthMin, count: column + 1 - widths.count) }
        widths[column] = max(widths[column], width)
    }

    private static func width(of value: Value, _ style: Style) -> Int {
        let characters: Int
        switch value {
        case .text(let text): characters = TableRenderer.displayWidth(text)
        case .number(let decimal): characters = style == .date || style == .dateBold ? 10 : decimal.utf8.count
        case .empty: characters = 0
        }
        return min(max(characters + 2, widthMin), widthMax)
    }

    /// The worksheet part, set up to print on A4.
    var xml: String {
        var parts = [SpreadsheetML.declaration,
                     "<worksheet xmlns=\"\(SpreadsheetML.mainNamespace)\" xmlns:r=\"\(SpreadsheetML.relationshipNamespace)\">"]
        if !widths.isEmpty {
            parts.append("<cols>" + widths.enumerated().map { index, width in
                "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
            }.joined() + "</cols>")
        }
        parts.append(rowsXML.isEmpty ? "<sheetData/>" : "<sheetData>" + rowsXML + "</sheetData>")
        parts.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
        parts.append("<pageSetup paperSize=\"9\" orientation=\"portrait\"/>")
        parts.append("</worksheet>")
        return parts.joined()
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
