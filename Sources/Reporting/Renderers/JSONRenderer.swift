import Foundation

/// Renders a report as JSON: the report's own documented schema when it has one, otherwise a
/// generic document of its tables. Keys are sorted so output is stable; amounts are strings.
enum JSONRenderer {
    static func render(_ report: Report) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data: Data
        if let payload = report.json {
            data = try encoder.encode(AnyEncodable(payload))
        } else {
            data = try encoder.encode(GenericReport(report))
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private struct AnyEncodable: Encodable {
        let value: any Encodable
        init(_ value: any Encodable) { self.value = value }
        func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
    }

    private struct GenericReport: Encodable {
        var title: String
        var header: [String]
        var tables: [GenericTable]
        var notes: [String]

        init(_ report: Report) {
            title = report.title
            header = report.headerLines
            notes = report.notes
            tables = report.tables.map { table in
                GenericTable(caption: table.caption, paragraphs: table.paragraphs.isEmpty ? nil : table.paragraphs,
                             columns: table.columns.map(\.key),
                             rows: table.rows.map { row in objects(row, table.columns) },
                             totals: table.totals.map { row in objects(row, table.columns) })
            }
        }
    }

    private struct GenericTable: Encodable {
        var caption: String
        /// Only in sections with text (absent, not empty, elsewhere: earlier documents stay as they were).
        var paragraphs: [String]?
        var columns: [String]
        var rows: [[String: String]]
        var totals: [[String: String]]
    }

    private static func objects(_ row: [Report.Cell], _ columns: [Report.Column]) -> [String: String] {
        var object: [String: String] = [:]
        for (index, column) in columns.enumerated() where index < row.count {
            object[column.key] = CSVRenderer.csvText(row[index])
        }
        return object
    }
}
