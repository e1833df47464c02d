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
        try read { db in
            var verifier = Verifier(db: db)
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

