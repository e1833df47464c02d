import Foundation

/// A report's own JSON document (an object) with one long array — a row per unit, say — that is
/// written element by element instead of encoded whole: `JSONEncoder` builds the whole document's
/// tree and text before the first byte goes out (58 MB for 50,000 units of the arrears report).
/// The output is byte for byte what encoding the whole document gives.
public protocol StreamedArrayDocument: JSONObjectDocument {
    /// Encodes the document with `placeholder` as the long array's only element.
    func encode(to encoder: any Encoder, placeholder: String) throws
    /// Gives the long array's elements in order.
    func forEachStreamedElement(_ body: (any Encodable) throws -> Void) throws
    /// Members written after the long array, in this order, asked for once its elements are out
    /// (totals the elements add up as they pass); `encode(to:placeholder:)` leaves them out.
    /// None by default: every member is then where the sorted keys put it.
    func trailingMembers() throws -> [(key: String, value: any Encodable)]
}

extension StreamedArrayDocument {
    public func trailingMembers() throws -> [(key: String, value: any Encodable)] { [] }
}

/// Writes a `StreamedArrayDocument`: the document encoded with a placeholder element, the text up
/// to the placeholder, the elements encoded a batch at a time and indented into place, the rest.
enum StreamedArrayWriter {
    /// Elements encoded together: few enough that a batch's text is small.
    static let batchSize = 256

    /// - Returns: false, having written nothing, when the document does not put its long array
    ///   one level in (the caller encodes it whole).
    static func write(_ document: any StreamedArrayDocument, journal: JournalStamp?, to out: any ReportWriter,
                      batchSize: Int = Self.batchSize) throws -> Bool {
        let encoder = JSONRenderer.encoder()
        // A token no value of the document holds (a fresh one per run), as the only element.
        let token = "gonghui-streamed-array-" + UUID().uuidString
        let head = Head(document: document, placeholder: token, journal: journal)
        let text = String(decoding: try encoder.encode(head), as: UTF8.self)
        // The long array sits one level in: `"key" : [`, the placeholder at four spaces, `]` at two.
        let marker = "[\n    \"\(token)\"\n  ]"
        guard let range = text.range(of: marker) else { return false }
        try out.write(String(text[..<range.lowerBound]) + "[")
        // Elements are encoded a batch at a time (the encoder's own cost per call is most of an
        // element's): as a top-level array they sit two spaces in, two short of their place.
        var batch: [Element] = []
        var count = 0
        func flush() throws {
            guard !batch.isEmpty else { return }
            let encoded = try encoder.encode(batch)
            // Between the first line (`[`) and the last (`]`), each line two more spaces in but the
            // blank line the encoder leaves inside an empty array; bytes, not text (a third of the
            // report's time went to splitting and joining strings). A local buffer: a captured one
            // costs an exclusivity check a byte.
            var indented: [UInt8] = []
            indented.reserveCapacity(encoded.count + encoded.count / 8)
            indented.append(contentsOf: (count == 0 ? "\n" : ",\n").utf8)
            encoded.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
                guard let first = bytes.firstIndex(of: 0x0A), let last = bytes.lastIndex(of: 0x0A), first < last else { return }
                // Line by line, each copied whole.
                var start = first + 1
                while start < last {
                    let end = bytes[start..<last].firstIndex(of: 0x0A) ?? last
                    if end > start {
                        indented.append(0x20)
                        indented.append(0x20)
                        indented.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
                    }
                    if end < last { indented.append(0x0A) }
                    start = end + 1
                }
            }
            try out.write(Data(indented))
            count += batch.count
            batch.removeAll(keepingCapacity: true)
        }
        // Elements that write their own text (`PrettyJSONObject`) go out without the encoder, in
        // 64 KiB writes; the others' batch is written first whenever one comes, to keep the order.
        var direct: [UInt8] = []
        func flushDirect() throws {
            guard !direct.isEmpty else { return }
            try out.write(Data(direct))
            direct.removeAll(keepingCapacity: true)
        }
        try document.forEachStreamedElement { element in
            if let object = element as? any PrettyJSONObject {
                try flush()
                direct.append(contentsOf: (count == 0 ? "\n" : ",\n").utf8)
                object.appendPrettyJSON(to: &direct, indent: 4)
                count += 1
                if direct.count >= 1 << 16 { try flushDirect() }
            } else {
                try flushDirect()
                batch.append(Element(value: element))
                if batch.count >= batchSize { try flush() }
            }
        }
        try flush()
        try flushDirect()
        // An empty array is `[`, a blank line, `]`, as the encoder writes one.
        try out.write(count == 0 ? "\n\n  ]" : "\n  ]")
        for member in try document.trailingMembers() {
            // One level in: every line after the value's first two spaces further in.
            let value = String(decoding: try encoder.encode(Element(value: member.value)), as: UTF8.self)
            try out.write(",\n  " + String(decoding: try encoder.encode(member.key), as: UTF8.self) + " : "
                          + value.replacingOccurrences(of: "\n", with: "\n  "))
        }
        try out.write(String(text[range.upperBound...]) + "\n")
        return true
    }

    private struct Head: Encodable {
        let document: any StreamedArrayDocument
        let placeholder: String
        let journal: JournalStamp?
        enum Keys: String, CodingKey { case journal }
        func encode(to encoder: any Encoder) throws {
            try document.encode(to: encoder, placeholder: placeholder)
            if let journal {
                var container = encoder.container(keyedBy: Keys.self)
                try container.encode(journal, forKey: .journal)
            }
        }
    }

    private struct Element: Encodable {
        let value: any Encodable
        func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
    }
}
