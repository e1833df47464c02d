/// A key of `KeyIndex`: folded to one word, which the index multiplies into a slot.
protocol FoldedKey: Hashable {
    var folded: UInt64 { get }
}

/// Entries numbered 0, 1, 2, … in the order their keys were added, found by key in one or two
/// probes: the balance sums of verify's walk and the posting path, and the posting path's
/// accounts. A `Dictionary` hashes every lookup through the seeded SipHash (`Hasher`), 2–4% of
/// either; the keys here are few, so an open-addressed table with a multiplicative hash of the
/// folded key, grown at half full, finds them without it.
struct KeyIndex<Key: FoldedKey> {
    /// The keys, by entry.
    private(set) var keys: [Key] = []
    /// Slot → entry + 1 (0: empty). Its size is a power of two.
    private var slots = [Int32](repeating: 0, count: 256)
    private var shift = 64 - 8

    var count: Int { keys.count }

    /// The entry of `key`, or nil (and nothing made) when it has none.
    func find(_ key: Key) -> Int? {
        probe(key).entry
    }

    /// The entry of `key`, made when it is new (`isNew`: the caller adds the entry's values).
    mutating func entry(for key: Key) -> (entry: Int, isNew: Bool) {
        let (found, slot) = probe(key)
        if let found { return (found, false) }
        let entry = keys.count
        keys.append(key)
        slots[slot] = Int32(entry + 1)
        if keys.count * 2 > slots.count { grow() }
        return (entry, true)
    }

    /// Empties the index, keeping its room.
    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        for index in slots.indices { slots[index] = 0 }
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
