import UnionCore
import InputFiles
import GRDB
import LedgerCore
import LedgerSQLite
import LedgerStore

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
}

/// Arrears of units to their federation (欠缴经费), late fees and enforcement status.
public struct ArrearsLedger: Sendable {
    public let database: LedgerDatabase
    public let user: String
    public let policy: AllocationPolicy

    public init(database: LedgerDatabase, user: String, policy: AllocationPolicy) {
        self.database = database
        self.user = user
        self.policy = policy
    }

    /// Computes arrears as of `asOf` from the allocation and receipt registers.
    /// - Parameters:
    ///   - unit: one unit's code only.
    ///   - under: only units anywhere below this organisation (a street or town federation, say).
    ///   - withMonths: fill each unit's month-by-month detail (for notices).
    /// - Complexity: two aggregate queries ordered by unit, then one pass; O(units × months).
    public func arrears(asOf: LocalDate, unit: String? = nil, under: String? = nil, withMonths: Bool = false) throws -> ArrearsSummary {
        try database.read { db in
            let directory = try UnitDirectory(db)
            var onlyUnit: Int64?
            if let unit {
                guard let id = directory.unit(code: unit)?.id else { throw AllocationError.unitMustBeRegistered(code: unit) }
                onlyUnit = id
            }
            var ancestor: Int64?
            if let under {
                guard let id = directory.unit(code: under)?.id else { throw AllocationError.unitMustBeRegistered(code: under) }
                ancestor = id
            }
            let asOfText = asOf.description
            // Dates come back as text; a year of allocations has a dozen distinct due dates.
            var parsedDates: [String: LocalDate] = [:]
            func date(_ text: String) -> LocalDate? {
                if let known = parsedDates[text] { return known }
                let parsed = try? LocalDate(parsing: text)
                if let parsed, parsedDates.count < 10_000 { parsedDates[text] = parsed }
                return parsed
            }
            var months: [Int64: [ReceiptMatching.MonthDue]] = [:]
            let dueRows = try Row.fetchCursor(db, sql: """
                SELECT unit_id, month, MIN(due_date), SUM(receivable_fen) FROM allocation
                WHERE due_date <= ? AND (? IS NULL OR unit_id = ?)
                GROUP BY unit_id, month ORDER BY unit_id, month
                """, arguments: [asOfText, onlyUnit, onlyUnit])
            while let row = try dueRows.next() {
                guard let dueDate = date(row[2]) else { continue }
                months[row[0], default: []].append(ReceiptMatching.MonthDue(month: YearMonth(ordinal: row[1]), dueDate: dueDate,
                                                                            receivable: Money(fen: row[3])))
            }
            var receipts: [Int64: [ReceiptMatching.Receipt]] = [:]
            let receiptRows = try Row.fetchCursor(db, sql: """
                SELECT unit_id, date, amount_fen, month FROM remittance
                WHERE date <= ? AND (? IS NULL OR unit_id = ?) ORDER BY unit_id, date, id
                """, arguments: [asOfText, onlyUnit, onlyUnit])
            while let row = try receiptRows.next() {
                guard let receivedOn = date(row[1]) else { continue }
                receipts[row[0], default: []].append(ReceiptMatching.Receipt(date: receivedOn, amount: Money(fen: row[2]),
                                                                              month: (row[3] as Int?).map { YearMonth(ordinal: $0) }))
            }
            var statuses: [Int64: (EnforcementStatus, LocalDate?)] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT unit_id, status, date FROM arrears_status s
                WHERE id = (SELECT MAX(id) FROM arrears_status t WHERE t.unit_id = s.unit_id) AND date <= ?
                """, arguments: [asOfText]) {
                statuses[row[0]] = (EnforcementStatus(rawValue: row[1]) ?? .none, try? LocalDate(parsing: row[2] as String))
            }

            var units: [UnitArrears] = []
            units.reserveCapacity(months.count)
            var totals = (due: Int64(0), paid: Int64(0), outstanding: Int64(0), credit: Int64(0), fee: Int64(0))
            for unitID in Set(months.keys).union(receipts.keys) {
                guard let unit = directory.byID[unitID] else { continue }
                if let ancestor, !directory.isBelow(unit, ancestor: ancestor) { continue }
                let result = ReceiptMatching.match(months: months[unitID] ?? [], receipts: receipts[unitID] ?? [])
                var arrears = UnitArrears(code: unit.code, name: unit.name, due: .zero, paid: .zero, outstanding: .zero,
                                          credit: result.credit, lateFee: .zero, oldestUnpaid: nil, unpaidMonths: 0, bucket: nil,
                                          status: statuses[unitID]?.0 ?? .none, statusDate: statuses[unitID]?.1, months: [])
                var due: Int64 = 0, matched: Int64 = 0, outstanding: Int64 = 0, fee: Int64 = 0
                for state in result.months {
                    due += state.due.receivable.fen
                    matched += state.paid.fen
                    let open = state.outstanding
                    let monthFee = try LateFee.fee(principal: state.due.receivable, dueDate: state.due.dueDate,
                                                   payments: state.payments, asOf: asOf, terms: policy.lateFee)
                    fee += monthFee.fen
                    if open.fen > 0 {
                        outstanding += open.fen
                        arrears.unpaidMonths += 1
                        if arrears.oldestUnpaid == nil {
                            arrears.oldestUnpaid = state.due.month
                            arrears.bucket = AgingBucket(monthsOverdue: AgingBucket.monthsOverdue(dueDate: state.due.dueDate, asOf: asOf))
                        }
                    }
                    if withMonths && (open.fen > 0 || monthFee.fen > 0) {
                        arrears.months.append(MonthArrears(
                            month: state.due.month, dueDate: state.due.dueDate, due: state.due.receivable, paid: state.paid,
                            outstanding: open, daysLate: max(0, asOf.daysSinceEpoch - state.due.dueDate.daysSinceEpoch), lateFee: monthFee))
                    }
                }
                arrears.due = Money(fen: due)
                arrears.paid = Money(fen: matched + result.credit.fen)
                arrears.outstanding = Money(fen: outstanding)
                arrears.lateFee = Money(fen: fee)
                totals.due += due
                totals.paid += arrears.paid.fen
                totals.outstanding += outstanding
                totals.credit += result.credit.fen
                totals.fee += fee
                units.append(arrears)
            }
            units.sort { $0.outstanding != $1.outstanding ? $0.outstanding.fen > $1.outstanding.fen : $0.code < $1.code }
            return ArrearsSummary(asOf: asOf, units: units, due: Money(fen: totals.due), paid: Money(fen: totals.paid),
                                  outstanding: Money(fen: totals.outstanding), credit: Money(fen: totals.credit), lateFee: Money(fen: totals.fee))
        }
    }

    /// Records an enforcement step for a unit (history kept; the latest counts).
    public func setStatus(unit code: String, to status: EnforcementStatus, on date: LocalDate) throws {
        try database.write { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM organisation WHERE code = ?", arguments: [code]) else {
                throw AllocationError.unitMustBeRegistered(code: code)
            }
            try db.execute(sql: "INSERT INTO arrears_status(unit_id, status, date, set_at, set_by) VALUES (?, ?, ?, ?, ?)",
                           arguments: [id, status.rawValue, date.description, database.clock.now(), user])
        }
    }
}
