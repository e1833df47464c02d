/// The (unit, month) pairs a payroll file has declared so far: a bit per registered unit for each
/// month the file names, so a 600,000-row file over 50,000 units costs 12 × 6 KB, not a table
/// entry per row. Exact: a set bit is a pair seen, never a guess.
struct DeclarationKeysSeen {
    private let wordsPerMonth: Int
    private var months: [Int: [UInt64]] = [:]
    /// Units above the directory's largest id (none, while ids come from the directory).
    private var outside: Set<DeclarationKey> = []

    /// - Parameter largestUnitID: the largest unit row id a key can carry.
    init(largestUnitID: Int64) {
        wordsPerMonth = Int(max(largestUnitID, 0) / 64) + 1
    }

    /// Marks `key` seen; returns whether it is new (not seen before).
    mutating func insert(_ key: DeclarationKey) -> Bool {
        guard key.unit >= 0, Int(key.unit / 64) < wordsPerMonth else { return outside.insert(key).inserted }
        let word = Int(key.unit / 64), bit = UInt64(1) << UInt64(key.unit % 64)
        var inserted = false
        months[key.month, default: Array(repeating: 0, count: wordsPerMonth)].withUnsafeMutableBufferPointer { words in
            inserted = words[word] & bit == 0
            words[word] |= bit
        }
        return inserted
    }
}
