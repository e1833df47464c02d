import LedgerCore
import LedgerStore

/// The organisation's accounts found by code through a `KeyIndex`: the posting path looks one up
/// for every line of every voucher. Keyed by the code's digits packed into an integer
/// (`AccountCode.packedDigits`, the same packing the import reads from a file's bytes).
struct AccountTable {
    /// Every account, by entry.
    private(set) var accounts: [StoredAccount] = []
    /// Each account's id, by entry (read without copying the account).
    private(set) var ids: [Int64] = []
    /// Whether each account may take postings (a leaf, open), by entry.
    private(set) var isPostable: [Bool] = []
    private var index = KeyIndex<PackedCode>()

    /// An account code as its packed digits, folded as it is (distinct codes, distinct numbers).
    private struct PackedCode: FoldedKey {
        var folded: UInt64
    }

    init(_ accounts: [StoredAccount]) {
        for stored in accounts { add(stored) }
    }

    /// The entry of the account whose packed code is `packed`.
    func entry(packed: UInt64) -> Int? { index.find(PackedCode(folded: packed)) }

    func entry(_ code: AccountCode) -> Int? { entry(packed: code.packedDigits) }

    subscript(code: AccountCode) -> StoredAccount? { entry(code).map { accounts[$0] } }

    /// Adds an account. A code already in the table (only a damaged file has two: the schema keeps
    /// codes unique, and `verify` names the damage) takes the later account, as the dictionary
    /// this table replaced did.
    private mutating func add(_ stored: StoredAccount) {
        let (entry, isNew) = index.entry(for: PackedCode(folded: stored.account.code.packedDigits))
        let postable = stored.isLeaf && stored.account.isOpen
        if isNew {
            accounts.append(stored)
            ids.append(stored.id)
            isPostable.append(postable)
        } else {
            accounts[entry] = stored
            ids[entry] = stored.id
            isPostable[entry] = postable
        }
    }
}
