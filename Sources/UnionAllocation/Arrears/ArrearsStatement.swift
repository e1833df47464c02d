import LedgerCore
import UnionCore

/// Arrears as of a date, from the registers: each unit's receipts matched to its months
/// (`ReceiptMatching`), late fees per month (`LateFee`), the oldest unpaid month's aging bucket,
/// and totals. Pure: the registers are given.
///
/// Per unit and in total: due = paid + outstanding − credit.
public enum ArrearsStatement {
    /// - Parameters:
    ///   - ancestor: only units anywhere below this organisation (by row id).
    ///   - withMonths: fill each unit's month-by-month detail (for notices).
    /// - Throws: `LedgerError.amountMustFitRange` on overflow.
    /// - Complexity: O(units × months + receipts), then a sort of the units.
    public static func summarise(_ registers: ArrearsRegisters, directory: UnitDirectory, asOf: LocalDate,
                                 lateFee: [DatedTerms<LateFeeTerms>], under ancestor: Int64? = nil,
                                 withMonths: Bool = false) throws -> ArrearsSummary {
        var summary = ArrearsSummary.none(asOf: asOf)
        for unitID in Set(registers.months.keys).union(registers.receipts.keys) {
            guard let unit = directory.byID[unitID] else { continue }
            if let ancestor, !directory.isBelow(unit, ancestor: ancestor) { continue }
            let arrears = try Self.unit(unit, months: registers.months[unitID] ?? [], receipts: registers.receipts[unitID] ?? [],
                                        status: registers.statuses[unitID], asOf: asOf, lateFee: lateFee, withMonths: withMonths)
            try summary.count(arrears)
            summary.units.append(arrears)
        }
        summary.units.sort { ArrearsSummary.ranks(($0.outstanding, $0.code), before: ($1.outstanding, $1.code)) }
        return summary
    }

    /// One unit's arrears: its months matched with its receipts, late fees, and the aging of the
    /// oldest month still unpaid.
    /// - Parameter receipts: in the order they were received.
    public static func unit(_ unit: UnitDirectory.Unit, months: [ReceiptMatching.MonthDue], receipts: [ReceiptMatching.Receipt],
                            status: EnforcementRecord?, asOf: LocalDate, lateFee: [DatedTerms<LateFeeTerms>],
                            withMonths: Bool) throws -> UnitArrears {
        try Self.unit(code: unit.code, name: unit.name, months: months, receipts: receipts, status: status, asOf: asOf,
                      lateFee: lateFee, withMonths: withMonths)
    }

    /// The same for a unit named by its code and name alone.
    public static func unit(code: String, name: String, months: [ReceiptMatching.MonthDue], receipts: [ReceiptMatching.Receipt],
                            status: EnforcementRecord?, asOf: LocalDate, lateFee: [DatedTerms<LateFeeTerms>],
                            withMonths: Bool) throws -> UnitArrears {
        let result = try ReceiptMatching.match(months: months, receipts: receipts)
        var arrears = UnitArrears(code: code, name: name, due: .zero, paid: .zero, outstanding: .zero,
                                  credit: result.credit, lateFee: .zero, oldestUnpaid: nil, unpaidMonths: 0, bucket: nil,
                                  status: status?.status ?? .none, statusDate: status?.date, months: [])
        var matched = Money.zero
        for state in result.months {
            arrears.due = try arrears.due.adding(state.due.receivable)
            matched = try matched.adding(state.paid)
            let open = state.outstanding
            let monthFee = try LateFee.fee(principal: state.due.receivable, dueDate: state.due.dueDate,
                                           payments: state.payments, asOf: asOf, terms: lateFee)
            arrears.lateFee = try arrears.lateFee.adding(monthFee)
            if open.isPositive {
                arrears.outstanding = try arrears.outstanding.adding(open)
                arrears.unpaidMonths += 1
                if arrears.oldestUnpaid == nil {
                    arrears.oldestUnpaid = state.due.month
                    arrears.bucket = AgingBucket(monthsOverdue: AgingBucket.monthsOverdue(dueDate: state.due.dueDate, asOf: asOf))
                }
            }
            if withMonths && (open.isPositive || monthFee.isPositive) {
                arrears.months.append(MonthArrears(
                    month: state.due.month, dueDate: state.due.dueDate, due: state.due.receivable, paid: state.paid,
                    outstanding: open, daysLate: max(0, asOf.daysSinceEpoch - state.due.dueDate.daysSinceEpoch), lateFee: monthFee))
            }
        }
        // What was received in all: applied to months, and the credit beyond them.
        arrears.paid = try matched.adding(result.credit)
        return arrears
    }
}
