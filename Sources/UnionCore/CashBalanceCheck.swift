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
        // Per watched account, the voucher's net change: a few pairs, so an array, not a dictionary.
        var deltas: [(code: AccountCode, delta: Money)] = []
        for index in voucher.accounts.indices {
            guard let watched = state.watchedAccount(for: voucher.accounts[index], in: context) else { continue }
            let change = voucher.draft.postings[index].debitMinusCredit
            if let at = deltas.firstIndex(where: { $0.code == watched }) {
                deltas[at].delta = try deltas[at].delta.adding(change)
            } else {
                deltas.append((watched, change))
            }
        }
        guard !deltas.isEmpty else { return }
        let month = voucher.draft.date.yearMonth
        if deltas.count > 1 { deltas.sort { $0.code.rawValue < $1.code.rawValue } }
        for (code, delta) in deltas {
            guard delta.isNegative else { continue }
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
        private var balances: [AccountCode: MonthEnds] = [:]

        /// One account's month-end balances read so far (a few months): a reference, so a voucher
        /// moves them in place rather than copying a dictionary out and back.
        private final class MonthEnds {
            var ordinals: [Int] = []
            var amounts: [Money] = []

            subscript(ordinal: Int) -> Money? {
                ordinals.firstIndex(of: ordinal).map { amounts[$0] }
            }
        }

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
            let monthEnds: MonthEnds
            if let known = balances[code] {
                if let balance = known[key] { return balance }
                monthEnds = known
            } else {
                monthEnds = MonthEnds()
                balances[code] = monthEnds
            }
            let last = month ?? YearMonth(ordinal: context.organisation.firstPeriod.ordinal + 12 * 200)
            let totals = try context.accountTotals(code, fund: nil, from: context.organisation.firstPeriod, to: last)
            let balance = try totals.debit.subtracting(totals.credit)
            monthEnds.ordinals.append(key)
            monthEnds.amounts.append(balance)
            return balance
        }

        /// A voucher was admitted: every balance at or after its month moves by its amounts.
        func admit(_ deltas: [(code: AccountCode, delta: Money)], month: YearMonth) throws {
            for (code, delta) in deltas {
                guard let known = balances[code] else { continue }
                for index in known.ordinals.indices where known.ordinals[index] >= month.ordinal {
                    known.amounts[index] = try known.amounts[index].adding(delta)
                }
            }
        }
    }
}
