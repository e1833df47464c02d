import Foundation

/// What the checking pass of a member import has seen of the file so far: each member number
/// with its first line, and each ID hash with the number of the row that first had it.
///
/// A store may keep these outside memory (SQLite, past a limit: two temporary tables, so a
/// 3-million-row file costs disk, not RAM); `MemberFileSeenInMemory` keeps them in two tables of its own.
public protocol MemberFileSeen: AnyObject {
    /// Notes `number` at `line`; returns the first line that had it when an earlier row did
    /// (nothing is noted then).
    func noteNumber(_ number: String, line: Int) throws -> Int?
    /// Notes `hash` as `number`'s; returns the number of the earlier row that had it, if one did
    /// (nothing is noted then).
    func noteIDHash(_ hash: Data, number: String, line: Int) throws -> String?
    /// Forgets a hash just noted (its row was refused for another reason, as if never seen).
    func forgetIDHash(_ hash: Data) throws
    /// Lets go of everything noted; the import is over.
    func close() throws
}

/// `MemberFileSeen` in memory: about 80 bytes a row of the file.
public final class MemberFileSeenInMemory: MemberFileSeen {
    /// An ID's keyed hash as a value with no allocation (the table holds one per row of the file).
    private struct HashKey: Hashable {
        var a: UInt64, b: UInt64, c: UInt64, d: UInt64

        init(_ hash: Data) {
            var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
            withUnsafeMutableBytes(of: &words) { target in target.copyBytes(from: hash.prefix(32)) }
            (a, b, c, d) = words
        }

        /// The 32 bytes back (an ID's hash is HMAC-SHA256: always 32).
        var bytes: Data { withUnsafeBytes(of: (a, b, c, d)) { Data($0) } }
    }

    private var firstLineOfNumber: [String: Int32] = [:]
    private var numberOfHash: [HashKey: String] = [:]

    /// - Parameter expectedRows: a size hint for the tables.
    public init(expectedRows: Int = 0) {
        firstLineOfNumber.reserveCapacity(expectedRows)
        numberOfHash.reserveCapacity(expectedRows)
    }

    public func noteNumber(_ number: String, line: Int) -> Int? {
        if let first = firstLineOfNumber[number] { return Int(first) }
        firstLineOfNumber[number] = Int32(clamping: line)
        return nil
    }

    public func noteIDHash(_ hash: Data, number: String, line: Int) -> String? {
        let key = HashKey(hash)
        if let other = numberOfHash[key] { return other }
        numberOfHash[key] = number
        return nil
    }

    public func forgetIDHash(_ hash: Data) { numberOfHash[HashKey(hash)] = nil }

    /// How many numbers and hashes are noted.
    public var count: Int { firstLineOfNumber.count + numberOfHash.count }

    /// Everything noted, for a store that moves it elsewhere: each number with its first line,
    /// each hash with its member's number.
    public func forEachNoted(number: (String, Int) throws -> Void, hash: (Data, String) throws -> Void) rethrows {
        for (value, line) in firstLineOfNumber { try number(value, Int(line)) }
        for (key, value) in numberOfHash { try hash(key.bytes, value) }
    }

    public func close() {
        firstLineOfNumber = [:]
        numberOfHash = [:]
    }
}
