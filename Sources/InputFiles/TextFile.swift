import Foundation
import LedgerCore

/// A small input file read whole as text, in UTF-8 (with or without BOM) or GB18030 as Excel saves
/// it on a Chinese Windows — for registers of thousands of rows; voucher imports stream instead.
public enum TextFile {
    /// The file's text.
    /// - Parameter encoding: `.automatic` takes UTF-8 or GB18030 as `StrictTextDecoder` decides.
    ///   An XLSX workbook's sheet (`WorkbookSheet.selection`) or UTF-16 text comes back as CSV text.
    /// - Throws: `LedgerError.fileMustBeReadable`, `.fileMustNotBeFolder`, `.fileMustBeCSVText` (a
    ///   legacy XLS file), `.sheetMustExist`, and the strict decoders' refusals (`.textMustDecode`, `.encodingsMustNotMix`…).
    public static func read(path: String, displayName: String, encoding: InputEncoding = .automatic) throws(LedgerError) -> String {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw .fileMustNotBeFolder(path: displayName)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .fileMustBeReadable(path: displayName, reason: "missing or unreadable")
        }
        return try decode([UInt8](data), displayName: displayName, encoding: encoding)
    }

    /// The text of a file's bytes, decoded as `read(path:displayName:encoding:)` does.
    public static func decode(_ bytes: [UInt8], displayName: String, encoding: InputEncoding = .automatic) throws(LedgerError) -> String {
        if let converted = try SpreadsheetText.csvText(bytes, displayName: displayName) {
            return String(decoding: converted, as: UTF8.self)  // built from validated text
        }
        try FileSignature.requireText(bytes.prefix(8), path: displayName)
        let decoded = try StrictTextDecoder(displayName: displayName, encoding: encoding).decode(bytes[...], isFinal: true)
        return String(decoding: decoded, as: UTF8.self)  // validated by the decoder
    }
}
