import GRDB
import LedgerCore
import LedgerStore

extension SQLiteBooks {
    /// Runs `body` with a posting session inside one transaction; commits only if all of it succeeds.
    func withPostingSession<T>(_ body: (PostingSession, Database) throws -> T) throws -> T {
        try database.write { db in
            let session = try PostingSession(db: db, organisation: organisation, user: user, clock: database.clock,
                                             checks: database.postingChecks, yearsAhead: database.dateWindowYearsAhead)
            let result = try body(session, db)
            try session.finish()
            return result
        }
    }

    /// Posts one voucher. The number is assigned (or checked, when `proposedNumber` is given).
    @discardableResult
    public func post(_ draft: VoucherDraft, proposedNumber: Int? = nil) throws -> PostedVoucher {
        try withPostingSession { session, _ in try session.post(draft, proposedNumber: proposedNumber) }
    }

    /// Posts the red-ink reversal of a voucher (红字冲销): same accounts and sides, negated amounts.
    /// - Parameter date: defaults to the original's date (its month must still be open).
    public func reverse(voucherID: Int64, reason: String, date: LocalDate? = nil) throws -> PostedVoucher {
        try withPostingSession { session, db in
            guard let original = try VoucherReader.voucher(db, id: voucherID, organisation: organisation) else {
                throw LedgerError.voucherMustExist(id: String(voucherID))
            }
            // Checked here as well as in the posting path: the draft of a reversal's reversal would
            // carry positive amounts and fail an earlier, less helpful rule.
            guard original.kind != .reversal else { throw LedgerError.reversalMustNotBeReversed(id: voucherID) }
            if let reversedBy = original.reversedBy {
                throw LedgerError.voucherMustNotBeReversedTwice(id: voucherID, reversedBy: reversedBy)
            }
            if let date, date < original.date {
                throw LedgerError.reversalMustNotPrecedeOriginal(id: voucherID, originalDate: original.date.description)
            }
            // No date given: the original's (a true optional, documented above).
            let draft = VoucherDraft.reversal(of: original, on: date ?? original.date, reason: reason)
            let posted = try session.post(draft)
            try EventLog.record(db, at: database.clock.now(), organisation: organisation.id, user: user, action: "voucher.reverse",
                                detail: "\(original.label) → \(posted.label): \(reason)")
            return posted
        }
    }
}
