import InputFiles
import LedgerCore
import Foundation
import GRDB
import LedgerSQLite
import LedgerStore

/// The policies shipped in the binary (copies of `ledgers/policies/*.json`).
public enum BuiltinPolicies {
    public static let names = PolicyData.files.map(\.name)

    public static func document(named name: String) -> PolicyDocument? {
        guard let file = PolicyData.files.first(where: { $0.name == name }) else { return nil }
        return try? PolicyDocument(json: Data(file.json.utf8), source: "built-in:\(name)")
    }

    /// A built-in name, or a path to a JSON file.
    public static func load(_ nameOrPath: String) throws -> PolicyDocument {
        if let builtin = document(named: nameOrPath) { return builtin }
        guard let data = FileManager.default.contents(atPath: nameOrPath) else {
            throw UnionFundsError.policyMustBeValid(
                source: nameOrPath, path: "",
                detail: "neither a built-in policy (\(names.joined(separator: ", "))) nor a readable file")
        }
        return try PolicyDocument(json: data, source: nameOrPath)
    }
}

/// The policy in force for a file: one file is one province's books, so one policy for all of it.
public enum PolicyStore {
    /// The latest stored policy, or the built-in default when none was set.
    public static func current(db: Database) throws -> PolicyDocument {
        if let row = try Row.fetchOne(db, sql: "SELECT source, document FROM policy ORDER BY id DESC LIMIT 1") {
            let data: Data = row["document"]
            return try PolicyDocument(json: data, source: row["source"])
        }
        guard let fallback = BuiltinPolicies.document(named: "default") else {
            throw UnionFundsError.policyMustBeValid(source: "built-in:default", path: "", detail: "missing from this build")
        }
        return fallback
    }

    /// Records a policy as in force from now on; earlier rows stay as history.
    public static func store(_ document: PolicyDocument, db: Database, user: String, at timestamp: String) throws {
        try db.execute(
            sql: "INSERT INTO policy(name, source, document, sha256, set_at, set_by) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [document.name, document.source, document.json, ContentDigest.sha256Hex(document.json), timestamp, user])
    }

    /// Every policy the file has been kept under, oldest first.
    public static func history(db: Database) throws -> [(name: String, source: String, sha256: String, setAt: String, setBy: String)] {
        try Row.fetchAll(db, sql: "SELECT name, source, sha256, set_at, set_by FROM policy ORDER BY id").map {
            (name: $0["name"], source: $0["source"], sha256: $0["sha256"], setAt: $0["set_at"], setBy: $0["set_by"])
        }
    }
}
