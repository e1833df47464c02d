import LedgerCore
import LedgerPostgres
import LedgerStore

/// The union features' stores over one PostgreSQL database: the same registers as UnionSQLite,
/// behind the same protocols, beside the ledger's tables (LedgerPostgres). Every table carries
/// the organisation (or the federation) it belongs to, as the ledger's do (ARCHITECTURE.md,
/// "Distribution key").
public struct UnionPostgresStores: @unchecked Sendable {
    public let store: PostgresStore

    public init(store: PostgresStore) {
        self.store = store
    }

    /// New union books in an empty database: the ledger's tables and the union registers'.
    public static func createBooks(url: PostgresURL, clock: WallClock = .system, checks: [any PostingCheck] = []) throws -> PostgresStore {
        try PostgresStore.create(url: url, clock: clock, checks: checks, migrations: UnionPostgresSchema.migrations)
    }

    /// Existing books, brought up to this version's ledger and union schema.
    public static func openBooks(url: PostgresURL, clock: WallClock = .system, checks: [any PostingCheck] = []) throws -> PostgresStore {
        try PostgresStore.open(url: url, clock: clock, checks: checks, migrations: UnionPostgresSchema.migrations)
    }
}
