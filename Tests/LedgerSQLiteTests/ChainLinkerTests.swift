import Foundation
import GRDB
@testable import LedgerSQLite
import LedgerStore
import PropertyBased
import Testing

/// The voucher rows' hashes are worked out as the rows are written (`ChainLinker`), on the writer's
/// thread or the caller's: wherever the batches are cut, the chain must be the one hashing each
/// encoding in turn gives.
@Suite("chain linker")
struct ChainLinkerTests {
    @Test("the hashes written are sha256(previous ‖ encoding) in row order, wherever the batches are cut, on either thread")
    func linksFollowRowOrder() async throws {
        let input = zip(Gen.int(in: 0...400).array(of: 0...90), Gen.int(in: 1...9), Gen.bool)
        await propertyCheck(count: 40, input: input) { picked in
            let (lengths, flushEvery, inBackground) = picked
            let encodings = lengths.enumerated().map { index, length in (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ index) } }
            // A stored last hash of another length (damaged: `verify` names it) is taken as it is, as before.
            let start = flushEvery % 3 == 0 ? [1, 2, 3, 4, 5] : JournalChain.hash(previous: JournalChain.genesis, canonical: Array("start".utf8))
            var expected: [[UInt8]] = []
            var previous = start
            for encoding in encodings {
                previous = JournalChain.hash(previous: previous, canonical: encoding)
                expected.append(previous)
            }
            let queue = try DatabaseQueue()
            let writer = BackgroundRowWriter()
            try queue.write { db in
                try db.execute(sql: "CREATE TABLE t(n INTEGER NOT NULL, s TEXT, h BLOB NOT NULL)")
                let chain = ChainLinker(previous: start, rowsMax: 4)
                let batch = BatchInsert(db, table: "t", columns: ["n", "s", "h"], batchSize: 4, flushesWhenFull: false, chain: chain)
                try writer.writing(inBackground ? [batch] : []) {
                    for (n, encoding) in encodings.enumerated() {
                        try batch.row { row in
                            row.add(Int64(n))
                            row.add(text: n % 3 == 0 ? nil : "记\(n)")
                            encoding.withUnsafeBytes { row.add(chainLink: $0) }
                        }
                        if n % flushEvery == 0 { try batch.flush(fullBatchesOnly: true) }
                    }
                }
                try batch.flush()
                #expect(chain.previous == expected.last ?? start)
                let rows = try Row.fetchAll(db, sql: "SELECT n, s, h FROM t ORDER BY rowid")
                #expect(rows.map { $0[0] as Int64 } == encodings.indices.map(Int64.init))
                #expect(rows.map { $0[1] as String? } == encodings.indices.map { $0 % 3 == 0 ? nil : "记\($0)" })
                #expect(rows.map { Array($0[2] as Data) } == expected)
            }
        }
    }
}
