import LedgerStore
import InputFiles
import GRDB

/// Bulk inserts into a module's own register tables (payroll declarations, allocations) many rows
/// per statement, as the voucher import does. Rows wait in memory until a batch is full; call
/// `flush()` before reading the table back, and `finish()` before the transaction ends.
///
/// The change journal's images of the rows are written by the writer, each batch's after it, with
/// the table's insert trigger set aside until `finish()` (`WrittenChangeImages`): the trigger cost
/// more than the insert itself.
public final class BulkRowWriter {
    private let batch: BatchInsert
    private var background: BackgroundRowWriter?

    public init(_ db: Database, table: String, columns: [String], batchSize: Int = 64) throws {
        batch = BatchInsert(db, table: table, columns: columns, batchSize: batchSize,
                            images: try WrittenChangeImages.setAside(db, table: table, columns: columns))
    }

    /// Queues one row, its values added in column order by `fill` (filled in place: one
    /// exclusivity check a row, not one a value), writing a full batch when one is ready.
    public func row(_ fill: (inout BatchRows) -> Void) throws { try batch.row(fill) }

    /// Writes every queued row (after any batch still being written in the background).
    public func flush() throws { try batch.flush() }

    /// Runs `body` with whole batches (and their change images) written on another thread
    /// (`BackgroundRowWriter`) while it queues on. The caller's other uses of the connection
    /// inside `body` must first call `waitForBatches()`; on the way out, whether `body` returned or
    /// threw, every batch is in.
    /// - Throws: what `body` throws, else the first error a batch met.
    public func writingBatchesInBackground<T>(_ body: () throws -> T) throws -> T {
        let writer = BackgroundRowWriter()
        background = writer
        defer { background = nil }
        return try writer.writing([batch], body)
    }

    /// Waits until the batches handed to the background are in the table (a no-op outside
    /// `writingBatchesInBackground`): before anything else reads or writes the connection.
    /// - Throws: the error of a batch SQLite refused (nothing more is done on the connection then).
    public func waitForBatches() throws {
        try background?.drain()
    }

    /// Writes every queued row and puts the table's insert trigger back: the last call, before
    /// the transaction commits (which it cannot do while the trigger is set aside).
    public func finish() throws {
        // Inside the scope, batches still to come would write their images after the trigger is back.
        precondition(background == nil, "finish() comes after writingBatchesInBackground returns")
        try batch.flush()
        try batch.images?.finish()
    }

    /// The rows waiting for their batch to fill (0 right after a batch was written).
    public var queuedRowCount: Int { batch.pendingRowCount }
}
