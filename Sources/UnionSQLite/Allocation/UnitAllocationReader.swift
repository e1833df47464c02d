import GRDB
import LedgerCore
import LedgerSQLite
import UnionAllocation
import UnionCore

/// A unit's allocation rows for its position, sought in each month on the register (the index is
/// month first, 0023). The months are read once for the reader's life, which is one read or one
/// write transaction; the transaction's writer of allocation rows makes it read them again
/// (`forgetMonths`). One prepared statement, and the channels' and due dates' texts decoded once
/// each: a receipts import reads a position for every unit it books.
final class UnitAllocationReader {
    private let db: Database
    private var months: [Int]?
    private var rows: RawStatement?
    private var channels = RecentTexts<CollectionChannel>()
    private var dates = RecentTexts<LocalDate>()

    init(_ db: Database) { self.db = db }

    /// The register's months may have changed: read them again before the next unit.
    func forgetMonths() { months = nil }

    /// The unit's rows summed by month and channel, in that order.
    func allocations(unitID: Int64) throws -> [UnitAllocationMonth] {
        let months = try self.months ?? Int.fetchAll(db, sql: AllocationRegisterSQL.registerMonths)
        self.months = months
        let rows = try self.rows ?? RawStatement(db, AllocationRegisterSQL.unitMonthAllocations)
        self.rows = rows
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
}
