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

    /// Texts for columns whose CHECK calls a function (`add(terminatedText:)`) are bound
    /// NUL-terminated from the arena: they must come back whole, between other texts and across
    /// flushes that move the queued bytes, and one holding a NUL itself must not be cut there.
    @Test("terminated texts come back whole; one holding a NUL is not cut", arguments: [false, true])
    func terminatedTexts(inBackground: Bool) throws {
        let writer = inBackground ? BackgroundRowWriter() : nil
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: """
                CREATE TABLE t(n INTEGER NOT NULL, d TEXT NOT NULL CHECK(d GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
                               s TEXT NOT NULL CHECK(length(s) > 0), f TEXT NOT NULL CHECK(length(f) <= 64), m TEXT NOT NULL)
                """)
            let batch = BatchInsert(db, table: "t", columns: ["n", "d", "s", "f", "m"], batchSize: 4, flushesWhenFull: false)
            if let writer { try batch.writeWholeBatches(on: writer) }
            var expected: [(String, String, String, String)] = []
            for n in 0..<37 {
                let date = "2026-\(n % 12 < 9 ? "0" : "")\(n % 12 + 1)-1\(n % 10)"
                let summary = n % 9 == 8 ? "前\u{0}后\(n)" : String(repeating: "摘要\(n)", count: n % 3 + 1)
                let fund = n % 4 == 0 ? "" : "基金\(n)"
                let memo = n % 2 == 0 ? "" : "备注\(n)"
                try batch.row { row in
                    row.add(Int64(n))
                    row.add(terminatedText: date)
                    row.add(terminatedText: summary)
                    row.add(terminatedText: fund)
                    row.add(text: memo)
                }
                expected.append((date, summary, fund, memo))
                if n % 5 == 4 { try batch.flush(fullBatchesOnly: true) }
            }
            try batch.flush()
            batch.writeInForeground()
            // Compared as bytes: SQLite's own text functions stop at a NUL.
            let rows = try Row.fetchAll(db, sql: "SELECT CAST(d AS BLOB), CAST(s AS BLOB), CAST(f AS BLOB), CAST(m AS BLOB), typeof(f) FROM t ORDER BY n")
            #expect(rows.count == expected.count)
            for (row, want) in zip(rows, expected) {
                #expect(String(decoding: row[0] as Data? ?? Data(), as: UTF8.self) == want.0)
                #expect(String(decoding: row[1] as Data? ?? Data(), as: UTF8.self) == want.1)
                #expect(String(decoding: row[2] as Data? ?? Data(), as: UTF8.self) == want.2)
                #expect(String(decoding: row[3] as Data? ?? Data(), as: UTF8.self) == want.3)
                #expect(row[4] as String == "text")
            }
        }
    }

    @Test("a terminated text still meets its CHECK: an empty summary is refused")
    func terminatedTextChecked() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t(s TEXT NOT NULL CHECK(length(s) > 0))")
            let batch = BatchInsert(db, table: "t", columns: ["s"], batchSize: 4)
            try batch.row { $0.add(terminatedText: "") }
            let error = #expect(throws: (any Error).self) { try batch.flush() }
            #expect(error.map { "\($0)" }?.contains("CHECK constraint failed") == true)
        }
    }
}
