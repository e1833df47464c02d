/// Running debit and credit per balance key, found once per posting: verify's walk and the posting
/// path's balance changes, entries found through a `KeyIndex`; the sums are the same as a
/// dictionary's would be.
struct BalanceTable<Key: FoldedKey> {
    private var index = KeyIndex<Key>()
    private(set) var debits: [Int64] = []
    private(set) var credits: [Int64] = []

    var keys: [Key] { index.keys }

    var count: Int { index.count }

    /// The entry of `key`, or nil (and nothing made) when it has none.
    func find(_ key: Key) -> Int? {
        index.find(key)
    }

    /// The entry of `key`, made with zero sums when it is new.
    mutating func entry(for key: Key) -> Int {
        let (entry, isNew) = index.entry(for: key)
        if isNew {
            debits.append(0)
            credits.append(0)
        }
        return entry
    }

    /// The entry's sums.
    func sums(at entry: Int) -> (debit: Int64, credit: Int64) {
        (debits[entry], credits[entry])
    }

    /// Replaces the entry's sums (already checked against overflow by the caller).
    mutating func set(_ entry: Int, debit: Int64, credit: Int64) {
        debits[entry] = debit
        credits[entry] = credit
    }

    /// Empties the table, keeping its room.
    mutating func removeAll() {
        index.removeAll()
        debits.removeAll(keepingCapacity: true)
        credits.removeAll(keepingCapacity: true)
    }

    /// Adds `amount` to the entry's debit (or credit); false, and the sum unchanged, on overflow.
    mutating func add(_ amount: Int64, to entry: Int, debitSide: Bool) -> Bool {
        debitSide ? Verifier.add(amount, to: &debits[entry]) : Verifier.add(amount, to: &credits[entry])
    }

    /// The sums by key, as the comparisons and the join read them.
    var dictionary: [Key: (debit: Int64, credit: Int64)] {
        var sums: [Key: (debit: Int64, credit: Int64)] = [:]
        sums.reserveCapacity(keys.count)
        for (index, key) in keys.enumerated() { sums[key] = (debits[index], credits[index]) }
        return sums
    }
}

extension Verifier.BalanceKey: FoldedKey {
    var folded: UInt64 {
        UInt64(bitPattern: account) &* 0x9E37_79B9_7F4A_7C15
            ^ UInt64(bitPattern: Int64(ordinal)) &* 0xC2B2_AE3D_27D4_EB4F
            ^ UInt64(bitPattern: organisation) &* 0x1656_67B1_9E37_79F9
            ^ UInt64(UInt32(bitPattern: fund)) << 1 ^ (closing ? 1 : 0)
    }
}

extension PostingSession.BalanceKey: FoldedKey {
    var folded: UInt64 {
        UInt64(bitPattern: accountID) &* 0x9E37_79B9_7F4A_7C15
            ^ UInt64(bitPattern: Int64(ordinal)) &* 0xC2B2_AE3D_27D4_EB4F
            ^ UInt64(UInt32(bitPattern: fund)) << 1 ^ (isClosing ? 1 : 0)
    }
}
