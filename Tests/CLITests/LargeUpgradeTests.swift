import Foundation
import GRDB
import Testing

/// Upgrading books whose registers are large, through the CLI: the schema steps then run
/// statements whose statement journals pass what SQLite keeps in memory, and must spill to disk.
@Suite("books with a large register upgrade")
struct LargeUpgradeTests {
    @Test("books as 0020 left them, with 500,000 declarations, open: the upgrade's statements journal megabytes and spill")
    func largeIndexSwap() throws {
        let sandbox = try Sandbox()
        try sandbox.run(["init", "--org-code", "XF", "--org-name", "示例县总工会", "--kind", "county-federation", "--start", "2026-01",
                         "--db", "f.sqlite"]).expectSuccess()
        // The file as the version before 0021 left it, its register filled in SQL (an import would take minutes here).
        // The register is made again as 0017 made it, without the change journal's triggers meanwhile (the test is
        // about the upgrade, not 500,000 images to link); opening the books puts the triggers back.
        var noKeys = Configuration()
        noKeys.foreignKeysEnabled = false
        let queue = try DatabaseQueue(path: sandbox.path("f.sqlite"), configuration: noKeys)
        try queue.write { db in
            try db.execute(sql: """
                DROP INDEX allocation_by_month_covering;
                CREATE INDEX allocation_by_unit_month_channel ON allocation(unit_id, month, channel);
                \(OlderRegisters.declarationsKeyedByUnit)
                CREATE INDEX payroll_declaration_by_month ON payroll_declaration(month, unit_id);
                DELETE FROM grdb_migrations
                    WHERE identifier IN ('0021-register-reads-off-indexes', '0022-declarations-by-month', '0023-allocations-by-month');
                INSERT INTO register_import(kind, file_name, file_sha256, row_count, imported_at, imported_by)
                    VALUES ('payroll', 'big.csv', printf('%064d', 0), 500000, '2026-01-31T00:00:00Z', 'test');
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500000)
                INSERT INTO payroll_declaration(unit_id, month, revision, headcount, wage_total_fen, channel, import_id, line)
                    SELECT (SELECT id FROM organisation WHERE code = 'XF'), i, 1, 1, 100, 'self', (SELECT MAX(id) FROM register_import), i + 1
                    FROM n;
                """)
        }
        try queue.close()

        try sandbox.run(["org", "list", "--db", "f.sqlite"]).expectSuccess()
        let upgraded = try DatabaseQueue(path: sandbox.path("f.sqlite"))
        defer { try? upgraded.close() }
        let (indexes, key, declarations, triggers, allocationIndexes) = try upgraded.read { db in
            (try String.fetchAll(db, sql: "SELECT name FROM pragma_index_list('payroll_declaration') ORDER BY name"),
             try String.fetchAll(db, sql: "SELECT name FROM pragma_index_info('sqlite_autoindex_payroll_declaration_1') ORDER BY seqno"),
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM payroll_declaration"),
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'payroll_declaration'"),
             try String.fetchAll(db, sql: "SELECT name FROM pragma_index_list('allocation') ORDER BY name"))
        }
        // 0021 swapped the month index; 0022 rebuilt the register keyed month first, with no other index.
        #expect(indexes == ["sqlite_autoindex_payroll_declaration_1"])
        #expect(key == ["month", "unit_id", "revision"])
        #expect(declarations == 500_000)
        #expect(triggers == 3)
        // 0021 made the allocations' index covering, unit first; 0023 put the month first.
        #expect(allocationIndexes == ["allocation_by_month_covering"])
    }
}
