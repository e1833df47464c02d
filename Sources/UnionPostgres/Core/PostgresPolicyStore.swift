import Foundation
import InputFiles
import LedgerCore
import LedgerPostgres
import LedgerStore
import UnionCore

/// The policies a PostgreSQL book has been kept under (table `policy`, step 0003): every change a
/// new row, the latest in force — as `SQLitePolicyStore`.
public struct PostgresPolicyStore: PolicyStore, @unchecked Sendable {
    public let store: PostgresStore

    public init(store: PostgresStore) {
        self.store = store
    }

    public func latestPolicy() throws -> PolicyDocument? {
        try store.read { try Self.latest(store.session) }
    }

    public func storePolicy(_ document: PolicyDocument, user: String) throws {
        try store.write { try Self.store(document, user: user, at: store.clock.now(), store.session) }
    }

    public func policyHistory() throws -> [PolicyRecord] {
        try store.read {
            try store.session.query("SELECT id, name, source, sha256, set_at, set_by FROM policy ORDER BY id").map { row in
                PolicyRecord(name: try row.text("name"), source: try row.text("source"), sha256: try row.text("sha256"),
                             setAt: try row.text("set_at"), setBy: try row.text("set_by"))
            }
        }
    }

    // MARK: The statements, shared with the other union stores of the book

    /// The latest stored policy, or nil when none was set.
    /// - Throws: `StoreError.storage` when the stored document no longer reads as a policy.
    package static func latest(_ session: PostgresSession) throws -> PolicyDocument? {
        guard let row = try session.query("SELECT id, source, document FROM policy ORDER BY id DESC LIMIT 1").first else { return nil }
        let id = try row.int("id")
        let source = try row.text("source")
        let json = Data(try row.bytes("document"))
        do {
            return try PolicyDocument(json: json, source: source)
        } catch {
            throw StoreError.storage(message: "policy row \(id): document is not a policy: \(error.message(in: .en))")
        }
    }

    /// The policy in force: the latest stored, or the built-in default.
    package static func current(_ session: PostgresSession) throws -> PolicyDocument {
        try latest(session) ?? BuiltinPolicies.fallback()
    }

    /// Records a policy as in force from `timestamp` on; earlier rows stay as history.
    package static func store(_ document: PolicyDocument, user: String, at timestamp: String, _ session: PostgresSession) throws {
        try session.query("""
            INSERT INTO policy(name, source, document, sha256, set_at, set_by) VALUES ($1, $2, $3, $4, $5, $6)
            """, [.text(document.name), .text(document.source), .bytes(Array(document.json)),
                  .text(ContentDigest.sha256Hex(document.json)), .text(timestamp), .text(user)])
    }
}
