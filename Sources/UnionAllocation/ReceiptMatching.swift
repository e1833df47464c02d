import UnionCore
import InputFiles
import LedgerCore

/// Matches a unit's receipts to its months: each receipt pays the month it names first, then the
/// oldest unpaid months; what is left over stays as a credit (and pays months allocated later,
/// since matching is recomputed from the registers each time, never stored).
///
/// Invariant: Σ receivable = Σ paid-to-months + outstanding, and Σ receipts = Σ paid-to-months + credit,
/// so due = paid + outstanding − credit.
public enum ReceiptMatching {
    public struct MonthDue: Sendable, Hashable {
        public var month: YearMonth
        public var dueDate: LocalDate
        public var receivable: Money
        public init(month: YearMonth, dueDate: LocalDate, receivable: Money) {
            self.month = month
            self.dueDate = dueDate
            self.receivable = receivable
        }
    }

    public struct Receipt: Sendable, Hashable {
        public var date: LocalDate
        public var amount: Money
        public var month: YearMonth?
        public init(date: LocalDate, amount: Money, month: YearMonth? = nil) {
            self.date = date
            self.amount = amount
            self.month = month
        }
    }

    public struct MonthState: Sendable, Hashable {
        public var due: MonthDue
        public var paid: Money
        /// Each part of a receipt applied to this month, by date.
        public var payments: [(date: LocalDate, amount: Money)]
        public var outstanding: Money { Money(fen: max(due.receivable.fen - paid.fen, 0)) }

        public static func == (lhs: MonthState, rhs: MonthState) -> Bool {
            lhs.due == rhs.due && lhs.paid == rhs.paid && lhs.payments.map(\.date) == rhs.payments.map(\.date)
                && lhs.payments.map(\.amount) == rhs.payments.map(\.amount)
        }
        public func hash(into hasher: inout Hasher) { hasher.combine(due); hasher.combine(paid) }
    }

    public struct Result: Sendable {
        public var months: [MonthState]
        public var credit: Money
    }

    /// - Parameters:
    ///   - months: the unit's months (any order; one entry per month).
    ///   - receipts: in the order they were received (date, then recording order).
    /// - Complexity: O(months + receipts).
    public static func match(months: [MonthDue], receipts: [Receipt]) -> Result {
        var states = months.sorted { $0.month < $1.month }.map { MonthState(due: $0, paid: .zero, payments: []) }
        var indexByMonth: [Int: Int] = [:]
        if receipts.contains(where: { $0.month != nil }) {
            for (index, state) in states.enumerated() { indexByMonth[state.due.month.ordinal] = index }
        }
        var credit: Int64 = 0
        var oldest = 0
        func apply(_ index: Int, _ left: inout Int64, _ date: LocalDate) {
            let open = states[index].due.receivable.fen - states[index].paid.fen
            guard open > 0, left > 0 else { return }
            let part = min(open, left)
            states[index].paid = Money(fen: states[index].paid.fen + part)
            states[index].payments.append((date, Money(fen: part)))
            left -= part
        }
        for receipt in receipts {
            var left = receipt.amount.fen
            if let named = receipt.month, let index = indexByMonth[named.ordinal] { apply(index, &left, receipt.date) }
            while left > 0 && oldest < states.count {
                apply(oldest, &left, receipt.date)
                if states[oldest].paid.fen >= states[oldest].due.receivable.fen { oldest += 1 }
            }
            credit += left
        }
        return Result(months: states, credit: Money(fen: credit))
    }
}

