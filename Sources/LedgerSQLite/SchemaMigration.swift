import GRDB

/// One numbered step of a books file's schema.
///
/// The ledger owns its own tables' steps (`Schema.ledgerMigrations`); a module above it that keeps
/// tables in the same file (the union registers) hands its steps to `LedgerDatabase.create/open`,
/// so each table's SQL lives beside the code that reads and writes it. All steps run in the order
/// of their identifiers, so a file migrated by an older version, or by the ledger alone, gains
/// the missing steps in the same order a new file is built in.
public struct SchemaMigration: Sendable, Hashable {
    /// `NNNN-name`; the number orders the steps across modules and is never reused.
    public let identifier: String
    public let sql: String

    public init(_ identifier: String, sql: String) {
        self.identifier = identifier
        self.sql = sql
    }
}

extension Schema {
    /// The ledger's own steps: organisations, accounts, vouchers, postings, balances, the journal
    /// head, the event log, the voucher workflow, account roles and posting dimensions.
    static let ledgerMigrations: [SchemaMigration] = [
        SchemaMigration("0001-ledger", sql: migration0001),
        SchemaMigration("0004-voucher-workflow", sql: migration0004),
        SchemaMigration("0007-account-roles", sql: migration0007),
        SchemaMigration("0008-posting-dimensions", sql: migration0008),
        SchemaMigration("0012-import-content", sql: migration0012),
        SchemaMigration("0013-change-journal", sql: migration0013),
        SchemaMigration("0014-organisation-keys", sql: migration0014),
        SchemaMigration("0016-draft-numbers", sql: migration0016),
        SchemaMigration("0020-voucher-by-date", sql: migration0020),
        SchemaMigration("0026-imported-voucher-texts", sql: migration0026),
    ]

    /// The ledger's steps and `others`, in identifier order.
    /// - Precondition: identifiers are unique (a programming error, caught by the tests).
    static func steps(with others: [SchemaMigration]) -> [SchemaMigration] {
        (ledgerMigrations + others).sorted(by: { $0.identifier < $1.identifier })
    }

    /// The same steps as GRDB's migrator (tests use it to build a file as an older version left it).
    static func migrator(with others: [SchemaMigration]) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for step in steps(with: others) {
            migrator.registerMigration(step.identifier) { db in try db.execute(sql: step.sql) }
        }
        return migrator
    }

    /// Whether every step is recorded in the file (a read; no lock held).
    static func isCurrent(_ db: Database, with others: [SchemaMigration]) throws -> Bool {
        guard try db.tableExists("grdb_migrations") else { return false }
        let applied = Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
        return steps(with: others).allSatisfy { applied.contains($0.identifier) }
    }

    /// Applies the steps the file lacks, then covers new or changed tables in the change journal,
    /// all in one IMMEDIATE transaction: two processes opening older books at once never both
    /// see a step as missing (the second finds it applied once it has the lock), and a failed
    /// upgrade leaves the file as it was. Foreign keys are off while tables are rebuilt and
    /// checked before the commit, as SQLite's ALTER TABLE procedure asks (and GRDB's migrator did).
    /// Steps recorded in the file but unknown here (a newer module's) are left alone.
    /// - Returns: whether any step ran.
    @discardableResult
    static func migrate(_ queue: DatabaseQueue, with others: [SchemaMigration], at now: String) throws -> Bool {
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
            var ran = false
            try db.inTransaction(.immediate) {
                try db.execute(sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
                let applied = Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
                for step in steps(with: others) where !applied.contains(step.identifier) {
                    try db.execute(sql: step.sql)
                    try db.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES (?)", arguments: [step.identifier])
                    ran = true
                }
                guard ran else { return .rollback }
                try db.checkForeignKeys()
                // Only after migrations: tables they created get covered (and, the first time, the
                // baseline of an older file is taken). Never otherwise, so a dropped trigger is not
                // quietly restored over rows edited meanwhile.
                try ChangeJournal.coverTables(db, at: now)
                return .commit
            }
            return ran
        }
    }
}
