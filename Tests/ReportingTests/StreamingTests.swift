import Foundation
import LedgerCore
import Testing
@testable import Reporting

/// Counts the rows a renderer has written (by a marker each row's text carries once), so a test
/// can see how many rows were produced but not yet written: the rows a renderer holds.
final class CountingWriter: ReportWriter, @unchecked Sendable {
    let marker: String
    private(set) var rowsWritten = 0
    private(set) var bytes = 0

    init(marker: String) { self.marker = marker }

    func write(_ text: String) {
        bytes += text.utf8.count
        rowsWritten += text.components(separatedBy: marker).count - 1
    }

    func write(_ data: Data) { bytes += data.count }
}

/// A counter shared between a feed and the test.
final class Produced: @unchecked Sendable {
    var count = 0
    var mostHeld = 0
}

@Suite("streamed listings")
struct StreamingTests {
    static let columns = [Report.Column("ID", key: "id", alignment: .right), Report.Column("摘要", key: "summary"),
                          Report.Column("金额", key: "amount", alignment: .right), Report.Column("日期", key: "date"),
                          Report.Column("类型", key: "kind")]

    static func row(_ index: Int) -> [Report.Cell] {
        [.integer(Int64(index)), .text(index % 7 == 0 ? "摘要 \"引号\" \\ / \n\t\u{01} <b> | *x* ROW" : "工会经费 ROW"),
         .money(Money(fen: Int64(index) * 101 - 5_000)), .date(try! LocalDate(year: 2026, month: 1 + index % 12, day: 1 + index % 28)),
         index % 3 == 0 ? .labelled(value: "reversal", label: "红字冲销") : .text("")]
    }

    static func report(rows count: Int, produced: Produced? = nil, held: (@Sendable () -> Int)? = nil) -> Report {
        let feed = RowFeed(labelledColumns: [4], feed: { emit in
            var total = Money.zero
            for index in 0..<count {
                if let produced {
                    produced.count += 1
                    produced.mostHeld = max(produced.mostHeld, produced.count - (held?() ?? 0))
                }
                try emit(row(index))
                total = try total.adding(Money(fen: Int64(index) * 101 - 5_000))
            }
            _ = total
        }, totals: { [[.text("合计"), .text("\(count) 行"), .money(Money(fen: 1)), .empty, .empty]] })
        return Report(title: "凭证列表", headerLines: ["编制单位：示例工会"],
                      tables: [.streamed(columns: columns, rows: feed)], notes: ["共 \(count) 行"], signatures: ["制表"])
    }

    @Test("a fed listing renders exactly as the same rows in memory, in every format", arguments: [3, 200, 1_500])
    func sameAsInMemory(rows: Int) throws {
        let streamed = Self.report(rows: rows)
        let inMemory = try streamed.materialised()
        #expect(!inMemory.isStreamed && streamed.isStreamed)
        // Past the look-ahead window JSON decides its labelled columns from the window and the feed
        // (the same here); the table takes its widths from the window, so only a short one is compared.
        for format in [OutputFormat.table, .csv, .json, .md, .html] where format != .table || rows <= LookAhead.size {
            // A short table in memory is kept on one printed page (HTML's `keep`); a fed one cannot know it is short.
            let expected = try inMemory.rendered(as: format).replacingOccurrences(of: #"<table class="keep">"#, with: "<table>")
            #expect(try streamed.rendered(as: format) == expected, "\(format)")
        }
        #expect(try unzippedParts(try streamed.renderedData(as: .xlsx)) == unzippedParts(try inMemory.renderedData(as: .xlsx)))
    }

    @Test("rows are written as they arrive: at most the look-ahead window is held", arguments: [
        (OutputFormat.table, " ROW"), (.csv, " ROW"), (.json, "\n        {"), (.md, " ROW"), (.html, "<tr>"),
    ])
    func rowsAreNotHeld(format: OutputFormat, marker: String) throws {
        let rows = 200_000
        let produced = Produced()
        let writer = CountingWriter(marker: marker)
        let report = Self.report(rows: rows, produced: produced, held: { writer.rowsWritten })
        try report.write(as: format, to: writer)
        #expect(produced.count == rows)
        #expect(writer.rowsWritten >= rows, "every row written")
        #expect(produced.mostHeld <= LookAhead.size + 1, "\(format): held \(produced.mostHeld) rows")
    }

    // CSV is the rows alone, without notes.
    @Test("a listing's later notes (its count) are worked out after its rows in every format, JSON too", arguments: [
        (OutputFormat.table, " ROW"), (.json, "\n        {"), (.md, " ROW"), (.html, "<tr>"),
    ])
    func laterNotesFollowTheRows(format: OutputFormat, marker: String) throws {
        let rows = 2_500
        let writer = CountingWriter(marker: marker)
        let seenWhenCounted = Produced()
        var report = Self.report(rows: rows)
        report.laterNotes = {
            seenWhenCounted.count = writer.rowsWritten
            return ["共 \(rows) 行（稍后计数）"]
        }
        try report.write(as: format, to: writer)
        #expect(seenWhenCounted.count >= rows, "\(format): the count was asked for after \(seenWhenCounted.count) rows")
        let text = try report.rendered(as: format)
        #expect(text.contains("共 \(rows) 行（稍后计数）"))
        if format == .json {
            // The one key out of sorted order: `notes` after `tables`, holding the fixed notes and the later ones.
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            #expect(object["notes"] as? [String] == ["共 \(rows) 行", "共 \(rows) 行（稍后计数）"])
            let tables = try #require(text.range(of: "\n  \"tables\" : ["))
            let notes = try #require(text.range(of: "\n  \"notes\" : ["))
            #expect(tables.lowerBound < notes.lowerBound)
            #expect(try report.materialised().rendered(as: .json) == text, "in memory, the notes come after the rows too")
        }
    }

    @Test("a sheet keeps at most its spill buffer in memory; the rest goes to its temporary file")
    func sheetSpills() throws {
        let sheet = Worksheet()
        var mostHeld = 0
        for index in 0..<100_000 {
            try sheet.addRow([(.number(String(index)), .cell), (.text("工会经费支出 \(index)"), .cell), (.number("-1234.50"), .money)])
            mostHeld = max(mostHeld, sheet.heldBytes)
        }
        let part = try sheet.part()
        #expect(part.size > 5 * Worksheet.spillSize)
        #expect(mostHeld < Worksheet.spillSize + 1_000)
        let text = String(decoding: try part.read(at: 0, count: part.size), as: UTF8.self)
        #expect(text.hasPrefix(SpreadsheetML.declaration) && text.hasSuffix("</worksheet>"))
        #expect(text.contains(#"<row r="100000"><c r="A100000" s="8"><v>99999</v></c>"#))
    }

    @Test("JSON strings are written as JSONEncoder writes them")
    func jsonStrings() throws {
        let encoder = JSONRenderer.encoder()
        for text in ["", "工会", "a\"b\\c/d", "\n\r\t\u{08}\u{0C}\u{01}\u{1F}\u{7F}", "\u{2028}\u{2029}😀", "</script>"] {
            let encoded = String(decoding: try encoder.encode([text]), as: UTF8.self)
            #expect(encoded == "[\n  " + JSONText.quoted(text) + "\n]", "\(text.debugDescription)")
        }
        // Every ASCII character alone and between others, and multi-byte text around escapes.
        for value in 0..<0x80 {
            let scalar = String(UnicodeScalar(UInt8(value)))
            for text in [scalar, "工会" + scalar + "经费", "a" + scalar + scalar + "😀"] {
                let encoded = String(decoding: try encoder.encode([text]), as: UTF8.self)
                #expect(encoded == "[\n  " + JSONText.quoted(text) + "\n]", "\(text.debugDescription)")
            }
        }
    }

    @Test("a file output is replaced only when the stream completes; a failed stream leaves the old file")
    func fileReplacedAtTheEnd() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("list.csv").path
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: path))
        struct Broken: Error {}
        #expect(throws: Broken.self) {
            try ReportFile.stream(to: path) { writer in
                try writer.write(String(repeating: "x", count: 200_000))
                throw Broken()
            }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["list.csv"], "no temporary file left")
        try ReportFile.stream(to: path) { writer in try Self.report(rows: 5).write(as: .csv, to: writer) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(try Self.report(rows: 5).rendered(as: .csv).utf8))
    }
}

