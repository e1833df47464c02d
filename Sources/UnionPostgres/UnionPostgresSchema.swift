import LedgerPostgres

/// The union registers' tables on PostgreSQL, as numbered steps applied with the ledger's own (in
/// identifier order, recorded in `schema_migrations`). Identifiers follow the SQLite file's
/// (UnionSQLite's `UnionSchema`), so one number names one change on both stores; each step's SQL
/// lives beside the store that reads and writes its tables.
public enum UnionPostgresSchema {
    public static let migrations: [PostgresMigration] = [
        PostgresMigration("0002-organisation-register", statements: register),
        PostgresMigration("0003-policy", statements: policy),
        PostgresMigration("0006-allocation", statements: allocation),
        PostgresMigration("0011-preparatory-refund-events", statements: preparatoryRefundEvents),
        PostgresMigration("0009-budgets", statements: budgets),
        PostgresMigration("0010-audit-findings", statements: auditFindings),
        PostgresMigration("0005-members", statements: members),
        PostgresMigration("0022-declarations-by-month", statements: declarationsByMonth),
    ]
}
