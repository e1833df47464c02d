import Crypto
import LedgerStore

/// Hashes the journal chain's links as the voucher rows are written, on whichever thread writes
/// them (issue 16: SHA-256 was 8% of the import's first thread, with the writer's thread waiting).
///
/// The posting path queues each voucher's canonical encoding (`JournalChain.Writer`) in the row's
/// hash slot (`BatchInsert.Slot.Kind.chainLink`); just before a statement binds its rows, `link`
/// works out `sha256(previous ‖ encoding)` for each in row order, which is voucher-id order, and
/// the statement binds those digests. Rows reach SQLite in the order they were queued, on one
/// thread at a time (`BackgroundRowWriter`), so the chain is the one `post` would have made.
///
/// Used by one thread at a time, like the statement it feeds: the posting thread reads `previous`
/// only after the writer is drained.
final class ChainLinker: @unchecked Sendable {
    /// The hash of the last link worked out (of the journal's last voucher, before any: as stored,
    /// whatever its length, as the posting path always took it; `verify` names a damaged one).
    private(set) var previous: [UInt8]
    /// One statement's digests, 32 bytes a row: SQLite reads them in place (`SQLITE_STATIC`) until
    /// the statement's next binding, so they live at one address for the writer's life.
    private let digests: UnsafeMutablePointer<UInt8>
    /// The most rows one statement may link.
    let rowsMax: Int
    static let digestSize = SHA256.byteCount

    init(previous: [UInt8], rowsMax: Int) {
        self.previous = previous
        self.rowsMax = rowsMax
        digests = UnsafeMutablePointer<UInt8>.allocate(capacity: rowsMax * SHA256.byteCount)
        digests.initialize(repeating: 0, count: rowsMax * SHA256.byteCount)
    }

    deinit { digests.deallocate() }

    /// Works out the links of one statement's rows, in order, and returns where their digests lie
    /// (32 bytes each, the `k`-th link's at `k × 32`).
    func link(_ slots: UnsafeBufferPointer<BatchInsert.Slot>, arena: UnsafePointer<UInt8>) -> UnsafePointer<UInt8> {
        var next = digests
        for slot in slots where slot.kind == .chainLink {
            precondition(next < digests + rowsMax * SHA256.byteCount, "more chain links than rows in a batch")
            var hasher = SHA256()
            previous.withUnsafeBytes { hasher.update(bufferPointer: $0) }
            hasher.update(bufferPointer: UnsafeRawBufferPointer(start: arena + Int(slot.value), count: Int(slot.length)))
            let digest = hasher.finalize()
            if previous.count != SHA256.byteCount { previous = [UInt8](repeating: 0, count: SHA256.byteCount) }
            digest.withUnsafeBytes { source in
                UnsafeMutableRawBufferPointer(start: next, count: SHA256.byteCount).copyMemory(from: source)
                previous.withUnsafeMutableBytes { $0.copyMemory(from: source) }
            }
            next += SHA256.byteCount
        }
        return UnsafePointer(digests)
    }
}
