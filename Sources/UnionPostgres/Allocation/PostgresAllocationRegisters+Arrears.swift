import LedgerCore
import LedgerPostgres
import LedgerStore
import UnionAllocation
import UnionCore

extension PostgresAllocationRegisters {
    func arrearsRegisters(asOf: LocalDate, unitID: Int64?) throws -> ArrearsRegisters {
        let asOfText = PostgresValue.text(asOf.description)
        // Dates come back as text; a year of allocations has a dozen distinct due dates.
        var dates = RegisterDates()
        var months: [Int64: [ReceiptMatching.MonthDue]] = [:]
        for row in try session.query("""
            SELECT unit_id, month, MIN(due_date) AS due_date, SUM(receivable_fen)::BIGINT AS receivable FROM allocation
            WHERE due_date <= $1 AND ($2::BIGINT IS NULL OR unit_id = $2::BIGINT)
            GROUP BY unit_id, month ORDER BY unit_id, month
            """, [asOfText, .optional(unitID)]) {
            let unit = try row.int("unit_id")
            let month = YearMonth(ordinal: Int(try row.int("month")))
            let dueDate = try dates.date(try row.text("due_date"), "allocation of unit \(unit) for \(month)")
            months[unit, default: []].append(ReceiptMatching.MonthDue(month: month, dueDate: dueDate,
                                                                      receivable: Money(fen: try row.int("receivable"))))
        }
        var receipts: [Int64: [ReceiptMatching.Receipt]] = [:]
        for row in try session.query("""
            SELECT id, unit_id, date, amount_fen, month FROM remittance
            WHERE date <= $1 AND ($2::BIGINT IS NULL OR unit_id = $2::BIGINT) ORDER BY unit_id, date COLLATE "C", id
            """, [asOfText, .optional(unitID)]) {
            let id = try row.int("id")
            let receivedOn = try dates.date(try row.text("date"), "remittance row \(id)")
            receipts[try row.int("unit_id"), default: []].append(ReceiptMatching.Receipt(
                date: receivedOn, amount: Money(fen: try row.int("amount_fen")),
                month: try row.optionalInt("month").map { YearMonth(ordinal: Int($0)) }))
        }
        // The latest step per unit counts, when it is dated by the as-of date.
        var statuses: [Int64: EnforcementRecord] = [:]
        for row in try session.query("""
            SELECT id, unit_id, status, date FROM arrears_status s
            WHERE id = (SELECT MAX(id) FROM arrears_status t WHERE t.unit_id = s.unit_id) AND date <= $1
            """, [asOfText]) {
            let id = try row.int("id")
            let place = "arrears_status row \(id)"
            statuses[try row.int("unit_id")] = EnforcementRecord(status: try RegisterValue.status(try row.text("status"), place),
                                                                 date: try RegisterValue.date(try row.text("date"), place))
        }
        return ArrearsRegisters(months: months, receipts: receipts, statuses: statuses)
    }

    func allocationMovements() throws -> [AllocationMovement] {
        var dates = RegisterDates()
        return try session.query("""
            SELECT unit_id, collector_id, channel, MIN(due_date) AS due_date, SUM(receivable_fen)::BIGINT AS receivable
            FROM allocation WHERE collector_id IS NOT NULL GROUP BY unit_id, collector_id, channel, substr(due_date, 1, 7)
            """).map { row in
            let unit = try row.int("unit_id")
            return AllocationMovement(
                unitID: unit, collectorID: try row.int("collector_id"),
                channel: try RegisterValue.channel(try row.text("channel"), "allocation of unit \(unit)"),
                month: try dates.date(try row.text("due_date"), "allocation of unit \(unit)").yearMonth,
                receivable: Money(fen: try row.int("receivable")))
        }
    }

    func receiptMovements() throws -> [ReceiptMovement] {
        var dates = RegisterDates()
        return try session.query("""
            SELECT unit_id, payer, MIN(date) AS date, SUM(amount_fen)::BIGINT AS amount FROM remittance
            GROUP BY unit_id, payer, substr(date, 1, 7)
            """).map { row in
            let unit = try row.int("unit_id")
            return ReceiptMovement(unitID: unit, payer: try RegisterValue.payer(try row.text("payer"), "remittance of unit \(unit)"),
                                   month: try dates.date(try row.text("date"), "remittance of unit \(unit)").yearMonth,
                                   amount: Money(fen: try row.int("amount")))
        }
    }

    func accountMovements(organisationID: Int64, account: AccountCode) throws -> [String: [YearMonth: Money]] {
        try flushPostings()
        var result: [String: [YearMonth: Money]] = [:]
        for row in try session.query("""
            SELECT p.memo, v.ordinal, SUM(CASE p.side WHEN 'D' THEN p.amount_fen ELSE -p.amount_fen END)::BIGINT AS net
            FROM posting p JOIN voucher v ON v.id = p.voucher_id JOIN account a ON a.id = p.account_id
            WHERE p.org_id = $1 AND v.org_id = $1 AND a.code = $2 AND v.kind <> 'closing'
            GROUP BY p.memo, v.ordinal
            """, [.integer(organisationID), .text(account.rawValue)]) {
            result[try row.text("memo"), default: [:]][YearMonth(ordinal: Int(try row.int("ordinal")))] = Money(fen: try row.int("net"))
        }
        return result
    }
}
