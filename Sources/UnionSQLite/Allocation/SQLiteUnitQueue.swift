import Foundation
import GRDB
import LedgerCore
import LedgerSQLite
import LedgerStore
import UnionAllocation

/// A unit register import's good rows. Up to `unitsInMemoryMax` rows are held in memory
/// (`UnitQueueInMemory`: a federation's register of tens of thousands of units costs no
/// temporary table); past that everything moves to a temporary table
/// (`ImportScratchTables`), keyed by line (file order) and by code, so a file of any size is
/// checked and registered in bounded memory. The units registered before their parents
/// (`registerUnits(from:)`) are held alike: in memory, or in a second temporary table.
///
/// Codes are matched as Swift matches strings (canonically equivalent is the same code): in
/// memory by Swift's own equality, in the table through a key column holding the code's NFC form;
/// the register itself stores the code as written.
final class SQLiteUnitQueue: UnitQueue {
    private let db: Database
    private var memory: UnitQueueInMemory?
    private var tables: Tables?
    /// The units registered before their parents, while the queue is in memory.
    private var parentsLater: [(id: Int64, parent: String)] = []
    private(set) var newUnitCount = 0

    /// Rows held in memory before they move to the temporary table: 65,536 rows hold a county
    /// federation's register for ≈ 11 MB more peak memory than the table (73 against 62 MB at that
    /// size); `org import` of 50,000 units spent a third of its instructions writing them to the
    /// table and reading them back.
    static let unitsInMemoryMax = 65_536

    private let unitsInMemoryMax: Int

    /// - Parameter unitsInMemoryMax: where to move to the temporary tables (tests set it low).
    init(_ db: Database, unitsInMemoryMax: Int = SQLiteUnitQueue.unitsInMemoryMax) {
        self.db = db
        self.unitsInMemoryMax = unitsInMemoryMax
        memory = UnitQueueInMemory()
    }

    /// Whether the rows have moved to the temporary tables.
    var isInTables: Bool { tables != nil }

    /// The temporary tables and their statements, made when the rows move out of memory.
    private final class Tables {
        static let names = ["unit_import", "unit_import_parent_later"]
        // Through the C API: GRDB's argument arrays were a third of a row's cost here.
        let lookUp: RawStatement
        let insert: RawStatement
        let parentLater: RawStatement

