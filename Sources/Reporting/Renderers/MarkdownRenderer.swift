/// Renders a report as GitHub-flavoured Markdown: a heading, the header lines, pipe tables with
/// money right-aligned and totals in bold, the notes, the signature line.
enum MarkdownRenderer {
    static func render(_ report: Report) throws -> String {
        let writer = StringWriter()
        try render(report, to: writer)
        return writer.text
    }

    static func render(_ report: Report, to out: any ReportWriter) throws {
        var lines = ["# " + escape(report.title), ""]
        for line in report.headerLines { lines.append(escape(line) + "  ") }
        // Lines are held until a grid's rows start, so a text-only section can take back its blank line.
        func flush() throws {
            if !lines.isEmpty { try out.write(lines.joined(separator: "\n") + "\n") }
            lines = []
        }
        for table in report.tables {
            lines.append("")
            if !table.caption.isEmpty { lines += ["## " + escape(table.caption), ""] }
            for paragraph in table.paragraphs { lines += [escape(paragraph), ""] }
            guard table.hasGrid else {
                if lines.last == "" { lines.removeLast() }
                continue
            }
            lines.append("| " + table.columns.map { escape($0.heading) }.joined(separator: " | ") + " |")
            lines.append("|" + table.columns.map { $0.alignment == .right ? "---:" : ":---" }.joined(separator: "|") + "|")
            try flush()
            try table.forEachRow { row in try out.write(line(row, bold: false) + "\n") }
            for row in try table.resolvedTotals() { try out.write(line(row, bold: true) + "\n") }
        }
        for chart in report.charts {
            lines += ["", "## " + escape(chart.caption), "", "```"] + chart.textLines() + ["```"]
        }
        let notes = try report.resolvedNotes()
        if !notes.isEmpty {
            lines.append("")
            for note in notes { lines.append(escape(note) + "  ") }
        }
        if let signatureLine = report.signatureLine { lines += ["", escape(signatureLine)] }
        if let journal = report.journal { lines += ["", escape(journal.line)] }
        try flush()
    }

    private static func line(_ cells: [Report.Cell], bold: Bool) -> String {
        "| " + cells.map { cell in
            let text = escape(cell.display)
            return bold && !text.isEmpty ? "**\(text)**" : text
        }.joined(separator: " | ") + " |"
    }

    /// Escapes what Markdown would read as markup in a cell or line.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "|", "*", "_", "`", "\\", "<", ">", "[", "]", "#": escaped += "\\" + String(scalar)
            case "\n", "\r": escaped += " "
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
