import Crypto

/// One record of a change journal, fed field by field: the same encoding on every store.
/// ```
/// hash = sha256(previous hash ‖ field("gonghui-change-v1") ‖ field(seq) ‖ field(kind) ‖ field(at)
///               ‖ field(last change seq) ‖ field(voucher count) ‖ field(voucher chain hash)
///               ‖ per change: field(seq) ‖ field(table) ‖ field(key) ‖ field(image or ""))
/// field(x) = 8-byte big-endian length of x's UTF-8 ‖ x
/// ```
public struct ChangeLink {
    public static let tag = "gonghui-change-v1"

    private var hasher = SHA256()
    /// One change's fields, gathered and hashed in one call.
    private var scratch: [UInt8] = []

    public init(previous: [UInt8]) {
        hasher.update(data: previous)
    }

    private mutating func field(_ bytes: some Collection<UInt8>) {
        withUnsafeBytes(of: UInt64(bytes.count).bigEndian) { hasher.update(bufferPointer: $0) }
        hasher.update(data: Array(bytes))
    }

    public mutating func header(seq: Int64, kind: String, at: String, lastChange: Int64, voucherCount: Int64, voucherHash: [UInt8]) {
        field(Self.tag.utf8)
        field(String(seq).utf8)
        field(kind.utf8)
        field(at.utf8)
        field(String(lastChange).utf8)
        field(String(voucherCount).utf8)
        field(voucherHash)
    }

    public mutating func change(seq: Int64, table: String, key: String, image: String?) {
        field(String(seq).utf8)
        field(table.utf8)
        field(key.utf8)
        field((image ?? "").utf8)
    }

    /// The same bytes as `change(seq:table:key:image:)`, from buffers (an absent image is empty).
    public mutating func change(seq: Int64, table: UnsafeBufferPointer<UInt8>, key: UnsafeBufferPointer<UInt8>,
                                image: UnsafeBufferPointer<UInt8>) {
        scratch.removeAll(keepingCapacity: true)
        var digits = JournalChain.Writer()
        digits.field(seq)
        // Read in place, without the writer's field separator (not part of this encoding).
        digits.withBytes { Self.append($0.dropLast(), to: &scratch) }
        Self.append(table, to: &scratch)
        Self.append(key, to: &scratch)
        Self.append(image, to: &scratch)
        scratch.withUnsafeBytes { hasher.update(bufferPointer: $0) }
    }

    private static func append(_ bytes: some Collection<UInt8>, to scratch: inout [UInt8]) {
        withUnsafeBytes(of: UInt64(bytes.count).bigEndian) { scratch.append(contentsOf: $0) }
        scratch.append(contentsOf: bytes)
    }

    public func finish() -> [UInt8] { Array(hasher.finalize()) }
}
