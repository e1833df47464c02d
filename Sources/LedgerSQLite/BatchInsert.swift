import LedgerStore
import InputFiles
import GRDB

/// Inserts rows into one table many at a time (`INSERT … VALUES (…), (…), …`), which cuts
/// SQLite's per-statement cost several-fold in bulk imports. Rows wait in memory until a batch
/// is full or `flush()` is called; callers flush before reading the table back.
final class BatchInsert {
    enum Value {
        case integer(Int64)
        case text(String)
        case blob([UInt8])
        case null
    }

    private let db: Database
    private let table: String
    private let columns: [String]
    private let batchSize: Int
    /// Whether `append` may write a full batch by itself. Off for tables whose rows reference
    /// rows still queued elsewhere; the owner then calls `flush(fullBatchesOnly:)`.
    private let flushesWhenFull: Bool
    private var rows: [Value] = []
    private var statements: [Int: RawStatement] = [:]

    /// SQLite allows 32,766 host parameters per statement; batches stay far below it.
    static let parametersMax = 32_766

    init(_ db: Database, table: String, columns: [String], batchSize: Int, flushesWhenFull: Bool = true) {
        precondition(batchSize * columns.count <= BatchInsert.parametersMax, "batch exceeds SQLite's parameter limit")
        self.db = db
        self.table = table
        self.columns = columns
        self.batchSize = batchSize
        self.flushesWhenFull = flushesWhenFull
        rows.reserveCapacity(batchSize * columns.count)
    }

    var pendingRowCount: Int { rows.count / columns.count }

    /// Queues the next value of the current row (values come in column order); `endRow()`
    /// closes the row. Two calls instead of one variadic call: no array per row.
    func add(_ value: Value) {
        rows.append(value)
    }

    /// Closes the current row, writing a full batch when this table may flush by itself.
    func endRow() throws {
        precondition(rows.count % columns.count == 0, "row must have one value per column")
        if flushesWhenFull && pendingRowCount >= batchSize { try flush() }
    }

    /// Writes queued rows: all of them, or only whole batches (odd-sized statements cost a fresh
    /// SQL compile, so they are left for the final flush).
    func flush(fullBatchesOnly: Bool = false) throws {
        var start = 0
        let width = columns.count
        while rows.count - start >= batchSize * width || (!fullBatchesOnly && rows.count > start) {
            let count = min(batchSize, (rows.count - start) / width)
            let statement = try statement(rowCount: count)
            for offset in 0..<(count * width) {
                let position = Int32(offset + 1)
                switch rows[start + offset] {
                case .integer(let number): statement.bind(position, number)
                case .text(let text): statement.bind(position, text)
                case .blob(let bytes): statement.bind(position, bytes: bytes)
                case .null: statement.bindNull(position)
                }
            }
            try statement.run()
            start += count * width
        }
        rows.removeFirst(start)
    }

    private func statement(rowCount: Int) throws -> RawStatement {
        if let statement = statements[rowCount] { return statement }
        let placeholders = "(" + Array(repeating: "?", count: columns.count).joined(separator: ",") + ")"
        let sql = "INSERT INTO \(table)(\(columns.joined(separator: ","))) VALUES "
            + Array(repeating: placeholders, count: rowCount).joined(separator: ",")
        let statement = try RawStatement(db, sql)
        // Full batches recur; odd sizes happen once per flush and are not worth keeping.
        if rowCount == batchSize { statements[rowCount] = statement }
        return statement
    }
}
