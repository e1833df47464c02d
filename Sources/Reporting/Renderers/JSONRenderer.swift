import Foundation

/// Renders a report as JSON: the report's own documented schema when it has one, otherwise a
/// generic document of its tables. Keys are sorted so output is stable; amounts are strings.
///
/// The generic document: `{"title","header","notes","tables":[{"caption","columns","rows","totals"}]}`,
/// each row an object keyed by the columns' keys. A column holding labelled cells (enumerated
/// values) also has `KEY_label`, on every row of `rows` (or of `totals`) when any of them has
/// one: the value stays one English vocabulary whatever the language, the label is for people
/// (the cell's text where a row has no labelled cell).
enum JSONRenderer {
    static func render(_ report: Report) throws -> String {
        let writer = StringWriter()
        try render(report, to: writer)
        return writer.text
    }

    /// A report's own document is encoded whole (its keys may put totals before rows), but for its
    /// one long array when it has one (`StreamedArrayDocument`); the generic document is written
    /// as its rows arrive (`GenericDocument`), in the encoder's own layout.
    static func render(_ report: Report, to out: any ReportWriter) throws {
        guard let payload = report.json else { return try GenericDocument(out: out).write(report) }
        if let streamed = payload as? any StreamedArrayDocument, try StreamedArrayWriter.write(streamed, journal: report.journal, to: out) {
            return
        }
        let encoder = encoder()
        let data: Data
        if let journal = report.journal, payload is any JSONObjectDocument {
            data = try encoder.encode(Stamped(payload: payload, journal: journal))
        } else {
            // A document that is an object gets the journal head as one more key; whether it is
            // one shows once it is encoded (a `JSONObjectDocument` says so beforehand, and is
            // encoded once instead of twice).
            let plain = try encoder.encode(AnyEncodable(payload))
            if let journal = report.journal, plain.first(where: { $0 != 0x20 && $0 != 0x0A }) == UInt8(ascii: "{") {
                data = try encoder.encode(Stamped(payload: payload, journal: journal))
            } else {
                data = plain
            }
        }
        try out.write(String(decoding: data, as: UTF8.self) + "\n")
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    private struct AnyEncodable: Encodable {
        let value: any Encodable
        init(_ value: any Encodable) { self.value = value }
        func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
    }

    /// The document's own keys and `journal` beside them.
    private struct Stamped: Encodable {
        let payload: any Encodable
        let journal: JournalStamp
        enum Keys: String, CodingKey { case journal }
        func encode(to encoder: any Encoder) throws {
            try payload.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(journal, forKey: .journal)
        }
    }

    /// The indexes of the columns with a labelled cell in any of `rows`.
    static func labelledColumns(_ rows: [[Report.Cell]]) -> Set<Int> {
        var indexes: Set<Int> = []
        for row in rows {
            for (index, cell) in row.enumerated() {
                if case .labelled = cell { indexes.insert(index) }
            }
        }
        return indexes
    }

    static func objects(_ row: [Report.Cell], _ columns: [Report.Column], labelled: Set<Int>) -> [String: String] {
        var object: [String: String] = [:]
        for (index, column) in columns.enumerated() where index < row.count {
            switch row[index] {
            case .labelled(let value, let label):
                object[column.key] = value
                object[column.key + "_label"] = label
            case let cell:
                object[column.key] = CSVRenderer.csvText(cell)
                if labelled.contains(index) { object[column.key + "_label"] = cell.display }
            }
        }
        return object
    }
}

/// A report's JSON document that encodes as an object (a keyed container at its top level), so
/// the renderer can add the journal head beside its keys in one pass. Conform only documents
/// whose `encode(to:)` asks for a keyed container first: stamping any other would trap.
public protocol JSONObjectDocument: Encodable {}
