import LedgerCore

/// Where the file keeps the policy it is kept under: one file is one province's books, so one
/// policy for all of it, with every earlier one kept as history. Implemented by
/// `SQLitePolicyStore` (UnionSQLite).
public protocol PolicyStore: Sendable {
    /// The latest stored policy, or nil when none was ever set.
    func latestPolicy() throws -> PolicyDocument?
    /// Records a policy as in force from now on (stamped with the store's clock); earlier ones stay as history.
    func storePolicy(_ document: PolicyDocument, user: String) throws
    /// Every policy the file has been kept under, oldest first.
    func policyHistory() throws -> [PolicyRecord]
}

extension PolicyStore {
    /// The policy in force: the latest stored, or the built-in default when none was set.
    public func current() throws -> PolicyDocument {
        try latestPolicy() ?? BuiltinPolicies.fallback()
    }
}

/// One policy the file was kept under, as `policy history` lists it.
public struct PolicyRecord: Sendable, Hashable {
    public var name: String
    public var source: String
    /// SHA-256 of the document's bytes, hex.
    public var sha256: String
    /// When it was put in force (ISO 8601) and by whom.
    public var setAt: String
    public var setBy: String

    public init(name: String, source: String, sha256: String, setAt: String, setBy: String) {
        self.name = name
        self.source = source
        self.sha256 = sha256
        self.setAt = setAt
        self.setBy = setBy
    }
}
