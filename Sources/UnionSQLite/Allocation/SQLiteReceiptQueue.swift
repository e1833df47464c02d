import GRDB
import LedgerCore
import UnionAllocation

/// A receipts import's checked rows and references in two temporary tables (`ImportScratchTables`),
/// so a file of millions of receipts is held in bounded memory; the rows come back by date, then
/// line, through the first table's key (no sort in memory). A row costs a few microseconds here
/// against the tens it takes to book.
final class SQLiteReceiptQueue: ReceiptQueue {
    private let db: Database
    private let noteReference: Statement
    private let insert: Statement

    static let tables = ["remit_import_receipt", "remit_import_reference"]

    init(_ db: Database) throws {
        self.db = db
        try ImportScratchTables.create(Self.tables, in: db, sql: """
            CREATE TEMP TABLE remit_import_receipt(
                date TEXT NOT NULL, line INTEGER NOT NULL, unit TEXT NOT NULL, amount_fen INTEGER NOT NULL,
                month INTEGER, ref TEXT NOT NULL, payer TEXT,
                PRIMARY KEY(date, line)) WITHOUT ROWID;
            CREATE TEMP TABLE remit_import_reference(unit_id INTEGER NOT NULL, ref TEXT NOT NULL, PRIMARY KEY(unit_id, ref)) WITHOUT ROWID;
            """)
        noteReference = try db.makeStatement(sql: "INSERT OR IGNORE INTO remit_import_reference(unit_id, ref) VALUES (?, ?)")
        insert = try db.makeStatement(sql: """
            INSERT INTO remit_import_receipt(date, line, unit, amount_fen, month, ref, payer) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
    }

    func noteReference(unitID: Int64, reference: String) throws -> Bool {
        try noteReference.execute(arguments: [unitID, reference])
        return db.changesCount == 0
    }

    func add(_ entry: RemittanceEntry, unitID: Int64, line: Int) throws {
        try insert.execute(arguments: [entry.date.description, line, entry.unit, entry.amount.fen, entry.month?.ordinal,
                                       entry.reference, entry.payer?.rawValue])
    }

    func forEachByDate(_ body: (_ line: Int, _ entry: RemittanceEntry) throws -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT date, line, unit, amount_fen, month, ref, payer FROM remit_import_receipt ORDER BY date, line
            """)
        while let row = try rows.next() {
            let line: Int = row[1]
            let place = "temp.remit_import_receipt line \(line)"
            let payer = try (row[6] as String?).map { try RegisterValue.payer($0, place) }
            try body(line, RemittanceEntry(unit: row[2], date: try RegisterValue.date(row[0], place), amount: Money(fen: row[3]),
                                           month: (row[4] as Int?).map { YearMonth(ordinal: $0) }, reference: row[5], payer: payer))
        }
    }

    func close() throws {
        try ImportScratchTables.drop(Self.tables, in: db)
    }
}
