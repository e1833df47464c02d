/// Renders a report as one self-contained HTML page (no scripts, no external files), laid out to
/// print on A4 as Chinese finance statements are: centred title, header lines, ruled tables,
/// money right-aligned in tabular figures, the signature line at the foot.
enum HTMLRenderer {
    static let style = """
        @page { size: A4; margin: 15mm 12mm; }
        body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif; font-size: 10.5pt; color: #000; margin: 0 auto; max-width: 190mm; }
        h1 { text-align: center; font-size: 16pt; letter-spacing: 0.2em; margin: 0 0 4mm; }
        .header { display: flex; flex-wrap: wrap; justify-content: space-between; margin-bottom: 2mm; }
        table { width: 100%; border-collapse: collapse; margin: 2mm 0 4mm; page-break-inside: auto; }
        thead { display: table-header-group; }
        tr { page-break-inside: avoid; }
        th, td { border: 0.6pt solid #000; padding: 1.2mm 1.6mm; word-break: keep-all; overflow-wrap: break-word; }
        th { font-weight: bold; text-align: center; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tr.total td { font-weight: bold; }
        table.keep { break-inside: avoid; }
        table.wide { font-size: 9pt; }
        table.wide th, table.wide td { padding: 0.8mm 1.2mm; }
        .notes p { margin: 1mm 0; }
        .signatures { margin-top: 8mm; display: flex; justify-content: space-between; }
        """

    /// Added for reports written in sections (a review report): headings and indented paragraphs.
    static let sectionStyle = """
        h2 { font-size: 12pt; margin: 5mm 0 2mm; }
        p { margin: 1.5mm 0; text-indent: 2em; line-height: 1.6; }
        """

    /// Added when the first table is wide (`printsLandscape`): the document prints landscape from its
    /// first page (a wide table is set in a slightly smaller type so it fits the width).
    static let landscapeStyle = """
        @page { size: A4 landscape; margin: 12mm 15mm; }
        body { max-width: 267mm; }
        """

    /// Added when a table asks for its own page: named pages in each orientation and page breaks.
    static var pageStyle: String {
        """
            @page wide { size: A4 landscape; margin: 12mm 15mm; }
            @page tall { size: A4; margin: 15mm 12mm; }
            section.page { break-before: page; }
            section.landscape { page: wide; max-width: 267mm; }
            section.portrait { page: tall; max-width: 190mm; }
            caption { font-weight: bold; font-size: 12pt; padding-bottom: 2mm; }
            figure.chart { margin: 4mm 0; }
            figure.chart figcaption { font-weight: bold; margin-bottom: 2mm; }
            """
    }

    static func render(_ report: Report) throws -> String {
        let writer = StringWriter()
        try render(report, to: writer)
        return writer.text
    }

    static func render(_ report: Report, to out: any ReportWriter) throws {
        let landscapeFirst = report.tables.first?.printsLandscape == true
        let paged = report.tables.contains { $0.page != nil } || !report.charts.isEmpty
        var html = ["<!DOCTYPE html>", "<html lang=\"zh-CN\">", "<head>", "<meta charset=\"utf-8\">",
                    "<title>\(escape(report.title))</title>", "<style>",
                    style + (landscapeFirst ? "\n" + landscapeStyle : "") + (paged ? "\n" + pageStyle : "")]
        if report.tables.contains(where: { !$0.paragraphs.isEmpty || !$0.hasGrid }) { html.append(sectionStyle) }
        html += ["</style>", "</head>", "<body>",
                    "<h1>\(escape(report.title))</h1>"]
        if !report.headerLines.isEmpty {
            html.append("<div class=\"header\">" + report.headerLines.map { "<span>\(escape($0))</span>" }.joined() + "</div>")
        }
        func flush() throws {
            if !html.isEmpty { try out.write(html.joined(separator: "\n") + "\n") }
            html = []
        }
        for (index, table) in report.tables.enumerated() {
            // The first table stays with the title; its orientation is the document's.
            let section = index > 0 ? table.page : nil
            if let section { html.append("<section class=\"page \(section.rawValue)\">") }
            // A section with text: its caption is a heading over the text and the grid.
            let isSection = !table.paragraphs.isEmpty || !table.hasGrid
            if isSection {
                if !table.caption.isEmpty { html.append("<h2>\(escape(table.caption))</h2>") }
                html += table.paragraphs.map { "<p>\(escape($0))</p>" }
                guard table.hasGrid else {
                    if section != nil { html.append("</section>") }
                    continue
                }
            }
            // A short table (an aging summary under a long listing) is not split from its heading.
            let isShort = table.feed.map(\.isShort) ?? (table.rows.count + table.totals.count <= 20)
            let classes = (table.printsLandscape ? ["wide"] : []) + (isShort ? ["keep"] : [])
            html.append(classes.isEmpty ? "<table>" : "<table class=\"\(classes.joined(separator: " "))\">")
            if !table.caption.isEmpty && !isSection { html.append("<caption>\(escape(table.caption))</caption>") }
            html.append("<thead><tr>" + table.columns.map { "<th>\(escape($0.heading))</th>" }.joined() + "</tr></thead>")
            html.append("<tbody>")
            try flush()
            try table.forEachRow { row in try out.write(tableRow(row, columns: table.columns, total: false) + "\n") }
            for row in try table.resolvedTotals() { try out.write(tableRow(row, columns: table.columns, total: true) + "\n") }
            html.append("</tbody></table>")
            if section != nil { html.append("</section>") }
        }
        for chart in report.charts { html.append(SVGChart.render(chart)) }
        let notes = try report.resolvedNotes()
        if !notes.isEmpty {
            html.append("<div class=\"notes\">" + notes.map { "<p>\(escape($0))</p>" }.joined() + "</div>")
        }
        if !report.signatures.isEmpty {
            html.append("<div class=\"signatures\">" + report.signatures.map { "<span>\(escape(Report.signaturePlace($0)))__________</span>" }.joined() + "</div>")
        }
        if let journal = report.journal { html.append("<p class=\"journal\">\(escape(journal.line))</p>") }
        html += ["</body>", "</html>"]
        try flush()
    }

    private static func tableRow(_ cells: [Report.Cell], columns: [Report.Column], total: Bool) -> String {
        var parts: [String] = []
        for (index, cell) in cells.enumerated() {
            let numeric = index < columns.count && columns[index].alignment == .right
            parts.append("<td\(numeric ? " class=\"number\"" : "")>\(escape(cell.display))</td>")
        }
        return "<tr\(total ? " class=\"total\"" : "")>" + parts.joined() + "</tr>"
    }

    /// Escapes text for HTML content and attribute values.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
