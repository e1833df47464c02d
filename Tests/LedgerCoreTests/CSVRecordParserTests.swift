@testable import InputFiles
import PropertyBased
import Testing
@testable import LedgerCore

/// One record as the tests compare them: the line it starts on and its fields as text.
struct CSVRow: Equatable, CustomStringConvertible {
    var line: Int
    var fields: [String]
    var description: String { "\(line): \(fields)" }
}

/// Feeds `bytes` to one parser in chunks of `chunkSize`, carrying the unconsumed tail into the
/// next buffer, as an import reading a large file does. `nil` when the parser reports malformed.
func parseInChunks(_ bytes: [UInt8], chunkSize: Int) -> [CSVRow]? {
    precondition(chunkSize > 0)
    var parser = CSVRecordParser()
    var buffer: [UInt8] = []
    var position = 0
    var rows: [CSVRow] = []
    while true {
        let end = min(position + chunkSize, bytes.count)
        buffer += bytes[position..<end]
        position = end
        let isFinal = position == bytes.count
        var consumed = 0
        var malformed = false
        buffer.withUnsafeBufferPointer { pointer in
            reading: while true {
                switch parser.nextRecord(in: pointer, from: consumed, isFinal: isFinal) {
                case .record(let next, let line):
                    rows.append(CSVRow(line: line, fields: parser.fields.map { CSVRecordParser.string($0, in: pointer) }))
                    consumed = next
                case .needMoreData, .end:
                    break reading
                case .malformed, .tooManyFields:
                    malformed = true
                    break reading
                }
            }
        }
        if malformed { return nil }
        buffer.removeFirst(consumed)
        if isFinal {
            #expect(buffer.isEmpty, "a final buffer must be consumed")
            return rows
        }
    }
}

/// The whole text in one final buffer.
func parseWhole(_ text: String) -> [CSVRow]? {
    let bytes = Array(text.utf8)
    return parseInChunks(bytes, chunkSize: max(1, bytes.count))
}

@Suite("CSVRecordParser: RFC 4180 records over UTF-8 bytes")
struct CSVRecordParserTests {
    @Test("reads records and fields", arguments: [
        ("a,b,c\n1,2,3\n", [CSVRow(line: 1, fields: ["a", "b", "c"]), CSVRow(line: 2, fields: ["1", "2", "3"])]),
        ("a,b", [CSVRow(line: 1, fields: ["a", "b"])]),
        ("\"1,234.50\",x\n", [CSVRow(line: 1, fields: ["1,234.50", "x"])]),
        ("\"say \"\"hi\"\"\",b", [CSVRow(line: 1, fields: ["say \"hi\"", "b"])]),
        ("\"\"\"\",\"\"", [CSVRow(line: 1, fields: ["\"", ""])]),
        ("a,\"line1\nline2\"\nb,c\nd,e", [
            CSVRow(line: 1, fields: ["a", "line1\nline2"]), CSVRow(line: 3, fields: ["b", "c"]),
            CSVRow(line: 4, fields: ["d", "e"]),
        ]),
        ("\"x\n\ny\",1\nz,2", [CSVRow(line: 1, fields: ["x\n\ny", "1"]), CSVRow(line: 4, fields: ["z", "2"])]),
        ("a,b\r\nc,d\r\n", [CSVRow(line: 1, fields: ["a", "b"]), CSVRow(line: 2, fields: ["c", "d"])]),
        ("\"x\r\ny\",1\r\nz,2\r\n", [CSVRow(line: 1, fields: ["x\r\ny", "1"]), CSVRow(line: 3, fields: ["z", "2"])]),
        ("a,b\rc,d\re", [
            CSVRow(line: 1, fields: ["a", "b"]), CSVRow(line: 2, fields: ["c", "d"]), CSVRow(line: 3, fields: ["e"]),
        ]),
        ("\"x\ry\",1\rz,2", [CSVRow(line: 1, fields: ["x\ry", "1"]), CSVRow(line: 3, fields: ["z", "2"])]),
        ("a,\n,b\n,,", [
            CSVRow(line: 1, fields: ["a", ""]), CSVRow(line: 2, fields: ["", "b"]), CSVRow(line: 3, fields: ["", "", ""]),
        ]),
        (" a , b ", [CSVRow(line: 1, fields: ["a", "b"])]),
        ("ab\"c,d", [CSVRow(line: 1, fields: ["ab\"c", "d"])]),
        ("\"a\"  ,b", [CSVRow(line: 1, fields: ["a", "b"])]),    // spaces after a closing quote are allowed
        ("科目,金额\n工会经费,\"1,234.50\"\n", [
            CSVRow(line: 1, fields: ["科目", "金额"]), CSVRow(line: 2, fields: ["工会经费", "1,234.50"]),
        ]),
        ("", []),
    ] as [(String, [CSVRow])])
    func readsRecords(text: String, expected: [CSVRow]) {
        #expect(parseWhole(text) == expected)
    }

