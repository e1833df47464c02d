import GRDB
import LedgerCore
import LedgerSQLite
import LedgerStore
import UnionAllocation
import UnionCore

/// A unit's position off the registers, for one read or one write transaction: a receipts import
/// reads one for every unit it books. Each read is a prepared statement stepped over SQLite's
/// buffers (a GRDB row cursor cost ≈ 8,000 instructions to open, for column names), and the
/// channels' and dates' texts are decoded once each.
///
/// Allocations are sought in each month on the register (the index is month first, 0023). The
/// months are read once for the reader's life; the transaction's writer of allocation rows makes
/// it read them again (`forgetMonths`).
final class UnitPositionReader {
    private let db: Database
    private var months: [Int]?
    private var statements: [String: RawStatement] = [:]
    private var channels = RecentTexts<CollectionChannel>()
    private var dates = RecentTexts<LocalDate>()

    init(_ db: Database) { self.db = db }

    /// The register's months may have changed: read them again before the next unit.
    func forgetMonths() { months = nil }

    func position(unitID: Int64, allocations: [UnitAllocationMonth]) throws -> UnitPosition {
        let refunds = try preparatoryRefunds(unitID: unitID)
        return UnitPosition(allocations: allocations, receipts: try receipts(unitID: unitID), returned: try returned(unitID: unitID),
                            formedOn: refunds.formedOn, refunded: refunds.total)
    }

    /// The unit's allocation rows summed by month and channel, in that order.
    func allocations(unitID: Int64) throws -> [UnitAllocationMonth] {
        let months = try self.months ?? Int.fetchAll(db, sql: AllocationRegisterSQL.registerMonths)
        self.months = months
        let rows = try statement(AllocationRegisterSQL.unitMonthAllocations)
        var found: [UnitAllocationMonth] = []
        for ordinal in months {
            let month = YearMonth(ordinal: ordinal)
            rows.bind(1, ordinal)
            rows.bind(2, unitID)
            defer { rows.reset() }
            while try rows.step() {
                found.append(UnitAllocationMonth(
                    month: month,
                    channel: try channels.value(rows.text(0)) { try RegisterValue.channel($0, "allocation of unit \(unitID) for \(month)") },
                    dueDate: try dates.value(rows.text(1)) { try RegisterValue.date($0, "allocation of unit \(unitID) for \(month)") },
                    receivable: Money(fen: rows.int64(2)), retained: Money(fen: rows.int64(3))))
            }
        }
        return try UnitAllocationMonth.summedByMonthAndChannel(found)
    }

    /// The unit's receipts in the order they were received.
    private func receipts(unitID: Int64) throws -> [ReceiptMatching.Receipt] {
        let rows = try statement("SELECT id, date, amount_fen, month FROM remittance WHERE unit_id = ? ORDER BY date, id")
        rows.bind(1, unitID)
        defer { rows.reset() }
        var receipts: [ReceiptMatching.Receipt] = []
        while try rows.step() {
            let id = rows.int64(0)
            receipts.append(ReceiptMatching.Receipt(
                date: try dates.value(rows.text(1)) { try RegisterValue.date($0, "remittance row \(id)") }, amount: Money(fen: rows.int64(2)),
                month: rows.isNull(3) ? nil : YearMonth(ordinal: Int(rows.int64(3)))))
        }
        return receipts
    }

    /// The retained share passed down with the unit's receipts so far.
    private func returned(unitID: Int64) throws -> Money {
        let sum = try statement("SELECT COALESCE(SUM(returned_fen), 0) FROM remittance WHERE unit_id = ?")
        sum.bind(1, unitID)
        defer { sum.reset() }
        guard try sum.step() else { return .zero }
        return Money(fen: sum.int64(0))
    }

    /// The unit's preparatory-fund refunds: the first one's date (its union was formed then) and the total.
    /// One read for most units, which have none (`ORDER BY id LIMIT 1` sorted the unit's refunds
    /// in a temporary b-tree on every read: the index is by unit and date).
    private func preparatoryRefunds(unitID: Int64) throws -> (formedOn: LocalDate?, total: Money) {
        let summary = try statement("SELECT MIN(id), SUM(amount_fen) FROM preparatory_refund WHERE unit_id = ?")
        summary.bind(1, unitID)
        defer { summary.reset() }
        guard try summary.step(), !summary.isNull(0) else { return (nil, .zero) }
        let first = summary.int64(0), total = Money(fen: summary.int64(1))
        let date = try statement("SELECT date FROM preparatory_refund WHERE id = ?")
        date.bind(1, first)
        defer { date.reset() }
        guard try date.step() else { throw StoreError.storage(message: "preparatory_refund row \(first) was not found") }
        return (try RegisterValue.date(date.string(0), "preparatory_refund row \(first)"), total)
    }

    private func statement(_ sql: String) throws -> RawStatement {
        if let prepared = statements[sql] { return prepared }
        let prepared = try RawStatement(db, sql)
        statements[sql] = prepared
        return prepared
    }
}
