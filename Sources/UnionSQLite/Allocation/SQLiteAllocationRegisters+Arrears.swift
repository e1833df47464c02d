import GRDB
import LedgerCore
import LedgerStore
import UnionAllocation
import UnionCore

extension SQLiteAllocationRegisters {
    func arrearsRegisters(asOf: LocalDate, unitID: Int64?) throws -> ArrearsRegisters {
        var months: [Int64: [ReceiptMatching.MonthDue]] = [:]
        var receipts: [Int64: [ReceiptMatching.Receipt]] = [:]
        try forEachUnitArrearsRegisters(asOf: asOf, unitID: unitID) { unit in
            months[unit.unitID] = unit.months.isEmpty ? nil : unit.months
            receipts[unit.unitID] = unit.receipts.isEmpty ? nil : unit.receipts
        }
        // Every unit's step, as the whole read always gave (also units with nothing due or received).
        return ArrearsRegisters(months: months, receipts: receipts, statuses: try enforcementSteps(asOf: asOf))
    }

    /// The months due (by unit, then month) and the receipts (by unit, date, id) read side by side
    /// in unit order, one unit handed over at a time.
    func forEachUnitArrearsRegisters(asOf: LocalDate, unitID: Int64?, _ body: (UnitArrearsRegisters) throws -> Void) throws {
        let asOfText = asOf.description
        // Dates come back as text; a year of allocations has a dozen distinct due dates.
        var dates = RegisterDates()
        let statuses = try enforcementSteps(asOf: asOf)
        // The months due come off the month-first index, each month in unit order, merged.
        let dueRuns = try AllocationMonthRuns(db, asOf: asOf, unitID: unitID)
        let receiptRows = try Row.fetchCursor(db, sql: """
            SELECT id, unit_id, date, amount_fen, month FROM remittance
            WHERE date <= ? AND (? IS NULL OR unit_id = ?) ORDER BY unit_id, date, id
            """, arguments: [asOfText, unitID, unitID])
        func nextReceipt() throws -> (unit: Int64, receipt: ReceiptMatching.Receipt)? {
            guard let row = try receiptRows.next() else { return nil }
            let receivedOn = try dates.date(row[2], "remittance row \(row[0] as Int64)")
            return (row[1], ReceiptMatching.Receipt(date: receivedOn, amount: Money(fen: row[3]),
                                                    month: (row[4] as Int?).map { YearMonth(ordinal: $0) }))
        }
        var due = try dueRuns.nextUnit()
        var receipt = try nextReceipt()
        while due != nil || receipt != nil {
            let unit = min(due?.unit ?? .max, receipt?.unit ?? .max)
            var months: [ReceiptMatching.MonthDue] = []
            var receipts: [ReceiptMatching.Receipt] = []
            if let next = due, next.unit == unit {
                months = next.months
                due = try dueRuns.nextUnit()
            }
            while let next = receipt, next.unit == unit {
                receipts.append(next.receipt)
                receipt = try nextReceipt()
            }
            try body(UnitArrearsRegisters(unitID: unit, months: months, receipts: receipts, status: statuses[unit]))
        }
    }

    /// The latest step per unit counts, when it is dated by the as-of date.
    private func enforcementSteps(asOf: LocalDate) throws -> [Int64: EnforcementRecord] {
        var statuses: [Int64: EnforcementRecord] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT id, unit_id, status, date FROM arrears_status s
            WHERE id = (SELECT MAX(id) FROM arrears_status t WHERE t.unit_id = s.unit_id) AND date <= ?
            """, arguments: [asOf.description]) {
            statuses[row[1]] = EnforcementRecord(status: try RegisterValue.status(row[2], "arrears_status row \(row[0] as Int64)"),
                                                 date: try RegisterValue.date(row[3], "arrears_status row \(row[0] as Int64)"))
        }
        return statuses
    }

    func allocationMovements() throws -> [AllocationMovement] {
        var dates = RegisterDates()
        var movements: [AllocationMovement] = []
        let rows = try Row.fetchCursor(db, sql: """
            SELECT unit_id, collector_id, channel, MIN(due_date), SUM(receivable_fen)
            FROM allocation WHERE collector_id IS NOT NULL GROUP BY unit_id, collector_id, channel, substr(due_date, 1, 7)
            """)
        while let row = try rows.next() {
            let unit: Int64 = row[0]
            movements.append(AllocationMovement(
                unitID: unit, collectorID: row[1], channel: try RegisterValue.channel(row[2], "allocation of unit \(unit)"),
                month: try dates.date(row[3], "allocation of unit \(unit)").yearMonth, receivable: Money(fen: row[4])))
        }
        return movements
    }

    func receiptMovements() throws -> [ReceiptMovement] {
        var dates = RegisterDates()
        var movements: [ReceiptMovement] = []
        let rows = try Row.fetchCursor(db, sql: """
            SELECT unit_id, payer, MIN(date), SUM(amount_fen) FROM remittance GROUP BY unit_id, payer, substr(date, 1, 7)
            """)
        while let row = try rows.next() {
            let unit: Int64 = row[0]
            movements.append(ReceiptMovement(unitID: unit, payer: try RegisterValue.payer(row[1], "remittance of unit \(unit)"),
                                             month: try dates.date(row[2], "remittance of unit \(unit)").yearMonth, amount: Money(fen: row[3])))
        }
        return movements
    }

    func accountMovements(organisationID: Int64, account: AccountCode) throws -> [String: [YearMonth: Money]] {
        var result: [String: [YearMonth: Money]] = [:]
        // The memo is on postings only, so the organisation's vouchers are read; but only in the
        // months its maintained balance shows the account moving (a 1M-voucher book whose 应付上级经费
        // never moved answered in 1.5 s before, by reading every voucher).
        let rows = try Row.fetchCursor(db, sql: """
            SELECT p.memo, v.ordinal, SUM(CASE p.side WHEN 'D' THEN p.amount_fen ELSE -p.amount_fen END)
            FROM posting p JOIN voucher v ON v.id = p.voucher_id JOIN account a ON a.id = p.account_id
            WHERE v.org_id = :org AND a.code = :code AND v.kind <> 'closing'
              AND v.ordinal IN (SELECT b.ordinal FROM balance b JOIN account ba ON ba.id = b.account_id
                                WHERE b.org_id = :org AND ba.org_id = :org AND ba.code = :code AND b.closing = 0)
            GROUP BY p.memo, v.ordinal
            """, arguments: ["org": organisationID, "code": account.rawValue])
        while let row = try rows.next() {
            result[row[0], default: [:]][YearMonth(ordinal: row[1])] = Money(fen: row[2])
        }
        return result
    }
}
