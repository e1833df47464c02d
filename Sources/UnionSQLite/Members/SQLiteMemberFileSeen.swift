import Foundation
import GRDB
import LedgerSQLite
import UnionMembers

/// What a member import's checking pass has seen. Up to `notesInMemoryMax` numbers and hashes are
/// noted in memory (`MemberFileSeenInMemory`, ≈ 100 bytes a row, the fastest); past that
/// everything moves to two temporary tables of the import's connection, whose pages spill to a
/// temporary file, so a file of millions of rows is checked in bounded memory (at about 10 µs
/// more a row). Temporary tables are outside the change journal (not state) and go with the
/// transaction when it rolls back.
final class SQLiteMemberFileSeen: MemberFileSeen {
    private let db: Database
    private var memory: MemberFileSeenInMemory?
    private var tables: Tables?

    /// Numbers and hashes noted in memory before they move to the temporary tables: 300,000
    /// (a file of 150,000 members, ≈ 30 MB) costs no time; a larger file costs bounded memory.
    static let notesInMemoryMax = 300_000

    private let notesInMemoryMax: Int

    /// - Parameters:
    ///   - expectedRows: a size hint for the in-memory tables.
    ///   - notesInMemoryMax: where to move to the temporary tables (tests set it low).
    init(_ db: Database, expectedRows: Int, notesInMemoryMax: Int = SQLiteMemberFileSeen.notesInMemoryMax) {
        self.db = db
        self.notesInMemoryMax = notesInMemoryMax
        memory = MemberFileSeenInMemory(expectedRows: min(expectedRows, notesInMemoryMax))
    }

    func noteNumber(_ number: String, line: Int) throws -> Int? {
        if let memory {
            let first = memory.noteNumber(number, line: line)
            try spillIfFull(memory)
            return first
        }
        return try openTables().noteNumber(number, line: line, db: db)
    }

    func noteIDHash(_ hash: Data, number: String, line: Int) throws -> String? {
        if let memory {
            let other = memory.noteIDHash(hash, number: number, line: line)
            try spillIfFull(memory)
            return other
        }
        return try openTables().noteIDHash(hash, number: number, db: db)
    }

    func forgetIDHash(_ hash: Data) throws {
        if let memory { memory.forgetIDHash(hash) } else { try openTables().forget(hash) }
    }

    func close() throws {
        memory = nil
        if tables != nil {
            tables = nil
            try ImportScratchTables.drop(Tables.names, in: db)
        }
    }

    private func spillIfFull(_ noted: MemberFileSeenInMemory) throws {
        guard noted.count > notesInMemoryMax else { return }
        let tables = try openTables()
        try noted.forEachNoted(number: { number, line in _ = try tables.noteNumber(number, line: line, db: db) },
                               hash: { hash, number in _ = try tables.noteIDHash(hash, number: number, db: db) })
        memory = nil
    }

    private func openTables() throws -> Tables {
        if let tables { return tables }
        let made = try Tables(db)
        tables = made
        return made
    }

    /// The two temporary tables and their statements.
    private final class Tables {
        // The inserts run once a row, bound through the C API (GRDB's argument arrays cost more
        // than the insert); the read-backs run only for a repeat.
        let noteNumber: RawStatement
        let firstLine: Statement
        let noteHash: RawStatement
        let firstNumber: Statement
        let forgetHash: Statement

        static let names = ["member_import_number", "member_import_id"]

        init(_ db: Database) throws {
            try ImportScratchTables.create(Self.names, in: db, sql: """
                CREATE TEMP TABLE member_import_number(number TEXT PRIMARY KEY, line INTEGER NOT NULL) WITHOUT ROWID;
                CREATE TEMP TABLE member_import_id(hash BLOB PRIMARY KEY, number TEXT NOT NULL) WITHOUT ROWID;
                """)
            // A new key is one INSERT; only a repeat (rare) reads back who had it. RETURNING or an
            // upsert would buffer each result in an ephemeral table, per row.
            noteNumber = try RawStatement(db, "INSERT OR IGNORE INTO member_import_number(number, line) VALUES (?, ?)")
            firstLine = try db.makeStatement(sql: "SELECT line FROM member_import_number WHERE number = ?")
            noteHash = try RawStatement(db, "INSERT OR IGNORE INTO member_import_id(hash, number) VALUES (?, ?)")
            firstNumber = try db.makeStatement(sql: "SELECT number FROM member_import_id WHERE hash = ?")
            forgetHash = try db.makeStatement(sql: "DELETE FROM member_import_id WHERE hash = ?")
        }

        func noteNumber(_ number: String, line: Int, db: Database) throws -> Int? {
            noteNumber.bind(1, number)
            noteNumber.bind(2, line)
            try noteNumber.run()
            guard db.changesCount == 0 else { return nil }
            return try Int.fetchOne(firstLine, arguments: [number])
        }

        func noteIDHash(_ hash: Data, number: String, db: Database) throws -> String? {
            hash.withUnsafeBytes { noteHash.bind(1, raw: $0) }
            noteHash.bind(2, number)
            try noteHash.run()
            guard db.changesCount == 0 else { return nil }
            return try String.fetchOne(firstNumber, arguments: [hash])
        }

        func forget(_ hash: Data) throws { try forgetHash.execute(arguments: [hash]) }
    }
}