    @Test("text after a closing quote is malformed, not dropped", arguments: ["\"1,000\".50,x\n", "a,\"b\"c\n"])
    func textAfterClosingQuote(text: String) {
        var parser = CSVRecordParser()
        Array(text.utf8).withUnsafeBufferPointer { pointer in
            #expect(parser.nextRecord(in: pointer, from: 0, isFinal: true) == .malformed(line: 1))
        }
    }

    @Test("hands out byte ranges without the outer quotes")
    func fieldRanges() {
        let bytes = Array("ab,\"c\"\"d\"\n".utf8)
        var parser = CSVRecordParser()
        bytes.withUnsafeBufferPointer { pointer in
            #expect(parser.nextRecord(in: pointer, from: 0, isFinal: true) == .record(next: 10, line: 1))
            #expect(parser.fields == [
                CSVRecordParser.Field(start: 0, end: 2, hasDoubledQuotes: false),
                CSVRecordParser.Field(start: 4, end: 8, hasDoubledQuotes: true),
            ])
            #expect(parser.line == 2)
            #expect(parser.nextRecord(in: pointer, from: 10, isFinal: true) == .end)
        }
    }

    @Test("asks for more data when a buffer that is not final ends inside a record", arguments: [
        "a,b",              // unquoted field may continue
        "a,",               // a field may follow the separator
        "a,\"b",            // open quote
        "a,\"b\"",          // a closing quote may be the first of a doubled pair
        "a,\"b\"\"",        // doubled quote, still open
        "a,b\r",            // CR may be the first half of CRLF
        "\"x\ny",           // embedded newline, still open
    ])
    func needsMoreData(text: String) {
        let bytes = Array(text.utf8)
        var parser = CSVRecordParser()
        bytes.withUnsafeBufferPointer { pointer in
            #expect(parser.nextRecord(in: pointer, from: 0, isFinal: false) == .needMoreData)
            #expect(parser.line == 1)
        }
    }

    @Test("a record ending in LF is complete even when more data may follow")
    func completeRecordInPartialBuffer() {
        let bytes = Array("a,b\nc".utf8)
        var parser = CSVRecordParser()
        bytes.withUnsafeBufferPointer { pointer in
            #expect(parser.nextRecord(in: pointer, from: 0, isFinal: false) == .record(next: 4, line: 1))
            #expect(parser.nextRecord(in: pointer, from: 4, isFinal: false) == .needMoreData)
            #expect(parser.nextRecord(in: pointer, from: 4, isFinal: true) == .record(next: 5, line: 2))
            #expect(parser.nextRecord(in: pointer, from: 5, isFinal: true) == .end)
        }
    }

    @Test("an unclosed quote is malformed at the line where its record starts")
    func unclosedQuote() {
        let bytes = Array("x\ny,\"z\n\nw".utf8)
        var parser = CSVRecordParser()
        bytes.withUnsafeBufferPointer { pointer in
            #expect(parser.nextRecord(in: pointer, from: 0, isFinal: true) == .record(next: 2, line: 1))
            #expect(parser.nextRecord(in: pointer, from: 2, isFinal: true) == .malformed(line: 2))
        }
        #expect(CSVRecordParser.records(of: "a,\"b\nc") == nil)
        #expect(parseWhole("a,\"b\nc") == nil)
    }

    @Test("refuses a record with more than fieldsPerRecordMax fields")
    func tooManyFields() {
        let atLimit = String(repeating: ",", count: CSVRecordParser.fieldsPerRecordMax - 1)
        #expect(parseWhole(atLimit)?.first?.fields.count == CSVRecordParser.fieldsPerRecordMax)
        #expect(parseWhole(atLimit + ",") == nil)
        let bytes = Array((atLimit + ",\n").utf8)
        var parser = CSVRecordParser()
        bytes.withUnsafeBufferPointer { pointer in
            #expect(parser.nextRecord(in: pointer, from: 0, isFinal: true) == .tooManyFields(line: 1), "not a quote problem")
        }
    }

    @Test("records(of:) drops a UTF-8 BOM and blank lines but keeps line numbers")
    func recordsOfText() throws {
        let rows = try #require(CSVRecordParser.records(of: "\u{FEFF}code,name\r\n\r\n101,\"现金, 库存\"\r\n"))
        #expect(rows.map(\.line) == [1, 3])
        #expect(rows.map(\.fields) == [["code", "name"], ["101", "现金, 库存"]])
        #expect(CSVRecordParser.records(of: "")?.isEmpty == true)
        #expect(CSVRecordParser.records(of: "\u{FEFF}")?.isEmpty == true)
    }

    @Test("a BOM in the middle of a file is data, not stripped")
    func bomOnlyAtStart() throws {
        let rows = try #require(CSVRecordParser.records(of: "a\n\u{FEFF}b"))
        #expect(rows.map(\.fields) == [["a"], ["\u{FEFF}b"]])
    }

    static let tricky = #"""
        日期,凭证号,摘要,科目,借方,贷方\#r
        2026-01-05,记-001,"收到会费, 一月",101,"1,234.50",\#r
        2026-01-05,记-001,"他说""好""",401,,"1,234.50"\#r
        2026-01-06,记-002,"两行
        摘要",50101,200.00,\#r
        \#r
        2026-01-06,记-002,,101,,200.00\#rlone,cr\#r"x\#ry",end
        """#

    @Test("feeding a file in chunks gives the same records as feeding it whole",
          arguments: Array(1...40) + [64, 1_000])
    func chunkedEqualsWhole(chunkSize: Int) throws {
        let bytes = Array(Self.tricky.utf8)
        let whole = try #require(parseWhole(Self.tricky))
        #expect(whole.count == 8)
        #expect(whole.map(\.line) == [1, 2, 3, 4, 6, 7, 8, 9])
        #expect(parseInChunks(bytes, chunkSize: chunkSize) == whole)
    }

    @Test("chunked parsing agrees with whole parsing on random CSV")
    func chunkedEqualsWholeRandom() async {
        // Tokens chosen to land quotes, CR, LF and multi-byte characters on chunk edges.
        let tokens = ["a", "工会", ",", "\"", "\"\"", "\n", "\r", "\r\n", " ", "1,234.50", "\"q,\nq\""]
        let text = Gen.int(in: 0...(tokens.count - 1)).array(of: 0...60).map { $0.map { tokens[$0] }.joined() }
        await propertyCheck(count: 500, input: text, Gen.int(in: 1...16)) { text, chunkSize in
            let whole = parseWhole(text)
            #expect(parseInChunks(Array(text.utf8), chunkSize: chunkSize) == whole, "\(text.debugDescription)")
            if let whole {
                // records(of:) is the whole-file parse without blank lines.
                let nonBlank = whole.filter { !($0.fields.count == 1 && $0.fields[0].isEmpty) }
                #expect(CSVRecordParser.records(of: text)?.map { CSVRow(line: $0.line, fields: $0.fields) } == nonBlank)
            } else {
                #expect(CSVRecordParser.records(of: text) == nil)
            }
        }
    }
}