        init(_ db: Database) throws {
            try ImportScratchTables.create(Self.names, in: db, sql: """
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
            parentLater = try RawStatement(db, "INSERT INTO temp.unit_import_parent_later(id, parent) VALUES (?, ?)")
        }

        func note(code: String, line: Int, newUnit: NewUnit?) throws {
            insert.bind(1, line)
            insert.bind(2, SQLiteUnitQueue.key(code))
            insert.bind(3, newUnit == nil ? 0 : 1)
            insert.bind(4, code)
            let unit = newUnit ?? NewUnit(code: code, name: "", kind: "", parent: "", channel: .direct, bankName: "", bankAccount: "")
            for (index, text) in [unit.name, unit.kind, unit.parent, SQLiteUnitQueue.key(unit.parent), unit.channel.rawValue,
                                  unit.bankName, unit.bankAccount].enumerated() {
                insert.bind(Int32(5 + index), text)
            }
            try insert.run()
        }
    }

    /// The form two codes Swift holds equal share: NFC, the code itself when it is ASCII.
    static func key(_ code: String) -> String {
        code.utf8.allSatisfy { $0 < 0x80 } ? code : code.precomposedStringWithCanonicalMapping
    }

    func line(of code: String) throws -> Int? {
        if let memory { return memory.line(of: code) }
        guard let tables else { return nil }
        tables.lookUp.bind(1, Self.key(code))
        defer { tables.lookUp.reset() }
        return try tables.lookUp.step() ? Int(tables.lookUp.int64(0)) : nil
    }

    func note(code: String, line: Int, newUnit: NewUnit?) throws {
        if newUnit != nil { newUnitCount += 1 }
        if let memory {
            memory.note(code: code, line: line, newUnit: newUnit)
            if memory.notedCount > unitsInMemoryMax { try moveToTables(memory) }
            return
        }
        try openTables().note(code: code, line: line, newUnit: newUnit)
    }

    private func moveToTables(_ noted: UnitQueueInMemory) throws {
        let tables = try openTables()
        try noted.forEachNoted { code, line, newUnit in try tables.note(code: code, line: line, newUnit: newUnit) }
        memory = nil
    }

    private func openTables() throws -> Tables {
        if let tables { return tables }
        let made = try Tables(db)
        tables = made
        return made
    }

    /// Notes a unit registered before its parent (row `id`), for `setParentsLater()`.
    func noteParentLater(id: Int64, parent: String) throws {
        guard let tables else {
            parentsLater.append((id, parent))
            return
        }
        tables.parentLater.bind(1, id)
        tables.parentLater.bind(2, parent)
        try tables.parentLater.run()
    }

    /// Gives the units noted by `noteParentLater` their parents, once every unit is in: in row-id
    /// order, which is file order, so the change journal's images are the same either way.
    /// - Throws: `StoreError.storage` for a parent still not registered (the file check guards it).
    func setParentsLater() throws {
        let pending: [(id: Int64, parent: String)]
        if tables == nil {
            pending = parentsLater
        } else {
            try db.execute(sql: """
                UPDATE organisation SET parent_id = (
                    SELECT p.id FROM organisation p WHERE p.code = (SELECT l.parent FROM temp.unit_import_parent_later l WHERE l.id = organisation.id))
                WHERE id IN (SELECT id FROM temp.unit_import_parent_later)
                """)
            // What the update left unset: a parent written in another Unicode form than its row.
            pending = try Row.fetchAll(db, sql: """
                SELECT l.id, l.parent FROM temp.unit_import_parent_later l JOIN organisation o ON o.id = l.id WHERE o.parent_id IS NULL ORDER BY l.id
                """).map { ($0[0], $0[1]) }
        }
        guard !pending.isEmpty else { return }
        var parents = try ParentLookUp(db)
        let update = try RawStatement(db, "UPDATE organisation SET parent_id = ? WHERE id = ?")
        for later in pending {
            update.bind(1, try parents.id(of: later.parent, for: later.id))
            update.bind(2, later.id)
            try update.run()
        }
    }

    /// Parents by code as the file check matched them: the code as written, else a code Swift
    /// holds equal (canonically equivalent, the file check holding the two one code), from the
    /// register read once when first needed.
    struct ParentLookUp {
        private let db: Database
        private let exact: RawStatement
        private var byCode: [String: Int64]?

        init(_ db: Database) throws {
            self.db = db
            exact = try RawStatement(db, "SELECT id FROM organisation WHERE code = ?")
        }

        /// - Throws: `StoreError.storage` naming the unit (row `unit`) when no organisation has the code.
        mutating func id(of parent: String, for unit: Int64) throws -> Int64 {
            exact.bind(1, parent)
            defer { exact.reset() }
            if try exact.step() { return exact.int64(0) }
            if byCode == nil {
                var codes: [String: Int64] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT id, code FROM organisation ORDER BY id") {
                    let code: String = row[1]
                    if codes[code] == nil { codes[code] = row[0] }
                }
                byCode = codes
            }
            if let id = byCode?[parent] { return id }
            let code = try String.fetchOne(db, sql: "SELECT code FROM organisation WHERE id = ?", arguments: [unit]) ?? "#\(unit)"
            throw StoreError.storage(message: "organisation \(code): parent \(parent) is not registered")
        }
    }

    /// The walk up the parents among the new units is SQL (a recursive query from the units whose
    /// parent is new, usually none); only the lines it finds looping are held.
    func forEachParentProblem(isRegistered: (String) -> Bool,
                              _ body: (_ line: Int, _ unit: NewUnit, _ problem: UnitParentProblem) throws -> Void) throws {
        if let memory { return try memory.forEachParentProblem(isRegistered: isRegistered, body) }
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
        if let memory { return try memory.forEachNewUnit(body) }
        let rows = try RawStatement(db, "SELECT line, \(Self.unitColumns("")) FROM unit_import WHERE is_new ORDER BY line")
        defer { rows.reset() }
        while try rows.step() { try body(try Self.unit(rows, from: 1, line: Int(rows.int64(0)))) }
    }

    func close() throws {
        memory = nil
        parentsLater = []
        if tables != nil {
            tables = nil
            try ImportScratchTables.drop(Tables.names, in: db)
        }
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
