import Foundation
import GRDB
@testable import LedgerSQLite
import Testing

/// Whole batches written on a second thread: in the order handed over, every value as it went
/// in, a failed batch's error kept for the next hand-over or drain, and no more than a few
/// batches waiting (memory stays flat when SQLite is the slower side).
@Suite("background row writer")
struct BackgroundRowWriterTests {
    @Test("batches handed over are written in order; a flush waits for them, then writes the rest on the caller's thread")
    func batchesInOrder() throws {
        // Rowids give the order the rows reached SQLite.
        try BatchInsertTests.roundTrip(rowCount: 203, on: BackgroundRowWriter(), orderedBy: "rowid")
    }

    @Test("a batch SQLite refuses keeps its error: later batches are skipped, the next hand-over and the drain throw it")
    func failedBatchStopsTheRest() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t(n INTEGER NOT NULL CHECK(n <> 9))")
            let writer = BackgroundRowWriter()
            let batch = BatchInsert(db, table: "t", columns: ["n"], batchSize: 4, flushesWhenFull: true)
            try batch.writeWholeBatches(on: writer)
            var thrownAt: Int?
            for n in 0..<400 {
                batch.add(Int64(n))
                do { try batch.endRow() } catch {
                    thrownAt = n
                    break
                }
            }
            // Row 9 is in the third batch; some later hand-over reports it (the writer runs behind).
            #expect(thrownAt.map { $0 >= 11 } == true)
            #expect(throws: (any Error).self) { try writer.drain() }
            #expect(throws: (any Error).self) { try batch.flush() }
            writer.waitUntilIdle()
            batch.writeInForeground()
            // The batches before the refused one are in; nothing after it was written.
            #expect(try Int64.fetchAll(db, sql: "SELECT n FROM t ORDER BY rowid") == (0..<8).map(Int64.init))
        }
    }

    @Test("no more than a few batches wait: the next hand-over blocks until the writer takes one")
    func handOverBlocksWhenFull() throws {
        let writer = BackgroundRowWriter()
        let gate = DispatchSemaphore(value: 0)
        let written = Counter()
        // The first batch holds the writer; the next ones wait in the queue.
        for _ in 0..<BackgroundRowWriter.batchesInFlightMax {
            try writer.submit {
                gate.wait()
                written.add()
            }
        }
        let handedOver = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            try? writer.submit { written.add() }
            handedOver.signal()
        }
        // Still blocked after a while: every slot is taken.
        #expect(handedOver.wait(timeout: .now() + 0.3) == .timedOut)
        for _ in 0..<BackgroundRowWriter.batchesInFlightMax { gate.signal() }
        #expect(handedOver.wait(timeout: .now() + 30) == .success)
        try writer.drain()
        #expect(written.value == BackgroundRowWriter.batchesInFlightMax + 1)
    }
}

/// A count shared with the writer's thread.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func add() { lock.withLock { count += 1 } }
}
