import LedgerCore
import LedgerStore

/// 库存现金 and 银行存款 cannot hold less than nothing: a voucher that would take the cash or bank
/// account (the chart's `cash` and `bank` roles, sub-accounts included) below zero at the end of
/// its month, or at the end of the books as they stand, is refused with the balance it would
/// reach — or, when the policy says `vouchers.negative_cash: "warn"`, posted and reported.
///
/// Month ends, not days: the balances the ledger maintains are monthly, and reading postings day
/// by day would make a large import quadratic. A voucher that overdraws cash on the 3rd and is
/// covered by a receipt entered for the 20th of the same month is therefore accepted.
///
/// The balances are read once per posting session (the first voucher that touches the account)
/// and kept current as vouchers are admitted, so an import costs one query per cash account.
public struct CashBalanceCheck: PostingCheck {
    public enum Handling: String, Sendable, Decodable {
        case refuse, warn
    }

    public let handling: Handling
    /// Told of each overdraft the check lets through (`warn`).
    public let warn: @Sendable (UnionFundsError) -> Void

    public init(handling: Handling, warn: @escaping @Sendable (UnionFundsError) -> Void = { _ in }) {
        self.handling = handling
        self.warn = warn
    }

    public func check(_ voucher: CheckedVoucher, in context: any PostingCheckContext) throws {
        let state = context.scratch.value(for: CashBalanceCheck.self) { Balances() }
        var deltas: [AccountCode: Money] = [:]
        for (posting, account) in voucher.lines {
            guard let watched = state.watchedAccount(for: account, in: context) else { continue }
            deltas[watched] = try (deltas[watched] ?? .zero).adding(posting.debitMinusCredit)
        }
        guard !deltas.isEmpty else { return }
        let month = voucher.draft.date.yearMonth
        for code in deltas.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
            guard let delta = deltas[code], delta.isNegative else { continue }
            let atMonthEnd = try state.balance(code, through: month, in: context).adding(delta)
            let atEnd = try state.balance(code, through: nil, in: context).adding(delta)
            guard atMonthEnd.isNegative || atEnd.isNegative else { continue }
            let overdraft = UnionFundsError.cashMustNotGoNegative(
                account: code.rawValue, name: context.account(code)?.name ?? "", date: voucher.draft.date.description,
                balance: (atMonthEnd.isNegative ? atMonthEnd : atEnd).description)
            switch handling {
            case .refuse: throw overdraft
            case .warn: warn(overdraft)
            }
        }
        try state.admit(deltas, month: month)
    }

    /// The session's view of the watched accounts' balances.
    private final class Balances {
        /// Account code → the cash or bank account it is part of (nil: not watched).
        private var watched: [AccountCode: AccountCode?] = [:]
        /// Balance (debit − credit) at the end of a month, by account and month ordinal; `Int.max`: at the end of the books.
        private var balances: [AccountCode: [Int: Money]] = [:]

        func watchedAccount(for account: Account, in context: any PostingCheckContext) -> AccountCode? {
            if let known = watched[account.code] { return known }
            // The account itself or the nearest ancestor (codes extend their parent's by two digits).
            var found: AccountCode? = nil
            var text = account.code.rawValue
            while text.count >= 3 {
                if let candidate = try? AccountCode(text), let stored = context.account(candidate),
                   stored.role == AccountRole.cash.rawValue || stored.role == AccountRole.bank.rawValue {
                    found = candidate
                }
                text = String(text.dropLast(2))
            }
            watched[account.code] = found
            return found
        }

        func balance(_ code: AccountCode, through month: YearMonth?, in context: any PostingCheckContext) throws -> Money {
            let key = month?.ordinal ?? Int.max
            if let known = balances[code]?[key] { return known }
            let last = month ?? YearMonth(ordinal: context.organisation.firstPeriod.ordinal + 12 * 200)
            let totals = try context.accountTotals(code, fund: nil, from: context.organisation.firstPeriod, to: last)
            let balance = try totals.debit.subtracting(totals.credit)
            balances[code, default: [:]][key] = balance
            return balance
        }

        /// A voucher was admitted: every balance at or after its month moves by its amounts.
        func admit(_ deltas: [AccountCode: Money], month: YearMonth) throws {
            for (code, delta) in deltas {
                guard var known = balances[code] else { continue }
                for (key, value) in known where key >= month.ordinal { known[key] = try value.adding(delta) }
                balances[code] = known
            }
        }
    }
}
