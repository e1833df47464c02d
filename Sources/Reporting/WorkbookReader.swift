import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import LedgerCore
import ZIPFoundation

/// Reads the first worksheet of an XLSX workbook back as rows of text: the cells this package
/// writes (inline strings, plain decimal numbers) and those Excel writes when it saves the file
/// again (shared strings). So a table exported with `--format xlsx` can be edited in Excel and
/// imported again. Formulas are read as their cached values.
public enum WorkbookReader {
    /// Whether the bytes at `path` start like a zip archive (an XLSX workbook).
    public static func isWorkbook(path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 4)) == Data([0x50, 0x4B, 0x03, 0x04])
    }

    /// The first sheet's rows from row 1, each with its row number (as `line`) and its cells by
    /// column (empty text for missing cells and rows).
    /// - Throws: `LedgerError.fileMustBeReadable` when the file is not a readable workbook.
    public static func rows(path: String, displayName: String) throws -> [(line: Int, fields: [String])] {
        func unreadable(_ reason: String) -> LedgerError { .fileMustBeReadable(path: displayName, reason: reason) }
        let archive: Archive
        do { archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read) } catch {
            throw unreadable("not an XLSX workbook")
        }
        func part(_ name: String) throws -> Data? {
            guard let entry = archive[name] else { return nil }
            var data = Data()
            do { _ = try archive.extract(entry, skipCRC32: false) { data.append($0) } } catch { throw unreadable("\(name) cannot be read") }
            return data
        }
        guard let sheet = try part("xl/worksheets/sheet1.xml") else { throw unreadable("the workbook has no first sheet") }
        let shared = try part("xl/sharedStrings.xml").map { SharedStrings.parse($0) } ?? []
        let parser = SheetParser(shared: shared)
        let xml = XMLParser(data: sheet)
        xml.delegate = parser
        guard xml.parse() else { throw unreadable("the first sheet is not well-formed XML") }
        // Rows the sheet leaves out are blank rows: they are kept, so a blank line still ends a table.
        guard let last = parser.rows.keys.max() else { return [] }
        return (1...last).map { line in
            let cells = parser.rows[line] ?? [:]
            let width = (cells.keys.max() ?? -1) + 1
            return (line, (0..<width).map { cells[$0] ?? "" })
        }
    }

    /// Column letters to a 0-based index (`A` → 0, `AB` → 27); nil for anything else.
    static func columnIndex(ofReference reference: String) -> Int? {
        var index = 0, letters = 0
        for scalar in reference.unicodeScalars {
            guard scalar.value >= 65 && scalar.value <= 90 else { break }
            index = index * 26 + Int(scalar.value - 64)
            letters += 1
        }
        return letters == 0 ? nil : index - 1
    }

    /// Collects `xl/sharedStrings.xml`'s strings (`<si>` with one `<t>` or several runs).
    final class SharedStrings: NSObject, XMLParserDelegate {
        var strings: [String] = []
        private var current: String?
        private var inText = false

        static func parse(_ data: Data) -> [String] {
            let delegate = SharedStrings()
            let parser = XMLParser(data: data)
            parser.delegate = delegate
            _ = parser.parse()
            return delegate.strings
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if name == "si" { current = "" }
            if name == "t" { inText = true }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { current? += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "t" { inText = false }
            if name == "si" { strings.append(current ?? ""); current = nil }
        }
    }

    /// Collects each cell's text by row number and column.
    final class SheetParser: NSObject, XMLParserDelegate {
        let shared: [String]
        var rows: [Int: [Int: String]] = [:]
        private var row = 0
        private var column: Int?
        private var type = ""
        private var text = ""
        private var collecting = false

        init(shared: [String]) { self.shared = shared }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            switch name {
            case "row": row = attributes["r"].flatMap(Int.init) ?? row + 1
            case "c":
                column = attributes["r"].flatMap(WorkbookReader.columnIndex(ofReference:))
                type = attributes["t"] ?? ""
                text = ""
            case "v", "t": collecting = true
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if collecting { text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "v", "t": collecting = false
            case "c":
                guard let column else { return }
                let value = type == "s" ? Int(text).flatMap { $0 < shared.count ? shared[$0] : nil } ?? "" : text
                rows[row, default: [:]][column] = value
            default: break
            }
        }
    }
}
