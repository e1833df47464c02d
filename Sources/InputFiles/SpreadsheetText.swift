import Foundation
import LedgerCore

/// Files saved from Excel in a form other than CSV that the pipeline still reads: an XLSX workbook
/// (one sheet) and "Unicode text" (UTF-16, TAB-separated). Each becomes the CSV text of the same
/// rows, which the CSV record parser then reads like any CSV file — so every import, its checks and
/// its record digest see the same records whichever form the user saved.
enum SpreadsheetText {
    /// Whether the first bytes are a form `csvText` converts.
    static func isConvertible<C: Collection>(_ prefix: C) -> Bool where C.Element == UInt8 {
        let format = FileSignature.nonTextFormat(prefix)
        return format == "XLSX" || format == "UTF-16"
    }

    /// The CSV text (UTF-8) of a workbook's chosen sheet or of UTF-16 text; nil for other bytes.
    /// - Throws: `LedgerError.fileMustBeReadable`, `.sheetMustExist`, `.textMustDecode`.
    static func csvText(_ bytes: [UInt8], displayName: String) throws(LedgerError) -> [UInt8]? {
        switch FileSignature.nonTextFormat(bytes.prefix(8)) {
        case "XLSX":
            let rows = try WorkbookReader.rows(data: Data(bytes), displayName: displayName, sheet: WorkbookSheet.selection)
            return CSVText.render(rows.map(\.fields))
        case "UTF-16":
            let text = try UTF16Text.decode(bytes, displayName: displayName)
            return UTF16Text.isTabSeparated(text) ? UTF16Text.tabsToCSV(text) : text
        default:
            return nil
        }
    }

    /// The whole file's bytes.
    static func readAll(descriptor: Int32, first: ArraySlice<UInt8>, displayName: String) throws(LedgerError) -> [UInt8] {
        var bytes = Array(first)
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            guard count >= 0 else { throw .fileMustBeReadable(path: displayName, reason: String(cString: strerror(errno))) }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }
}
