import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import LedgerCore

/// The parts of an XLSX workbook around its sheets: the sheet list (`xl/workbook.xml`), where each
/// sheet is stored (`xl/_rels/workbook.xml.rels`) and which cell styles show dates (`xl/styles.xml`).
enum WorkbookParts {
    struct Book {
        var sheets: [(name: String, relationship: String)] = []
        var date1904 = false
    }

    static func parseBook(_ data: Data) -> Book {
        let collector = ElementCollector(names: ["sheet", "workbookPr"])
        collector.parse(data)
        var book = Book()
        for (name, attributes) in collector.elements {
            if name == "workbookPr" {
                book.date1904 = attributes["date1904"] == "1" || attributes["date1904"] == "true"
            } else if let sheetName = attributes["name"] {
                book.sheets.append((sheetName, attributes["r:id"] ?? attributes["id"] ?? ""))
            }
        }
        return book
    }

    /// Relationship id → part path inside the archive.
    static func parseRelationships(_ data: Data) -> [String: String] {
        let collector = ElementCollector(names: ["Relationship"])
        collector.parse(data)
        var targets: [String: String] = [:]
        for (_, attributes) in collector.elements {
            guard let id = attributes["Id"], let target = attributes["Target"] else { continue }
            targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        }
        return targets
    }

    /// The path of the sheet chosen by name or position (from 1), or of the first sheet.
    /// - Throws: `LedgerError.sheetMustExist` naming the sheets there are.
    static func sheetPath(book: Book, targets: [String: String], choice: String?, displayName: String) throws(LedgerError) -> String {
        let fallback = "xl/worksheets/sheet1.xml"
        guard let choice else {
            return book.sheets.first.flatMap { targets[$0.relationship] } ?? fallback
        }
        let index: Int? = book.sheets.firstIndex { $0.name == choice }
            ?? Int(choice).flatMap { $0 >= 1 && $0 <= book.sheets.count ? $0 - 1 : nil }
        guard let index, let path = targets[book.sheets[index].relationship] else {
            throw .sheetMustExist(path: displayName, sheet: choice, sheets: book.sheets.map(\.name).joined(separator: ", "))
        }
        return path
    }

    /// The cell style indexes (`s` on a cell, positions in `cellXfs`) whose number format is a date.
    static func dateStyles(_ data: Data) -> Set<Int> {
        let collector = ElementCollector(names: ["numFmt", "xf"], insideOnly: ["xf": "cellXfs"])
        collector.parse(data)
        var customDates: Set<Int> = []
        var styles: Set<Int> = []
        var position = 0
        for (name, attributes) in collector.elements {
            if name == "numFmt", let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"],
               isDateFormat(code) {
                customDates.insert(id)
            } else if name == "xf" {
                if let id = attributes["numFmtId"].flatMap(Int.init), isBuiltInDate(id) || customDates.contains(id) {
                    styles.insert(position)
                }
                position += 1
            }
        }
        return styles
    }

    /// Built-in formats that show a date: 14–17 and 22 everywhere, 27–36 and 50–58 in Chinese,
    /// Japanese and Korean Excel (`yyyy"年"m"月"d"日"` and the like).
    static func isBuiltInDate(_ id: Int) -> Bool {
        (14...17).contains(id) || id == 22 || (27...36).contains(id) || (50...58).contains(id)
    }

    /// A custom format shows a date when it has a year or day code outside quoted text, escapes and
    /// `[...]` sections (an `m` alone may be minutes).
    static func isDateFormat(_ code: String) -> Bool {
        var inQuotes = false, inBrackets = false, escaped = false
        for character in code {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": inQuotes.toggle()
            case "[" where !inQuotes: inBrackets = true
            case "]" where !inQuotes: inBrackets = false
            default:
                if !inQuotes && !inBrackets && "yYdD".contains(character) { return true }
            }
        }
        return false
    }

    /// Collects the attributes of the named elements, in document order.
    final class ElementCollector: NSObject, XMLParserDelegate {
        let names: Set<String>
        /// Element → the parent it must sit in to count (`xf` inside `cellXfs`, not `cellStyleXfs`).
        let insideOnly: [String: String]
        var elements: [(String, [String: String])] = []
        private var open: [String] = []

        init(names: Set<String>, insideOnly: [String: String] = [:]) {
            self.names = names
            self.insideOnly = insideOnly
        }

        func parse(_ data: Data) {
            let parser = XMLParser(data: data)
            parser.delegate = self
            _ = parser.parse()
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let local = name.split(separator: ":").last.map(String.init) ?? name
            if names.contains(local), insideOnly[local].map({ open.last == $0 }) ?? true {
                elements.append((local, attributes))
            }
            open.append(local)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
        }
    }
}
