import Crypto
import Dispatch

/// A sha256 worked out on a thread of its own while the caller goes on reading: a bulk import's
/// two digests (the file's bytes and its records, `RecordDigest`) were 5% of the thread that
/// parses and checks, the one that bounds the import, while the thread writing to SQLite had
/// time to spare.
///
/// Blocks are hashed in the order handed over. At most `blocksInFlightMax` wait, so memory stays
/// bounded when the hashing is slower than the reading (it never is, by a factor of thirty).
final class BackgroundSHA256: @unchecked Sendable {
    static let blocksInFlightMax = 4

    /// Touched only on `queue`.
    private var hasher = SHA256()
    private let queue = DispatchQueue(label: "gonghui.sha256")
    private let slots = DispatchSemaphore(value: BackgroundSHA256.blocksInFlightMax)

    /// Hashes `bytes` after every block handed over before (the array is kept, not copied, until
    /// then: the caller's next write to its own copy makes a new buffer).
    func update(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        slots.wait()
        queue.async { [self] in
            bytes.withUnsafeBytes { hasher.update(bufferPointer: $0) }
            slots.signal()
        }
    }

    /// The digest of every block handed over so far, once they are hashed, in lowercase
    /// hexadecimal. It does not end the hash: blocks handed over later follow these.
    func hex() -> String {
        Hex.encode(Array(queue.sync { hasher.finalize() }))
    }
}
