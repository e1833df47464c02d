import Foundation
import InputFiles
import LedgerCore
import Testing

/// The one import pipeline's decoding: every reader (whole-file text, streamed records, charts)
/// takes UTF-8 with or without BOM and GB18030, and refuses what is not CSV text with a hint.
@Suite("input files: encodings and formats")
struct InputFileFormatTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    static let chart = "code,name,kind\n101,库存现金,asset\n"

    @Test("legacy XLS files are refused with the Save-As hint, by every reader", arguments: [
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "XLS"),
    ] as [([UInt8], String)])
    func refusesNonText(bytes: [UInt8], format: String) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try write("book.csv", bytes + Array(repeating: 0x41, count: 64))
        let expected = LedgerError.fileMustBeCSVText(path: "book.csv", format: format)
        #expect(throws: expected) { try TextFile.read(path: path, displayName: "book.csv") }
        #expect(throws: expected) { try TextFile.read(path: path, displayName: "book.csv", encoding: .utf8) }
        #expect(throws: expected) { try InputFile.forEachRecord(path: path, displayName: "book.csv") { _, _ in } }
        #expect(throws: expected) { try ChartFile.read(path: path, displayName: "book.csv") }
        #expect(expected.message(in: .zh).contains("CSV UTF-8"))
        #expect(expected.message(in: .en).contains("CSV UTF-8"))
        #expect(expected.isMalformedInput)
        // The digest of such a file is still available (it only hashes bytes).
        #expect(try InputFile.digest(path: path, displayName: "book.csv").utf8.count == 64)
    }

    @Test("a chart file is read like every other input: UTF-8, UTF-8 with BOM, or GB18030")
    func chartEncodings() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        // 库存现金 in GBK is BF E2 B4 E6 CF D6 BD F0, as Excel saves it on a Chinese Windows.
        let gbk: [UInt8] = Array("code,name,kind\n101,".utf8) + [0xBF, 0xE2, 0xB4, 0xE6, 0xCF, 0xD6, 0xBD, 0xF0] + Array(",asset\n".utf8)
        for (name, bytes) in [("utf8.csv", Array(Self.chart.utf8)), ("bom.csv", [0xEF, 0xBB, 0xBF] + Array(Self.chart.utf8)),
                              ("gbk.csv", gbk)] {
            let accounts = try ChartFile.read(path: try write(name, bytes), displayName: name)
            #expect(accounts.map(\.name) == ["库存现金"], "\(name)")
        }
    }

    @Test("a chart that names a missing file says which")
    func missingChart() {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: LedgerError.fileMustBeReadable(path: "none.csv", reason: "missing or unreadable")) {
            try ChartFile.read(path: folder.appendingPathComponent("none.csv").path, displayName: "none.csv")
        }
    }

    @Test("one row-problem type: ledger and other rules print the same way, and compare by value")
    func oneRowProblemType() {
        defer { try? FileManager.default.removeItem(at: folder) }
        let ledger = RowProblem(file: "a.csv", line: 3, field: "日期", value: "2026-02-30",
                                error: .dateMustBeValid(value: "2026-02-30"))
        #expect(ledger.message(in: .zh) == "a.csv:3: 日期: 2026-02-30: 日期无效：“2026-02-30”（应为 YYYY-MM-DD 的真实日期）")
        #expect(ledger.rule == "dateMustBeValid")
        #expect(ledger == InputProblem(file: "a.csv", line: 3, field: "日期", value: "2026-02-30",
                                       error: LedgerError.dateMustBeValid(value: "2026-02-30")))
        #expect(ledger != RowProblem(file: "a.csv", line: 3, field: "日期", value: "2026-02-30",
                                     error: .dateMustBeValid(value: "2026-02-31")))
        let workflow = RowProblem(file: "a.csv", line: 4, field: "-", value: "", error: WorkflowError.draftMustExist(id: "7"))
        #expect(workflow.rule == "draftMustExist")
        #expect(workflow == RowProblem(file: "a.csv", line: 4, field: "-", value: "", error: WorkflowError.draftMustExist(id: "7")))
        let rejected = RowsRejected(problems: [ledger, workflow])
        #expect(rejected.message(in: .en).split(separator: "\n").last == "import failed: 2 problems; nothing was written")
        #expect(rejected.isMalformedInput)
    }

    @Test("a zip file that is no workbook is refused as unreadable, by every reader")
    func brokenWorkbook() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try write("book.xlsx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00] + Array(repeating: 0x41, count: 64))
        let expected = LedgerError.fileMustBeReadable(path: "book.xlsx", reason: "not an XLSX workbook")
        #expect(throws: expected) { try TextFile.read(path: path, displayName: "book.xlsx") }
        #expect(throws: expected) { try InputFile.forEachRecord(path: path, displayName: "book.xlsx") { _, _ in } }
    }

    @Test("UTF-16 text, LE or BE, TAB-separated, reads as the records of the same CSV, by every reader")
    func unicodeText() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = "code\tname\tkind\r\n101\t\"库存,现金\"\tasset\r\n"
        for bigEndian in [false, true] {
            var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
            for unit in text.utf16 { bytes += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
            let path = try write("unicode.txt", bytes)
            var records: [[String]] = []
            try InputFile.forEachRecord(path: path, displayName: "unicode.txt") { _, fields in records.append(fields) }
            #expect(records == [["code", "name", "kind"], ["101", "库存,现金", "asset"]])
            #expect(try ChartFile.read(path: path, displayName: "unicode.txt").map(\.name) == ["库存,现金"])
        }
    }
}
