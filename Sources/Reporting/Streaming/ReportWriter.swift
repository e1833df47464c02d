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

/// Writes to a file descriptor through a 64 KiB buffer; text is UTF-8, or GB18030 when asked
/// (CSV for Excel on Chinese Windows: each piece is converted on its own, the encoding has no state).
public final class DescriptorWriter: ReportWriter {
    private let descriptor: Int32
    private let path: String
    private let encoding: CSVEncoding
    private var buffer: [UInt8] = []
    static let bufferSize = 65_536
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
        if buffer.count >= Self.bufferSize { try flush() }
    }

    public func write(_ data: Data) throws {
        buffer.append(contentsOf: data)
        if buffer.count >= Self.bufferSize { try flush() }
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
    }
}
