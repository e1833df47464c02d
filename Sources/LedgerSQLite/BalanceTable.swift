/// Verify's running debit and credit per balance key, found once per posting. A `Dictionary`
/// hashes every lookup through the seeded SipHash (`Hasher`): 3–4% of the walk. The keys are
/// few (organisations × accounts × funds × months) and come from the file being checked, so an
/// open-addressed table with a multiplicative hash of the folded key, grown at half full, finds
/// them in one or two probes; the sums are the same either way.
struct BalanceTable {
    typealias Key = Verifier.BalanceKey

    private(set) var keys: [Key] = []
    private(set) var debits: [Int64] = []
    private(set) var credits: [Int64] = []
    /// Slot → entry + 1 (0: empty). Its size is a power of two.
    private var slots = [Int32](repeating: 0, count: 256)
    private var shift = 64 - 8

    var count: Int { keys.count }

    /// The entry of `key`, made with zero sums when it is new.
    mutating func entry(for key: Key) -> Int {
        var slot = Int(truncatingIfNeeded: (Self.fold(key) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
        let mask = slots.count - 1
        while true {
            let stored = slots[slot]
            if stored == 0 { break }
            if keys[Int(stored) - 1] == key { return Int(stored) - 1 }
            slot = (slot + 1) & mask
        }
        let entry = keys.count
        keys.append(key)
        debits.append(0)
        credits.append(0)
        slots[slot] = Int32(entry + 1)
        if keys.count * 2 > slots.count { grow() }
        return entry
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

    private static func fold(_ key: Key) -> UInt64 {
        UInt64(bitPattern: key.account) &* 0x9E37_79B9_7F4A_7C15
            ^ UInt64(bitPattern: Int64(key.ordinal)) &* 0xC2B2_AE3D_27D4_EB4F
            ^ UInt64(bitPattern: key.organisation) &* 0x1656_67B1_9E37_79F9
            ^ UInt64(UInt32(bitPattern: key.fund)) << 1 ^ (key.closing ? 1 : 0)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        shift -= 1
        let mask = slots.count - 1
        for (index, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: (Self.fold(key) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }
}
