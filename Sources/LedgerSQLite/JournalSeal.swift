import Crypto
import Foundation
import GRDB
import LedgerCore
import LedgerStore

extension LedgerDatabase: JournaledStore {
    /// The change journal's head (and the voucher chain's).
    public func head() throws -> JournalHead {
        try read { db in
            let vouchers = try ChangeJournal.voucherHead(db)
            let last = try ChangeJournal.isInstalled(db) ? try ChangeJournal.lastRecord(db) : nil
            return JournalHead(records: last?.seq ?? 0, hash: JournalChain.hex(last?.hash ?? JournalChain.genesis),
                               vouchers: vouchers.count, voucherHash: JournalChain.hex(vouchers.hash))
        }
    }

    /// When the journal began with a baseline of rows older than it (books written before the
    /// change journal): its time and row count; nil for books journaled from the start.
    public func changeJournalBaseline() throws -> (at: String, rows: Int64)? {
        try read { db in
            guard try ChangeJournal.isInstalled(db),
                  let row = try Row.fetchOne(db, sql: "SELECT at, last_change_seq FROM change_commit WHERE seq = 1 AND kind = 'baseline'"),
                  (row["last_change_seq"] as Int64) > 0 else { return nil }
            return (row["at"], row["last_change_seq"])
        }
    }

    /// Seals the current head.
    public func seal(key: SymmetricKey) throws -> JournalSeal {
        let head = try head()
        let codes = try organisations().map(\.code).sorted().joined(separator: ",")
        return JournalSeal(head: head, organisations: codes, at: clock.now(), key: key)
    }

    /// What differs from a seal (`JournalSeal.findings`). `verify()` recomputes the chain up to
    /// it; together they prove nothing sealed changed.
    public func check(seal: JournalSeal, key: SymmetricKey) throws -> [VerifyFinding] {
        try read { db in
            let codes = try Organisation.fetchAll(db).map(\.code).sorted().joined(separator: ",")
            let installed = try ChangeJournal.isInstalled(db)
            let last = installed ? try ChangeJournal.lastRecord(db)?.seq ?? 0 : 0
            let row = installed && seal.records > 0
                ? try Row.fetchOne(db, sql: "SELECT hash, voucher_count FROM change_commit WHERE seq = ?", arguments: [seal.records]) : nil
            let sealed = row.map { (hash: JournalChain.hex(Array($0["hash"] as Data)), vouchers: $0["voucher_count"] as Int64) }
            return seal.findings(key: key, organisations: codes, lastRecord: last, sealedRecord: sealed)
        }
    }
}
