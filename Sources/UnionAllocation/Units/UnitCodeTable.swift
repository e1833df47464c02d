import LedgerCore
import UnionCore

/// The registered units as an import looks one up for every row: code → row id, channel and name,
/// in about 80 bytes a unit (codes and names back to back in one byte array, an open-addressed
/// table of indices). `UnitDirectory` keeps an object of nine fields and two dictionary entries
/// a unit (≈ 370 bytes): 46 MB at 125,000 units, which alone broke the import's memory target.
///
/// Codes match byte for byte, as SQLite matches them everywhere else (`WHERE code = ?`).
public struct UnitCodeTable: Sendable {
    /// One registered unit, found by its code.
    public struct Entry: Equatable, Sendable {
        public let id: Int64
        public let channel: CollectionChannel
        /// Where the unit sits in the table (for `name(of:)`).
        fileprivate let index: Int32
    }

    /// Codes and names back to back: unit `i`'s code starts at `starts[i]` and runs
    /// `codeLengths[i]` bytes; its name runs on to `starts[i + 1]`.
    private var text: [UInt8] = []
    private var starts: [UInt32] = [0]
    private var codeLengths: [UInt8] = []
    private var ids: [Int64] = []
    private var channels: [CollectionChannel] = []
    /// Open addressing with linear probing: a unit's index, or -1 for an empty slot; at most half full.
    private var slots: [Int32] = Array(repeating: -1, count: 16)
    /// The largest row id added (0 for none).
    public private(set) var largestID: Int64 = 0

    public init() {}

    /// The units added.
    public var count: Int { ids.count }

    /// Adds a registered unit. A code already added is left as it was (codes are unique in the
    /// register), and so is a code longer than 255 bytes (`OrganisationCode` allows 32 characters).
    public mutating func add(id: Int64, code: String, name: String, channel: CollectionChannel) {
        insert(id: id, code: Array(code.utf8), name: name.utf8, channel: channel)
    }

    /// Adds a registered unit given as its code's and name's UTF-8 bytes (a store reading its
    /// register from the database's buffers). Concrete types: a generic called from another
    /// module runs unspecialised.
    public mutating func add(id: Int64, code: UnsafeBufferPointer<UInt8>, name: UnsafeBufferPointer<UInt8>,
                             channel: CollectionChannel) {
        insert(id: id, code: code, name: name, channel: channel)
    }

    private mutating func insert(id: Int64, code codeBytes: some Collection<UInt8>, name: some Collection<UInt8>,
                                 channel: CollectionChannel) {
        guard codeBytes.count <= Int(UInt8.max), find(codeBytes) == nil else { return }
        if (ids.count + 1) * 2 > slots.count { grow() }
        text.append(contentsOf: codeBytes)
        text.append(contentsOf: name)
        starts.append(UInt32(text.count))
        codeLengths.append(UInt8(codeBytes.count))
        ids.append(id)
        channels.append(channel)
        largestID = max(largestID, id)
        place(ids.count - 1, hash: Self.hash(codeBytes))
    }

    /// The unit registered under `code`, or nil.
    public func entry(code: String) -> Entry? {
        var code = code
        return code.withUTF8 { entry(code: $0) }
    }

    /// The unit registered under the code given as its UTF-8 bytes, or nil.
    public func entry(code: UnsafeBufferPointer<UInt8>) -> Entry? {
        guard let index = find(code) else { return nil }
        return Entry(id: ids[index], channel: channels[index], index: Int32(index))
    }

    /// Whether `name`'s UTF-8 bytes are the registered name's, byte for byte (a `false` may
    /// still be the same text in another Unicode form: compare Strings then).
    public func hasName(_ name: UnsafeBufferPointer<UInt8>, of entry: Entry) -> Bool {
        let index = Int(entry.index)
        return text[Int(starts[index]) + Int(codeLengths[index])..<Int(starts[index + 1])].hasSameBytes(as: name)
    }

    /// The registered name of a unit this table found.
    public func name(of entry: Entry) -> String {
        let index = Int(entry.index)
        return String(decoding: text[Int(starts[index]) + Int(codeLengths[index])..<Int(starts[index + 1])], as: UTF8.self)
    }

    private func find(_ code: some Collection<UInt8>) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(code)) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            let start = Int(starts[index])
            if Int(codeLengths[index]) == code.count && text[start..<start + code.count].hasSameBytes(as: code) { return index }
            slot = (slot + 1) & mask
        }
    }

    private mutating func place(_ index: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index)
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        for index in ids.indices {
            let start = Int(starts[index])
            place(index, hash: Self.hash(text[start..<start + Int(codeLengths[index])]))
        }
    }

    /// FNV-1a, 64 bits, folded so the low bits the table uses depend on every byte.
    private static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash ^ (hash >> 29)
    }
}

extension UnitCodeTable {
    /// The table of a directory's units (stores that read the directory whole anyway).
    public init(directory: UnitDirectory) {
        self.init()
        for unit in directory.byID.values.sorted(by: { $0.id < $1.id }) {
            add(id: unit.id, code: unit.code, name: unit.name, channel: unit.channel)
        }
    }
}
