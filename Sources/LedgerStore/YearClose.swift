import GRDB
import LedgerCore

extension Books {
    /// Closes a year (年终结账): carries every revenue and expenditure balance of the year into
    /// `carryForwardTo` with a closing voucher (结转凭证) dated 31 December, then closes December,
    /// all in one transaction. The next year opens with the balances as they stand: the balance
    /// table is cumulative, so no opening voucher is needed within one set of books.
    /// - Parameter carryForwardTo: the net-assets leaf that receives the year's result
    ///   (工会资金结余—本年收支结转 under the 2021 system, 结余 under 2009).
    /// - Returns: the closing voucher, or nil when the year had no revenue or expenditure.
    /// - Throws: `.periodsMustCloseInOrder` (January–November must be closed first),
    ///   `.carryForwardAccountMustBeNetAssets`, and the posting path's rules.
    @discardableResult
    public func closeYear(_ year: Int, carryForwardTo target: AccountCode) throws -> PostedVoucher? {
        let december = try YearMonth(year: year, month: 12)
        let lastDay = try LocalDate(year: year, month: 12, day: 31)
        return try withPostingSession { session, db in
            guard let targetAccount = try AccountStore.all(db, organisation: organisation.id).first(where: { $0.account.code == target }) else {
                throw LedgerError.accountMustExist(code: target.rawValue)
            }
            guard targetAccount.account.kind == .netAssets else {
                throw LedgerError.carryForwardAccountMustBeNetAssets(code: target.rawValue)
            }
            // Read inside the write transaction: nothing can be posted into the year meanwhile.
            let yearBalance = try trialBalance(db: db, from: try YearMonth(year: year, month: 1), to: december,
                                               excludingClosingEntries: false)
            var postings: [Posting] = []
            var net = Money.zero   // credit − debit carried into the target
            for row in yearBalance.rows where [.revenue, .expenditure].contains(row.account.kind) && !row.closing.isZero {
                // Zero the account: take its balance off the side it sits on.
                let balanceSide = row.closing.isPositive ? row.account.normalSide : row.account.normalSide.opposite
                let amount = row.closing.isPositive ? row.closing : row.closing.negated
                postings.append(Posting(account: row.account.code, side: balanceSide.opposite, amount: amount))
                net = balanceSide == .credit ? try net.adding(amount) : try net.subtracting(amount)
            }
            if !net.isZero {
                postings.append(Posting(account: target, side: net.isPositive ? .credit : .debit,
                                        amount: net.isPositive ? net : net.negated))
            }
            var posted: PostedVoucher?
            if !postings.isEmpty {
                posted = try session.post(VoucherDraft(date: lastDay, summary: "\(year) 年收支结转", postings: postings, kind: .closing))
            }
            try session.finish()   // balances in place before December's close checks them
            try closeMonth(december, db: db)
            try EventLog.record(db, organisation: organisation.id, user: user, action: "year.close",
                                detail: "\(year) → \(target): \(net.plainString)")
            return posted
        }
    }
}
