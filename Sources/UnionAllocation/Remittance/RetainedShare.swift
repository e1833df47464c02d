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
        // Nothing retained under these channels (the usual unit): no receipt needs matching.
        guard position.allocations.contains(where: { channels.contains($0.channel) && $0.retained.isPositive }) else { return .zero }
        var retainedByMonth: [YearMonth: Money] = [:]
        for allocation in position.allocations where channels.contains(allocation.channel) {
            retainedByMonth[allocation.month] = try (retainedByMonth[allocation.month] ?? .zero).adding(allocation.retained)
        }
        let states: [ReceiptMatching.MonthState]
        if let matching = position.matching, matching.applied == position.receipts.count {
            states = matching.states
        } else {
            states = try ReceiptMatching.match(months: try monthsDue(position.allocations), receipts: position.receipts).months
        }
        var total = Money.zero
        for state in states {
            let retained = retainedByMonth[state.due.month] ?? .zero
            guard retained.isPositive, state.due.receivable.isPositive else { continue }
            let received = try Rate(numerator: state.paid.fen, denominator: state.due.receivable.fen)
            total = try total.adding(try received.applied(to: retained))
        }
        return total
    }

    /// One entry per month over all channels (a unit may change channel mid-year): the month's
    /// receivable is what receipts are matched against, whatever the channel.
    static func monthsDue(_ allocations: [UnitAllocationMonth]) throws(LedgerError) -> [ReceiptMatching.MonthDue] {
        var byMonth: [YearMonth: ReceiptMatching.MonthDue] = [:]
        for allocation in allocations {
            if let known = byMonth[allocation.month] {
                byMonth[allocation.month] = ReceiptMatching.MonthDue(month: allocation.month, dueDate: min(known.dueDate, allocation.dueDate),
                                                                     receivable: try known.receivable.adding(allocation.receivable))
            } else {
                byMonth[allocation.month] = ReceiptMatching.MonthDue(month: allocation.month, dueDate: allocation.dueDate,
                                                                     receivable: allocation.receivable)
            }
        }
        return Array(byMonth.values)
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
