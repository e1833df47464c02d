import LedgerCore
import UnionCore

/// The retained share (留成) of what a unit's federation has received for it: under tax-full and
/// fiscal collection the federation passes it down as the money comes in; for a preparatory-fund
/// employer it is what is refunded once the union is formed.
///
/// For each month, retained share × received ÷ receivable (half-up), received being what
/// `ReceiptMatching` applied to the month; the whole share once the month is paid in full.
public enum RetainedShare {
    /// The share of what was received, over the unit's months allocated under `channels`.
    /// - Throws: `LedgerError.amountMustFitRange` on overflow.
    /// - Complexity: O(months × channels + receipts).
    public static func ofReceived(_ position: UnitPosition, channels: Set<CollectionChannel>) throws(LedgerError) -> Money {
        // One entry per month over all channels (a unit may change channel mid-year): the month's
        // receivable is what receipts are matched against, its retained share only the channels asked for.
        var byMonth: [YearMonth: (due: ReceiptMatching.MonthDue, retained: Money)] = [:]
        for allocation in position.allocations {
            let retained = channels.contains(allocation.channel) ? allocation.retained : .zero
            if let known = byMonth[allocation.month] {
                byMonth[allocation.month] = (
                    ReceiptMatching.MonthDue(month: allocation.month, dueDate: min(known.due.dueDate, allocation.dueDate),
                                             receivable: try known.due.receivable.adding(allocation.receivable)),
                    try known.retained.adding(retained))
            } else {
                byMonth[allocation.month] = (ReceiptMatching.MonthDue(month: allocation.month, dueDate: allocation.dueDate,
                                                                      receivable: allocation.receivable), retained)
            }
        }
        let matched = try ReceiptMatching.match(months: byMonth.values.map(\.due), receipts: position.receipts)
        var total = Money.zero
        for state in matched.months {
            let retained = byMonth[state.due.month]?.retained ?? .zero
            guard retained.isPositive, state.due.receivable.isPositive else { continue }
            let received = try Rate(numerator: state.paid.fen, denominator: state.due.receivable.fen)
            total = try total.adding(try received.applied(to: retained))
        }
        return total
    }

    /// What is still to pass down for a tax-full or fiscal unit: its retained share of what was
    /// received, less what was passed down before (never below zero).
    public static func toPassDown(_ position: UnitPosition) throws(LedgerError) -> Money {
        let target = try ofReceived(position, channels: [.taxFull, .fiscal])
        return target > position.returned ? try target.subtracting(position.returned) : .zero
    }

    /// What a preparatory-fund employer is still to get back: the refundable share of what was
    /// received for its months under the preparatory fund (the months before its union was
    /// formed), less what was refunded before (never below zero). The share held for months
    /// still unpaid stays held until they are paid; no money is refunded twice.
    public static func toRefund(_ position: UnitPosition) throws(LedgerError) -> Money {
        let target = try ofReceived(position, channels: [.preparatory])
        return target > position.refunded ? try target.subtracting(position.refunded) : .zero
    }
}
