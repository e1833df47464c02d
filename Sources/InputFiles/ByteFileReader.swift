import Foundation
import LedgerCore

/// Streams a file's CSV records with constant memory: reads fixed-size chunks, keeps the unfinished
/// tail of a record for the next chunk, and hashes every byte on the way.
public struct CSVFileStream {
    public static let chunkSize = 4 << 20

    /// The sha256 of a file, read in chunks.
    public static func digest(path: String, displayName: String) throws -> String {
        let descriptor = Foundation.open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw LedgerError.fileMustBeReadable(path: displayName, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        try refuseFolder(descriptor, displayName: displayName)
        var digest = FileDigest()
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, chunkSize) }
            guard count >= 0 else {
                throw LedgerError.fileMustBeReadable(path: displayName, reason: String(cString: strerror(errno)))
            }
            if count == 0 { return digest.hex() }
            chunk.withUnsafeBytes { digest.update(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
        }
    }

    /// Calls `body` with each record's line, the buffer and the parser (whose `fields` index the
    /// buffer). Returns the file's sha256.
    /// - Throws: `LedgerError.fileMustBeReadable`, `.fileMustBeCSVText`, or `RowsRejected` for a
    ///   malformed quote or bytes that do not decode.
    public static func forEachRecord(path: String, displayName: String, encoding: InputEncoding = .automatic,
                              _ body: (Int, UnsafeBufferPointer<UInt8>, CSVRecordParser) throws -> Void) throws -> String {
        let descriptor = Foundation.open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw LedgerError.fileMustBeReadable(path: displayName, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        // Hashed on a thread of its own while the records are parsed (`BackgroundSHA256`).
        let digest = BackgroundSHA256()
        var parser = CSVRecordParser()
        var buffer = [UInt8]()
        buffer.reserveCapacity(chunkSize * 2)
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        try refuseFolder(descriptor, displayName: displayName)
        var isFirstChunk = true
        var atEnd = false
        let decoder = StrictTextDecoder(displayName: displayName, encoding: encoding)
        while !atEnd {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, chunkSize) }
            guard count >= 0 else {
                throw LedgerError.fileMustBeReadable(path: displayName, reason: String(cString: strerror(errno)))
            }
            atEnd = count == 0
            if isFirstChunk {
                isFirstChunk = false
                if SpreadsheetText.isConvertible(chunk[0..<min(count, 8)]) {
                    // A workbook or UTF-16 text is read whole and handed on as the CSV of its rows.
                    let file = try SpreadsheetText.readAll(descriptor: descriptor, first: chunk[0..<count], displayName: displayName)
                    var fileDigest = FileDigest()
                    file.withUnsafeBytes { fileDigest.update($0) }
                    var converted = try SpreadsheetText.csvText(file, displayName: displayName) ?? []
                    _ = try parseRecords(in: &converted, parser: &parser, atEnd: true, displayName: displayName, body)
                    return fileDigest.hex()
                }
                try FileSignature.requireText(chunk[0..<min(count, 8)], path: displayName)
            }
            // A full chunk goes over as it is: it is hashed long before the next read writes to
            // `chunk`, which would copy it first if not.
            digest.update(count == chunk.count ? chunk : Array(chunk[0..<count]))
            try decoder.decode(chunk[0..<count], isFinal: atEnd, appendingTo: &buffer)
            let consumed = try parseRecords(in: &buffer, parser: &parser, atEnd: atEnd, displayName: displayName, body)
            buffer.removeFirst(consumed)
        }
        return digest.hex()
    }

    /// Hands `body` each whole record in `buffer`; returns how many bytes they took.
    private static func parseRecords(in buffer: inout [UInt8], parser: inout CSVRecordParser, atEnd: Bool, displayName: String,
                                     _ body: (Int, UnsafeBufferPointer<UInt8>, CSVRecordParser) throws -> Void) throws -> Int {
        try buffer.withUnsafeBufferPointer { bytes in
            var offset = 0
            while true {
                switch parser.nextRecord(in: bytes, from: offset, isFinal: atEnd) {
                case .record(let next, let line):
                    try body(line, bytes, parser)
                    offset = next
                case .needMoreData, .end:
                    return offset
                case .malformed(let line):
                    throw RowsRejected(problems: [RowProblem(
                        file: displayName, line: line, field: "-", value: "\"", error: .quotedFieldMustBeWellFormed)])
                case .tooManyFields(let line):
                    throw RowsRejected(problems: [RowProblem(
                        file: displayName, line: line, field: "-", value: "",
                        error: .recordMustFitFieldsMax(max: CSVRecordParser.fieldsPerRecordMax))])
                }
            }
        }
}

    /// A folder opens like a file on Linux and fails only at the first read; say what it is.
    static func refuseFolder(_ descriptor: Int32, displayName: String) throws {
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            throw LedgerError.fileMustNotBeFolder(path: displayName)
        }
    }
}
