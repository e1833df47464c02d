import Foundation
import Reporting

/// Where an export's text goes as it is written: standard output, or a file that appears whole.
///
/// Text is buffered and written in 64 KiB blocks. A file is written to a temporary file beside the
/// target and renamed over it by `finish()`, so a failed export leaves any earlier file as it was
/// (the same promise as `ReportFile`), without holding the journal in memory.
public final class ExportSink {
    private let descriptor: Int32
    private let target: String?
    private let temporary: String?
    private var buffer: [UInt8] = []
    private var finished = false
    private static let blockSize = 64 * 1024
    static let mode: mode_t = 0o644

    /// Writes to standard output.
    public init() {
        descriptor = STDOUT_FILENO
        target = nil
        temporary = nil
        buffer.reserveCapacity(Self.blockSize)
    }

    /// Writes to `path` (replaced whole when `finish()` succeeds).
    /// - Throws: `ReportingError` when the path is a folder, its folder is missing or it cannot be written.
    public init(path: String) throws(ReportingError) {
        guard !path.isEmpty else { throw .outputMustBeWritable(path: path, reason: "empty file name") }
        var status = stat()
        if path.hasSuffix("/") || (stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR) {
            throw .outputMustNotBeFolder(path: path)
        }
        let nsPath = path as NSString
        let folder = nsPath.deletingLastPathComponent.isEmpty ? "." : nsPath.deletingLastPathComponent
        guard stat(folder, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else {
            throw .outputFolderMustExist(path: folder)
        }
        var template = Array((folder + "/." + nsPath.lastPathComponent + ".XXXXXX").utf8CString)
        let opened = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard opened >= 0 else { throw .outputMustBeWritable(path: path, reason: Self.lastError()) }
        guard fchmod(opened, Self.mode) == 0 else {
            let reason = Self.lastError()
            close(opened)
            throw .outputMustBeWritable(path: path, reason: reason)
        }
        descriptor = opened
        target = path
        temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        buffer.reserveCapacity(Self.blockSize)
    }

    deinit {
        // An export that did not finish leaves nothing behind.
        if let temporary, !finished {
            close(descriptor)
            unlink(temporary)
        }
    }

    public func write(_ text: String) throws(ReportingError) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.blockSize { try flush() }
    }

    /// Writes what is buffered; for a file, syncs it and renames it over the target.
    public func finish() throws(ReportingError) {
        try flush()
        guard let target, let temporary else { return }
        guard fsync(descriptor) == 0 else { throw .outputMustBeWritable(path: target, reason: Self.lastError()) }
        close(descriptor)
        finished = true
        guard rename(temporary, target) == 0 else {
            let reason = Self.lastError()
            unlink(temporary)
            throw .outputMustBeWritable(path: target, reason: reason)
        }
    }

    private func flush() throws(ReportingError) {
        let failure: String? = buffer.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                guard let base = bytes.baseAddress else { return nil }
                let written = Foundation.write(descriptor, base + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return Self.lastError()
                }
                offset += written
            }
            return nil
        }
        buffer.removeAll(keepingCapacity: true)
        if let failure { throw .outputMustBeWritable(path: target ?? "-", reason: failure) }
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}
