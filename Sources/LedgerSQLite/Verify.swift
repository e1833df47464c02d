import InputFiles
import Foundation
import GRDB
import LedgerCore
import LedgerStore


extension LedgerDatabase {
    /// Recomputes everything the posting path maintains and re-checks every invariant:
    /// the hash chain and its recorded head, balances against postings (per organisation),
    /// each voucher's rules, period and total, numbering, reversals, and closed months.
    /// - Returns: every finding, in voucher order; empty when the books are sound.
    /// - Complexity: one pass over vouchers and postings; memory O(accounts × months).
    public func verify() throws -> [VerifyFinding] {
        try verify(readers: min(ProcessInfo.processInfo.activeProcessorCount, 4), minimumVouchers: 20_000)
    }

    /// `verify()` with the voucher walk split across up to `readers` connections to the same
    /// snapshot once the journal head counts `minimumVouchers` (one pass on one connection below
    /// that, or when the file cannot be locked for the moment the readers take to start).
    package func verify(readers: Int, minimumVouchers: Int64) throws -> [VerifyFinding] {
        // Worth splitting only for a long journal: a small one is not worth a lock and three connections.
        let worthSplitting = try readers > 1
            && read { db in try Int64.fetchOne(db, sql: "SELECT voucher_count FROM journal_head WHERE id = 1") ?? 0 } >= minimumVouchers
        // While the lock is held no one commits, so every read begun under it sees one state.
        let lock = worthSplitting ? WriteLockHold(path: path) : nil
        defer { lock?.release() }
        return try read { db in
            var snapshot: SnapshotReaders?
            if let lock {
                // The first read: the main connection's snapshot begins here, under the lock.
                let hinted = try Int64.fetchOne(db, sql: "SELECT voucher_count FROM journal_head WHERE id = 1") ?? 0
                if hinted >= max(minimumVouchers, Int64(readers)) {
                    snapshot = SnapshotReaders(path: path, count: readers, voucherCount: hinted)
                }
                lock.release()
            }
            var verifier = Verifier(db: db, readers: snapshot)
            return try verifier.run()
        }
    }

    /// The journal head: how many vouchers the file holds and the last one's chain hash. Kept
    /// somewhere else (printed on the monthly report, say), it shows whether vouchers were later
    /// removed from the end of the journal, which the chain alone cannot.
    public func journalHead() throws -> (vouchers: Int64, hash: String) {
        try read { db in
            let row = try Row.fetchOne(db, sql: "SELECT voucher_count, hash FROM journal_head WHERE id = 1")
            // No head row before the first voucher: an empty journal (true optionals).
            return (row?["voucher_count"] ?? 0, (row?["hash"] as Data?).map { JournalChain.hex(Array($0)) } ?? JournalChain.hex(JournalChain.genesis))
        }
    }
}

