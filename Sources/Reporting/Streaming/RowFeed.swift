import LedgerCore

/// The rows of a listing fed one at a time, straight from the store's query, so a report of a
/// million vouchers is written as it is read and never held: renderers take each row, write it and
/// let it go. Totals are asked for after the last row, so a feed can add them up as it goes.
public struct RowFeed: Sendable {
    public typealias Emit = ([Report.Cell]) throws -> Void

    let feed: @Sendable (Emit) throws -> Void
    let totals: @Sendable () throws -> [[Report.Cell]]
    /// Columns (by index) that may hold labelled cells in rows beyond the look-ahead window: JSON
    /// gives them `KEY_label` on every row then, as it would if it had seen the whole listing.
    let labelledColumns: Set<Int>
    /// A few rows known only once an earlier table's rows have passed (an aging summary under a
    /// listing): printed HTML keeps the table on one page, as it does a short table of rows.
    let isShort: Bool

    /// - Parameters:
    ///   - labelledColumns: the columns whose cells may be `.labelled` (see `labelledColumns`).
    ///   - isShort: the feed gives a few rows (see `isShort`).
    ///   - feed: calls its argument once per row, in order; called once per rendering.
    ///   - totals: the totals rows, asked for after `feed` returns.
    public init(labelledColumns: Set<Int> = [], isShort: Bool = false, feed: @escaping @Sendable (Emit) throws -> Void,
                totals: @escaping @Sendable () throws -> [[Report.Cell]] = { [] }) {
        self.feed = feed
        self.totals = totals
        self.labelledColumns = labelledColumns
        self.isShort = isShort
    }
}

extension Report.Table {
    /// A table whose rows are fed one at a time (`RowFeed`): a listing read from the store.
    public static func streamed(caption: String = "", columns: [Report.Column], rows feed: RowFeed,
                                page: Report.Page? = nil) -> Report.Table {
        var table = Report.Table(caption: caption, columns: columns, rows: [], page: page)
        table.feed = feed
        return table
    }

    /// Every body row, from the array or the feed, handed over one at a time; a long listing tells
    /// `ImportProgress` how many rows are out, as an import does.
    func forEachRow(_ body: RowFeed.Emit) throws {
        var count = 0
        try withoutActuallyEscaping(body) { body in
            let counted: RowFeed.Emit = { row in
                count += 1
                ImportProgress.reportIfDue(rows: count, vouchers: 0)
                try body(row)
            }
            if let feed { try feed.feed(counted) } else { for row in rows { try counted(row) } }
        }
    }

    /// The totals rows: the array's, or the feed's once its rows are read.
    func resolvedTotals() throws -> [[Report.Cell]] {
        if let feed { return try totals + feed.totals() }
        return totals
    }

    /// The table with its fed rows read into memory (tests compare the two renderings).
    public func materialised() throws -> Report.Table {
        guard feed != nil else { return self }
        var rows: [[Report.Cell]] = []
        try forEachRow { rows.append($0) }
        return Report.Table(caption: caption, paragraphs: paragraphs, columns: columns, rows: rows, totals: try resolvedTotals(),
                            page: page)
    }
}

extension Report {
    /// The report with every fed table read into memory.
    public func materialised() throws -> Report {
        var copy = self
        copy.tables = try tables.map { try $0.materialised() }
        // The later notes stay later (JSON prints them after the rows), worked out once, now.
        if let later = try laterNotes?() { copy.laterNotes = { later } }
        return copy
    }

    /// True when a table is fed row by row.
    public var isStreamed: Bool { tables.contains { $0.feed != nil } }
}

/// A bounded look-ahead over fed rows: the first `size` rows are held so renderers that must know
/// something of the whole (column widths, which columns are labelled) decide it from them; a
/// listing that fits in the window is rendered exactly as if it were in memory.
struct LookAhead {
    /// 250 rows: a grassroots union's month of vouchers fits, and a long listing's first row is not
    /// held for long. The member register's rows take ≈ 15 µs each to read and build, so a
    /// 1,000-row window put its table and JSON first rows at 40–54 ms of the 50 ms budget.
    static let size = 250
}
