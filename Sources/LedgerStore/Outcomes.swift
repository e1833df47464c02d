import LedgerCore

/// What `voucher import` did.
public enum ImportOutcome: Equatable, Sendable {
    case imported(vouchers: Int, rows: Int)
    /// The same file (by sha256) was imported before: nothing was done.
    case alreadyImported(fileName: String, at: String, vouchers: Int)
}

/// What a year close posted: the unrestricted result, and one voucher per restricted fund.
public struct YearCloseResult: Sendable {
    /// 收支结转 of unrestricted money into the carry-forward account; nil when the year had none.
    public var unrestricted: PostedVoucher?
    /// One closing voucher per restricted fund (专项), each into the restricted net-assets account.
    public var restricted: [PostedVoucher]
    /// The year-end roll-ups (e.g. 本年收支结转 → 累计结余), one voucher per roll-up and fund.
    public var rollUps: [PostedVoucher]
    /// One closing voucher per route that carried money (财政拨款).
    public var routed: [PostedVoucher]

    public init(unrestricted: PostedVoucher?, restricted: [PostedVoucher], rollUps: [PostedVoucher] = [],
                routed: [PostedVoucher] = []) {
        self.unrestricted = unrestricted
        self.restricted = restricted
        self.rollUps = rollUps
        self.routed = routed
    }
}

/// A year-end roll-up: after the year's result is carried forward, the whole balance of `from`
/// accounts (each fund apart) moves into `to` by a closing voucher dated 31 December — as the 2021
/// system closes 32101–32103 into 32104 累计结转 and 32201–32204 into 32205 累计结余.
/// Money of some accounts that a year's close carries into an account of its own (财政拨款收入 and
/// the 财政拨款 detail of the expenditure accounts → 财政拨款结转—本年收支结转), by its own voucher.
public struct YearEndRoute: Sendable, Hashable {
    /// The revenue and expenditure leaves whose unrestricted balances take this route.
    public var accounts: Set<AccountCode>
    public var to: AccountCode
    /// The voucher's summary (摘要).
    public var summary: String

    public init(accounts: Set<AccountCode>, to: AccountCode, summary: String) {
        self.accounts = accounts
        self.to = to
        self.summary = summary
    }
}

public struct YearEndRollUp: Sendable, Hashable {
    public var from: [AccountCode]
    public var to: AccountCode
    /// The voucher's summary (摘要).
    public var summary: String

    public init(from: [AccountCode], to: AccountCode, summary: String) {
        self.from = from
        self.to = to
        self.summary = summary
    }
}

extension YearEndRollUp {
    /// One account's summed year movements, per fund, as a store reads them for a roll-up.
    public struct Movement: Sendable {
        public var account: AccountCode
        public var fund: String
        public var debit: Money
        public var credit: Money

        public init(account: AccountCode, fund: String, debit: Money, credit: Money) {
            self.account = account
            self.fund = fund
            self.debit = debit
            self.credit = credit
        }
    }

    /// The roll-up's vouchers, one per fund: each `from` account emptied from the side its balance
    /// sits on and the net moved into `to`; funds with nothing to move give none. Both stores post
    /// exactly these, so their books close alike.
    public func vouchers(movements: [Movement], on lastDay: LocalDate) throws -> [VoucherDraft] {
        var byFund: [String: [Posting]] = [:]
        var netByFund: [String: Money] = [:]   // credit − debit moved into the target
        for movement in movements {
            let creditMinusDebit = try movement.credit.subtracting(movement.debit)
            guard !creditMinusDebit.isZero else { continue }
            let side: Side = creditMinusDebit.isPositive ? .debit : .credit
            byFund[movement.fund, default: []].append(Posting(account: movement.account, side: side,
                                                              amount: creditMinusDebit.isPositive ? creditMinusDebit : creditMinusDebit.negated))
            netByFund[movement.fund] = try (netByFund[movement.fund] ?? .zero).adding(creditMinusDebit)
        }
        var drafts: [VoucherDraft] = []
        for fund in byFund.keys.sorted() {
            guard var postings = byFund[fund], let net = netByFund[fund] else { continue }
            if !net.isZero {
                postings.append(Posting(account: to, side: net.isPositive ? .credit : .debit, amount: net.isPositive ? net : net.negated))
            }
            guard postings.count >= 2 else { continue }
            drafts.append(VoucherDraft(date: lastDay, summary: summary, postings: postings, kind: .closing, fund: fund))
        }
        return drafts
    }
}
