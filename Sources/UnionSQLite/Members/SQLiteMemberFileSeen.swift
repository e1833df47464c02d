import Foundation
import GRDB
import UnionMembers

/// What a member import's checking pass has seen, in two temporary tables of the import's
/// connection: their pages spill to a temporary file, so a file of millions of rows is checked in
/// the same memory as a small one. Temporary tables are outside the change journal (not state)
/// and go with the transaction when it rolls back.
final class SQLiteMemberFileSeen: MemberFileSeen {
    private let db: Database
    private let noteNumber: Statement
    private let firstLine: Statement
    private let noteHash: Statement
    private let firstNumber: Statement
    private let forget: Statement

    /// The temporary tables' own page cache, in KiB (SQLite's default for them is 2 MB).
    static let cacheKiB = 8_192

    init(_ db: Database) throws {
        self.db = db
        try db.execute(sql: """
            PRAGMA temp.cache_size = -\(Self.cacheKiB);
            CREATE TEMP TABLE IF NOT EXISTS member_import_number(number TEXT PRIMARY KEY, line INTEGER NOT NULL) WITHOUT ROWID;
            CREATE TEMP TABLE IF NOT EXISTS member_import_id(hash BLOB PRIMARY KEY, number TEXT NOT NULL) WITHOUT ROWID;
            DELETE FROM member_import_number;
            DELETE FROM member_import_id;
            """)
        // A new key is one INSERT; only a repeat (rare) reads back who had it. RETURNING or an
        // upsert would buffer each result in an ephemeral table, per row.
        noteNumber = try db.makeStatement(sql: "INSERT OR IGNORE INTO member_import_number(number, line) VALUES (?, ?)")
        firstLine = try db.makeStatement(sql: "SELECT line FROM member_import_number WHERE number = ?")
        noteHash = try db.makeStatement(sql: "INSERT OR IGNORE INTO member_import_id(hash, number) VALUES (?, ?)")
        firstNumber = try db.makeStatement(sql: "SELECT number FROM member_import_id WHERE hash = ?")
        forget = try db.makeStatement(sql: "DELETE FROM member_import_id WHERE hash = ?")
    }

    func noteNumber(_ number: String, line: Int) throws -> Int? {
        try noteNumber.execute(arguments: [number, line])
        guard db.changesCount == 0 else { return nil }
        return try Int.fetchOne(firstLine, arguments: [number])
    }

    func noteIDHash(_ hash: Data, number: String, line: Int) throws -> String? {
        try noteHash.execute(arguments: [hash, number])
        guard db.changesCount == 0 else { return nil }
        return try String.fetchOne(firstNumber, arguments: [hash])
    }

    func forgetIDHash(_ hash: Data) throws { try forget.execute(arguments: [hash]) }

    func close() throws {
        try db.execute(sql: "DROP TABLE IF EXISTS temp.member_import_number; DROP TABLE IF EXISTS temp.member_import_id")
    }
}
