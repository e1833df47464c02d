import LedgerCore
import UnionCore

/// One unit's position with its federation on a date.
public struct UnitArrears: Sendable {
    public var code: String
    public var name: String
    /// What the federation is to receive for the unit, over months due by the as-of date.
    public var due: Money
    public var paid: Money
    public var outstanding: Money
    /// Paid beyond every month due: carried to the next month.
    public var credit: Money
    public var lateFee: Money
    public var oldestUnpaid: YearMonth?
    /// Months with something unpaid.
    public var unpaidMonths: Int
    /// By the oldest unpaid month; `nil` when nothing is unpaid.
    public var bucket: AgingBucket?
    public var status: EnforcementStatus
    public var statusDate: LocalDate?
    /// Month by month (filled when asked for: notices).
    public var months: [MonthArrears]
}

public struct MonthArrears: Sendable, Hashable {
    public var month: YearMonth
    public var dueDate: LocalDate
    public var due: Money
    public var paid: Money
    public var outstanding: Money
    public var daysLate: Int
    public var lateFee: Money
}

/// The arrears of every unit as of a date, with totals.
public struct ArrearsSummary: Sendable {
    public var asOf: LocalDate
    /// Sorted by outstanding (largest first), then code.
    public var units: [UnitArrears]
    public var due: Money
    public var paid: Money
    public var outstanding: Money
    public var credit: Money
    public var lateFee: Money
    /// Units and their outstanding by the aging bucket of their oldest unpaid month.
    public var aging: [AgingBucket: AgingTotal]
    /// Units counted in the totals (`units.count` when they are kept).
    public var unitCount = 0

    /// The report's order: the largest outstanding first, then by code.
    public static func ranks(_ lhs: (outstanding: Money, code: String), before rhs: (outstanding: Money, code: String)) -> Bool {
        lhs.outstanding != rhs.outstanding ? lhs.outstanding > rhs.outstanding : lhs.code < rhs.code
    }

    /// No unit yet: every total zero.
    public static func none(asOf: LocalDate) -> ArrearsSummary {
        ArrearsSummary(asOf: asOf, units: [], due: .zero, paid: .zero, outstanding: .zero, credit: .zero, lateFee: .zero, aging: [:])
    }

    /// Adds a unit's arrears to the totals and its bucket (not to `units`).
    /// - Throws: `LedgerError.amountMustFitRange` on overflow.
    public mutating func count(_ arrears: UnitArrears) throws {
        due = try due.adding(arrears.due)
        paid = try paid.adding(arrears.paid)
        outstanding = try outstanding.adding(arrears.outstanding)
        credit = try credit.adding(arrears.credit)
        lateFee = try lateFee.adding(arrears.lateFee)
        if let bucket = arrears.bucket {
            let known = aging[bucket] ?? AgingTotal(units: 0, outstanding: .zero)
            aging[bucket] = AgingTotal(units: known.units + 1, outstanding: try known.outstanding.adding(arrears.outstanding))
        }
        unitCount += 1
    }
}

/// The units in one aging bucket and what they owe.
public struct AgingTotal: Sendable, Hashable {
    public var units: Int
    public var outstanding: Money
}
