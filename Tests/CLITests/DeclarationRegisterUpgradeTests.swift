import Foundation
import GRDB
import Testing

/// Books whose declaration register was keyed unit first (before 0022) upgrade with every row,
/// image and journal link as it was, and go on allocating.
@Suite("the declaration register rekeyed month first (0022)")
struct DeclarationRegisterUpgradeTests {
    @Test("books with declarations, revisions and allocations as 0021 left them upgrade: same rows, the journal verifies, allocation goes on")
    func upgradeKeepsRegisterAndJournal() throws {
        let sandbox = try Sandbox()
        try SmallFederationRegisters.build(in: sandbox)

        let path = sandbox.path("books.sqlite")
        let registerSQL = "SELECT id, unit_id, month, revision, headcount, wage_total_fen, channel, import_id, line FROM payroll_declaration ORDER BY id"
        let journalSQL = "SELECT seq, tbl, key, image FROM change ORDER BY seq"
        let (register, journal) = try DatabaseQueue(path: path).read { db in
            (try Row.fetchAll(db, sql: registerSQL), try Row.fetchAll(db, sql: journalSQL))
        }
        #expect(register.count == 6)
        let arrears = try sandbox.onBooks("arrears", "--as-of", "2026-03-31", "--format", "csv")
        arrears.expectSuccess()

        // The register as 0017 made it (same rows, keyed unit first, with its month index), its triggers as they were.
        var noKeys = Configuration()
        noKeys.foreignKeysEnabled = false   // SQLite's procedure for changing a table
        let queue = try DatabaseQueue(path: path, configuration: noKeys)
        try queue.write { db in
            let triggers = try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'payroll_declaration'")
            #expect(triggers.count == 3)
            try db.execute(sql: """
                \(OlderRegisters.declarationsKeyedByUnit)
                CREATE INDEX payroll_declaration_by_month_unit_revision ON payroll_declaration(month, unit_id, revision);
                DELETE FROM grdb_migrations WHERE identifier = '0022-declarations-by-month';
                """)
            for trigger in triggers { try db.execute(sql: trigger) }
        }
        try queue.close()

        let verified = try sandbox.onBooks("verify")
        verified.expectSuccess()
        let (upgradedRegister, upgradedJournal, key) = try DatabaseQueue(path: path).read { db in
            (try Row.fetchAll(db, sql: registerSQL), try Row.fetchAll(db, sql: journalSQL),
             try String.fetchAll(db, sql: "SELECT name FROM pragma_index_info('sqlite_autoindex_payroll_declaration_1') ORDER BY seqno"))
        }
        #expect(key == ["month", "unit_id", "revision"])
        #expect(upgradedRegister == register)
        #expect(upgradedJournal == journal, "the upgrade takes no new images: the columns are the same")
        #expect(try sandbox.onBooks("arrears", "--as-of", "2026-03-31", "--format", "csv").stdout == arrears.stdout)

        let february = try sandbox.onBooks("allocate", "--month", "2026-02")
        february.expectSuccess()
        #expect(february.stdout.contains("分配 2 户"), "\(february.stdout)")
        try sandbox.onBooks("verify").expectSuccess()
    }
}
