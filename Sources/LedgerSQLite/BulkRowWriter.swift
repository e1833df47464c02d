import LedgerStore
import InputFiles
import GRDB

/// Bulk inserts into a module's own register tables (payroll declarations, allocations) many rows
/// per statement, as the voucher import does. Rows wait in memory until a batch is full; call
/// `flush()` before reading the table back, and before the transaction ends.
public final class BulkRowWriter {
    public enum Value {
        case integer(Int64)
        case text(String)
        case null
    }

    private let batch: BatchInsert

    public init(_ db: Database, table: String, columns: [String], batchSize: Int = 64) {
        batch = BatchInsert(db, table: table, columns: columns, batchSize: batchSize)
    }

    /// The next value of the current row, in column order.
    public func add(_ value: Value) {
        switch value {
        case .integer(let number): batch.add(number)
        case .text(let text): batch.add(text: text)
        case .null: batch.addNull()
        }
    }

    public func add(_ number: Int64?) { batch.add(number) }
    public func add(_ text: String) { batch.add(text: text) }

    /// Queues one row, its values added in column order by `fill` (one exclusivity check a row,
    /// where `add` costs one a value), and closes it.
    public func row(_ fill: (inout BatchRows) -> Void) throws { try batch.row(fill) }

    /// Closes the current row (writing a full batch when one is ready).
    public func endRow() throws { try batch.endRow() }

    /// Writes every queued row.
    public func flush() throws { try batch.flush() }

    /// The rows waiting for their batch to fill (0 right after a batch was written).
    public var queuedRowCount: Int { batch.pendingRowCount }
}
