import Foundation
import ZIPFoundation

/// A minimal XLSX workbook built in a test, as Excel stores one: shared strings, number cells with
/// their literal text, date cells as serials under a date number format (style 1 = numFmtId 14).
struct WorkbookFixture {
    enum Cell {
        case text(String)
        case number(String)
        case date(serial: Int)
        case empty
    }

    var sheets: [(name: String, rows: [[Cell]])]

    func data() throws -> Data {
        var shared: [String] = []
        func sharedIndex(_ text: String) -> Int {
            if let index = shared.firstIndex(of: text) { return index }
            shared.append(text)
            return shared.count - 1
        }
        func escaped(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: "\"", with: "&quot;")
        }
        func column(_ index: Int) -> String { String(UnicodeScalar(UInt8(65 + index))) }
        var sheetParts: [String] = []
        for sheet in sheets {
            var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
            for (rowIndex, row) in sheet.rows.enumerated() {
                xml += #"<row r="\#(rowIndex + 1)">"#
                for (columnIndex, cell) in row.enumerated() {
                    let reference = "\(column(columnIndex))\(rowIndex + 1)"
                    switch cell {
                    case .text(let text): xml += #"<c r="\#(reference)" t="s"><v>\#(sharedIndex(text))</v></c>"#
                    case .number(let text): xml += #"<c r="\#(reference)"><v>\#(text)</v></c>"#
                    case .date(let serial): xml += #"<c r="\#(reference)" s="1"><v>\#(serial)</v></c>"#
                    case .empty: break
                    }
                }
                xml += "</row>"
            }
            sheetParts.append(xml + "</sheetData></worksheet>")
        }
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let workbook = #"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="\#(main)" xmlns:r="\#(relationships)"><sheets>"#
            + sheets.enumerated().map { #"<sheet name="\#(escaped($1.name))" sheetId="\#($0 + 1)" r:id="rId\#($0 + 1)"/>"# }.joined()
            + "</sheets></workbook>"
        let workbookRelationships = #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + sheets.indices.map { #"<Relationship Id="rId\#($0 + 1)" Type="\#(relationships)/worksheet" Target="worksheets/sheet\#($0 + 1).xml"/>"# }.joined()
            + "</Relationships>"
        let styles = #"<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="\#(main)"><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" xfId="0"/><xf numFmtId="14" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>"#
        let sharedStrings = #"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="\#(main)" count="\#(shared.count)">"#
            + shared.map { "<si><t>\(escaped($0))</t></si>" }.joined() + "</sst>"
        var parts = [("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", workbookRelationships),
                     ("xl/styles.xml", styles), ("xl/sharedStrings.xml", sharedStrings)]
        for (index, xml) in sheetParts.enumerated() { parts.append(("xl/worksheets/sheet\(index + 1).xml", xml)) }
        let archive = try Archive(accessMode: .create)
        for (path, xml) in parts {
            let data = Data(xml.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try require(archive.data)
    }
}

private struct MissingArchiveData: Error {}

private func require<T>(_ value: T?) throws -> T {
    guard let value else { throw MissingArchiveData() }
    return value
}
