import Crypto
import GRDBSQLite
import LedgerStore

/// One change-journal entry for a whole batch of rows a bulk writer inserted (issue 16): where the
/// trigger writes a row's image per row, the writer of an append-only register writes one entry
/// per batch (the writer's batch size, 256 rows for the union registers), keyed by the batch's row
/// keys and holding the SHA-256 of the rows' values.
///
/// Per-row images were 45% of a payroll import and 28% of `allocate` (600,000 declarations and
/// their allocations each wrote a second row per row, read back and hashed at the commit).
/// `verify` recomputes each batch's digest from the rows as they are and names the table and the
/// keys of a batch that differs; a row a later change touched is compared with that image.
///
/// ```
/// key    = {"batch":[k1,k2,…]}                      (the rows' INTEGER PRIMARY KEYs, ascending)
/// image  = hex(sha256(row(k1) ‖ row(k2) ‖ …))
/// row    = every column in table order: 0x00 (NULL) | 0x01 ‖ int64 big-endian | 0x02 ‖ uint64 big-endian length ‖ UTF-8
/// ```
/// The values are the stored ones (the tables are STRICT, INTEGER or TEXT columns only), so the
/// encoding does not depend on how a SQLite version writes JSON.
enum BatchImage {
    static let keyPrefix = "{\"batch\":["

    static func key(_ keys: [Int64]) -> [UInt8] {
        var bytes = Array(keyPrefix.utf8)
        for (index, key) in keys.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.appendDecimal(key)
        }
        bytes.append(contentsOf: Array("]}".utf8))
        return bytes
    }

    /// The keys a batch key lists, or nil when the text is not one.
    static func keys(_ text: String) -> [Int64]? {
        guard text.hasPrefix(keyPrefix), text.hasSuffix("]}") else { return nil }
        let list = text.dropFirst(keyPrefix.count).dropLast(2)
        var keys: [Int64] = []
        for part in list.split(separator: ",", omittingEmptySubsequences: false) {
            guard let key = Int64(part) else { return nil }
            keys.append(key)
        }
        // Only the form the writer writes (no `+1`, no leading zeros, ascending).
        guard !keys.isEmpty, key(keys) == Array(text.utf8), zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 }) else { return nil }
        return keys
    }

    /// The digest of rows fed one value at a time (gathered, and hashed 4 KiB at a time).
    struct Digest {
        private var hasher = SHA256()
        private var pending: [UInt8] = []

        /// - Parameter reserving: room for the 4 KiB gathered at once, for a writer's one digest at
        ///   a time (verify keeps many open, each growing only as needed).
        init(reserving: Bool = true) { if reserving { pending.reserveCapacity(4_096 + 64) } }

        mutating func null() { pending.append(0x00) }

        mutating func integer(_ value: Int64) {
            pending.append(0x01)
            withUnsafeBytes(of: value.bigEndian) { pending.append(contentsOf: $0) }
            hashIfFull()
        }

        mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
            pending.append(0x02)
            withUnsafeBytes(of: UInt64(bytes.count).bigEndian) { pending.append(contentsOf: $0) }
            pending.append(contentsOf: bytes)
            hashIfFull()
        }

        private mutating func hashIfFull() {
            guard pending.count >= 4_096 else { return }
            pending.withUnsafeBytes { hasher.update(bufferPointer: $0) }
            pending.removeAll(keepingCapacity: true)
        }

        /// One stored column of the current row of `statement`. A REAL or a BLOB (which only an
        /// edit outside gonghui can put in these STRICT tables) goes in under a tag of its own, so
        /// the batch's digest differs and verify names it.
        mutating func column(_ statement: RawStatement, _ index: Int32) {
            switch statement.columnType(index) {
            case SQLITE_NULL: null()
            case SQLITE_INTEGER: integer(statement.int64(index))
            case SQLITE_TEXT: text(statement.text(index))
            default:
                pending.append(0x03)
                pending.append(contentsOf: statement.bytes(index))
                hashIfFull()
            }
        }

        func finish() -> String {
            var hasher = hasher
            pending.withUnsafeBytes { hasher.update(bufferPointer: $0) }
            return JournalChain.hex(Array(hasher.finalize()))
        }
    }
}
