import InputFiles
import GRDB
import LedgerCore

/// One write transaction of a command that posts vouchers and records what they stand for (dues
/// payments, allocations): the vouchers go through the one posting path, the records through
/// `db`, and either all of it commits or none of it.
public struct PostingTransaction {
    let session: PostingSession
    /// The transaction's connection, for the module's own tables.
    public let db: Database

    /// Posts one voucher through the posting path (every rule of `Books.post`).
    @discardableResult
    public func post(_ draft: VoucherDraft) throws -> PostedVoucher {
        let posted = try session.post(draft)
        try session.flushRows()   // the voucher row exists before records point at it
        return posted
    }
}

extension Books {
    /// Runs `body` in one write transaction in which it may post vouchers and write its own
    /// records; commits only if all of it succeeds.
    public func transaction<T>(_ body: (PostingTransaction) throws -> T) throws -> T {
        try withPostingSession { session, db in try body(PostingTransaction(session: session, db: db)) }
    }
}
