/// Renders a report for the terminal, aligning columns by display width so that Chinese
/// characters (two cells wide) line up.
enum TableRenderer {
    static func render(_ report: Report) -> String {
        var lines: [String] = [report.title]
        lines += report.headerLines
        for table in report.tables {
            lines.append("")
            if !table.caption.isEmpty { lines.append(table.caption) }
            lines += table.paragraphs
            guard table.hasGrid else { continue }
            let allRows = [table.columns.map(\.heading)] + (table.rows + table.totals).map { $0.map(\.display) }
            var widths = [Int](repeating: 0, count: table.columns.count)
            for row in allRows {
                for (index, cell) in row.enumerated() where index < widths.count {
                    widths[index] = max(widths[index], displayWidth(cell))
                }
            }
            func line(_ cells: [String]) -> String {
                var parts: [String] = []
                for (index, column) in table.columns.enumerated() {
                    let cell = index < cells.count ? cells[index] : ""
                    let padding = String(repeating: " ", count: widths[index] - displayWidth(cell))
                    parts.append(column.alignment == .right ? padding + cell : cell + padding)
                }
                return trimTrailing(parts.joined(separator: "  "))
            }
            let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
            lines.append(line(table.columns.map(\.heading)))
            lines.append(rule)
            for row in table.rows { lines.append(line(row.map(\.display))) }
            if !table.totals.isEmpty {
                lines.append(rule)
                for row in table.totals { lines.append(line(row.map(\.display))) }
            }
        }
        for chart in report.charts {
            lines += ["", chart.caption] + chart.textLines()
        }
        if !report.notes.isEmpty {
            lines.append("")
            lines += report.notes
        }
        if let signatureLine = report.signatureLine {
            lines.append("")
            lines.append(signatureLine)
        }
        if let journal = report.journal { lines += ["", journal.line] }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Terminal cells a string occupies: East Asian wide and fullwidth characters take two.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
    }

    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            true
        default:
            false
        }
    }

    private static func trimTrailing(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }
}
