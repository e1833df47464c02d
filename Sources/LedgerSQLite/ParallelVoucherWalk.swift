import Foundation
import GRDB
import GRDBSQLite
import LedgerCore
import LedgerStore

/// The voucher walk split into consecutive ranges, one per core, each on its own connection to the
/// same snapshot. A link of the chain is checked from the stored link before it, so a range can
/// start anywhere; what crosses a boundary (a month's numbering, the balances, the funds' numbers)
/// is joined afterwards. The result stands only for a clean journal: any finding in a range, a
/// month whose numbering does not join up or a sum that overflows when joined, and verify walks
/// the journal again in one pass, so its findings and their order are the sequential walk's.
enum ParallelVoucherWalk {
    /// The joined outcome, or nil when the sequential walk must decide.
    static func run(db: Database, readers: SnapshotReaders, context: VoucherWalk.Context) throws -> VoucherWalk.Outcome? {
        let parts = readers.connections.count
        // Where each range after the first starts: the voucher after `before` others, and the link before it.
        var starts: [(id: Int64, before: Int64, link: [UInt8])] = []
        let firstID = try Int64.fetchOne(db, sql: "SELECT min(id) FROM voucher")
        let lastID = try Int64.fetchOne(db, sql: "SELECT max(id) FROM voucher")
        for part in 1..<max(parts, 1) {
            // count × part / parts, without overflowing on a head count edited to something huge.
            let count = readers.voucherCount, (whole, rest) = (count / Int64(parts), count % Int64(parts))
            let before = whole * Int64(part) + rest * Int64(part) / Int64(parts)
            guard let id = try startID(db, before: before, firstID: firstID, lastID: lastID, count: readers.voucherCount),
                  let link = try Data.fetchOne(db, sql: "SELECT hash FROM voucher WHERE id < ? ORDER BY id DESC LIMIT 1", arguments: [id]),
                  id > starts.last?.id ?? Int64.min
            else { return nil }
            starts.append((id, before, Array(link)))
        }
        var ranges = [VoucherWalk.Range(firstID: nil, endID: starts.first?.id, vouchersBefore: 0, previousHash: JournalChain.genesis)]
        for (index, start) in starts.enumerated() {
            ranges.append(VoucherWalk.Range(firstID: start.id, endID: index + 1 < starts.count ? starts[index + 1].id : nil,
                                            vouchersBefore: start.before, previousHash: start.link))
        }

        let results = WalkResults(count: parts)
        let walkRanges = ranges
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            var walk = VoucherWalk(connection: readers.connections[part], context: context, range: walkRanges[part])
            results.set(part, Result { try walk.run(); return walk.outcome })
        }
        var outcomes: [VoucherWalk.Outcome] = []
        for result in results.all {
            guard let result else { return nil }
            outcomes.append(try result.get())
        }
        return join(outcomes, ranges: ranges)
    }

    /// The id of the voucher after `before` others (its range's first). When the ids run from the
    /// first to the last with no gap (vouchers are never deleted), it is read off them; otherwise
    /// SQLite counts its way there (`OFFSET` steps through every voucher before it: 50–70 ms at
    /// 500,000, before any range can start). A count that lies only misplaces the cut, and the
    /// join, which checks each range's count, then refuses.
    static func startID(_ db: Database, before: Int64, firstID: Int64?, lastID: Int64?, count: Int64) throws -> Int64? {
        if let firstID, let lastID, count > 0, (0..<count).contains(before),
           case let (span, overflow) = lastID.subtractingReportingOverflow(firstID), !overflow, span == count - 1 {
            return firstID + before
        }
        return try Int64.fetchOne(db, sql: "SELECT id FROM voucher ORDER BY id LIMIT 1 OFFSET ?", arguments: [before])
    }

    /// The ranges' outcomes as one walk's, or nil when they do not join up cleanly.
    static func join(_ outcomes: [VoucherWalk.Outcome], ranges: [VoucherWalk.Range]) -> VoucherWalk.Outcome? {
        var joined = VoucherWalk.Outcome(previousHash: JournalChain.genesis)
        for (index, outcome) in outcomes.enumerated() {
            guard outcome.findings.isEmpty, joined.count == ranges[index].vouchersBefore else { return nil }
            for (month, first) in outcome.firstNumbers where first != (joined.lastNumbers[month] ?? 0) + 1 { return nil }
            joined.lastNumbers.merge(outcome.lastNumbers) { _, later in later }
            // Numbered in the order first seen, as one pass numbers them.
            for name in outcome.funds.names { _ = joined.funds.number(name) }
            for (key, sums) in outcome.computed {
                var key = key
                key.fund = joined.funds.number(outcome.funds.name(key.fund))
                var total = joined.computed[key] ?? (0, 0)
                guard Verifier.add(sums.debit, to: &total.debit), Verifier.add(sums.credit, to: &total.credit) else { return nil }
                joined.computed[key] = total
            }
            joined.headsSeen.formUnion(outcome.headsSeen)
            joined.count += outcome.count
            joined.lastStored = outcome.lastStored
        }
        return joined
    }
}

