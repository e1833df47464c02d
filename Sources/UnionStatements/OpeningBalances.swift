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

    /// Refuses an opening voucher dated after postings the books already hold: 建账 opens the
    /// books, so the balances it brings must come before every voucher (a later opening would sit
    /// on top of earlier activity and count it twice).
    /// - Throws: `StatementError.openingMustPrecedePostings` naming the first earlier voucher's date.
    public static func requireNoEarlierPostings(in books: any Books, date: LocalDate) throws {
        let month = date.yearMonth
        var earlier = try books.vouchers(from: nil, to: month.previous, limit: 1)
        if earlier.isEmpty {
            earlier = try books.vouchers(from: month, to: month, limit: 100_000).filter { $0.date < date }
        }
        if let first = earlier.min(by: { $0.date < $1.date }) {
            throw StatementError.openingMustPrecedePostings(organisation: books.organisation.code, date: date.description,
                                                            first: first.date.description)
        }
    }

    /// Reads an opening trial balance (`科目编码/code`, `期末余额/closing`), checks it against the
    /// books and posts it as the opening voucher: the one path of `opening`, `voucher import
    /// --opening` (and, before the books exist, `init --opening`). One voucher, so all or nothing.
    /// - Parameter date: the opening voucher's date (default: the first day of the books).
    /// - Throws: `StatementError.openingBalancesMustBeEnteredOnce`, `.openingMustPrecedePostings`,
    ///   `.openingAccountMustBeInChart`, the CSV's `RowsRejected`, and the posting path's rules.
    public static func post(csv text: String, fileName: String, date: LocalDate?, into books: any Books) throws -> PostedVoucher {
        let openingDate = try date ?? Changeover.openingDate(firstPeriod: books.organisation.firstPeriod)
        try requireNone(in: books, year: openingDate.year)
        try requireNoEarlierPostings(in: books, date: openingDate)
        let draft = try voucher(balances: try Changeover.balances(fromCSV: text, fileName: fileName),
                                accounts: try books.accounts().map(\.account), date: openingDate, sourceName: fileName)
        return try books.post(draft)
    }
}
