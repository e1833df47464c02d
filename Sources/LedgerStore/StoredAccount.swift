import LedgerCore

/// An account as the books hold it, with the facts the posting path checks.
public struct StoredAccount: Hashable, Sendable {
    public var id: Int64
    public var account: Account
    public var isLeaf: Bool

    public init(id: Int64, account: Account, isLeaf: Bool) {
        self.id = id
        self.account = account
        self.isLeaf = isLeaf
    }
}
