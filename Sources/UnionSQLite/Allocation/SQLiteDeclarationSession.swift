import GRDB
import LedgerCore
import LedgerSQLite
import UnionAllocation

/// The declarations register for one payroll import, in the import's transaction: a revision is
/// looked up in the table itself (its key `UNIQUE(month, unit_id, revision)`, 0022), and the rows the
/// import adds are written in batches as they come, so the import holds no table of its rows.
final class SQLiteDeclarationSession: DeclarationSession {
    private let importID: Int64
    private let monthsOnFile: Set<Int>
    private let lookup: Statement
    private let insert: BulkRowWriter
    /// The rows added but still waiting in the writer's batch, which the table cannot show yet.
    private var queued: [DeclarationKey: StoredDeclaration] = [:]

    init(_ db: Database, importID: Int64) throws {
        self.importID = importID
        monthsOnFile = try Self.declaredMonths(db)
        lookup = try db.makeStatement(sql: """
            SELECT revision, headcount, wage_total_fen, channel, import_id, line, id FROM payroll_declaration
            WHERE unit_id = ? AND month = ? ORDER BY revision DESC LIMIT 1
            """)
        insert = try Self.writer(db)
    }

    /// A batch writer of `payroll_declaration` rows; `append` fills one row of it. Also the
    /// whole-array write (`recordDeclarations`) goes through these two.
    /// 256 rows a statement, as the postings: SQLite's cost per statement halved again, and the
    /// insert (the writer's thread) bounds the import (600,000 rows: 0.578 → 0.528 s).
    static func writer(_ db: Database) throws -> BulkRowWriter {
        try BulkRowWriter(db, table: "payroll_declaration", columns: [
            "unit_id", "month", "revision", "headcount", "wage_total_fen", "channel", "import_id", "line",
        ], batchSize: 256)
    }

    static func append(_ declaration: NewDeclaration, importID: Int64, to insert: BulkRowWriter) throws {
        try insert.row { row in
            row.add(declaration.key.unit)
            row.add(Int64(declaration.key.month))
            row.add(declaration.revision)
            row.add(declaration.figures.headcount)
            row.add(declaration.figures.wageTotal.fen)
            row.add(text: declaration.figures.channel.rawValue)
            row.add(importID)
            row.add(Int64(declaration.line))
        }
    }

    /// The months with any declaration, one index seek each (a federation files a few dozen).
    private static func declaredMonths(_ db: Database) throws -> Set<Int> {
        var months: Set<Int> = []
        let next = try db.makeStatement(sql: "SELECT MIN(month) FROM payroll_declaration WHERE month > ?")
        var after = Int.min
        while let month = try Int.fetchOne(next, arguments: [after]) {
            months.insert(month)
            after = month
        }
        return months
    }

    func hadDeclarations(month: Int) -> Bool { monthsOnFile.contains(month) }

    func latest(_ key: DeclarationKey) throws -> StoredDeclaration? {
        if let waiting = queued[key] { return waiting }
        // Rows handed to the background writer are in the table once it is idle.
        try insert.waitForBatches()
        guard let row = try Row.fetchOne(lookup, arguments: [key.unit, key.month]) else { return nil }
        let id: Int64 = row[6]
        let channel = try RegisterValue.channel(row[3], "payroll_declaration row \(id)")
        return StoredDeclaration(revision: row[0], figures: DeclaredFigures(headcount: row[1], wageTotal: Money(fen: row[2]), channel: channel),
                                 isThisImport: (row[4] as Int64) == importID, line: row[5])
    }

    func add(_ declaration: NewDeclaration) throws {
        queued[declaration.key] = StoredDeclaration(revision: declaration.revision, figures: declaration.figures, isThisImport: true,
                                                    line: declaration.line)
        try Self.append(declaration, importID: importID, to: insert)
        if insert.queuedRowCount == 0 { queued.removeAll(keepingCapacity: true) }
    }

    func finish() throws {
        try insert.finish()
        queued.removeAll()
    }

    func writingRowsInBackground<T>(_ body: () throws -> T) throws -> T {
        try insert.writingBatchesInBackground(body)
    }
}
