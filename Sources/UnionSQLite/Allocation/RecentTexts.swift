import Foundation

/// Texts a bulk read sees again and again (a month's rows hold a few channels and due dates),
/// each decoded once: looked up by its bytes in SQLite's buffer, so most rows make no String.
struct RecentTexts<Value> {
    /// Past this many distinct texts the oldest is let go (a lookup is a walk over them).
    static var kept: Int { 8 }
    private var entries: [(bytes: [UInt8], value: Value)] = []

    mutating func value(_ text: UnsafeBufferPointer<UInt8>, decode: (String) throws -> Value) rethrows -> Value {
        for entry in entries where Self.same(entry.bytes, text) { return entry.value }
        let value = try decode(String(decoding: text, as: UTF8.self))
        if entries.count == Self.kept { entries.removeFirst() }
        entries.append((Array(text), value))
        return value
    }

    private static func same(_ bytes: [UInt8], _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count == text.count else { return false }
        guard let other = text.baseAddress, !text.isEmpty else { return true }
        return bytes.withUnsafeBufferPointer { mine in mine.baseAddress.map { memcmp($0, other, text.count) == 0 } ?? false }
    }
}
