import Foundation
import GRDB
import LedgerSQLite
import Testing
import UnionSQLite

@Suite("the union registers' schema, composed with the ledger's")
struct UnionSchemaTests {
    private func schema(_ path: String) throws -> [String] {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            try String.fetchAll(db, sql: """
                SELECT type || ' ' || name || ': ' || COALESCE(sql, '') FROM sqlite_master
                WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name
                """)
        }
    }

    /// A new empty folder for one test's files.
    private static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("a file the ledger made alone, opened as union books, gains the same tables a new union file has")
    func ledgerFileGainsUnionTables() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let ledgerOnly = folder.appendingPathComponent("ledger.sqlite").path
        let union = folder.appendingPathComponent("union.sqlite").path
        _ = try LedgerDatabase.create(at: ledgerOnly)
        #expect(try !schema(ledgerOnly).contains { $0.hasPrefix("table tenure:") })
        _ = try UnionSchema.openBooks(at: ledgerOnly)
        _ = try UnionSchema.createBooks(at: union)
        #expect(try schema(ledgerOnly) == schema(union))
        // And the ledger alone still opens the union file: steps it does not know are left alone.
        _ = try LedgerDatabase.open(at: union)
        #expect(try schema(union).contains { $0.hasPrefix("table tenure:") })
    }

    @Test("0017 rebuilds declarations, allocations and receipts with their checks written out: rows, journal and refusals as before")
    func checksWrittenOut() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("books.sqlite").path
        let registers = ["payroll_declaration", "allocation", "remittance"]
        func rows() throws -> [String] {
            let queue = try DatabaseQueue(path: path)
            defer { try? queue.close() }
            return try queue.read { db in
                try registers.flatMap { table in try String.fetchAll(db, sql: "SELECT json_array(*) FROM (SELECT * FROM \(table) ORDER BY 1)") }
            }
        }
        do {
            // The books as the version before 0017 left them, journal and all, with a row in each register.
            let old = try LedgerDatabase.create(at: path, migrations: UnionSchema.migrations.filter { $0.identifier != "0017-written-out-checks" })
            try old.write { db in
                try db.execute(sql: """
                    INSERT INTO organisation(id, code, name, kind, first_period, created_at, created_by)
                    VALUES (1, 'XF', '示例县总工会', 'county-federation', 24313, '2026-01-01T00:00:00Z', 'x'),
                           (2, 'U1', '单位1工会', 'enterprise', 24313, '2026-01-01T00:00:00Z', 'x');
                    INSERT INTO register_import(id, kind, file_name, file_sha256, row_count, imported_at, imported_by)
                    VALUES (1, 'payroll', 'payroll.csv', printf('%064d', 1), 1, '2026-02-01T00:00:00Z', 'x');
                    INSERT INTO payroll_declaration(id, unit_id, month, revision, headcount, wage_total_fen, channel, import_id, line)
                    VALUES (7, 2, 24313, 1, 10, 5000000, 'tax-40', 1, 2);
                    INSERT INTO allocation_run(id, month, run_at, run_by) VALUES (1, 24313, '2026-02-02T00:00:00Z', 'x');
                    INSERT INTO allocation(declaration_id, unit_id, month, channel, due_date, collector_id, due_fen, retained_fen,
                                           upward_fen, collector_fen, above_fen, receivable_fen, run_id)
                    VALUES (7, 2, 24313, 'tax-40', '2026-02-15', 1, 100000, 60000, 40000, 30000, 10000, 40000, 1);
                    INSERT INTO remittance(id, unit_id, date, amount_fen, month, payer, ref, recorded_at, recorded_by)
                    VALUES (3, 2, '2026-02-20', 40000, 24313, 'tax', 'R1', '2026-02-20T00:00:00Z', 'x');
                    """)
            }
        }
        let before = try rows()
        #expect(before.count == 3)

        let books = try UnionSchema.openBooks(at: path)
        #expect(try books.verify() == [])
        #expect(try rows() == before)
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        try queue.read { db in
            for table in registers {
                let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = ?", arguments: [table]) ?? ""
                #expect(!sql.contains(" IN ("), "\(table)")
                let triggers = try Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND name LIKE 'change_journal_%'
                    """, arguments: [table])
                #expect(triggers == 3, "\(table)")
            }
            // Same columns, same rows: the triggers are put back and no image is taken again.
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM change WHERE tbl IN ('payroll_declaration', 'allocation', 'remittance')") == 3)
        }
        // The written-out checks refuse what the lists did.
        try queue.write { db in
            #expect(throws: (any Error).self) {
                try db.execute(sql: "UPDATE payroll_declaration SET channel = 'tax' WHERE id = 7")
            }
            #expect(throws: (any Error).self) {
                try db.execute(sql: "UPDATE allocation SET channel = 'Self' WHERE declaration_id = 7")
            }
            #expect(throws: (any Error).self) {
                try db.execute(sql: "UPDATE remittance SET payer = 'prep' WHERE id = 3")
            }
        }
    }

    @Test("union step identifiers are unique and numbered")
    func identifiersAreNumbered() {
        let identifiers = UnionSchema.migrations.map(\.identifier)
        #expect(Set(identifiers).count == identifiers.count)
        #expect(identifiers.allSatisfy { $0.prefix(4).allSatisfy(\.isNumber) && $0.dropFirst(4).first == "-" })
    }

    @Test("member list's query walks the units by code and their members by number off the index: nothing is sorted before the first row")
    func memberListingSortsNothing() throws {
        let plan = try FreshUnionBooks.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + MemberRows.listingSQL,
                             arguments: ["month": 24_312, "lastDay": "2026-01-31", "unit": nil, "status": nil])
                .map { row -> String in row["detail"] }
        }
        #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
        #expect(plan.contains { $0.contains("member_by_unit_number") }, "\(plan)")
    }

    @Test("the allocation registers' reads come off the month-first index in order: arrears, a unit's position and a pass over every unit never visit the table, and nothing is sorted")
    func allocationReadsSortNothing() throws {
        func plan(_ sql: String, _ arguments: StatementArguments) throws -> [String] {
            try FreshUnionBooks.read { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { row -> String in row["detail"] }
            }
        }
        let months = try plan(AllocationRegisterSQL.registerMonths, [])
        let monthDue = try plan(AllocationRegisterSQL.monthDue, [24_312, "2026-12-31"])
        let unitMonthDue = try plan(AllocationRegisterSQL.unitMonthDue, [24_312, 7, "2026-12-31"])
        let position = try plan(AllocationRegisterSQL.unitMonthAllocations, [24_312, 7])
        let monthPositions = try plan(AllocationRegisterSQL.monthPositions, [24_312])
        let declarations = try plan(AllocationRegisterSQL.monthDeclarations, [24_312])
        let firstDeclarations = try plan(AllocationRegisterSQL.monthDeclarationsNoneAllocated, [24_312])
        let anyAllocated = try plan(AllocationRegisterSQL.monthHasAllocations, [24_312])
        for steps in [months, monthDue, unitMonthDue, position, monthPositions, declarations, firstDeclarations, anyAllocated] {
            #expect(!steps.contains { $0.contains("TEMP B-TREE") }, "\(steps)")
            #expect(!steps.contains { $0.hasPrefix("SCAN allocation") || $0.hasPrefix("SCAN a ") || $0 == "SCAN a" }, "\(steps)")
        }
        #expect(months.filter { $0.contains("COVERING INDEX allocation_by_month_covering") }.count == 2, "\(months)")
        #expect(monthDue.contains { $0.contains("COVERING INDEX allocation_by_month_covering (month=?)") }, "\(monthDue)")
        #expect(unitMonthDue.contains { $0.contains("COVERING INDEX allocation_by_month_covering (month=? AND unit_id=?)") }, "\(unitMonthDue)")
        #expect(position.contains { $0.contains("COVERING INDEX allocation_by_month_covering (month=? AND unit_id=?)") }, "\(position)")
        #expect(monthPositions.contains { $0.contains("COVERING INDEX allocation_by_month_covering (month=?)") }, "\(monthPositions)")
        #expect(declarations.contains { $0.contains("sqlite_autoindex_payroll_declaration_1") }, "\(declarations)")
        #expect(firstDeclarations.contains { $0.contains("sqlite_autoindex_payroll_declaration_1") }, "\(firstDeclarations)")
        #expect(!firstDeclarations.contains { $0.contains("allocation") }, "\(firstDeclarations)")
        #expect(anyAllocated.contains { $0.contains("COVERING INDEX allocation_by_month_covering (month=?)") }, "\(anyAllocated)")
    }

    @Test("a federation's structure is found by a seek per parent on the parent index, not a read of every unit; the same organisations as the plain query")
    func parentsBySeek() throws {
        let steps = try FreshUnionBooks.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + AllocationRegisterSQL.parents).map { row -> String in row["detail"] }
        }
        #expect(!steps.contains { $0.hasPrefix("SCAN organisation") || $0.contains("TEMP B-TREE") }, "\(steps)")
        #expect(steps.filter { $0.contains("COVERING INDEX organisation_by_parent") }.count == 2, "\(steps)")
        // Parents registered in any order, a unit with none, and one parent of many units.
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE organisation(id INTEGER PRIMARY KEY, parent_id INTEGER); CREATE INDEX organisation_by_parent ON organisation(parent_id)")
            for (id, parent) in [(1, nil), (2, 1), (3, 9), (4, 1), (5, nil), (6, 3), (7, 3), (8, 2), (9, nil)] as [(Int, Int?)] {
                try db.execute(sql: "INSERT INTO organisation VALUES (?, ?)", arguments: [id, parent])
            }
            #expect(try Int.fetchAll(db, sql: AllocationRegisterSQL.parents)
                    == Int.fetchAll(db, sql: "SELECT DISTINCT parent_id FROM organisation WHERE parent_id IS NOT NULL ORDER BY parent_id"))
            try db.execute(sql: "DELETE FROM organisation WHERE parent_id IS NOT NULL")
            #expect(try Int.fetchAll(db, sql: AllocationRegisterSQL.parents).isEmpty)
        }
    }

    @Test("the allocation register has one index beside its key, month first: a month's allocations go onto its end")
    func allocationsIndexedByMonth() throws {
        let (indexes, columns) = try FreshUnionBooks.read { db in
            (try String.fetchAll(db, sql: "SELECT name FROM pragma_index_list('allocation') ORDER BY name"),
             try String.fetchAll(db, sql: "SELECT name FROM pragma_index_info('allocation_by_month_covering') ORDER BY seqno"))
        }
        #expect(indexes == ["allocation_by_month_covering"])
        #expect(columns == ["month", "unit_id", "channel", "due_date", "receivable_fen", "retained_fen"])
    }

    @Test("the declaration register has one index, its key, month first: a month's declarations go onto its end")
    func declarationsKeyedByMonth() throws {
        let (indexes, columns) = try FreshUnionBooks.read { db in
            (try String.fetchAll(db, sql: "SELECT name FROM pragma_index_list('payroll_declaration') ORDER BY name"),
             try String.fetchAll(db, sql: "SELECT name FROM pragma_index_info('sqlite_autoindex_payroll_declaration_1') ORDER BY seqno"))
        }
        #expect(indexes == ["sqlite_autoindex_payroll_declaration_1"])
        #expect(columns == ["month", "unit_id", "revision"])
    }

    @Test("0024 rebuilds units, members, member states and dues payments with their checks written out: rows, journal and refusals as before")
    func registerChecksWrittenOut() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try DistributionKeyTests.restore("members-before-0014.sql", into: folder)
        let tables = ["organisation", "member", "member_state", "dues_payment"]
        func rows() throws -> [String] {
            let queue = try DatabaseQueue(path: path)
            defer { try? queue.close() }
            return try queue.read { db in
                try tables.flatMap { table in try String.fetchAll(db, sql: "SELECT json_array(*) FROM (SELECT * FROM \(table) ORDER BY 1, 2)") }
            }
        }
        func images() throws -> Int {
            let queue = try DatabaseQueue(path: path)
            defer { try? queue.close() }
            return try queue.read { db in
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM change WHERE tbl IN ('organisation', 'member', 'member_state', 'dues_payment')") ?? 0
            }
        }
        // The books as the version before 0024 left them.
        _ = try LedgerDatabase.open(at: path, migrations: UnionSchema.migrations.filter { $0.identifier != "0024-register-checks-written-out" })
        let before = try rows()
        let imagesBefore = try images()
        #expect(before.count == 1 + 3 + 4 + 3)   // the fixture's union, members, states, payments

        let books = try UnionSchema.openBooks(at: path)
        #expect(try books.verify() == [])
        #expect(try rows() == before)
        // Same columns, same rows: the triggers are put back and no image is taken again.
        #expect(try images() == imagesBefore)
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        try queue.read { db in
            for table in tables {
                let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = ?", arguments: [table]) ?? ""
                #expect(!sql.contains(" IN ("), "\(table)")
                let triggers = try Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND name LIKE 'change_journal_%'
                    """, arguments: [table])
                #expect(triggers == 3, "\(table)")
            }
            let indexes = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('member', 'dues_payment') AND sql IS NOT NULL ORDER BY name
                """)
            #expect(indexes == ["dues_payment_by_books", "dues_payment_by_member", "member_by_id_hash", "member_by_unit_number"])
        }
        // The written-out checks refuse what the lists did, and take what they took.
        try queue.write { db in
            for refused in [
                "UPDATE organisation SET channel = 'tax'", "UPDATE member SET employment_type = 'Contract'",
                "UPDATE member_state SET status = 'retired'", "UPDATE dues_payment SET method = 'card'",
                "UPDATE member SET id_legacy = 2",
            ] {
                #expect(throws: (any Error).self, "\(refused)") { try db.execute(sql: refused) }
            }
            try db.execute(sql: "UPDATE organisation SET channel = 'tax-full'")
            try db.execute(sql: "UPDATE member SET employment_type = 'flexible'")
            try db.execute(sql: "UPDATE member_state SET status = 'transferred-out'")
            try db.execute(sql: "UPDATE dues_payment SET method = 'cash'")
        }
    }

    /// SQLite (3.40) evaluates `x IN (a, b, c)` in a CHECK through a temporary b-tree it builds and
    /// clears for every row written; lists of two are compared directly.
    @Test("no table an import or a register command writes row by row checks a value against a list through a temporary b-tree")
    func bulkTablesCheckWithoutTemporaryTrees() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("books.sqlite").path
        _ = try UnionSchema.createBooks(at: path)
        let rowByRow = [
            "organisation", "member", "member_state", "dues_assessment", "dues_payment", "unit_headcount",
            "payroll_declaration", "allocation", "remittance", "voucher", "posting", "balance", "change",
            "voucher_draft", "voucher_draft_line", "voucher_approval", "event",
        ]
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        try queue.inDatabase { db in
            for table in rowByRow {
                let columns = try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?)", arguments: [table])
                #expect(!columns.isEmpty, "\(table)")
                let insert = "INSERT INTO \(table)(\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
                let program: [String] = try Row.fetchAll(db, sql: "EXPLAIN \(insert)",
                                                         arguments: StatementArguments(columns.map { _ in DatabaseValue.null }))
                    .map { $0["opcode"] }
                #expect(!program.isEmpty, "\(table)")
                #expect(!program.contains("OpenEphemeral"), "\(table)")
            }
        }
    }
}
