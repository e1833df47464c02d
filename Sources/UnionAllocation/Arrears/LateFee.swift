import LedgerCore
import UnionCore

/// 滞纳金: a daily rate on the amount overdue, from the day after the due date to the day it is
/// paid (or the as-of date), summed in fen-days per rate in force and rounded half-up once per
/// month; capped at the month's principal where the policy says so (Chongqing).
public enum LateFee {
    /// - Parameters:
    ///   - principal: the month's amount due.
    ///   - payments: parts of receipts applied to the month, by date (those after `asOf` are ignored).
    ///   - terms: the `late_fee` entries, ascending by date.
    /// - Throws: `LedgerError.amountMustFitRange` when the fen-days or the fee do not fit (never a wrap).
    /// - Complexity: O(payments × rate entries).
    public static func fee(principal: Money, dueDate: LocalDate, payments: [(date: LocalDate, amount: Money)],
                           asOf: LocalDate, terms: [DatedTerms<LateFeeTerms>]) throws(LedgerError) -> Money {
        let dueDay = dueDate.daysSinceEpoch
        let asOfDay = asOf.daysSinceEpoch
        guard asOfDay > dueDay, principal.isPositive, !terms.isEmpty else { return .zero }
        // Fen-days accrued under each rate entry, as an amount so the rate applies with its rounding.
        // Scratch on the stack, and the payments sorted only when they are not in order already:
        // a federation's arrears run this for every unit and month (550,000 times a year at
        // 50,000 units), and its arrays were most of its cost.
        return try withUnsafeTemporaryAllocation(of: Money.self, capacity: terms.count) { fenDays throws(LedgerError) -> Money in
            fenDays.initialize(repeating: .zero)
            func accrue(_ balance: Money, from first: Int, through last: Int) throws(LedgerError) {
                guard balance.isPositive, last >= first else { return }
                for index in terms.indices {
                    let start = max(first, terms[index].effectiveFrom.daysSinceEpoch)
                    let end = index + 1 < terms.count ? min(last, terms[index + 1].effectiveFrom.daysSinceEpoch - 1) : last
                    if end >= start { fenDays[index] = try fenDays[index].adding(try Self.fenDays(balance, days: end - start + 1)) }
                }
            }
            var balance = principal
            var counted = dueDay
            func pay(_ payment: (date: LocalDate, amount: Money)) throws(LedgerError) {
                let day = min(payment.date.daysSinceEpoch, asOfDay)
                if day > counted {
                    try accrue(balance, from: counted + 1, through: day)
                    counted = day
                }
                balance = try balance.subtracting(payment.amount)
            }
            if payments.indices.dropFirst().allSatisfy({ payments[$0 - 1].date <= payments[$0].date }) {
                for payment in payments { try pay(payment) }
            } else {
                for payment in payments.sorted(by: { $0.date < $1.date }) { try pay(payment) }
            }
            if asOfDay > counted { try accrue(balance, from: counted + 1, through: asOfDay) }
            var total = Money.zero
            for (index, entry) in terms.enumerated() where fenDays[index].isPositive {
                total = try total.adding(try entry.terms.dailyRate.applied(to: fenDays[index], rounding: .halfUp))
            }
            return terms.last(where: { $0.effectiveFrom <= asOf })?.terms.cap == .principal ? min(total, principal) : total
        }
    }

    /// `balance × days`, checked.
    static func fenDays(_ balance: Money, days: Int) throws(LedgerError) -> Money {
        let (product, overflow) = balance.fen.multipliedReportingOverflow(by: Int64(days))
        guard !overflow else { throw .amountMustFitRange(value: "\(balance.plainString) × \(days) days") }
        return Money(fen: product)
    }
}
