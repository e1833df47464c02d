import LedgerStore
import InputFiles
import GRDB

/// Bulk inserts into a module's own register tables (payroll declarations, allocations) many rows
/// per statement, as the voucher import does. Rows wait in memory until a batch is full; call
/// `flush()` before reading the table back, and before the transaction ends.
public final class BulkRowWriter {
    private let batch: BatchInsert

    public init(_ db: Database, table: String, columns: [String], batchSize: Int = 64) {
        batch = BatchInsert(db, table: table, columns: columns, batchSize: batchSize)
    }

    /// Queues one row, its values added in column order by `fill` (filled in place: one
    /// exclusivity check a row, not one a value), writing a full batch when one is ready.
    public func row(_ fill: (inout BatchRows) -> Void) throws { try batch.row(fill) }

    /// Writes every queued row.
    public func flush() throws { try batch.flush() }

    /// The rows waiting for their batch to fill (0 right after a batch was written).
    public var queuedRowCount: Int { batch.pendingRowCount }
}
