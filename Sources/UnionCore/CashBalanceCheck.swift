import LedgerCore
import LedgerStore

/// 库存现金 and 银行存款 cannot hold less than nothing: a voucher that would take the cash or bank
/// account (the chart's `cash` and `bank` roles, sub-accounts included) below zero at the end of
/// its day, or of any later day the books already hold, is refused with the balance it would
/// reach and the day it would reach it — or, when the policy says `vouchers.negative_cash: "warn"`,
/// posted and reported.
///
/// Days, not month ends: a payment on the 3rd that only a receipt dated the 20th would cover is
/// an overdraft on the 3rd, as the cash journal (现金日记账) shows it. Within a day, vouchers count
/// in the order they are posted (an import's in file order), as the journal lists them: enter
/// the cash drawn from the bank before the payment it makes.
///
/// Per watched account the session reads the daily movements once, from the first month it is
/// asked about (`PostingCheckContext.dailyMovements`), and keeps them current as vouchers are
/// admitted; a voucher dated before what was read widens the window with one more read.
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
        let state = context.scratch.value(for: CashBalanceCheck.self) { Watched() }
        // Per watched account, the voucher's net change: a few pairs, so an array, not a dictionary.
        var deltas: [(code: AccountCode, delta: Money)] = []
        for index in voucher.accounts.indices {
            guard let watched = state.watchedAccount(for: voucher.accounts[index].code, in: context) else { continue }
            let change = voucher.draft.postings[index].debitMinusCredit
            if let at = deltas.firstIndex(where: { $0.code == watched }) {
                deltas[at].delta = try deltas[at].delta.adding(change)
            } else {
                deltas.append((watched, change))
            }
        }
        guard !deltas.isEmpty else { return }
        let date = voucher.draft.date
        if deltas.count > 1 { deltas.sort { $0.code.rawValue < $1.code.rawValue } }
        for (code, delta) in deltas where delta.isNegative {
            let days = try state.days(of: code, covering: date, in: context)
            guard let low = try days.ends.lowest(after: delta, from: date) else { continue }
            let overdraft = UnionFundsError.cashMustNotGoNegative(
                account: code.rawValue, name: context.account(code)?.name ?? "", date: date.description,
                on: low.date.description, balance: low.balance.description)
            switch handling {
            case .refuse: throw overdraft
            case .warn: warn(overdraft)
            }
        }
        for (code, delta) in deltas { try state.loaded[code]?.ends.admit(delta, on: date) }
    }

    /// The session's view of the watched accounts.
    private final class Watched {
        /// Account code → the cash or bank account it is part of (nil: not watched).
        /// Unchecked at run time: a posting session's checks run on its one thread, and the check
        /// per posting cost more than the look-up it guarded.
        @exclusivity(unchecked) private var watched: [AccountCode: AccountCode?] = [:]
        /// The day-end balances read so far, by watched account.
        var loaded: [AccountCode: LoadedDays] = [:]

        /// One account's day ends, changed in place through the reference (a dictionary's
        /// in-place change of a struct value cost an allocation a voucher).
        final class LoadedDays {
            var ends: DayEnds
            init(_ ends: DayEnds) { self.ends = ends }
        }

        func watchedAccount(for code: AccountCode, in context: any PostingCheckContext) -> AccountCode? {
            if let known = watched[code] { return known }
            // The account itself or the nearest ancestor (codes extend their parent's by two digits).
            var found: AccountCode? = nil
            var text = code.rawValue
            while text.count >= 3 {
                if let candidate = try? AccountCode(text), let stored = context.account(candidate),
                   stored.role == AccountRole.cash.rawValue || stored.role == AccountRole.bank.rawValue {
                    found = candidate
                }
                text = String(text.dropLast(2))
            }
            watched[code] = found
            return found
        }

        /// The account's day ends from `date`'s month on at least, read (again) when not yet covered.
        func days(of code: AccountCode, covering date: LocalDate, in context: any PostingCheckContext) throws -> LoadedDays {
            if let known = loaded[code], known.ends.covers(date) { return known }
            let first = context.organisation.firstPeriod
            // From the voucher's month, or everything when that is the books' first month (an
            // opening voucher may be dated before it).
            let month: YearMonth? = date.yearMonth > first ? date.yearMonth : nil
            let base: Money
            if let month {
                let totals = try context.accountTotals(code, fund: nil, from: first, to: month.previous)
                base = try totals.debit.subtracting(totals.credit)
            } else {
                base = .zero
            }
            let days = LoadedDays(try DayEnds(base: base, from: month?.firstDay, movements: context.dailyMovements(code, from: month)))
            loaded[code] = days
            return days
        }
    }
}

