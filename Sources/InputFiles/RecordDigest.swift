import Crypto
import LedgerCore

/// The sha256 of a file's records rather than its bytes: the same rows saved again with other line
/// ends, a BOM, another encoding (GB18030 or UTF-8), other quoting, trailing blank lines or
/// trailing empty cells give the same digest, so an import recognises content it has taken before.
///
/// Each record is its fields as imported (quotes undone, spaces trimmed), trailing empty fields
/// dropped; blank records are skipped. Fields end with 0x1F, records with 0x1E (neither can be
/// part of a field that the import accepts as text).
public struct RecordDigest: ~Copyable {
    /// On its own thread (`BackgroundSHA256`). The digest cannot be copied: copies would share
    /// the hasher and hand it the same records twice.
    private let hasher = BackgroundSHA256()
    /// The records that went in (blank ones excluded).
    public private(set) var records = 0
    /// Records gathered but not yet hashed, `pending[..<pendingCount]`: the hasher is handed
    /// `hashedAtOnce` bytes at a time, since its cost per call, paid per record, was as much as
    /// hashing the bytes (the digest of the concatenation is the same however it is cut).
    /// Written through a pointer, a record's room made once: through an array's appends, two a
    /// field, the voucher import's records cost ≈ 950 instructions each (7% of its first thread).
    private var pending: UnsafeMutablePointer<UInt8>
    private var pendingCapacity: Int
    private var pendingCount = 0
    private static let hashedAtOnce = 64 << 10

    /// A digest seeded with what else changes an import's meaning (the month a dues file is for, say).
    public init(context: String = "") {
        pendingCapacity = Self.hashedAtOnce + 4096
        pending = .allocate(capacity: pendingCapacity)
        if !context.isEmpty {
            context.withUTF8Bytes { appendRecordBytes($0) }
            append(0x1D)
        }
    }

    deinit { pending.deallocate() }

    /// Adds one record given as text.
    public mutating func add(_ fields: [String]) {
        guard let last = fields.lastIndex(where: { !$0.isEmpty }) else { return }
        records += 1
        for field in fields[...last] {
            field.withUTF8Bytes { appendRecordBytes($0) }
            append(0x1F)
        }
        endRecord()
    }

    /// Adds one record as the parser hands it out, without making strings (the voucher import's path).
    public mutating func add(_ fields: [CSVRecordParser.Field], in bytes: UnsafeBufferPointer<UInt8>) {
        // Room for the worst case, once: every byte of every field, a separator each, the record's end.
        var room = 1
        for field in fields { room += field.end - field.start + 1 }
        reserve(room)
        let start = pendingCount
        var position = pendingCount
        var pendingEmpty = 0
        for field in fields {
            if field.hasDoubledQuotes {
                // Rare: undone through a String (its text is shorter than the field's bytes).
                let text = CSVRecordParser.string(field, in: bytes)
                if text.isEmpty { pendingEmpty += 1; continue }
                // Never longer than the field's bytes (valid UTF-8 in, quotes only taken out); the
                // room is made sure of all the same.
                pendingCount = position
                reserve(pendingEmpty + text.utf8.count + 1 + room)
                position = Self.separators(pendingEmpty, at: pending, from: position)
                pendingEmpty = 0
                let destination = pending + position
                position += text.withUTF8Bytes { utf8 in
                    if let base = utf8.baseAddress { destination.update(from: base, count: utf8.count) }
                    return utf8.count
                }
                pending[position] = 0x1F
                position += 1
                continue
            }
            let range = CSVRecordParser.trimmedRange(field, in: bytes)
            if range.isEmpty { pendingEmpty += 1; continue }
            position = Self.separators(pendingEmpty, at: pending, from: position)
            pendingEmpty = 0
            if let source = bytes.baseAddress {
                (pending + position).update(from: source + range.lowerBound, count: range.count)
            }
            position += range.count
            pending[position] = 0x1F
            position += 1
        }
        pendingCount = position
        // Empty fields count only when a non-empty one follows them; a record of none is skipped.
        guard pendingCount > start else { return }
        records += 1
        endRecord()
    }

    /// Closes the record gathered in `pending`, and hashes what is gathered once there is enough.
    private mutating func endRecord() {
        append(0x1E)
        if pendingCount >= Self.hashedAtOnce { handOver() }
    }

    /// Gives the gathered bytes to the hasher (a copy: the buffer is written again at once).
    private mutating func handOver() {
        hasher.update(Array(UnsafeBufferPointer(start: pending, count: pendingCount)))
        pendingCount = 0
    }