/// Each range's result, written by its own thread.
private final class WalkResults: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<VoucherWalk.Outcome, any Error>?]

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<VoucherWalk.Outcome, any Error>) {
        lock.withLock { results[index] = result }
    }

    var all: [Result<VoucherWalk.Outcome, any Error>?] { lock.withLock { results } }
}

/// A write transaction held on a connection of its own, so that no one commits while verify's
/// readers start: readers that begin while it is held all see the same snapshot. Nil when the
/// file cannot be locked at once (someone is writing, or the file is read-only): verify then
/// reads on one connection, as it always could.
final class WriteLockHold {
    private var connection: OpaquePointer?

    init?(path: String) {
        var connection: OpaquePointer?
        guard sqlite3_open_v2(path, &connection, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK, let connection else {
            sqlite3_close_v2(connection)
            return nil
        }
        sqlite3_busy_timeout(connection, 0)
        guard sqlite3_exec(connection, "BEGIN IMMEDIATE", nil, nil, nil) == SQLITE_OK else {
            sqlite3_close_v2(connection)
            return nil
        }
        self.connection = connection
    }

    func release() {
        guard let connection else { return }
        sqlite3_exec(connection, "ROLLBACK", nil, nil, nil)
        sqlite3_close_v2(connection)
        self.connection = nil
    }

    deinit { release() }
}

/// Read-only connections, each inside a read transaction begun while a `WriteLockHold` was held.
final class SnapshotReaders: @unchecked Sendable {
    let connections: [OpaquePointer]
    /// The journal head's count when they began: where the ranges are cut, not what is checked.
    let voucherCount: Int64

    /// Nil if any of them cannot be opened or cannot begin reading.
    init?(path: String, count: Int, voucherCount: Int64) {
        var opened: [OpaquePointer] = []
        func close() {
            for connection in opened {
                sqlite3_exec(connection, "ROLLBACK", nil, nil, nil)
                sqlite3_close_v2(connection)
            }
        }
        for _ in 0..<count {
            var connection: OpaquePointer?
            // No mutex per call (SQLite's multi-thread mode, as GRDB opens its own): each reader is
            // used by one thread at a time, and the serialized mode's lock on every column read
            // cost a quarter of the walk.
            guard sqlite3_open_v2(path, &connection, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK, let connection else {
                sqlite3_close_v2(connection)
                close()
                return nil
            }
            opened.append(connection)
            sqlite3_busy_timeout(connection, 1000)
            // The snapshot is taken at the first read inside the transaction.
            guard sqlite3_exec(connection, "BEGIN; SELECT 1 FROM voucher LIMIT 1", nil, nil, nil) == SQLITE_OK else {
                close()
                return nil
            }
        }
        self.connections = opened
        self.voucherCount = voucherCount
    }

    deinit {
        for connection in connections {
            sqlite3_exec(connection, "ROLLBACK", nil, nil, nil)
            sqlite3_close_v2(connection)
        }
    }
}
