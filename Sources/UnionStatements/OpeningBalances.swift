import LedgerCore
import LedgerStore
import UnionCore

/// Opening balances of books kept on the same chart (建账): a trial balance of the books' own
/// accounts posted as one opening voucher (kind `opening`), which the statements count as
/// 年初余额 rather than as the year's activity. `changeover` does the same from 2009 books.
public enum OpeningBalances {
    /// The opening voucher for `balances` (each signed by its account's normal side, as
    /// `report trial-balance` prints it) in a chart of `accounts`.
    /// - Throws: `StatementError.openingAccountMustBeInChart`, `UnionFundsError.openingBalancesMustNotBeEmpty`.
    public static func voucher(balances: [Changeover.Balance], accounts: [Account], date: LocalDate,
                               sourceName: String) throws -> VoucherDraft {
        let byCode = Dictionary(accounts.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        var postings: [Posting] = []
        for balance in balances where !balance.closing.isZero {
            guard let account = byCode[balance.code] else {
                throw StatementError.openingAccountMustBeInChart(code: balance.code.rawValue, file: sourceName)
            }
            // A positive balance sits on the account's normal side; a negative one on the other.
            let side = balance.closing.isPositive ? account.normalSide : account.normalSide.opposite
            postings.append(Posting(account: balance.code, side: side,
                                    amount: balance.closing.isPositive ? balance.closing : balance.closing.negated))
        }
        guard !postings.isEmpty else { throw UnionFundsError.openingBalancesMustNotBeEmpty(file: sourceName) }
        return VoucherDraft(date: date, summary: "期初余额（建账）", postings: postings, kind: .opening, source: sourceName)
    }

    /// Refuses a second opening voucher in the same year: entering the balances twice would
    /// double them (the posting path would accept it, as the voucher balances).
    /// - Throws: `StatementError.openingBalancesMustBeEnteredOnce`.
    public static func requireNone(in books: any Books, year: Int) throws {
        if !(try books.openingEntries(year: year)).isEmpty {
            throw StatementError.openingBalancesMustBeEnteredOnce(organisation: books.organisation.code, year: year)
        }
    }
}