@Suite("printed layout")
struct PrintedLayoutTests {
    static let wide = Report(
        title: "下级单位欠缴经费表", headerLines: ["编制单位：示例总工会", "单位：元"],
        tables: [Report.Table(columns: (0..<11).map { Report.Column("列\($0)", key: "c\($0)", alignment: $0 > 1 ? .right : .left) },
                              rows: [[.text("U001"), .text("示例精密机械有限公司工会")] + (0..<9).map { .money(Money(fen: Int64($0) * 123_456_789 - 10)) }],
                              totals: [[.text("合计")] + [Report.Cell](repeating: .empty, count: 10)])])
    static let narrow = Report(title: "科目", tables: [Report.Table(columns: [Report.Column("科目", key: "name")], rows: [[.text("银行存款")]])])

    @Test("XLSX: a wide table prints landscape, fitted to one page wide, headings frozen and repeated on every page")
    func xlsxPageSetup() throws {
        let parts = try unzippedParts(try Self.wide.renderedData(as: .xlsx))
        let sheet = try #require(parts["xl/worksheets/sheet1.xml"])
        #expect(sheet.contains(#"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"#))
        #expect(sheet.contains(#"<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>"#))
        // Title, two header lines, a blank row: the headings are row 5, frozen below it.
        #expect(sheet.contains(#"<pane ySplit="5" topLeftCell="A6" activePane="bottomLeft" state="frozen"/>"#))
        let workbook = try #require(parts["xl/workbook.xml"])
        #expect(workbook.contains(#"<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'下级单位欠缴经费表'!$5:$5</definedName></definedNames>"#))
        // A unit's name: 12 wide characters = 24, plus 2; 9,876,543.02 with its separators = 12 + 2.
        #expect(sheet.contains(#"<col min="2" max="2" width="26" customWidth="1"/>"#))
        #expect(sheet.contains(#"<col min="11" max="11" width="14" customWidth="1"/>"#))
        // An empty cell of a ruled row keeps its border.
        #expect(sheet.contains(#"<c r="B7" s="9"/>"#))
        let narrow = try #require(try unzippedParts(try Self.narrow.renderedData(as: .xlsx))["xl/worksheets/sheet1.xml"])
        #expect(narrow.contains(#"orientation="portrait" fitToWidth="1""#))
    }

    @Test("HTML: a wide table prints landscape with its heading repeated; names are not broken between characters")
    func htmlPrint() throws {
        let html = try Self.wide.rendered(as: .html)
        #expect(html.contains("@page { size: A4 landscape;"))
        #expect(html.contains("thead { display: table-header-group; }"))
        #expect(html.contains("word-break: keep-all"))
        let narrow = try Self.narrow.rendered(as: .html)
        #expect(!narrow.contains("A4 landscape; margin: 12mm 15mm; }\nbody"))
    }
}
