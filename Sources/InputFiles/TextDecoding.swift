import Foundation
import LedgerCore
#if canImport(Glibc)
import Glibc
#endif

/// The text encoding of an input file. Excel on a Chinese Windows saves CSV as GB18030 (GBK);
/// "CSV UTF-8" is UTF-8 with a BOM. `automatic` picks UTF-8 when the first chunk is valid UTF-8.
public enum InputEncoding: String, Sendable, CaseIterable {
    case automatic = "auto"
    case utf8
    case gb18030

    /// Decides `automatic` from the file's first bytes: UTF-8 if they are valid UTF-8 (allowing a
    /// sequence cut off at the end of the sample), GB18030 otherwise.
    public static func detect(_ sample: ArraySlice<UInt8>) -> InputEncoding {
        for cut in 0...min(3, sample.count) where String(validating: sample.dropLast(cut), as: UTF8.self) != nil {
            return .utf8
        }
        return .gb18030
    }
}

/// Files users save by mistake where CSV is expected, told by their first bytes and refused with a
/// hint, rather than decoded as GB18030 garbage.
public enum FileSignature {
    /// The format's name (`XLSX`, `XLS`, `UTF-16`) when the first bytes are not CSV text.
    public static func nonTextFormat<C: Collection>(_ prefix: C) -> String? where C.Element == UInt8 {
        // An Excel workbook is a zip file (PK\3\4); a pre-2007 one is an OLE2 compound file.
        if prefix.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "XLSX" }
        if prefix.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return "XLS" }
        // Excel's "Unicode text" is UTF-16 with a byte-order mark, little or big endian.
        if prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF]) { return "UTF-16" }
        return nil
    }

    /// - Throws: `LedgerError.fileMustBeCSVText` when the first bytes are not CSV text.
    public static func requireText<C: Collection>(_ prefix: C, path: String) throws(LedgerError) where C.Element == UInt8 {
        if let format = nonTextFormat(prefix) { throw .fileMustBeCSVText(path: path, format: format) }
    }
}

/// Streaming GB18030 → UTF-8 through iconv (GB18030 is a superset of GBK and GB2312; Foundation's
/// GBK decoder returns nil on Linux, see STACK.md §5). A multi-byte character split across two
/// chunks is carried over to the next call.
public final class GB18030Decoder {
    private let converter: iconv_t
    private var carried: [UInt8] = []
    /// Line ends produced so far, to say where an undecodable byte sits.
    private(set) var linesDecoded = 0

    public init?() {
        guard let converter = iconv_open("UTF-8", "GB18030"), converter != iconv_t(bitPattern: -1) else { return nil }
        self.converter = converter
    }

    deinit { iconv_close(converter) }

    /// The UTF-8 for `input` (plus anything carried over).
    /// - Returns: `nil` at a byte sequence that is not GB18030; `linesDecoded` then tells the line.
    public func decode(_ input: ArraySlice<UInt8>, isFinal: Bool) -> [UInt8]? {
        let (output, failed) = decodeReportingFailure(input, isFinal: isFinal)
        return failed ? nil : output
    }

    /// The UTF-8 for `input` up to the first byte sequence that is not GB18030, and whether there was one.
    public func decodeReportingFailure(_ input: ArraySlice<UInt8>, isFinal: Bool) -> (output: [UInt8], failed: Bool) {
        var source = carried + input
        carried = []
        var output = [UInt8](repeating: 0, count: source.count * 2 + 16)
        var produced = 0
        var failed = false
        source.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                guard let inBase = inBuffer.baseAddress, let outBase = outBuffer.baseAddress else { return }
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBase).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBase).assumingMemoryBound(to: CChar.self)
                var outLeft = outBuffer.count
                while inLeft > 0 {
                    if iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1 { continue }
                    // EINVAL: an incomplete character at the end, kept for the next chunk.
                    if errno == EINVAL && !isFinal, let rest = inPointer {
                        carried = Array(UnsafeRawBufferPointer(start: rest, count: inLeft))
                        break
                    }
                    failed = true
                    break
                }
                produced = outBuffer.count - outLeft
            }
        }
        output.removeLast(output.count - produced)
        linesDecoded += output.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        return (output, failed)
    }
}
