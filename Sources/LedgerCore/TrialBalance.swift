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

    public init(organisation: String, from: YearMonth, to: YearMonth, rows: [Row]) {
        self.organisation = organisation
        self.from = from
        self.to = to
        self.rows = rows
    }

    /// Builds the rows from raw movements: for each leaf account, debit − credit before `from`,
    /// and the debits and credits within the range.
    public init(organisation: String, from: YearMonth, to: YearMonth,
                accounts: [Account], movements: [AccountCode: (before: Int64, debit: Int64, credit: Int64)]) {
        self.organisation = organisation
        self.from = from
        self.to = to
        rows = accounts.map { account in
            let movement = movements[account.code] ?? (0, 0, 0)
            let sign: Int64 = account.normalSide == .debit ? 1 : -1
            let opening = sign * movement.before
            let closing = opening + sign * (movement.debit - movement.credit)
            return Row(account: account, opening: Money(fen: opening), debit: Money(fen: movement.debit),
                       credit: Money(fen: movement.credit), closing: Money(fen: closing))
        }
    }

    public var totalDebit: Money { Money(fen: rows.reduce(0) { $0 + $1.debit.fen }) }
    public var totalCredit: Money { Money(fen: rows.reduce(0) { $0 + $1.credit.fen }) }

    /// Σ debit-normal closing balances − Σ credit-normal closing balances: zero in balanced books.
    public var closingImbalance: Money {
        Money(fen: rows.reduce(0) { $0 + ($1.account.normalSide == .debit ? $1.closing.fen : -$1.closing.fen) })
    }

    public var openingImbalance: Money {
        Money(fen: rows.reduce(0) { $0 + ($1.account.normalSide == .debit ? $1.opening.fen : -$1.opening.fen) })
    }

    /// Debits equal credits in the range, and the opening and closing balances net to zero.
    public var isBalanced: Bool {
        totalDebit == totalCredit && closingImbalance.isZero && openingImbalance.isZero
    }
}
