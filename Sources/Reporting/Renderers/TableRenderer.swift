/// Renders a report for the terminal, aligning columns by display width so that Chinese
/// characters (two cells wide) line up.
///
/// Widths come from a bounded look-ahead (`LookAhead.size` rows): a table that fits is laid out
/// exactly from all its rows and totals; a longer fed listing takes its widths from the headings
/// and the first window of rows and then writes each row as it arrives, a later wider cell pushing
/// only its own line.
enum TableRenderer {
    static func render(_ report: Report) throws -> String {
        let writer = StringWriter()
        try render(report, to: writer)
        return writer.text
    }

    static func render(_ report: Report, to out: any ReportWriter) throws {
        try out.write(([report.title] + report.headerLines).joined(separator: "\n") + "\n")
        for table in report.tables {
            var lines = [""]
            if !table.caption.isEmpty { lines.append(table.caption) }
            lines += table.paragraphs
            try out.write(lines.joined(separator: "\n") + "\n")
            if table.hasGrid { try grid(table, to: out) }
        }
        var lines: [String] = []
        for chart in report.charts {
            lines += ["", chart.caption] + chart.textLines()
        }
        let notes = try report.resolvedNotes()
        if !notes.isEmpty {
            lines.append("")
            lines += notes
        }
        if let signatureLine = report.signatureLine {
            lines.append("")
            lines.append(signatureLine)
        }
        if let journal = report.journal { lines += ["", journal.line] }
        if !lines.isEmpty { try out.write(lines.joined(separator: "\n") + "\n") }
    }

    private static func grid(_ table: Report.Table, to out: any ReportWriter) throws {
        let headings = table.columns.map(\.heading)
        var widths = headings.map(displayWidth)
        func widen(_ cells: [String]) {
            for (index, cell) in cells.enumerated() where index < widths.count {
                widths[index] = max(widths[index], displayWidth(cell))
            }
        }
        var window: [[String]] = []
        var streaming = false
        func startStreaming() throws {
            streaming = true
            try out.write(line(headings, table.columns, widths) + "\n" + rule(widths) + "\n")
            for cells in window { try out.write(line(cells, table.columns, widths) + "\n") }
            window = []
        }
        try table.forEachRow { row in
            let cells = row.map(\.display)
            if streaming { return try out.write(line(cells, table.columns, widths) + "\n") }
            widen(cells)
            window.append(cells)
            if window.count >= LookAhead.size && table.feed != nil { try startStreaming() }
        }
        let totals = try table.resolvedTotals().map { $0.map(\.display) }
        if !streaming {
            totals.forEach(widen)
            try startStreaming()
        }
        if !totals.isEmpty {
            try out.write(rule(widths) + "\n" + totals.map { line($0, table.columns, widths) + "\n" }.joined())
        }
    }

    private static func rule(_ widths: [Int]) -> String {
        widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
    }

    /// The cells padded to their columns' widths, two spaces apart, without trailing spaces.
    /// Written as bytes and made a String once: a line of a 50,000-unit report cost ≈ 24,000
    /// instructions as padded Strings joined and trimmed a Character at a time.
    static func line(_ cells: [String], _ columns: [Report.Column], _ widths: [Int]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(widths.reduce(2 * widths.count, +) + 32)
        for (index, column) in columns.enumerated() {
            let cell = index < cells.count ? cells[index] : ""
            let padding = max(0, widths[index] - displayWidth(cell))
            if index > 0 { bytes.append(contentsOf: repeatElement(0x20, count: 2)) }
            if column.alignment == .right { bytes.append(contentsOf: repeatElement(0x20, count: padding)) }
            bytes.append(contentsOf: cell.utf8)
            if column.alignment != .right { bytes.append(contentsOf: repeatElement(0x20, count: padding)) }
        }
        return String(decoding: bytes[..<trimmedEnd(bytes)], as: UTF8.self)
    }

    /// Where a line ends once its trailing spaces go, as dropping the last Character while it is
    /// a space drops them: each space is a Character of its own unless the one before takes it
    /// in (a prepended mark such as U+0600), and then that space stays. Whether it does depends
    /// on that character alone, so the two are asked of String together.
    static func trimmedEnd(_ bytes: [UInt8]) -> Int {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        guard end > 0, end < bytes.count, bytes[end - 1] >= 0x80 else { return end }
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return String(decoding: bytes[start...end], as: UTF8.self).count == 1 ? end + 1 : end
    }

    /// Terminal cells a string occupies: East Asian wide and fullwidth characters take two.
    static func displayWidth(_ text: String) -> Int {
        // ASCII (most cells: amounts, codes, dates) is one cell a byte.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.count }
        return text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
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
}
