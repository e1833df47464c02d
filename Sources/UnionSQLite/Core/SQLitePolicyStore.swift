import Foundation
import GRDB
import InputFiles
import LedgerCore
import LedgerSQLite
import LedgerStore
import UnionCore

/// The policies a SQLite books file has been kept under (table `policy`, migration 0003): every
/// change a new row, the latest in force.
public struct SQLitePolicyStore: PolicyStore {
    public let database: LedgerDatabase

    public init(database: LedgerDatabase) {
        self.database = database
    }

    public func latestPolicy() throws -> PolicyDocument? {
        try database.read { db in try Self.latest(db) }
    }

    public func storePolicy(_ document: PolicyDocument, user: String) throws {
        try database.write { db in try Self.store(document, user: user, at: database.clock.now(), db) }
    }

    public func policyHistory() throws -> [PolicyRecord] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT id, name, source, sha256, set_at, set_by FROM policy ORDER BY id").map { row in
                let stored = StoredRow(row, table: "policy", keyColumn: "id")
                return PolicyRecord(name: try stored.text("name"), source: try stored.text("source"), sha256: try stored.text("sha256"),
                                    setAt: try stored.text("set_at"), setBy: try stored.text("set_by"))
            }
        }
    }

    // MARK: The statements, shared with the other union stores of the file

    /// The latest stored policy, or nil when none was set.
    /// - Throws: `StoreError.storage` when the stored document no longer reads as a policy.
    static func latest(_ db: Database) throws -> PolicyDocument? {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, source, document FROM policy ORDER BY id DESC LIMIT 1") else { return nil }
        let stored = StoredRow(row, table: "policy", keyColumn: "id")
        let source = try stored.text("source")
        guard let json = try stored.blob("document") else { throw stored.failure("document", "is missing") }
        do {
            return try PolicyDocument(json: json, source: source)
        } catch {
            throw stored.failure("document", "is not a policy: \(error.message(in: .en))")
        }
    }

    /// The policy in force: the latest stored, or the built-in default.
    static func current(_ db: Database) throws -> PolicyDocument {
        try latest(db) ?? BuiltinPolicies.fallback()
    }

    /// Records a policy as in force from `timestamp` on; earlier rows stay as history.
    static func store(_ document: PolicyDocument, user: String, at timestamp: String, _ db: Database) throws {
        try db.execute(
            sql: "INSERT INTO policy(name, source, document, sha256, set_at, set_by) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [document.name, document.source, document.json, ContentDigest.sha256Hex(document.json), timestamp, user])
    }
}
