import GRDB
import LedgerCore
import LedgerStore

/// The rungs of the posting ladder that look at the voucher itself and at the voucher it reverses
/// (`PostingSession.post` calls them in order).
extension PostingSession {
    /// A fund name is plain text of at most 64 characters (the rule every store shares).
    static func checkFund(_ fund: String) throws(LedgerError) { try VoucherChecks.checkFund(fund) }

    /// The rules on the voucher alone: lines, balance, attachments, fund. Returns its total.
    static func checkAlone(_ draft: VoucherDraft) throws(LedgerError) -> Money { try VoucherChecks.checkAlone(draft) }

    /// A reversal (红字冲销) mirrors an original of these books that is neither a reversal nor reversed
    /// already, dated on or after it.
    func checkReversal(_ draft: VoucherDraft, of originalID: Int64) throws {
        try flushRows()   // the original may have been posted earlier in this session
        guard let original = try VoucherReader.voucher(db, id: originalID, organisation: organisation) else {
            throw LedgerError.voucherMustExist(id: String(originalID))
        }
        guard original.kind != .reversal else { throw LedgerError.reversalMustNotBeReversed(id: originalID) }
        if let reversedBy = original.reversedBy {
            throw LedgerError.voucherMustNotBeReversedTwice(id: originalID, reversedBy: reversedBy)
        }
        guard draft.date >= original.date else {
            throw LedgerError.reversalMustNotPrecedeOriginal(id: originalID, originalDate: original.date.description)
        }
        // Same accounts, sides and dimensions; negated amounts (never overflowing: the original's
        // amounts are within Money.magnitudeMax).
        let mirrors = original.postings.count == draft.postings.count
            && zip(original.postings, draft.postings).allSatisfy {
                $0.account == $1.account && $0.side == $1.side && $0.amount.negated == $1.amount
                    && $0.budgetLine == $1.budgetLine && $0.counterparty == $1.counterparty
            }
        guard mirrors else { throw LedgerError.reversalMustMirrorOriginal(id: originalID) }
    }

    /// The checks `post` makes before numbering, for a voucher entered now and posted later.
    func checkEntry(_ draft: VoucherDraft) throws {
        _ = try Self.checkAlone(draft)
        for posting in draft.postings { _ = try postableAccount(posting.account) }
        try checkPeriodOpen(draft.period)
        try dateWindow.require(draft.date, earliest: organisation.firstPeriod)
    }

    /// Spends money: some line debits an expenditure account (支出类科目).
    func isExpenditure(_ postings: [Posting]) -> Bool {
        postings.contains { $0.side == .debit && $0.amount.fen > 0 && accountTable[$0.account]?.account.kind == .expenditure }
    }

    /// - Throws: `.periodMustBeWithinBooks`, `.periodMustBeOpen`.
    func checkPeriodOpen(_ month: YearMonth) throws(LedgerError) {
        _ = try openPeriodState(month)
    }

    /// The month's state, once it is known to be open (one look-up where `record` made three).
    /// - Throws: `.periodMustBeWithinBooks`, `.periodMustBeOpen`.
    func openPeriodState(_ month: YearMonth) throws(LedgerError) -> PeriodState {
        guard month.ordinal >= organisation.firstPeriod.ordinal else {
            throw .periodMustBeWithinBooks(period: month.description, firstPeriod: organisation.firstPeriod.description)
        }
        let state = periodState(month.ordinal)
        guard !state.isClosed else { throw .periodMustBeOpen(period: month.description) }
        return state
    }
}
