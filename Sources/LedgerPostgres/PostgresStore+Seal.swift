import Crypto
import LedgerCore
import LedgerStore

/// The change journal's head on a PostgreSQL book, and the seal over it — as on the SQLite file.
extension PostgresStore {
    /// The change journal's head (and the voucher chain's).
    public func head() throws -> JournalHead {
        try read {
            let vouchers = try PostgresChangeJournal.voucherHead(session)
            let last = try PostgresChangeJournal.lastRecord(session)
            return JournalHead(records: last?.seq ?? 0, hash: JournalChain.hex(last?.hash ?? JournalChain.genesis),
                               vouchers: vouchers.count, voucherHash: JournalChain.hex(vouchers.hash))
        }
    }

    /// When the journal began with a baseline of rows older than it (books written before this
    /// version kept the journal): its time and row count; nil for books journaled from the start.
    public func changeJournalBaseline() throws -> (at: String, rows: Int64)? {
        try read {
            guard let row = try session.query("SELECT at, change_count FROM change_commit WHERE seq = 1 AND kind = 'baseline'").first,
                  try row.int("change_count") > 0 else { return nil }
            return (try row.text("at"), try row.int("change_count"))
        }
    }

    /// Seals the current head.
    public func seal(key: SymmetricKey) throws -> JournalSeal {
        let head = try head()
        let codes = try organisations().map(\.code).sorted().joined(separator: ",")
        return JournalSeal(head: head, organisations: codes, at: clock.now(), key: key)
    }

    /// What differs from a seal (`JournalSeal.findings`).
    public func check(seal: JournalSeal, key: SymmetricKey) throws -> [VerifyFinding] {
        try read {
            let codes = try organisations().map(\.code).sorted().joined(separator: ",")
            let last = try PostgresChangeJournal.lastRecord(session)?.seq ?? 0
            let row = seal.records > 0
                ? try session.query("SELECT hash, voucher_count FROM change_commit WHERE seq = $1", [.integer(seal.records)]).first : nil
            let sealed = try row.map { (hash: try $0.text("hash"), vouchers: try $0.int("voucher_count")) }
            return seal.findings(key: key, organisations: codes, lastRecord: last, sealedRecord: sealed)
        }
    }
}
