import Foundation
import GRDB
import InputFiles
import LedgerCore
import LedgerStore
import Synchronization
import Testing
import UnionAllocation
import UnionCore

/// `payroll import` checks and adds each row as it reads it, asking the register (not a table of
/// the file's rows) whether a unit and month was declared before, in this file or earlier. On
/// SQLite the rows go to the table in batches of 64 while the file is read; repeats are checked
/// inside a batch, across batches and against revisions on file, with the same results on both stores.
@Suite("payroll import on both stores: rows added as they are read")
struct PayrollImportStoreTests {
    typealias V = AllocationValues

    static let unitCount = 300

    static func registerUnits(_ f: AllocationBooks) throws {
        let units = (0..<unitCount).map { "P\($0),单位\($0),enterprise,XF,self\n" }.joined()
        #expect(try f.importUnits("p-units.csv", "code,name,kind,parent,channel\n" + units)
                == .imported(rows: unitCount, registered: unitCount, unchanged: 0))
    }

    /// (unit code, revision, wage) of every latest declaration of the P units, sorted.
    static func latest(_ f: AllocationBooks) throws -> [String] {
        let directory = try f.store.read { try $0.directory(structureOnly: false) }
        return try f.store.read { try $0.latestDeclarations() }.compactMap { key, value in
            guard let code = directory.byID[key.unit]?.code, code.hasPrefix("P") else { return nil }
            return "\(code) \(YearMonth(ordinal: key.month)) r\(value.revision) \(value.figures.wageTotal.plainString)"
        }.sorted()
    }

    /// The row counts the register's imports recorded, in order.
    static func importRowCounts(_ f: AllocationBooks) throws -> [Int64] {
        let sql = "SELECT row_count FROM register_import WHERE kind = 'payroll' ORDER BY id"
        if let postgres = f.postgres { return try postgres.session.query(sql).map { try $0.int("row_count") } }
        return try DatabaseQueue(path: f.folder.appendingPathComponent("books.sqlite").path).read { try Int64.fetchAll($0, sql: sql) }
    }

    @Test("repeats within a batch and batches apart are counted once; corrections and rows as on file; a conflict with a row as on file",
          arguments: AllocationStoreKind.available)
    func repeatsAndRevisions(kind: AllocationStoreKind) throws {
        let f = try AllocationBooks(kind)
        try Self.registerUnits(f)
        // January for every unit; P5 again 300 rows later, P10 again in the same batch.
        var january = (0..<Self.unitCount).map { "P\($0),,2026-01,10,\(1_000 + $0).00\n" }.joined()
        january += "P5,,2026-01,10,1005.00\n"
        january.replace("P11,,2026-01,10,1011.00\n", with: "P11,,2026-01,10,1011.00\nP10,,2026-01,10,1010.00\n")
        #expect(try f.importPayroll("jan.csv", january) == .imported(rows: Self.unitCount + 2, new: Self.unitCount, corrected: 0, unchanged: 0))

        // A February row for P0, then a third of the units corrected and the rest as on file (each
        // unit a line further down than in January: a conflict must name this file's line).
        let revised = "P0,,2026-02,10,3000.00\n"
            + (0..<Self.unitCount).map { "P\($0),,2026-01,10,\($0 % 3 == 0 ? 2_000 + $0 : 1_000 + $0).00\n" }.joined()
        // P151 was as on file on its first row: other figures later conflict with that row (line 154).
        do {
            _ = try f.importPayroll("bad.csv", revised + "P151,,2026-01,10,9999.00\n")
            Issue.record("\(kind): accepted two sets of figures for P151's January")
        } catch let rejected as RowsRejected {
            #expect(rejected.problems.map(\.line) == [Self.unitCount + 3])
            #expect((rejected.problems.first?.error as? AllocationError)
                    == .declarationMustNotConflict(unit: "P151", month: "2026-01", firstLine: 154))
        }
        // A correction repeated with other figures on the next row (still in the writer's batch)
        // and 300 rows on: both conflict with the correction's line.
        do {
            let repeated = revised.replacingOccurrences(of: "P3,,2026-01,10,2003.00\n", with: "P3,,2026-01,10,2003.00\nP3,,2026-01,10,7777.00\n")
            _ = try f.importPayroll("bad2.csv", repeated + "P3,,2026-01,10,8888.00\n")
            Issue.record("\(kind): accepted two sets of figures for P3's January")
        } catch let rejected as RowsRejected {
            #expect(rejected.problems.map(\.line) == [7, Self.unitCount + 4])
            #expect(rejected.problems.compactMap { $0.error as? AllocationError }
                    == Array(repeating: .declarationMustNotConflict(unit: "P3", month: "2026-01", firstLine: 6), count: 2))
        }
        #expect(try Self.importRowCounts(f) == [Int64(Self.unitCount + 2)], "\(kind): the refused files wrote nothing")
        #expect(try f.importPayroll("revised.csv", revised)
                == .imported(rows: Self.unitCount + 1, new: 1, corrected: Self.unitCount / 3, unchanged: Self.unitCount - Self.unitCount / 3))
        let latest = try Self.latest(f)
        #expect(latest.count == Self.unitCount + 1)
        #expect(latest.contains("P3 2026-01 r2 2003.00") && latest.contains("P4 2026-01 r1 1004.00")
                && latest.contains("P0 2026-02 r1 3000.00"))
        #expect(try Self.importRowCounts(f) == [Int64(Self.unitCount + 2), Int64(Self.unitCount + 1)])

        // The same rows saved again with CRLF line ends: recognised after reading, nothing written.
        let before = try Self.latest(f)
        let outcome = try f.importPayroll("revised-crlf.csv", revised.replacingOccurrences(of: "\n", with: "\r\n"))
        guard case .alreadyImported(let fileName, _) = outcome else {
            Issue.record("\(kind): \(outcome)")
            return
        }
        #expect(fileName == "revised.csv")
        #expect(try Self.latest(f) == before && Self.importRowCounts(f).count == 2)
    }

    @Test("a file changed between its digest and its reading is refused, and nothing is written",
          arguments: AllocationStoreKind.available)
    func changedWhileRead(kind: AllocationStoreKind) throws {
        let f = try AllocationBooks(kind)
        try Self.registerUnits(f)
        let path = try f.write("p.csv", "unit_code,unit_name,month,headcount,wage_total\nP1,,2026-01,10,1000.00\n")
        let store = RewritingAllocationStore(base: f.store) {
            try Data("unit_code,unit_name,month,headcount,wage_total\nP1,,2026-01,10,9000.00\n".utf8).write(to: URL(fileURLWithPath: path))
        }
        #expect(throws: LedgerError.fileMustBeReadable(path: "p.csv", reason: "the file changed while it was read")) {
            _ = try PayrollRegister(store: store, user: "tester").importFile(path: path, displayName: "p.csv")
        }
        #expect(try Self.latest(f).isEmpty && Self.importRowCounts(f).isEmpty)
        #expect(try PayrollRegister(store: f.store, user: "tester").importFile(path: path, displayName: "p.csv")
                == .imported(rows: 1, new: 1, corrected: 0, unchanged: 0))
        #expect(try Self.latest(f) == ["P1 2026-01 r1 9000.00"])
    }

    /// On SQLite whole batches go to the table on a second thread while the file is read on: a
    /// row refused in one, mid-file or in the last batch handed over (its error can come out only
    /// when the import waits for the writer at the end of the file), still ends the import.
    @Test("a declaration SQLite refuses in a batch written in the background ends the import with its error and nothing written",
          arguments: ["P100", "P250"])
    func refusedInTheBackground(unit: String) throws {
        let f = try AllocationBooks(.sqlite)
        try Self.registerUnits(f)
        try DatabaseQueue(path: f.folder.appendingPathComponent("books.sqlite").path).write { db in
            try db.execute(sql: """
                CREATE TRIGGER refused_by_test BEFORE INSERT ON payroll_declaration WHEN NEW.wage_total_fen = 7777700
                BEGIN SELECT RAISE(ABORT, 'refused by the test'); END
                """)
        }
        let rows = (0..<Self.unitCount).map { "P\($0),,2026-01,10,\("P\($0)" == unit ? "77777" : "\(1_000 + $0)").00\n" }.joined()
        #expect { try f.importPayroll("refused.csv", rows) } throws: { "\($0)".contains("refused by the test") }
        #expect(try Self.latest(f).isEmpty && Self.importRowCounts(f).isEmpty)
        // The insert trigger the writer set aside is back.
        let triggers = try DatabaseQueue(path: f.folder.appendingPathComponent("books.sqlite").path).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'payroll_declaration' ORDER BY name")
        }
        #expect(triggers.contains("change_journal_payroll_declaration_insert"))
    }
}

/// An allocation store that rewrites a file as its first write transaction begins: after the
/// import has taken the file's digest, before it reads the rows.
final class RewritingAllocationStore: AllocationStore {
    let base: any AllocationStore
    let rewrite: @Sendable () throws -> Void
    let rewrites = Mutex(0)

    init(base: any AllocationStore, rewrite: @escaping @Sendable () throws -> Void) {
        self.base = base
        self.rewrite = rewrite
    }

    var clock: WallClock { base.clock }
    func policy() throws -> AllocationPolicy { try base.policy() }
    func read<T>(_ body: (any AllocationReads) throws -> T) throws -> T { try base.read(body) }
    func write<T>(user: String, volume: WriteVolume, _ body: (any AllocationTransaction) throws -> T) throws -> T {
        if rewrites.withLock({ count in count += 1; return count }) == 1 { try rewrite() }
        return try base.write(user: user, volume: volume, body)
    }
}
