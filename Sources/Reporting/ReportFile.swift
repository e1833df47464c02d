import Foundation

/// Writes a rendered report to a file all at once: the bytes go to a temporary file beside the
/// target, which is synced and then renamed over it, so a reader never sees half a report and a
/// failed write leaves any earlier file as it was.
public enum ReportFile {
    /// Mode of the written file, whatever the umask: reports are meant to be shared.
    static let mode: mode_t = 0o644

    /// - Parameter protected: books files whose path (or companions) must not be written over.
    /// - Throws: `ReportingError` when the path is a folder, its folder is missing, it is the books or
    ///   a companion, read-only or a symbolic link, or it cannot be written; nothing is left behind then.
    public static func write(_ data: Data, to path: String, protecting protected: [String] = []) throws(ReportingError) {
        if try OutputTarget.check(path, protecting: protected) == .stream { return try writeInPlace(data, to: path) }
        let nsPath = path as NSString
        let folder = OutputTarget.folderOf(path)
        var template = Array((folder + "/." + nsPath.lastPathComponent + ".XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw .outputMustBeWritable(path: path, reason: lastError()) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var failure: ReportingError?
        do { try writeAll(data, to: descriptor, path: path) } catch { failure = error }
        close(descriptor)
        if failure == nil, rename(temporary, path) != 0 { failure = .outputMustBeWritable(path: path, reason: lastError()) }
        if let failure {
            unlink(temporary)
            throw failure
        }
    }

    /// Streams a report to `path` (nil: standard output) as `body` writes it. A file is written
    /// to a temporary file beside it and renamed over it once the stream completes, as `write` does;
    /// a terminal or pipe gets the bytes as they come.
    /// - Throws: as `write`, or what `body` throws (nothing is left behind then).
    public static func stream(to path: String?, protecting protected: [String] = [], encoding: CSVEncoding = .utf8,
                              _ body: (DescriptorWriter) throws -> Void) throws {
        guard let path else {
            let writer = DescriptorWriter(descriptor: STDOUT_FILENO, path: "/dev/stdout", encoding: encoding)
            try body(writer)
            return try writer.flush()
        }
        if try OutputTarget.check(path, protecting: protected) == .stream {
            let descriptor = open(path, O_WRONLY)
            guard descriptor >= 0 else { throw ReportingError.outputMustBeWritable(path: path, reason: lastError()) }
            defer { close(descriptor) }
            let writer = DescriptorWriter(descriptor: descriptor, path: path, encoding: encoding)
            try body(writer)
            return try writer.flush()
        }
        let (descriptor, temporary) = try temporaryFile(beside: path)
        var open = true
        do {
            guard fchmod(descriptor, mode) == 0 else { throw ReportingError.outputMustBeWritable(path: path, reason: lastError()) }
            let writer = DescriptorWriter(descriptor: descriptor, path: path, encoding: encoding)
            try body(writer)
            try writer.flush()
            guard fsync(descriptor) == 0 else { throw ReportingError.outputMustBeWritable(path: path, reason: lastError()) }
            close(descriptor)
            open = false
            guard rename(temporary, path) == 0 else { throw ReportingError.outputMustBeWritable(path: path, reason: lastError()) }
        } catch {
            if open { close(descriptor) }
            unlink(temporary)
            throw error
        }
    }

    private static func temporaryFile(beside path: String) throws(ReportingError) -> (Int32, String) {
        let folder = OutputTarget.folderOf(path)
        var template = Array((folder + "/." + (path as NSString).lastPathComponent + ".XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw .outputMustBeWritable(path: path, reason: lastError()) }
        return (descriptor, String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }

    /// Checks a path before a command does its work, so a refused output leaves the books untouched.
    public static func check(_ path: String, protecting protected: [String]) throws(ReportingError) {
        try OutputTarget.check(path, protecting: protected)
    }

    /// A terminal, pipe or device: written as it is, there is nothing to rename over.
    private static func writeInPlace(_ data: Data, to path: String) throws(ReportingError) {
        let descriptor = open(path, O_WRONLY)
        guard descriptor >= 0 else { throw .outputMustBeWritable(path: path, reason: lastError()) }
        defer { close(descriptor) }
        try writeBytes(data, to: descriptor, path: path)
    }

    private static func writeAll(_ data: Data, to descriptor: Int32, path: String) throws(ReportingError) {
        guard fchmod(descriptor, mode) == 0 else { throw .outputMustBeWritable(path: path, reason: lastError()) }
        try writeBytes(data, to: descriptor, path: path)
        guard fsync(descriptor) == 0 else { throw .outputMustBeWritable(path: path, reason: lastError()) }
    }

    private static func writeBytes(_ data: Data, to descriptor: Int32, path: String) throws(ReportingError) {
        let failure: String? = data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return lastError()
                }
                offset += written
            }
            return nil
        }
        if let failure { throw .outputMustBeWritable(path: path, reason: failure) }
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}
