/// The voucher keys an import has already finished, per month, in memory that stays small
/// however long the file is (issues 13 and 16: peak memory flat in file size).
///
/// Nearly every key is a prefix and a number (`记-1`, `记-2`, …): those are one bit each, in a
/// bitset per month and prefix. The line a key first appeared on is not kept for them: a repeated
/// key is rare (and refuses the import), so its first line is then looked up where the voucher
/// went (the voucher table, or `unpostedLines` for a voucher that was not posted). Any other key
/// (no number, a leading zero, a number past `numberMax`, a prefix over 16 bytes) is kept exactly,
/// with its line, as before.
package struct VoucherKeyRegistry {
    /// Numbers above this take the exact path: a bitset never grows past 2 MB for one prefix.
    package static let numberMax = 1 << 24

    /// What was known about a key when it arrived.
    package enum Sighting: Equatable {
        case new
        /// Seen before, first on this line.
        case seen(line: Int)
        /// Seen before, in a voucher that was posted: its line is the voucher's `source`.
        case seenInPostedVoucher
    }

    private struct Prefix: Hashable {
        var ordinal: Int
        var count: Int
        var low: UInt64 = 0
        var high: UInt64 = 0
    }

    /// An exact key (month and bytes), for keys outside the packed form and unposted vouchers.
    private struct ExactKey: Hashable {
        var ordinal: Int
        var bytes: [UInt8]
    }

    private var bitsets: [Prefix: [UInt64]] = [:]
    private var exactLines: [ExactKey: Int] = [:]
    /// Packed keys whose voucher was not posted (a bad row, a refused rule), with their first line.
    private var unpostedLines: [ExactKey: Int] = [:]

    /// Records `key` of month `ordinal`, first read on `line`, and says whether it was seen before.
    package init() {}

    package mutating func record(ordinal: Int, key: UnsafeBufferPointer<UInt8>, line: Int) -> Sighting {
        guard let (prefix, number) = Self.packed(ordinal: ordinal, key: key) else {
            let exact = ExactKey(ordinal: ordinal, bytes: Array(key))
            if let first = exactLines[exact] { return .seen(line: first) }
            exactLines[exact] = line
            return .new
        }
        let word = number >> 6, bit = UInt64(1) << UInt64(number & 63)
        var isNew = false
        bitsets[prefix, default: []].withGrowth(toInclude: word) { words in
            isNew = words[word] & bit == 0
            words[word] |= bit
        }
        if isNew { return .new }
        if let first = unpostedLines[ExactKey(ordinal: ordinal, bytes: Array(key))] { return .seen(line: first) }
        return .seenInPostedVoucher
    }

    /// Notes that the voucher that first carried `key` was not posted, so its line is kept here.
    package mutating func recordUnposted(ordinal: Int, key: [UInt8], line: Int) {
        let exact = ExactKey(ordinal: ordinal, bytes: key)
        // Keys outside the packed form keep their line in `exactLines` already.
        guard key.withUnsafeBufferPointer({ Self.packed(ordinal: ordinal, key: $0) }) != nil,
              unpostedLines[exact] == nil else { return }
        unpostedLines[exact] = line
    }

    /// The key as a prefix of at most 16 bytes and a number of 1–`numberMax` without leading
    /// zeros (so `记-01` and `记-1` stay distinct keys), or nil.
    private static func packed(ordinal: Int, key: UnsafeBufferPointer<UInt8>) -> (Prefix, Int)? {
        var digitsStart = key.count
        while digitsStart > 0, key[digitsStart - 1] >= 0x30, key[digitsStart - 1] <= 0x39 { digitsStart -= 1 }
        let digitCount = key.count - digitsStart
        guard digitCount > 0, digitCount <= 8, key[digitsStart] != 0x30, digitsStart <= 16 else { return nil }
        var number = 0
        for index in digitsStart..<key.count { number = number * 10 + Int(key[index] - 0x30) }
        guard number <= numberMax else { return nil }
        var prefix = Prefix(ordinal: ordinal, count: digitsStart)
        for index in 0..<digitsStart {
            if index < 8 {
                prefix.low |= UInt64(key[index]) << (8 * UInt64(index))
            } else {
                prefix.high |= UInt64(key[index]) << (8 * UInt64(index - 8))
            }
        }
        return (prefix, number)
    }
}

private extension Array where Element == UInt64 {
    /// Grows the bitset (doubling) until `word` is an index, then hands it to `body` in place.
    mutating func withGrowth(toInclude word: Int, _ body: (inout [UInt64]) -> Void) {
        if word >= count {
            let target = Swift.max(word + 1, count * 2)
            append(contentsOf: repeatElement(0, count: target - count))
        }
        body(&self)
    }
}
