/// Renders a report as CSV for Excel: UTF-8 with a BOM (so Excel detects the encoding), CRLF line
/// ends, money as plain `1234.50` so cells stay numeric.
enum CSVRenderer {
    static func render(_ report: Report) throws -> String {
        let writer = StringWriter()
        try render(report, to: writer)
        return writer.text
    }

    /// One line per row as it arrives; the BOM first (a GB18030 writer drops it).
    static func render(_ report: Report, to out: any ReportWriter) throws {
        try out.write("\u{FEFF}")
        // CSV carries the data: a text-only section has none.
        for (index, table) in report.tables.filter(\.hasGrid).enumerated() {
            if index > 0 { try out.write("\r\n") }
            try out.write(table.columns.map { escape($0.heading) }.joined(separator: ",") + "\r\n")
            try table.forEachRow { row in try out.write(line(row)) }
            for row in try table.resolvedTotals() { try out.write(line(row)) }
        }
        if !report.tables.contains(where: \.hasGrid) { try out.write("\r\n") }
    }

    private static func line(_ row: [Report.Cell]) -> String {
        row.map { escape(csvText($0)) }.joined(separator: ",") + "\r\n"
    }

    static func csvText(_ cell: Report.Cell) -> String {
        switch cell {
        case .money(let money): money.plainString
        default: cell.display
        }
    }

    /// Quotes a field when it holds a separator, quote or line break; neutralises a leading
    /// `=`, `+`, `-` or `@` in text so Excel does not run it as a formula.
    static func escape(_ text: String) -> String {
        var text = text
        if let first = text.first, "=+@".contains(first) || (first == "-" && Int64(text) == nil && !isAmount(text)) {
            text = "'" + text
        }
        // By scalar: Swift reads "\r\n" as one Character equal to neither "\r" nor "\n".
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func isAmount(_ text: String) -> Bool {
        Money.parseFen(text.utf8) != nil
    }
}

import LedgerCore

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
