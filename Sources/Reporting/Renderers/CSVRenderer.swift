/// Renders a report as CSV for Excel: UTF-8 with a BOM (so Excel detects the encoding), CRLF line
/// ends, money as plain `1234.50` so cells stay numeric.
enum CSVRenderer {
    static func render(_ report: Report) -> String {
        var lines: [String] = []
        // CSV carries the data: a text-only section has none.
        for (index, table) in report.tables.filter(\.hasGrid).enumerated() {
            if index > 0 { lines.append("") }
            lines.append(table.columns.map { escape($0.heading) }.joined(separator: ","))
            for row in table.rows + table.totals {
                lines.append(row.map { escape(csvText($0)) }.joined(separator: ","))
            }
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
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
