import Foundation

/// Where a renderer writes as it goes: a string in memory, or a file descriptor (buffered).
public protocol ReportWriter: AnyObject {
    func write(_ text: String) throws
    func write(_ data: Data) throws
}

/// Collects the output in memory (`Report.rendered(as:)`).
final class StringWriter: ReportWriter {
    private(set) var data = Data()
    func write(_ text: String) { data.append(contentsOf: text.utf8) }
    func write(_ data: Data) { self.data.append(data) }
    var text: String { String(decoding: data, as: UTF8.self) }
}

/// Writes to a file descriptor through a buffer; text is UTF-8, or GB18030 when asked (CSV for
/// Excel on Chinese Windows: each piece is converted on its own, the encoding has no state).
///
/// The first flush comes at 4 KiB and each after at twice the last, up to 64 KiB: a listing's
/// first rows reach the terminal or the next program in a pipe as soon as a screenful is ready,
/// not when 64 KiB are (a ledger of one account among a million vouchers reads ≈ 9,000 vouchers
/// for its first 64 KiB), and a long listing still goes out in 64 KiB writes (four more calls).
public final class DescriptorWriter: ReportWriter {
    private let descriptor: Int32
    private let path: String
    private let encoding: CSVEncoding
    private var buffer: [UInt8] = []
    static let firstFlush = 4_096
    static let bufferSize = 65_536
    private var threshold = DescriptorWriter.firstFlush
    /// Bytes handed to the descriptor so far.
    public private(set) var written = 0

    init(descriptor: Int32, path: String, encoding: CSVEncoding = .utf8) {
        self.descriptor = descriptor
        self.path = path
        self.encoding = encoding
        buffer.reserveCapacity(Self.bufferSize)
    }

    public func write(_ text: String) throws {
        if encoding == .gb18030 {
            let unmarked = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
            guard let data = unmarked.data(using: CSVEncoding.gb18030StringEncoding) else {
                throw ReportingError.textMustBeEncodable(encoding: "GB18030")
            }
            return try write(data)
        }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= threshold { try flush() }
    }

    public func write(_ data: Data) throws {
        buffer.append(contentsOf: data)
        if buffer.count >= threshold { try flush() }
    }

    func flush() throws(ReportingError) {
        let failure: String? = buffer.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let count = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += count
            }
            return nil
        }
        if let failure { throw .outputMustBeWritable(path: path, reason: failure) }
        written += buffer.count
        buffer.removeAll(keepingCapacity: true)
        threshold = min(threshold * 2, Self.bufferSize)
    }
}
