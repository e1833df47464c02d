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
    ]

    /// The ledger's steps and `others`, in identifier order.
    /// - Precondition: identifiers are unique (a programming error, caught by the tests).
    static func migrator(with others: [SchemaMigration]) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for step in (ledgerMigrations + others).sorted(by: { $0.identifier < $1.identifier }) {
            migrator.registerMigration(step.identifier) { db in try db.execute(sql: step.sql) }
        }
        return migrator
    }
}
