extension PostingSession {
    /// Runs `body` with whole batches of voucher and posting rows written on another thread
    /// (`BackgroundRowWriter`), so a bulk import reads, checks and hashes the next vouchers while
    /// SQLite inserts the last ones. Everything `body` does to the connection must go through
    /// `db`, which waits for the batches in flight; on the way out, whether `body` returned or
    /// threw, every batch is in before the caller's transaction goes on, commits or rolls back.
    /// - Parameter inBackground: false writes as without this scope (tests compare the two).
    /// - Throws: what `body` throws, else the first error a batch met.
    func writingRowsInBackground<T>(_ inBackground: Bool = true, _ body: () throws -> T) throws -> T {
        guard inBackground else { return try body() }
        return try rowWriter.writing([vouchers, postings, dimensionedPostings], body)
    }
}
