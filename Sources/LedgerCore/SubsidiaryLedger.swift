/// A subsidiary ledger (明细账) of one account, or of a standard account with its sub-accounts:
/// the opening balance, then every posting in date order with the running balance.
public struct SubsidiaryLedger: Sendable, Hashable {
    public struct Line: Sendable, Hashable {
        public var date: LocalDate
        public var voucherID: Int64
        public var voucherLabel: String
        public var summary: String
        public var account: AccountCode
        public var side: Side
        public var amount: Money

        public init(date: LocalDate, voucherID: Int64, voucherLabel: String, summary: String, account: AccountCode,
                    side: Side, amount: Money) {
            self.date = date
            self.voucherID = voucherID
            self.voucherLabel = voucherLabel
            self.summary = summary
            self.account = account
            self.side = side
            self.amount = amount
        }
    }

    public var account: Account
    public var from: YearMonth
    public var to: YearMonth
    /// Signed by the account's normal side, like the trial balance.
    public var opening: Money
    public var lines: [Line]

    public init(account: Account, from: YearMonth, to: YearMonth, opening: Money, lines: [Line]) {
        self.account = account
        self.from = from
        self.to = to
        self.opening = opening
        self.lines = lines
    }

    /// The balance after each line, signed by the normal side.
    /// - Throws: `.amountMustFitRange` if a running balance overflows.
    public func runningBalances() throws(LedgerError) -> [Money] {
        var balance = opening
        var balances: [Money] = []
        balances.reserveCapacity(lines.count)
        for line in lines {
            balance = line.side == account.normalSide ? try balance.adding(line.amount) : try balance.subtracting(line.amount)
            balances.append(balance)
        }
        return balances
    }
}
