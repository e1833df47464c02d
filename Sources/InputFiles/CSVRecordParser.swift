import LedgerCore

/// An RFC 4180 record parser over UTF-8 bytes: quoted fields, doubled quotes, CRLF or LF line
/// ends, embedded newlines inside quotes. Fields are handed out as byte ranges into the caller's
/// buffer, so a million-row import allocates nothing per field.
public struct CSVRecordParser: Sendable {
    /// One field: bytes `start..<end` of the buffer (outer quotes excluded).
    public struct Field: Sendable, Hashable {
        public var start: Int
        public var end: Int
        /// The field was quoted and holds `""` pairs that stand for one `"`.
        public var hasDoubledQuotes: Bool
    }

    /// The line (1-based) on which the next record starts.
    public private(set) var line = 1
    /// Reused storage for the fields of the latest record.
    public private(set) var fields: [Field] = []

    public static let fieldsPerRecordMax = 256

    public init() {}

    public enum Outcome: Equatable, Sendable {
        /// A record was read; the next one starts at `next`. `line` is where this one started.
        case record(next: Int, line: Int)
        /// The buffer ends inside a record: supply more bytes (or call with `isFinal`).
        case needMoreData
        /// No bytes left.
        case end
        /// A quote opened and never closed before the end of the file, or text after a closing quote.
        case malformed(line: Int)
        /// More than `fieldsPerRecordMax` fields.
        case tooManyFields(line: Int)
    }

    /// Reads the record that starts at `offset`.
    /// - Parameter isFinal: the buffer holds the rest of the file, so a record may end at its end.
    public mutating func nextRecord(in bytes: UnsafeBufferPointer<UInt8>, from offset: Int, isFinal: Bool) -> Outcome {
        let count = bytes.count
        guard offset < count else { return .end }
        fields.removeAll(keepingCapacity: true)
        var index = offset
        var newlines = 0
        let startLine = line
        while true {
            // One field.
            if index < count, bytes[index] == 0x22 {  // quoted
                var cursor = index + 1
                var doubled = false
                var closed = false
                while cursor < count {
                    let byte = bytes[cursor]
                    if byte == 0x22 {
                        if cursor + 1 < count, bytes[cursor + 1] == 0x22 { doubled = true; cursor += 2; continue }
                        if cursor + 1 == count && !isFinal { break }
                        closed = true
                        break
                    }
                    // A line break is LF, CRLF or a lone CR, as between records.
                    if byte == 0x0A || (byte == 0x0D && (cursor + 1 == count || bytes[cursor + 1] != 0x0A)) {
                        newlines += 1
                    }
                    cursor += 1
                }
                guard closed else { return isFinal ? .malformed(line: startLine) : .needMoreData }
                fields.append(Field(start: index + 1, end: cursor, hasDoubledQuotes: doubled))
                index = cursor + 1
                // Only spaces may follow a closing quote: `"1,000".50` must not quietly read as 1,000.
                while index < count, bytes[index] == 0x20 { index += 1 }
                if index < count, bytes[index] != 0x2C, bytes[index] != 0x0A, bytes[index] != 0x0D {
                    return .malformed(line: startLine)
                }
            } else {
                var cursor = index
                while cursor < count {
                    let byte = bytes[cursor]
                    if byte == 0x2C || byte == 0x0A || byte == 0x0D { break }
                    cursor += 1
                }
                fields.append(Field(start: index, end: cursor, hasDoubledQuotes: false))
                index = cursor
            }
            guard fields.count <= CSVRecordParser.fieldsPerRecordMax else { return .tooManyFields(line: startLine) }
            if index >= count {
                guard isFinal else { return .needMoreData }
                line = startLine + newlines + 1
                return .record(next: count, line: startLine)
            }
            let separator = bytes[index]
            if separator == 0x2C { index += 1; continue }
            // End of record: CRLF, LF or a lone CR.
            if separator == 0x0D {
                if index + 1 < count {
                    index += bytes[index + 1] == 0x0A ? 2 : 1
                } else if isFinal {
                    index += 1
                } else {
                    return .needMoreData
                }
            } else {
                index += 1
            }
            line = startLine + newlines + 1
            return .record(next: index, line: startLine)
        }
    }

    /// Where a field's text lies without the spaces `trimmingSpaces` removes (space, tab, U+3000:
    /// E3 80 80), in the buffer's indices; doubled quotes are not undone.
    public static func trimmedRange(_ field: Field, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = field.start, end = field.end
        while start < end {
            if bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1; continue }
            if end - start >= 3, bytes[start] == 0xE3, bytes[start + 1] == 0x80, bytes[start + 2] == 0x80 { start += 3; continue }
            break
        }
        while end > start {
            if bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1; continue }
            if end - start >= 3, bytes[end - 3] == 0xE3, bytes[end - 2] == 0x80, bytes[end - 1] == 0x80 { end -= 3; continue }
            break
        }
        return start..<end
    }

    /// Whether every field's text (`string`) is empty: a blank record, which imports skip. A field
    /// with doubled quotes holds a quote, so it is never empty.
    public static func isBlank(_ fields: [Field], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        fields.allSatisfy { !$0.hasDoubledQuotes && trimmedRange($0, in: bytes).isEmpty }
    }

    /// The text of a field, with doubled quotes undone and surrounding spaces trimmed.
    public static func string(_ field: Field, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[field.start..<field.end])
        var text = String(decoding: slice, as: UTF8.self)
        if field.hasDoubledQuotes { text = text.replacingDoubledQuotes() }
        return text.trimmingSpaces()
    }

    /// Parses a whole small file (a chart, a policy table) into rows of strings.
    /// - Returns: each record with the line it started on; `nil` when a quote is never closed.
    public static func records(of text: String) -> [(line: Int, fields: [String])]? {
        try? checkedRecords(of: text, fileName: "")
    }

    /// The same, refusing a malformed record with its line and what is wrong with it.
    /// - Throws: `RowsRejected` with `.quotedFieldMustBeWellFormed` or `.recordMustFitFieldsMax`.
    public static func checkedRecords(of text: String, fileName: String) throws(RowsRejected) -> [(line: Int, fields: [String])] {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var parser = CSVRecordParser()
        var result: [(line: Int, fields: [String])] = []
        let failure: RowProblem? = bytes.withUnsafeBufferPointer { buffer in
            var offset = 0
            while true {
                switch parser.nextRecord(in: buffer, from: offset, isFinal: true) {
                case .record(let next, let line):
                    let fields = parser.fields.map { string($0, in: buffer) }
                    if !(fields.count == 1 && fields[0].isEmpty) { result.append((line, fields)) }
                    offset = next
                case .end, .needMoreData: return nil
                case .malformed(let line):
                    return RowProblem(file: fileName, line: line, field: "-", value: "\"", error: .quotedFieldMustBeWellFormed)
                case .tooManyFields(let line):
                    return RowProblem(file: fileName, line: line, field: "-", value: "", error: .recordMustFitFieldsMax(max: fieldsPerRecordMax))
                }
            }
        }
        if let failure { throw RowsRejected(problems: [failure]) }
        return result
    }
}

extension String {
    public func replacingDoubledQuotes() -> String {
        var result = ""
        var previousWasQuote = false
        for character in self {
            if character == "\"" {
                if previousWasQuote { previousWasQuote = false; continue }
                previousWasQuote = true
            } else {
                previousWasQuote = false
            }
            result.append(character)
        }
        return result
    }
}
