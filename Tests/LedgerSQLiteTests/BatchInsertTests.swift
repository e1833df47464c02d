import Foundation
import GRDB
@testable import LedgerSQLite
import Testing

/// The bulk insert queues rows flat (integers in slots, text and blob bytes in one arena that SQLite
/// reads in place): every value must come back as it went in, across full batches, a partial
/// flush that keeps rows for later, empty texts (not NULL) and NULLs.
@Suite("batch insert")
struct BatchInsertTests {
    @Test("rows kept across partial flushes come back exactly, empty text stays text")
    func valuesRoundTrip() throws {
        try Self.roundTrip(rowCount: 23, orderedBy: "n")
    }

    /// Queues `rowCount` rows of integers, texts (empty, NULL, Chinese), blobs and NULLs, flushing
    /// whole batches now and then (on `writer`'s thread when given), and checks each comes back
    /// as it went in, in the order `orderedBy` reads them.
    static func roundTrip(rowCount: Int, on writer: BackgroundRowWriter? = nil, orderedBy order: String) throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t(n INTEGER NOT NULL, s TEXT, b BLOB, o INTEGER)")
            let batch = BatchInsert(db, table: "t", columns: ["n", "s", "b", "o"], batchSize: 4, flushesWhenFull: false)
            if let writer { try batch.writeWholeBatches(on: writer) }
            var expected: [(Int64, String?, [UInt8], Int64?)] = []
            for n in 0..<rowCount {
                let text: String? = n % 5 == 4 ? nil : n % 3 == 0 ? "" : String(repeating: "记账\(n)", count: n % 4 + 1)
                let blob = [UInt8](repeating: UInt8(n % 256), count: n % 3 + 1)
                let other: Int64? = n % 2 == 0 ? nil : Int64(-n)
                batch.add(Int64(n))
                batch.add(text: text)
                batch.add(blob: blob)
                batch.add(other)
                try batch.endRow()
                expected.append((Int64(n), text, blob, other))
                // Only whole batches: the rows past the last one stay queued, their bytes moved to the front.
                if n % 7 == 6 { try batch.flush(fullBatchesOnly: true) }
            }
            try batch.flush()
            batch.writeInForeground()
            let rows = try Row.fetchAll(db, sql: "SELECT n, s, typeof(s), b, o FROM t ORDER BY \(order)")
            #expect(rows.count == expected.count)
            for (row, want) in zip(rows, expected) {
                #expect(row[0] as Int64 == want.0)
                #expect(row[1] as String? == want.1)
                #expect(row[2] as String == (want.1 == nil ? "null" : "text"))
                #expect(Array(row[3] as Data) == want.2)
                #expect(row[4] as Int64? == want.3)
            }
        }
    }
}
