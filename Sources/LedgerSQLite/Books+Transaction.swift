import InputFiles
import GRDB
import LedgerCore
import LedgerStore

/// One write transaction of a command that posts vouchers and records what they stand for (dues
/// payments, allocations): the vouchers go through the one posting path, the records through
/// `db`, and either all of it commits or none of it.
public struct SQLitePostingTransaction: PostingTransaction {
    let session: PostingSession
    /// The transaction's connection, for the storage modules' own tables.
    package let db: Database

    /// Posts one voucher through the posting path (every rule of `Books.post`).
    @discardableResult
    public func post(_ draft: VoucherDraft) throws -> PostedVoucher {
        let posted = try session.post(draft)
        try session.flushRows()   // the voucher row exists before records point at it
        return posted
    }
}

extension SQLiteBooks {
    /// Runs `body` in one write transaction in which it may post vouchers and write its own
    /// records; commits only if all of it succeeds.
    public func transaction<T>(_ body: (any PostingTransaction) throws -> T) throws -> T {
        try sqliteTransaction { try body($0) }
    }

    /// The same, with the transaction's connection for the storage modules' own tables.
    package func sqliteTransaction<T>(_ body: (SQLitePostingTransaction) throws -> T) throws -> T {
        try withPostingSession { session, db in try body(SQLitePostingTransaction(session: session, db: db)) }
    }
}
