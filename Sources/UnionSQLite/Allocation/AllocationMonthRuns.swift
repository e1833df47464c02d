import GRDB
import LedgerCore
import LedgerSQLite
import UnionAllocation

/// The allocations due by an as-of date, one unit at a time in unit order, each unit's months in
/// order, for `arrears`. The register's index is month first (0023), so each month on it is one
/// run in unit order, read off the index alone; the runs are merged here. Against one read in
/// (unit, month) order, which SQLite could only give by sorting every row, this holds one row per
/// month.
final class AllocationMonthRuns {
    private final class Run {
        let month: YearMonth
        let rows: RawStatement
        /// The run's next unit and its month summed (its channels' rows), read ahead.
        var head: (unit: Int64, due: ReceiptMatching.MonthDue)?
        /// The row read past the head's last one: the unit after it.
        var pending: (unit: Int64, dueDate: LocalDate, receivable: Money)?
        /// The month's due dates (one a channel, or so), each parsed once.
        var dates = RecentTexts<LocalDate>()

        init(month: YearMonth, rows: RawStatement) {
            self.month = month
            self.rows = rows
        }
    }

    private var runs: [Run] = []

    /// Every month on the register, for every unit or for `unitID` alone.
    init(_ db: Database, asOf: LocalDate, unitID: Int64?) throws {
        let asOfText = asOf.description
        for ordinal in try Int.fetchAll(db, sql: AllocationRegisterSQL.registerMonths) {
            let rows: RawStatement
            if let unitID {
                rows = try RawStatement(db, AllocationRegisterSQL.unitMonthDue)
                rows.bind(1, ordinal)
                rows.bind(2, unitID)
                rows.bind(3, asOfText)
            } else {
                rows = try RawStatement(db, AllocationRegisterSQL.monthDue)
                rows.bind(1, ordinal)
                rows.bind(2, asOfText)
            }
            let run = Run(month: YearMonth(ordinal: ordinal), rows: rows)
            run.pending = try row(of: run)
            try advance(run)
            runs.append(run)
        }
    }

    /// The next unit with a month due, and its months in order; nil when every run is done.
    func nextUnit() throws -> (unit: Int64, months: [ReceiptMatching.MonthDue])? {
        var unit = Int64.max
        for run in runs { if let head = run.head, head.unit < unit { unit = head.unit } }
        guard unit != .max else { return nil }
        var months: [ReceiptMatching.MonthDue] = []
        for run in runs {
            guard let head = run.head, head.unit == unit else { continue }
            months.append(head.due)
            try advance(run)
        }
        return (unit, months)
    }

    /// Moves the run's head to its next unit: that unit's rows of the month (one per channel, or
    /// an adjustment's) summed, due by the earliest date.
    private func advance(_ run: Run) throws {
        guard let first = run.pending else {
            run.head = nil
            return
        }
        var due = ReceiptMatching.MonthDue(month: run.month, dueDate: first.dueDate, receivable: first.receivable)
        run.pending = try row(of: run)
        while let next = run.pending, next.unit == first.unit {
            due.dueDate = min(due.dueDate, next.dueDate)
            due.receivable = try due.receivable.adding(next.receivable)
            run.pending = try row(of: run)
        }
        run.head = (first.unit, due)
    }

    private func row(of run: Run) throws -> (unit: Int64, dueDate: LocalDate, receivable: Money)? {
        guard try run.rows.step() else { return nil }
        let unit = run.rows.int64(0)
        let dueDate = try run.dates.value(run.rows.text(1)) { try RegisterValue.date($0, "allocation of unit \(unit) for \(run.month)") }
        return (unit, dueDate, Money(fen: run.rows.int64(2)))
    }
}
