/// A key of `BalanceTable`: folded to one word, which the table multiplies into a slot.
protocol BalanceTableKey: Hashable {
    var folded: UInt64 { get }
}

/// Running debit and credit per balance key, found once per posting: verify's walk and the posting
/// path's balance changes. A `Dictionary` hashes every lookup through the seeded SipHash
/// (`Hasher`): 3–4% of either. The keys are few (organisations × accounts × funds × months), so an
/// open-addressed table with a multiplicative hash of the folded key, grown at half full, finds
/// them in one or two probes; the sums are the same either way.
struct BalanceTable<Key: BalanceTableKey> {
    private(set) var keys: [Key] = []
    private(set) var debits: [Int64] = []
    private(set) var credits: [Int64] = []
    /// Slot → entry + 1 (0: empty). Its size is a power of two.
    private var slots = [Int32](repeating: 0, count: 256)
    private var shift = 64 - 8

    var count: Int { keys.count }

    /// The entry of `key`, or nil (and nothing made) when it has none.
    func find(_ key: Key) -> Int? {
        let (entry, _) = probe(key)
        return entry
    }

    /// The entry of `key`, made with zero sums when it is new.
    mutating func entry(for key: Key) -> Int {
        let (found, slot) = probe(key)
        if let found { return found }
        let entry = keys.count
        keys.append(key)
        debits.append(0)
        credits.append(0)
        slots[slot] = Int32(entry + 1)
        if keys.count * 2 > slots.count { grow() }
        return entry
    }

    /// Where `key` is, or the empty slot where it would go.
    private func probe(_ key: Key) -> (entry: Int?, slot: Int) {
        var slot = home(of: key)
        let mask = slots.count - 1
        while true {
            let stored = slots[slot]
            if stored == 0 { return (nil, slot) }
            if keys[Int(stored) - 1] == key { return (Int(stored) - 1, slot) }
            slot = (slot + 1) & mask
        }
    }

    /// The slot a key's probe starts at: the top bits of its folded key times a 64-bit odd constant.
    private func home(of key: Key) -> Int {
        Int(truncatingIfNeeded: (key.folded &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
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
        keys.removeAll(keepingCapacity: true)
        debits.removeAll(keepingCapacity: true)
        credits.removeAll(keepingCapacity: true)
        for index in slots.indices { slots[index] = 0 }
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

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        shift -= 1
        let mask = slots.count - 1
        for (index, key) in keys.enumerated() {
            var slot = home(of: key)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }
}

extension Verifier.BalanceKey: BalanceTableKey {
    var folded: UInt64 {
        UInt64(bitPattern: account) &* 0x9E37_79B9_7F4A_7C15
            ^ UInt64(bitPattern: Int64(ordinal)) &* 0xC2B2_AE3D_27D4_EB4F
            ^ UInt64(bitPattern: organisation) &* 0x1656_67B1_9E37_79F9
            ^ UInt64(UInt32(bitPattern: fund)) << 1 ^ (closing ? 1 : 0)
    }
}

extension PostingSession.BalanceKey: BalanceTableKey {
    var folded: UInt64 {
        UInt64(bitPattern: accountID) &* 0x9E37_79B9_7F4A_7C15
            ^ UInt64(bitPattern: Int64(ordinal)) &* 0xC2B2_AE3D_27D4_EB4F
            ^ UInt64(UInt32(bitPattern: fund)) << 1 ^ (isClosing ? 1 : 0)
    }
}
