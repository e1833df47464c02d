import Foundation
import GRDB
import Testing

/// Books whose allocation register was indexed unit first (before 0023) upgrade with every row and
/// journal link as it was, read the same arrears, and go on allocating and booking receipts.
@Suite("the allocation register indexed month first (0023)")
struct AllocationIndexUpgradeTests {
    @Test("books with allocations, a correction and receipts as 0022 left them upgrade: same rows and journal, same arrears for all and for one unit, then allocate and remit import go on")
    func upgradeKeepsRegisterAndArrears() throws {
        let sandbox = try Sandbox()
        try SmallFederationRegisters.build(in: sandbox)
        // A fourth unit, collected by the tax office, declared for January (a second run for the
        // month) and February.
        try Data("单位编码,单位名称,类型,上级单位,缴费方式\nDW004,示例县医院工会,institution,XF,tax-40\n".utf8)
            .write(to: sandbox.url.appendingPathComponent("units-dw004.csv"))
        try sandbox.onBooks("org", "import", "units-dw004.csv").expectSuccess()
        try Data("unit_code,unit_name,month,headcount,wage_total\nDW004,,2026-01,30,90000.00\nDW004,,2026-02,30,90000.00\n".utf8)
            .write(to: sandbox.url.appendingPathComponent("p-dw004.csv"))
        try sandbox.onBooks("payroll", "import", "p-dw004.csv").expectSuccess()
        try sandbox.onBooks("allocate", "--month", "2026-01").expectSuccess()
        try sandbox.onBooks("allocate", "--month", "2026-02").expectSuccess()
        try Data("unit_code,date,amount,month,ref\nDW001,2026-02-10,4000.00,,B1\nDW004,2026-02-20,300.00,,B2\n".utf8)
            .write(to: sandbox.url.appendingPathComponent("r1.csv"))
        try sandbox.onBooks("remit", "import", "r1.csv").expectSuccess()

        let path = sandbox.path("books.sqlite")
        let registerSQL = "SELECT * FROM allocation ORDER BY declaration_id"
        let journalSQL = "SELECT seq, tbl, key, image FROM change ORDER BY seq"
        let (register, journal) = try DatabaseQueue(path: path).read { db in
            (try Row.fetchAll(db, sql: registerSQL), try Row.fetchAll(db, sql: journalSQL))
        }
        #expect(register.count == 8, "January four and a correction, February three")
        let arrearsCommands = [["arrears", "show", "--as-of", "2026-03-31", "--aging", "--format", "csv"],
                               ["arrears", "show", "--as-of", "2026-03-31", "--unit", "DW002", "--format", "csv"],
                               ["arrears", "show", "--as-of", "2026-02-28", "--format", "csv"]]
        let arrears = try arrearsCommands.map { arguments in
            let result = try sandbox.onBooks(arguments)
            result.expectSuccess()
            return result.stdout
        }
        #expect(arrears[1].contains("DW002"), "\(arrears[1])")

        // The register's index as 0021 made it, unit first.
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: """
                DROP INDEX allocation_by_month_covering;
                CREATE INDEX allocation_by_unit_covering ON allocation(unit_id, month, channel, due_date, receivable_fen, retained_fen);
                DELETE FROM grdb_migrations WHERE identifier = '0023-allocations-by-month';
                """)
        }
        try queue.close()

        try sandbox.onBooks("verify").expectSuccess()
        let (upgradedRegister, upgradedJournal, indexes) = try DatabaseQueue(path: path).read { db in
            (try Row.fetchAll(db, sql: registerSQL), try Row.fetchAll(db, sql: journalSQL),
             try String.fetchAll(db, sql: "SELECT name FROM pragma_index_list('allocation') ORDER BY name"))
        }
        #expect(indexes == ["allocation_by_month_covering"])
        #expect(upgradedRegister == register)
        #expect(upgradedJournal == journal, "an index changes no row: no new images")
        for (arguments, expected) in zip(arrearsCommands, arrears) {
            #expect(try sandbox.onBooks(arguments).stdout == expected, "\(arguments)")
        }

        try Data("unit_code,unit_name,month,headcount,wage_total\nDW001,,2026-03,121,500100.00\nDW002,,2026-03,81,310000\n".utf8)
            .write(to: sandbox.url.appendingPathComponent("p3.csv"))
        try sandbox.onBooks("payroll", "import", "p3.csv").expectSuccess()
        let march = try sandbox.onBooks("allocate", "--month", "2026-03")
        march.expectSuccess()
        #expect(march.stdout.contains("分配 2 户"), "\(march.stdout)")
        try Data("unit_code,date,amount,month,ref\nDW002,2026-03-20,6200.00,,B3\n".utf8)
            .write(to: sandbox.url.appendingPathComponent("r2.csv"))
        try sandbox.onBooks("remit", "import", "r2.csv").expectSuccess()
        try sandbox.onBooks("verify").expectSuccess()
    }
}
