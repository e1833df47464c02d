import LedgerCore
import UnionCore

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
        /// What is still owed for the month (never below zero: an excess stays a credit).
        public var outstanding: Money {
            // Matching never pays a month beyond its receivable, so 0 ≤ paid < receivable here and
            // the difference always fits.
            guard due.receivable > paid, let open = try? due.receivable.subtracting(paid) else { return .zero }
            return open
        }

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
    /// - Throws: `LedgerError.amountMustFitRange` when the receipts' total does not fit.
    /// - Complexity: O((months + receipts) log months): a receipt's named month is found by a search.
    public static func match(months: [MonthDue], receipts: [Receipt]) throws(LedgerError) -> Result {
        var progress = Progress(months: months)
        for receipt in receipts { try progress.apply(receipt) }
        return Result(months: progress.states, credit: progress.credit)
    }

    /// Matching so far, to be continued receipt by receipt: an import applies each new receipt
    /// to it instead of matching every receipt of the unit again (which made it quadratic).
    public struct Progress: Sendable, Hashable {
        public private(set) var states: [MonthState]
        public private(set) var credit = Money.zero
        /// How many receipts have been applied.
        public private(set) var applied = 0
        private var oldest = 0

        public init(months: [MonthDue]) {
            states = months.sorted { $0.month < $1.month }.map { MonthState(due: $0, paid: .zero, payments: []) }
        }

        /// Applies the next receipt (in the order they were received).
        public mutating func apply(_ receipt: Receipt) throws(LedgerError) {
            var left = receipt.amount
            if let named = receipt.month, let index = index(of: named) { try apply(index, &left, receipt.date) }
            while left.isPositive && oldest < states.count {
                try apply(oldest, &left, receipt.date)
                if states[oldest].paid >= states[oldest].due.receivable { oldest += 1 }
            }
            credit = try credit.adding(left)
            applied += 1
        }

        /// The month's place among the states, sorted by month: a search, not a table made per unit
        /// (building one was an eighth of `arrears` over 50,000 units).
        private func index(of month: YearMonth) -> Int? {
            var low = 0, high = states.count
            while low < high {
                let middle = (low + high) / 2
                if states[middle].due.month < month { low = middle + 1 } else { high = middle }
            }
            return low < states.count && states[low].due.month == month ? low : nil
        }

        /// Applies what is left of a receipt to one month, up to what the month still owes.
        private mutating func apply(_ index: Int, _ left: inout Money, _ date: LocalDate) throws(LedgerError) {
            let open = try states[index].due.receivable.subtracting(states[index].paid)
            guard open.isPositive, left.isPositive else { return }
            let part = min(open, left)
            states[index].paid = try states[index].paid.adding(part)
            states[index].payments.append((date, part))
            left = try left.subtracting(part)
        }
    }
}