/// 滞纳金: a daily rate on the amount overdue, from the day after the due date to the day it is
/// paid (or the as-of date), summed in fen-days per rate in force and rounded half-up once per
/// month; capped at the month's principal where the policy says so (Chongqing).
public enum LateFee {
    /// - Parameters:
    ///   - principal: the month's amount due.
    ///   - payments: parts of receipts applied to the month, by date (those after `asOf` are ignored).
    ///   - terms: the `late_fee` entries, ascending by date.
    public static func fee(principal: Money, dueDate: LocalDate, payments: [(date: LocalDate, amount: Money)],
                           asOf: LocalDate, terms: [DatedTerms<LateFeeTerms>]) throws(LedgerError) -> Money {
        let dueDay = dueDate.daysSinceEpoch
        let asOfDay = asOf.daysSinceEpoch
        guard asOfDay > dueDay, principal.fen > 0, !terms.isEmpty else { return .zero }
        var fenDays = [Int64](repeating: 0, count: terms.count)
        let starts = terms.map { $0.effectiveFrom.daysSinceEpoch }
        func accrue(_ balance: Int64, from first: Int, through last: Int) {
            guard balance > 0, last >= first else { return }
            for index in terms.indices {
                let start = max(first, starts[index])
                let end = index + 1 < terms.count ? min(last, starts[index + 1] - 1) : last
                if end >= start { fenDays[index] += balance * Int64(end - start + 1) }
            }
        }
        var balance = principal.fen
        var counted = dueDay
        for payment in payments.sorted(by: { $0.date < $1.date }) {
            let day = min(payment.date.daysSinceEpoch, asOfDay)
            if day > counted {
                accrue(balance, from: counted + 1, through: day)
                counted = day
            }
            balance -= payment.amount.fen
        }
        if asOfDay > counted { accrue(balance, from: counted + 1, through: asOfDay) }
        var total: Int64 = 0
        for (index, entry) in terms.enumerated() where fenDays[index] > 0 {
            total += try entry.terms.dailyRate.applied(to: Money(fen: fenDays[index]), rounding: .halfUp).fen
        }
        let capped = terms.last(where: { $0.effectiveFrom <= asOf })?.terms.cap == .principal ? min(total, principal.fen) : total
        return Money(fen: capped)
    }
}

/// How long a unit's oldest unpaid month has been overdue.
public enum AgingBucket: String, Sendable, CaseIterable, Codable {
    /// Due, not yet late (the as-of date is the due date).
    case current
    case upTo3 = "0-3"
    case from4To6 = "4-6"
    case from7To12 = "7-12"
    case over12 = "12+"

    /// Whole or part months from the due date to `asOf`: due 02-15, as of 03-07 → 1; as of 03-16 → 2.
    public static func monthsOverdue(dueDate: LocalDate, asOf: LocalDate) -> Int {
        guard asOf > dueDate else { return 0 }
        let months = asOf.yearMonth.ordinal - dueDate.yearMonth.ordinal
        return asOf.day > dueDate.day ? months + 1 : max(months, 1)
    }

    public init(monthsOverdue: Int) {
        switch monthsOverdue {
        case ...0: self = .current
        case 1...3: self = .upTo3
        case 4...6: self = .from4To6
        case 7...12: self = .from7To12
        default: self = .over12
        }
    }

    public func name(in language: Language) -> String {
        switch self {
        case .current: language.pick("未逾期", "not late")
        case .upTo3: language.pick("3个月以内", "≤ 3 months")
        case .from4To6: language.pick("4—6个月", "4–6 months")
        case .from7To12: language.pick("7—12个月", "7–12 months")
        case .over12: language.pick("12个月以上", "> 12 months")
        }
    }
}

/// Enforcement of arrears (工会法 art. 44): a notice, then a court payment order (支付令), then enforcement.
public enum EnforcementStatus: String, Sendable, CaseIterable, Codable {
    case none
    case notice
    case paymentOrder = "payment-order"
    case enforced

    /// - Throws: `AllocationError.statusMustBeKnown`.
    public init(parsing text: String) throws {
        let trimmed = text.trimmingSpaces()
        guard let status = EnforcementStatus(rawValue: trimmed) ?? EnforcementStatus.allCases.first(where: { $0.name(in: .zh) == trimmed }) else {
            throw AllocationError.statusMustBeKnown(value: text)
        }
        self = status
    }

    public func name(in language: Language) -> String {
        switch self {
        case .none: language.pick("未催缴", "none")
        case .notice: language.pick("已发催缴通知", "notice sent")
        case .paymentOrder: language.pick("已申请支付令", "payment order applied")
        case .enforced: language.pick("已申请强制执行", "enforced")
        }
    }
}