    /// At least `size` bytes of room past `pendingCount`.
    private mutating func reserve(_ size: Int) {
        guard pendingCount + size > pendingCapacity else { return }
        let capacity = max(pendingCount + size, 2 * pendingCapacity)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.update(from: pending, count: pendingCount)
        pending.deallocate()
        pending = grown
        pendingCapacity = capacity
    }

    private mutating func append(_ byte: UInt8) {
        reserve(1)
        pending[pendingCount] = byte
        pendingCount += 1
    }

    private mutating func appendRecordBytes(_ bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count)
        if let base = bytes.baseAddress { (pending + pendingCount).update(from: base, count: bytes.count) }
        pendingCount += bytes.count
    }

    private static func separators(_ count: Int, at buffer: UnsafeMutablePointer<UInt8>, from position: Int) -> Int {
        for offset in 0..<count { buffer[position + offset] = 0x1F }
        return position + count
    }

    /// The digest of the records added so far (once they are hashed).
    public mutating func hex() -> String {
        handOver()
        return hasher.hex()
    }
}

/// What identifies one import: the file's bytes (as before) and its content.
public struct ImportFingerprint: Sendable, Hashable {
    public var fileSHA256: String
    public var contentSHA256: String
    public var records: Int
}

extension InputFile {
    /// Reads the file once for both digests (see `RecordDigest`).
    /// - Parameter context: what else changes the import's meaning, folded into the content digest.
    public static func fingerprint(path: String, displayName: String, encoding: InputEncoding = .automatic,
                                   context: String = "") throws -> ImportFingerprint {
        var content = RecordDigest(context: context)
        let file = try CSVFileStream.forEachRecord(path: path, displayName: displayName, encoding: encoding) { _, bytes, parser in
            content.add(parser.fields, in: bytes)
        }
        return ImportFingerprint(fileSHA256: file, contentSHA256: content.hex(), records: content.records)
    }

    /// Calls `body` with each non-blank record's line and its fields as text (as `forEachRecord`),
    /// and returns both digests from the same pass (as `fingerprint`): an import that reads its
    /// rows anyway need not read the file twice. The caller checks the fingerprint after reading.
    public static func forEachRecordFingerprinted(path: String, displayName: String, encoding: InputEncoding = .automatic,
                                                  context: String = "",
                                                  _ body: (_ line: Int, _ fields: [String]) throws -> Void) throws -> ImportFingerprint {
        var content = RecordDigest(context: context)
        var records = 0
        let file = try CSVFileStream.forEachRecord(path: path, displayName: displayName, encoding: encoding) { line, bytes, parser in
            content.add(parser.fields, in: bytes)
            let fields = parser.fields.map { CSVRecordParser.string($0, in: bytes) }
            if fields.allSatisfy(\.isEmpty) { return }
            records += 1
            ImportProgress.reportIfDue(rows: records, vouchers: 0)
            try body(line, fields)
        }
        return ImportFingerprint(fileSHA256: file, contentSHA256: content.hex(), records: content.records)
    }

    /// As `forEachRecordFingerprinted`, but hands `body` the record's bytes and the parser's
    /// fields (quotes not undone, spaces not trimmed: `CSVRecordParser.string` and `trimmedRange`
    /// read them), for an import that reads most rows without making Strings. The same records
    /// are skipped as blank: those whose every field is empty once trimmed.
    public static func forEachRawRecordFingerprinted(path: String, displayName: String, encoding: InputEncoding = .automatic,
                                                     context: String = "",
                                                     _ body: (_ line: Int, _ bytes: UnsafeBufferPointer<UInt8>,
                                                              _ fields: [CSVRecordParser.Field]) throws -> Void) throws -> ImportFingerprint {
        var content = RecordDigest(context: context)
        var records = 0
        let file = try CSVFileStream.forEachRecord(path: path, displayName: displayName, encoding: encoding) { line, bytes, parser in
            content.add(parser.fields, in: bytes)
            if CSVRecordParser.isBlank(parser.fields, in: bytes) { return }
            records += 1
            ImportProgress.reportIfDue(rows: records, vouchers: 0)
            try body(line, bytes, parser.fields)
        }
        return ImportFingerprint(fileSHA256: file, contentSHA256: content.hex(), records: content.records)
    }

    /// The content digest of text already read whole (`TextFile.read`); nil when a quote is never closed.
    public static func contentDigest(ofText text: String, context: String = "") -> (digest: String, records: Int)? {
        guard let records = CSVRecordParser.records(of: text) else { return nil }
        var content = RecordDigest(context: context)
        for record in records { content.add(record.fields) }
        return (content.hex(), content.records)
    }
}
