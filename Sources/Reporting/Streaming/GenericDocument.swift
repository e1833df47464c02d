import Foundation

/// The generic JSON document of a report, written as its rows arrive:
/// `{"header","journal","notes","tables":[{"caption","columns","paragraphs","rows","totals"}],"title"}`,
/// laid out exactly as `JSONEncoder` lays it out (pretty, sorted keys, slashes unescaped): the
/// fixed parts are encoded by it and indented into place, each row is written by hand.
///
/// A report with notes worked out as they are printed (`Report.laterNotes`: a listing's count)
/// has its `notes` after `tables` instead, the one key out of sorted order, so its first row is
/// not held back by a count of the whole listing. A parser reads the same document either way.
///
/// A row has `KEY_label` for every column with a labelled cell in any row of the table. A fed
/// table decides that from its first `LookAhead.size` rows (exact when it ends within them), adding
/// the columns the feed says may be labelled when it runs longer.
struct GenericDocument {
    let out: any ReportWriter
    private let encoder = JSONRenderer.encoder()

    init(out: any ReportWriter) { self.out = out }

    func write(_ report: Report) throws {
        var head = "{\n  \"header\" : " + (try fragment(report.headerLines, depth: 1)) + ",\n"
        if let journal = report.journal { head += "  \"journal\" : " + (try fragment(journal, depth: 1)) + ",\n" }
        let notesAfterRows = report.laterNotes != nil
        if !notesAfterRows { head += "  \"notes\" : " + (try fragment(report.notes, depth: 1)) + ",\n" }
        head += "  \"tables\" : ["
        try out.write(head)
        if report.tables.isEmpty { try out.write("\n\n  ]") }
        for (index, table) in report.tables.enumerated() {
            try out.write((index == 0 ? "\n" : ",\n") + "    {\n")
            try writeTable(table)
            try out.write("    }")
        }
        if !report.tables.isEmpty { try out.write("\n  ]") }
        if notesAfterRows { try out.write(",\n  \"notes\" : " + (try fragment(try report.resolvedNotes(), depth: 1))) }
        try out.write(",\n  \"title\" : " + (try fragment(report.title, depth: 1)) + "\n}\n")
    }

    private func writeTable(_ table: Report.Table) throws {
        var text = "      \"caption\" : " + (try fragment(table.caption, depth: 3)) + ",\n"
        text += "      \"columns\" : " + (try fragment(table.columns.map(\.key), depth: 3)) + ",\n"
        if !table.paragraphs.isEmpty { text += "      \"paragraphs\" : " + (try fragment(table.paragraphs, depth: 3)) + ",\n" }
        text += "      \"rows\" : ["
        try out.write(text)
        var count = 0
        var rows = RowWriter(columns: table.columns, encoder: encoder)
        func emit(_ row: [Report.Cell], labelled: Set<Int>) throws {
            try out.write((count == 0 ? "\n" : ",\n") + rows.object(row, labelled: labelled))
            count += 1
        }
        if table.feed == nil {
            let labelled = JSONRenderer.labelledColumns(table.rows)
            for row in table.rows { try emit(row, labelled: labelled) }
        } else {
            var window: [[Report.Cell]] = []
            var decided: Set<Int>?
            try table.forEachRow { row in
                if let decided { return try emit(row, labelled: decided) }
                window.append(row)
                guard window.count >= LookAhead.size, let feed = table.feed else { return }
                let labelled = JSONRenderer.labelledColumns(window).union(feed.labelledColumns)
                decided = labelled
                for held in window { try emit(held, labelled: labelled) }
                window = []
            }
            let labelled = JSONRenderer.labelledColumns(window)
            for held in window { try emit(held, labelled: labelled) }
        }
        try out.write(count == 0 ? "\n\n      ],\n" : "\n      ],\n")
        let totals = try table.resolvedTotals()
        let labelledTotals = JSONRenderer.labelledColumns(totals)
        var totalsText = "      \"totals\" : ["
        for (index, row) in totals.enumerated() {
            totalsText += (index == 0 ? "\n" : ",\n") + rows.object(row, labelled: labelledTotals)
        }
        totalsText += totals.isEmpty ? "\n\n      ]\n" : "\n      ]\n"
        try out.write(totalsText)
    }

    /// A value as the encoder writes it, its lines indented to sit `depth` levels in.
    private func fragment(_ value: some Encodable, depth: Int) throws -> String {
        let text = String(decoding: try encoder.encode(value), as: UTF8.self)
        guard depth > 0 else { return text }
        // The encoder leaves the blank line inside an empty array unindented.
        let indent = String(repeating: "  ", count: depth)
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { index, line in index == 0 || line.isEmpty ? String(line) : indent + line }.joined(separator: "\n")
    }
}

/// One row object at depth 4 (`tables[i].rows[j]`), keys in the encoder's sorted order.
private struct RowWriter {
    let columns: [Report.Column]
    let encoder: JSONEncoder
    /// The key order for each set of labelled columns seen (a table has one or two).
    private var orders: [Set<Int>: [(prefix: [UInt8], column: Int, label: Bool)]] = [:]

    init(columns: [Report.Column], encoder: JSONEncoder) {
        self.columns = columns
        self.encoder = encoder
    }

    /// The row's bytes, reused row after row (a String per field and per join cost three times
    /// the CSV listing's time).
    private var buffer: [UInt8] = []

    mutating func object(_ row: [Report.Cell], labelled: Set<Int>) -> String {
        let order = keyOrder(labelled)
        buffer.removeAll(keepingCapacity: true)
        buffer.append(contentsOf: "        {\n".utf8)
        var first = true
        for entry in order where entry.column < row.count {
            let cell = row[entry.column]
            let value: String
            switch (cell, entry.label) {
            case (.labelled(_, let label), true): value = label
            case (.labelled(let raw, _), false): value = raw
            case (_, true): value = cell.display
            case (_, false): value = CSVRenderer.csvText(cell)
            }
            if !first { buffer.append(contentsOf: ",\n".utf8) }
            first = false
            buffer.append(contentsOf: entry.prefix)
            JSONText.appendQuoted(value, to: &buffer)
        }
        if first { return "        {\n\n        }" }
        buffer.append(contentsOf: "\n        }".utf8)
        return String(decoding: buffer, as: UTF8.self)
    }

    /// Keys sorted as the encoder sorts them (asked of the encoder once per set of labelled columns).
    private mutating func keyOrder(_ labelled: Set<Int>) -> [(prefix: [UInt8], column: Int, label: Bool)] {
        if let known = orders[labelled] { return known }
        var entries: [String: (column: Int, label: Bool)] = [:]
        for (index, column) in columns.enumerated() {
            entries[column.key] = (index, false)
            if labelled.contains(index) { entries[column.key + "_label"] = (index, true) }
        }
        let probe = Dictionary(uniqueKeysWithValues: entries.keys.map { ($0, 0) })
        let encoded = (try? encoder.encode(probe)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        var sorted: [String] = []
        for line in encoded.split(separator: "\n") {
            guard let open = line.firstIndex(of: "\""), let close = line[line.index(after: open)...].firstIndex(of: "\"") else { continue }
            sorted.append(String(line[line.index(after: open)..<close]))
        }
        if sorted.count != entries.count { sorted = entries.keys.sorted() }
        // Each field's indent and quoted key, written once per table.
        let order = sorted.compactMap { key in
            entries[key].map { (prefix: Array(("          " + JSONText.quoted(key) + " : ").utf8), column: $0.column, label: $0.label) }
        }
        orders[labelled] = order
        return order
    }
}
