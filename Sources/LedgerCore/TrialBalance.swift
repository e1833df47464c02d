/// A trial balance (科目余额表) over a range of months.
///
/// Balances are signed by each account's normal side: a debit-normal account (asset,
/// expenditure) shows debit − credit, a credit-normal one credit − debit, so an ordinary
/// balance is positive.
public struct TrialBalance: Sendable, Hashable {
    public struct Row: Sendable, Hashable {
        public var account: Account
        public var opening: Money
        public var debit: Money
        public var credit: Money
        public var closing: Money

        public init(account: Account, opening: Money, debit: Money, credit: Money, closing: Money) {
            self.account = account
            self.opening = opening
            self.debit = debit
            self.credit = credit
            self.closing = closing
        }
    }

    public var organisation: String
    public var from: YearMonth
    public var to: YearMonth
    public var rows: [Row]
    /// Σ debits and Σ credits of the range.
    public private(set) var totalDebit = Money.zero
    public private(set) var totalCredit = Money.zero
    /// Σ debit-normal balances − Σ credit-normal balances: zero in balanced books.
    public private(set) var openingImbalance = Money.zero
    public private(set) var closingImbalance = Money.zero

    /// - Throws: `.amountMustFitRange` when a total does not fit in Int64 fen.
    public init(organisation: String, from: YearMonth, to: YearMonth, rows: [Row]) throws(LedgerError) {
        self.organisation = organisation
        self.from = from
        self.to = to
        self.rows = rows
        for row in rows {
            let debitNormal = row.account.normalSide == .debit
            totalDebit = try totalDebit.adding(row.debit)
            totalCredit = try totalCredit.adding(row.credit)
            openingImbalance = try debitNormal ? openingImbalance.adding(row.opening) : openingImbalance.subtracting(row.opening)
            closingImbalance = try debitNormal ? closingImbalance.adding(row.closing) : closingImbalance.subtracting(row.closing)
        }
    }

    /// Builds the rows from raw movements: for each account, debit − credit before `from`, and
    /// the debits and credits within the range. Arithmetic is checked: huge books give an
    /// error, never a wrapped or trapped number.
    /// - Throws: `.amountMustFitRange`.
    public init(organisation: String, from: YearMonth, to: YearMonth,
                accounts: [Account], movements: [AccountCode: (before: Int64, debit: Int64, credit: Int64)]) throws(LedgerError) {
        var rows: [Row] = []
        rows.reserveCapacity(accounts.count)
        for account in accounts {
            let movement = movements[account.code] ?? (0, 0, 0)
            let before = Money(fen: movement.before), debit = Money(fen: movement.debit), credit = Money(fen: movement.credit)
            let debitNormal = account.normalSide == .debit
            let opening = debitNormal ? before : try Money.zero.subtracting(before)
            let change = debitNormal ? try debit.subtracting(credit) : try credit.subtracting(debit)
            rows.append(Row(account: account, opening: opening, debit: debit, credit: credit,
                            closing: try opening.adding(change)))
        }
        try self.init(organisation: organisation, from: from, to: to, rows: rows)
    }

    /// Debits equal credits in the range, and the opening and closing balances net to zero.
    public var isBalanced: Bool {
        totalDebit == totalCredit && closingImbalance.isZero && openingImbalance.isZero
    }
}
