import Foundation
import GRDB
import Testing

/// Upgrading books whose registers are large, through the CLI: the schema steps then run
/// statements whose statement journals pass what SQLite keeps in memory, and must spill to disk.
@Suite("books with a large register upgrade")
struct LargeUpgradeTests {
    @Test("books as 0020 left them, with 500,000 declarations, open: dropping the old month index journals ≈ 8 MB and spills")
    func largeIndexSwap() throws {
        let sandbox = try Sandbox()
        try sandbox.run(["init", "--org-code", "XF", "--org-name", "示例县总工会", "--kind", "county-federation", "--start", "2026-01",
                         "--db", "f.sqlite"]).expectSuccess()
        // The file as the version before 0021 left it, its register filled in SQL (an import would take minutes here),
        // with the insert trigger set aside meanwhile (the test is about the upgrade, not 500,000 images to link).
        let queue = try DatabaseQueue(path: sandbox.path("f.sqlite"))
        try queue.write { db in
            let trigger = "change_journal_payroll_declaration_insert"
            let triggerSQL = try #require(try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = ?", arguments: [trigger]))
            try db.execute(sql: "DROP TRIGGER \(trigger)")
            try db.execute(sql: """
                DROP INDEX allocation_by_unit_covering;
                CREATE INDEX allocation_by_unit_month_channel ON allocation(unit_id, month, channel);
                DROP INDEX payroll_declaration_by_month_unit_revision;
                CREATE INDEX payroll_declaration_by_month ON payroll_declaration(month, unit_id);
                DELETE FROM grdb_migrations WHERE identifier = '0021-register-reads-off-indexes';
                INSERT INTO register_import(kind, file_name, file_sha256, row_count, imported_at, imported_by)
                    VALUES ('payroll', 'big.csv', printf('%064d', 0), 500000, '2026-01-31T00:00:00Z', 'test');
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500000)
                INSERT INTO payroll_declaration(unit_id, month, revision, headcount, wage_total_fen, channel, import_id, line)
                    SELECT (SELECT id FROM organisation WHERE code = 'XF'), i, 1, 1, 100, 'self', (SELECT MAX(id) FROM register_import), i + 1
                    FROM n;
                """)
            try db.execute(sql: triggerSQL)
        }
        try queue.close()

        try sandbox.run(["org", "list", "--db", "f.sqlite"]).expectSuccess()
        let upgraded = try DatabaseQueue(path: sandbox.path("f.sqlite"))
        defer { try? upgraded.close() }
        let indexes = try upgraded.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'payroll_declaration_by_month%'")
        }
        #expect(indexes == ["payroll_declaration_by_month_unit_revision"])
    }
}
