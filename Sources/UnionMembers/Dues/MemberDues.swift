import LedgerCore
import LedgerStore

/// The dues of the members whose dues one set of books keeps (会费): assessment, collection and
/// arrears, each over `store` and through the books' one posting path.
///
/// Which members: those of the books' own organisation and of every registered unit below it that
/// keeps no books of its own (`DuesScope`).
public struct MemberDues: Sendable {
    public let store: any DuesStore
    public let books: any Books

    public init(store: any DuesStore, books: any Books) {
        self.store = store
        self.books = books
    }

    /// The month's dues lines, by unit and member.
    public func lines(month: YearMonth) throws -> [DuesLine] {
        try store.duesLines(books: books.organisation, month: month)
    }

    /// Unpaid dues per member at `asOf`: a month counts once it has ended on or before that date.
    /// Exempt months owe nothing and are not counted; partly paid months count as unpaid.
    ///
    /// As of a date means what was known on that date: payments dated after `asOf` do not count,
    /// so a report for a past date (and its six-month flag) does not change when a late payment
    /// arrives (as the federation's `ArrearsStatement` counts only receipts by its as-of date).
    /// - Complexity: one read of the books' assessments; O(lines).
    public func arrears(asOf: LocalDate) throws -> [MemberDuesArrears] {
        let lines = try store.owedDuesLines(books: books.organisation, through: MemberDuesArrears.lastEndedMonth(asOf: asOf),
                                            paidBy: asOf)
        return try MemberDuesArrears.arrears(from: lines)
    }
}
