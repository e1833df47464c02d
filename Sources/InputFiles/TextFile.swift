import Foundation
import LedgerCore

/// A small input file read whole as text, in UTF-8 (with or without BOM) or GB18030 as Excel saves
/// it on a Chinese Windows — for registers of thousands of rows; voucher imports stream instead.
public enum TextFile {
    /// The file's text.
    /// - Parameter encoding: `.automatic` takes UTF-8 when the bytes are valid UTF-8, else GB18030.
    /// - Throws: `LedgerError.fileMustBeReadable`, `.fileMustBeCSVText` (an XLSX, XLS or UTF-16
    ///   file), `.fileMustBeUTF8`, `.fileMustBeGB18030OrUTF8`.
    public static func read(path: String, displayName: String, encoding: InputEncoding = .automatic) throws(LedgerError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .fileMustBeReadable(path: displayName, reason: "missing or unreadable")
        }
        return try decode([UInt8](data), displayName: displayName, encoding: encoding)
    }

    /// The text of a file's bytes, decoded as `read(path:displayName:encoding:)` does.
    public static func decode(_ bytes: [UInt8], displayName: String, encoding: InputEncoding = .automatic) throws(LedgerError) -> String {
        try FileSignature.requireText(bytes.prefix(8), path: displayName)
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let chosen = encoding == .automatic
            ? (String(validating: bytes, as: UTF8.self) == nil ? InputEncoding.gb18030 : .utf8) : encoding
        if chosen == .utf8 {
            guard let text = String(validating: bytes, as: UTF8.self) else { throw .fileMustBeUTF8(path: displayName) }
            return text
        }
        guard let decoder = GB18030Decoder(), let decoded = decoder.decode(bytes[...], isFinal: true),
              let text = String(validating: decoded, as: UTF8.self) else {
            throw .fileMustBeGB18030OrUTF8(path: displayName)
        }
        return text
    }
}
