import LedgerCore
import LedgerPostgres
import LedgerStore
import Testing
import UnionPostgres

@Suite("Union registers on PostgreSQL: the schema", .enabled(if: PostgresTestServer.isAvailable, PostgresTestServer.skipReason))
struct UnionPostgresSchemaTests {
    @Test("new union books apply every union step once; opening again applies none")
    func stepsApplyOnce() throws {
        let database = try PostgresTestServer.freshDatabase()
        let clock = try WallClock.pinned("2026-01-15T09:00:00Z")
        _ = try UnionPostgresStores.createBooks(url: database.url, clock: clock)
        let reopened = try UnionPostgresStores.openBooks(url: database.url, clock: clock)
        let session = try PostgresSession(url: database.url)
        let applied = Set(try session.query("SELECT identifier FROM schema_migrations").map { try $0.text("identifier") })
        for step in UnionPostgresSchema.migrations { #expect(applied.contains(step.identifier)) }
        #expect(try reopened.organisations().isEmpty)
    }

    @Test("the declaration register has one index, its key, month first (0022, as on SQLite)")
    func declarationsKeyedByMonth() throws {
        let database = try PostgresTestServer.freshDatabase()
        _ = try UnionPostgresStores.createBooks(url: database.url, clock: try WallClock.pinned("2026-01-15T09:00:00Z"))
        let session = try PostgresSession(url: database.url)
        let indexes = try session.query("SELECT indexdef FROM pg_indexes WHERE tablename = 'payroll_declaration' ORDER BY indexname")
            .map { try $0.text("indexdef") }
        #expect(indexes.count == 2, "the primary key and the month-first key: \(indexes)")
        #expect(indexes.contains { $0.contains("UNIQUE INDEX") && $0.contains("(month, unit_id, revision)") }, "\(indexes)")
        #expect(!indexes.contains { $0.contains("(unit_id, month") }, "\(indexes)")
    }
}
