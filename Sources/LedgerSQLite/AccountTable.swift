import LedgerCore
import LedgerStore

/// The organisation's accounts found by code in one or two probes: the posting path looks one up
/// for every line of every voucher, and a `Dictionary` hashes each lookup through the seeded
/// SipHash (`Hasher`), ≈ 2% of an import. Keyed by the code's digits packed into an integer
/// (`AccountCode.packedDigits`, the same packing the import reads from a file's bytes), with an
/// open-addressed table and a multiplicative hash, as `BalanceTable` does for balances.
struct AccountTable {
    /// Every account, in the order added.
    private(set) var accounts: [StoredAccount] = []
    /// Each account's id, by entry (read without copying the account).
    private(set) var ids: [Int64] = []
    /// Whether each account may take postings (a leaf, open), by entry.
    private(set) var isPostable: [Bool] = []
    /// Each account's packed code, by entry.
    private var keys: [UInt64] = []
    /// Slot → entry + 1 (0: empty). Its size is a power of two, at least twice the accounts.
    private var slots: [Int32]
    private let shift: Int

    init(_ accounts: [StoredAccount]) {
        var size = 64
        while size < accounts.count * 2 { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
        shift = 64 - size.trailingZeroBitCount
        for stored in accounts { add(stored) }
    }

    /// The entry of the account whose packed code is `packed`.
    func entry(packed: UInt64) -> Int? {
        var slot = home(of: packed)
        let mask = slots.count - 1
        while true {
            let stored = slots[slot]
            if stored == 0 { return nil }
            if keys[Int(stored) - 1] == packed { return Int(stored) - 1 }
            slot = (slot + 1) & mask
        }
    }

    func entry(_ code: AccountCode) -> Int? { entry(packed: code.packedDigits) }

    subscript(code: AccountCode) -> StoredAccount? { entry(code).map { accounts[$0] } }

    /// Adds an account. A code already in the table (only a damaged file has two: the schema keeps
    /// codes unique, and `verify` names the damage) takes the later account, as the dictionary
    /// this table replaced did.
    private mutating func add(_ stored: StoredAccount) {
        let packed = stored.account.code.packedDigits
        var slot = home(of: packed)
        let mask = slots.count - 1
        while slots[slot] != 0 {
            let entry = Int(slots[slot]) - 1
            if keys[entry] == packed {
                accounts[entry] = stored
                ids[entry] = stored.id
                isPostable[entry] = stored.isLeaf && stored.account.isOpen
                return
            }
            slot = (slot + 1) & mask
        }
        accounts.append(stored)
        ids.append(stored.id)
        isPostable.append(stored.isLeaf && stored.account.isOpen)
        keys.append(packed)
        slots[slot] = Int32(accounts.count)
    }

    private func home(of packed: UInt64) -> Int {
        Int(truncatingIfNeeded: (packed &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
    }
}
