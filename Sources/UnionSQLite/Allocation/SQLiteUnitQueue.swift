import Foundation
import GRDB
import LedgerCore
import LedgerSQLite
import LedgerStore
import UnionAllocation

/// A unit register import's good rows in a temporary table (`ImportScratchTables`), keyed by line
/// (file order) and by code, so a file of any size is checked and registered in bounded memory. A
/// second table holds the units registered before their parents (`registerUnits(from:)`).
///
/// Codes are matched as Swift matches strings (canonically equivalent is the same code), through
/// a key column holding the code's NFC form; the register itself stores the code as written.
final class SQLiteUnitQueue: UnitQueue {
    private let db: Database
    // Through the C API: GRDB's argument arrays were a third of a row's cost here.
    private let lookUp: RawStatement
    private let insert: RawStatement
    private(set) var newUnitCount = 0

    static let tables = ["unit_import", "unit_import_parent_later"]

    init(_ db: Database) throws {
        self.db = db
        try ImportScratchTables.create(Self.tables, in: db, sql: """
            CREATE TEMP TABLE unit_import(
                line INTEGER PRIMARY KEY, code_key TEXT NOT NULL UNIQUE, is_new INTEGER NOT NULL,
                code TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, parent TEXT NOT NULL, parent_key TEXT NOT NULL,
                channel TEXT NOT NULL, bank_name TEXT NOT NULL, bank_account TEXT NOT NULL);
            CREATE TEMP TABLE unit_import_parent_later(id INTEGER PRIMARY KEY, parent TEXT NOT NULL);
            """)
        lookUp = try RawStatement(db, "SELECT line FROM unit_import WHERE code_key = ?")
        insert = try RawStatement(db, """
            INSERT INTO unit_import(line, code_key, is_new, code, name, kind, parent, parent_key, channel, bank_name, bank_account)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }

    /// The form two codes Swift holds equal share: NFC, the code itself when it is ASCII.
    static func key(_ code: String) -> String {
        code.utf8.allSatisfy { $0 < 0x80 } ? code : code.precomposedStringWithCanonicalMapping
    }

    func line(of code: String) throws -> Int? {
        lookUp.bind(1, Self.key(code))
        defer { lookUp.reset() }
        return try lookUp.step() ? Int(lookUp.int64(0)) : nil
    }

    func note(code: String, line: Int, newUnit: NewUnit?) throws {
        insert.bind(1, line)
        insert.bind(2, Self.key(code))
        insert.bind(3, newUnit == nil ? 0 : 1)
        insert.bind(4, code)
        let unit = newUnit ?? NewUnit(code: code, name: "", kind: "", parent: "", channel: .direct, bankName: "", bankAccount: "")
        for (index, text) in [unit.name, unit.kind, unit.parent, Self.key(unit.parent), unit.channel.rawValue, unit.bankName,
                              unit.bankAccount].enumerated() {
            insert.bind(Int32(5 + index), text)
        }
        try insert.run()
        if newUnit != nil { newUnitCount += 1 }
    }

    /// The walk up the parents among the new units is SQL (a recursive query from the units whose
    /// parent is new, usually none); only the lines it finds looping are held.
    func forEachParentProblem(isRegistered: (String) -> Bool,
                              _ body: (_ line: Int, _ unit: NewUnit, _ problem: UnitParentProblem) throws -> Void) throws {
        let depthMax = UnitDirectory.chainDepthMax
        let looping = Set(try Int.fetchAll(db, sql: """
            WITH RECURSIVE walk(line, start, cursor, steps) AS (
                SELECT q.line, q.code_key, q.parent_key, 0 FROM unit_import q
                WHERE q.is_new AND q.parent_key <> '' AND EXISTS (SELECT 1 FROM unit_import p WHERE p.code_key = q.parent_key AND p.is_new)
                UNION ALL
                SELECT w.line, w.start, p.parent_key, w.steps + 1 FROM walk w JOIN unit_import p ON p.code_key = w.cursor AND p.is_new
                WHERE w.cursor <> w.start AND w.steps < \(depthMax))
            SELECT DISTINCT line FROM walk WHERE cursor = start OR steps >= \(depthMax)
            """))
        // Only the units whose parent is neither new nor registered as written, or that loop, are
        // read back; a parent registered under another form of its code is asked of `isRegistered`.
        let candidates = try RawStatement(db, """
            SELECT q.line, \(Self.unitColumns("q")), EXISTS (SELECT 1 FROM unit_import p WHERE p.code_key = q.parent_key AND p.is_new)
            FROM unit_import q
            WHERE q.is_new AND q.parent <> '' AND NOT EXISTS (SELECT 1 FROM main.organisation o WHERE o.code = q.parent)
            ORDER BY q.line
            """)
        var looped = looping
        while try candidates.step() {
            let line = Int(candidates.int64(0))
            let unit = try Self.unit(candidates, from: 1, line: line)
            if candidates.int64(8) == 0 && !isRegistered(unit.parent) {
                try body(line, unit, .unregistered)
            } else if looped.remove(line) != nil {
                try body(line, unit, .loops)
            }
        }
        candidates.reset()
        // A looping unit's parents are new units, never registered ones: every one was read above.
        if !looped.isEmpty { throw StoreError.storage(message: "temp.unit_import: looping lines \(looped.sorted()) not read back") }
    }

    func forEachNewUnit(_ body: (NewUnit) throws -> Void) throws {
        let rows = try RawStatement(db, "SELECT line, \(Self.unitColumns("")) FROM unit_import WHERE is_new ORDER BY line")
        defer { rows.reset() }
        while try rows.step() { try body(try Self.unit(rows, from: 1, line: Int(rows.int64(0)))) }
    }

    func close() throws {
        try ImportScratchTables.drop(Self.tables, in: db)
    }

    private static func unitColumns(_ table: String) -> String {
        let prefix = table.isEmpty ? "" : table + "."
        return ["code", "name", "kind", "parent", "channel", "bank_name", "bank_account"].map { prefix + $0 }.joined(separator: ", ")
    }

    private static func unit(_ row: RawStatement, from first: Int32, line: Int) throws -> NewUnit {
        NewUnit(code: row.string(first), name: row.string(first + 1), kind: row.string(first + 2), parent: row.string(first + 3),
                channel: try RegisterValue.channel(row.string(first + 4), "temp.unit_import line \(line)"),
                bankName: row.string(first + 5), bankAccount: row.string(first + 6))
    }
}
