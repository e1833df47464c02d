import Dispatch
import Foundation

/// Writes batches of rows on a second thread while the first goes on reading, checking and
/// hashing the next vouchers (issue 16: the voucher import spent a third of its time in SQLite's
/// inserts, with the other core idle).
///
/// One serial queue, so batches reach SQLite in the order they were handed over (vouchers before
/// their postings). SQLite's own lock on the connection would only take turns between calls from
/// the two threads, not keep the command's order, so **nothing else may use the connection while a
/// batch is in flight**: whoever touches the connection first calls `drain()`
/// (`PostingSession.db` and `BulkRowWriter.waitForBatches()` do) or `waitUntilIdle()`. At most `batchesInFlightMax` hand-overs wait (each one
/// whole batch, or the few a table had queued), so memory stays flat when SQLite is the slower side.
///
/// One writer per connection at a time: two would step the same connection from two threads.
///
/// A failed batch keeps its error; later batches are skipped, and the next `submit` or `drain`
/// throws it, so a command never commits past a row SQLite refused.
final class BackgroundRowWriter: @unchecked Sendable {
    static let batchesInFlightMax = 4

    // Never called from the writer's own thread (a `queue.sync` there would wait for itself).
    private let queue = DispatchQueue(label: "gonghui.background-row-writer")
    private let slots = DispatchSemaphore(value: BackgroundRowWriter.batchesInFlightMax)
    private let lock = NSLock()
    /// The first error a batch met (under `lock`: written on the queue, read by the submitter).
    private var firstError: (any Error)?

    private var recordedError: (any Error)? { lock.withLock { firstError } }

    /// Hands a batch over; waits while `batchesInFlightMax` batches are still queued.
    /// - Throws: the error of a batch written earlier.
    func submit(_ write: @escaping @Sendable () throws -> Void) throws {
        if let error = recordedError { throw error }
        slots.wait()
        queue.async { [self] in
            defer { slots.signal() }
            guard recordedError == nil else { return }
            do { try write() } catch { lock.withLock { if firstError == nil { firstError = error } } }
        }
    }

    /// Waits until every batch handed over is written (the queue is serial: an empty block runs
    /// after them). Any error stays for `drain()`.
    func waitUntilIdle() {
        queue.sync {}
    }

    /// Waits until every batch handed over is written.
    /// - Throws: the first error a batch met.
    func drain() throws {
        waitUntilIdle()
        if let error = recordedError { throw error }
    }

    /// Runs `body` with the whole batches of `tables` written by this writer, and every batch in
    /// when it returns or throws (before the caller's transaction goes on, commits or rolls back).
    /// - Throws: what `body` throws, else the first error a batch met.
    func writing<T>(_ tables: [BatchInsert], _ body: () throws -> T) throws -> T {
        defer {
            waitUntilIdle()
            for table in tables { table.writeInForeground() }
        }
        for table in tables { try table.writeWholeBatches(on: self) }
        let result = try body()
        try drain()
        return result
    }
}
