import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import LedgerCore
import ZIPFoundation

/// Reads one worksheet of an XLSX workbook as rows of text, as a CSV of the same table would read:
/// shared and inline strings as they are, numbers as their literal decimal text (never through a
/// Double's formatting), date cells as `YYYY-MM-DD`. Formulas are read as their cached values.
public enum WorkbookReader {
    /// Whether the bytes at `path` start like a zip archive (an XLSX workbook).
    public static func isWorkbook(path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 4)) == Data([0x50, 0x4B, 0x03, 0x04])
    }

    /// The chosen sheet's rows (`WorkbookSheet.selection`, else the first), read from the file.
    public static func rows(path: String, displayName: String, sheet: String? = WorkbookSheet.selection)
        throws(LedgerError) -> [(line: Int, fields: [String])] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .fileMustBeReadable(path: displayName, reason: "missing or unreadable")
        }
        return try rows(data: data, displayName: displayName, sheet: sheet)
    }

    /// The sheet's rows from row 1, each with its row number (as `line`) and its cells by column
    /// (empty text for missing cells and rows).
    /// - Parameter sheet: a sheet's name, or its position from 1; nil for the first sheet.
    /// - Throws: `LedgerError.fileMustBeReadable` when the bytes are not a readable workbook,
    ///   `.sheetMustExist` when the sheet asked for is not in it.
    public static func rows(data: Data, displayName: String, sheet: String?) throws(LedgerError) -> [(line: Int, fields: [String])] {
        func unreadable(_ reason: String) -> LedgerError { .fileMustBeReadable(path: displayName, reason: reason) }
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read) } catch {
            throw unreadable("not an XLSX workbook")
        }
        func part(_ name: String) throws(LedgerError) -> Data? {
            guard let entry = archive[name] else { return nil }
            var data = Data()
            do { _ = try archive.extract(entry, skipCRC32: false) { data.append($0) } } catch { throw unreadable("\(name) cannot be read") }
            return data
        }
        let book = try part("xl/workbook.xml").map { WorkbookParts.parseBook($0) } ?? WorkbookParts.Book()
        let targets = try part("xl/_rels/workbook.xml.rels").map { WorkbookParts.parseRelationships($0) } ?? [:]
        let sheetPath = try WorkbookParts.sheetPath(book: book, targets: targets, choice: sheet, displayName: displayName)
        guard let sheetData = try part(sheetPath) else { throw unreadable("the workbook has no sheet \(sheetPath)") }
        let shared = try part("xl/sharedStrings.xml").map { SharedStrings.parse($0) } ?? []
        let dateStyles = try part("xl/styles.xml").map { WorkbookParts.dateStyles($0) } ?? []
        let parser = SheetParser(shared: shared, dateStyles: dateStyles, date1904: book.date1904)
        let xml = XMLParser(data: sheetData)
        xml.delegate = parser
        guard xml.parse() else { throw unreadable("the sheet is not well-formed XML") }
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
        return letters == 0 || letters > 3 ? nil : index - 1
    }

    /// Collects `xl/sharedStrings.xml`'s strings (`<si>` with one `<t>` or several runs; phonetic
    /// runs `<rPh>` are not part of the text).
    final class SharedStrings: NSObject, XMLParserDelegate {
        var strings: [String] = []
        private var current: String?
        private var inText = false
        private var inPhonetic = false

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
            if name == "rPh" { inPhonetic = true }
            if name == "t" && !inPhonetic { inText = true }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { current? += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "t" { inText = false }
            if name == "rPh" { inPhonetic = false }
            if name == "si" { strings.append(current ?? ""); current = nil }
        }
    }

    /// Collects each cell's text by row number and column.
    final class SheetParser: NSObject, XMLParserDelegate {
        let shared: [String]
        let dateStyles: Set<Int>
        let date1904: Bool
        var rows: [Int: [Int: String]] = [:]
        private var row = 0
        private var column: Int?
        private var nextColumn = 0
        private var type = ""
        private var style = 0
        private var text = ""
        private var collecting = false
        private var inPhonetic = false

        init(shared: [String], dateStyles: Set<Int>, date1904: Bool) {
            self.shared = shared
            self.dateStyles = dateStyles
            self.date1904 = date1904
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            switch name {
            case "row":
                row = attributes["r"].flatMap(Int.init) ?? row + 1
                nextColumn = 0
            case "c":
                // A cell without a reference follows the one before it.
                if let reference = attributes["r"] { column = WorkbookReader.columnIndex(ofReference: reference) } else { column = nextColumn }
                type = attributes["t"] ?? ""
                style = attributes["s"].flatMap(Int.init) ?? 0
                text = ""
            case "rPh": inPhonetic = true
            case "v", "t": collecting = !inPhonetic
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if collecting { text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "v", "t": collecting = false
            case "rPh": inPhonetic = false
            case "c":
                guard let column else { return }
                nextColumn = column + 1
                rows[row, default: [:]][column] = value()
            default: break
            }
        }

        /// The cell's text as a CSV would hold it.
        private func value() -> String {
            switch type {
            case "s": return Int(text).flatMap { $0 >= 0 && $0 < shared.count ? shared[$0] : nil } ?? ""
            case "str", "inlineStr", "e": return text
            case "b": return text == "1" ? "TRUE" : text == "0" ? "FALSE" : text
            default:
                if dateStyles.contains(style), let date = SheetNumber.date(fromSerial: text, date1904: date1904) { return date }
                return SheetNumber.decimalText(text) ?? text
            }
        }
    }
}