/// One account's balance at the end of each day that moves it, from a first day on. A struct,
/// changed in place as a whole (`LoadedDays.ends`): a class's arrays cost a runtime exclusivity
/// check on every element written in `admit`'s loops.
struct DayEnds {
    /// The first day read (nil: all of the books); the balance before it is `base`.
    private let start: LocalDate?
    private var base: Money
    /// The days, ascending, and the balance at each one's end.
    private var days: [LocalDate] = []
    private var ends: [Money] = []
    /// `lowestFrom[i]` = min(`ends[i...]`): the lowest balance on or after day i.
    private var lowestFrom: [Money] = []

    init(base: Money, from start: LocalDate?, movements: [DailyMovement]) throws {
        self.start = start
        self.base = base
        var balance = base
        days.reserveCapacity(movements.count)
        for movement in movements {
            balance = try balance.adding(movement.net)
            days.append(movement.date)
            ends.append(balance)
        }
        lowestFrom = ends
        for index in lowestFrom.indices.reversed().dropFirst() {
            lowestFrom[index] = min(lowestFrom[index], lowestFrom[index + 1])
        }
    }

    func covers(_ date: LocalDate) -> Bool { start.map { $0 <= date } ?? true }

    /// The first index whose day is on or after `day`.
    private func index(of day: LocalDate) -> Int {
        var low = 0, high = days.count
        while low < high {
            let middle = (low + high) / 2
            if days[middle] < day { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Where the balance would first go below zero if `delta` moved it on `date`: that day (its
    /// own end, or a later day's), and the balance then; nil when it stays at zero or above.
    func lowest(after delta: Money, from date: LocalDate) throws -> (date: LocalDate, balance: Money)? {
        let day = date
        let at = index(of: day)
        let sameDay = at < days.count && days[at] == day
        let endOfDay = try (sameDay ? ends[at] : at > 0 ? ends[at - 1] : base).adding(delta)
        if endOfDay.isNegative { return (date, endOfDay) }
        guard at < days.count, try lowestFrom[at].adding(delta).isNegative else { return nil }
        for index in at..<days.count {
            let balance = try ends[index].adding(delta)
            if balance.isNegative { return (days[index], balance) }
        }
        return nil
    }

    /// A voucher moved the balance by `delta` on `date`: that day's end and every later one move.
    mutating func admit(_ delta: Money, on date: LocalDate) throws {
        guard covers(date) else {
            // Before the days read: the balance carried into them moves, and so does every day.
            base = try base.adding(delta)
            for index in ends.indices {
                ends[index] = try ends[index].adding(delta)
                lowestFrom[index] = try lowestFrom[index].adding(delta)
            }
            return
        }
        let day = date
        var at = index(of: day)
        if at == days.count || days[at] != day {
            let before = at > 0 ? ends[at - 1] : base
            // The new day's lowest-from-here: its own end, or a later day's (still at `at` until the insert).
            let lowest = at < lowestFrom.count ? min(before, lowestFrom[at]) : before
            days.insert(day, at: at)
            ends.insert(before, at: at)
            lowestFrom.insert(lowest, at: at)
        }
        for index in at..<days.count {
            ends[index] = try ends[index].adding(delta)
            lowestFrom[index] = try lowestFrom[index].adding(delta)
        }
        // Earlier days' "lowest from here on" may now be a later day's new, lower end.
        while at > 0 {
            at -= 1
            let lowest = min(ends[at], lowestFrom[at + 1])
            if lowest == lowestFrom[at] { break }
            lowestFrom[at] = lowest
        }
    }
}
