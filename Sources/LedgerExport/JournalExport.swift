import LedgerCore
import LedgerStore

/// Writes the books' journal as plain text for hledger, beancount or a spreadsheet, voucher by
/// voucher as it is read: every posting with its voucher label (记-2026-01-003), date, summary,
/// kind (red-ink reversals keep their negative amounts on their own side), fund, budget line and
/// counterparty. Summing the postings of an account gives its trial-balance balance to the fen
/// (debit − credit).
public enum JournalExport {
    public struct Summary: Sendable, Hashable {
        public var vouchers = 0
        public var postings = 0
    }

    /// What every entry needs besides its voucher.
    struct Context {
        var organisation: Organisation
        var accounts: JournalAccounts
        var openDate: LocalDate

        func account(_ code: AccountCode, voucher: PostedVoucher) throws -> Account {
            guard let account = accounts.account(code) else {
                throw StoreError.storage(message: "voucher \(voucher.label): account \(code) is not in \(organisation.code)'s chart")
            }
            return account
        }
    }

    /// - Parameters: `from`/`to` limit the months (nil: an open end); an export of part of the
    ///   years holds that part's movements only, not the balances brought into it.
    /// - Throws: the store's errors, `.periodRangeMustBeOrdered`, and the sink's `ReportingError`.
    public static func write(_ format: JournalFormat, books: any Books, from: YearMonth?, to: YearMonth?,
                             into sink: ExportSink) throws -> Summary {
        let first = books.organisation.firstPeriod
        let start = from.map { max($0, first) } ?? first
        let context = Context(organisation: books.organisation, accounts: JournalAccounts(try books.accounts()),
                              openDate: try LocalDate(year: start.year, month: start.month, day: 1))
        try sink.write(format.preamble(context))
        var summary = Summary()
        try books.forEachPostedVoucher(from: from, to: to) { voucher in
            try sink.write(format.entry(voucher, context))
            summary.vouchers += 1
            summary.postings += voucher.voucher.postings.count
            ImportProgress.reportIfDue(rows: summary.vouchers, vouchers: 0)
        }
        try sink.finish()
        return summary
    }
}

extension Posting {
    /// The amount with debits positive and credits negative: red ink stays negative on its side.
    var signedAmount: Money { side == .debit ? amount : amount.negated }
}
