import LedgerSQLite
import LedgerStore

/// The union registers' tables, in the same file as the ledger: the organisation register and
/// tenures, the policy, members and dues, the allocation registers, budgets and final accounts,
/// the audit findings. Their SQL lives here, beside the stores that read and write them; the
/// ledger applies these steps with its own, in identifier order.
public enum UnionSchema {
    public static let migrations: [SchemaMigration] = [
        SchemaMigration("0002-organisation-register", sql: migration0002),
        SchemaMigration("0003-policy", sql: migration0003),
        SchemaMigration("0005-members", sql: migration0005),
        SchemaMigration("0006-allocation", sql: migration0006),
        SchemaMigration("0009-budgets", sql: migration0009),
        SchemaMigration("0010-audit-findings", sql: migration0010),
        SchemaMigration("0011-preparatory-refund-events", sql: migration0011),
        SchemaMigration("0015-organisation-keys", sql: migration0015),
        SchemaMigration("0017-written-out-checks", sql: migration0017),
        SchemaMigration("0018-member-listing-order", sql: migration0018),
        SchemaMigration("0019-position-reads", sql: migration0019),
        SchemaMigration("0021-register-reads-off-indexes", sql: migration0021),
        SchemaMigration("0022-declarations-by-month", sql: migration0022),
        SchemaMigration("0023-allocations-by-month", sql: migration0023),
        SchemaMigration("0024-register-checks-written-out", sql: migration0024),
        SchemaMigration("0025-organisations-by-parent", sql: migration0025),
    ]

    /// New union books: the ledger's tables and the union registers'.
    public static func createBooks(at path: String, clock: WallClock = .system, checks: [any PostingCheck] = [],
                                   busyWait: BusyWait = BusyWait()) throws -> LedgerDatabase {
        try LedgerDatabase.create(at: path, clock: clock, checks: checks, migrations: migrations, busyWait: busyWait)
    }

    /// Existing books, brought up to this version's ledger and union schema.
    public static func openBooks(at path: String, clock: WallClock = .system, checks: [any PostingCheck] = [],
                                 busyWait: BusyWait = BusyWait()) throws -> LedgerDatabase {
        try LedgerDatabase.open(at: path, clock: clock, checks: checks, migrations: migrations, busyWait: busyWait)
    }
}
