import LedgerCore

/// The months an audit covers, from what a user typed: `YYYY-MM`, or whole months as dates
/// (`2026-01-01` … `2026-12-31`). Audits work on whole months because the books close by month.
public enum AuditPeriod {
    /// - Parameters:
    ///   - from: `YYYY-MM` or the first day of a month; nil: January of `to`'s year.
    ///   - to: `YYYY-MM` or the last day of a month; nil: `latest`.
    ///   - books: the books' first and last months; the period must lie within them.
    /// - Throws: `AuditError.periodMustBeWholeMonths`, `.periodMustBeInBooks`; `LedgerError` for text that is no month.
    public static func parse(from: String?, to: String?, books: (from: YearMonth, to: YearMonth)) throws -> ClosedRange<YearMonth> {
        let last = try to.map { try month($0, end: true) } ?? books.to
        let first = try from.map { try month($0, end: false) } ?? YearMonth(year: last.year, month: 1)
        guard first <= last else { throw LedgerError.periodRangeMustBeOrdered(from: first.description, to: last.description) }
        guard books.from <= last, first <= books.to else {
            throw AuditError.periodMustBeInBooks(from: first.description, to: last.description, booksFrom: books.from.description,
                                                 booksTo: books.to.description)
        }
        // Months before the books hold nothing; months after the last voucher are still months of the audit.
        return max(first, books.from)...last
    }

    /// A month, or the first (last) day of one.
    static func month(_ text: String, end: Bool) throws -> YearMonth {
        let trimmed = text.trimmingSpaces()
        if trimmed.count == 7 { return try YearMonth(parsing: trimmed) }
        let date = try LocalDate(parsing: trimmed)
        guard date == (end ? date.yearMonth.lastDay : date.yearMonth.firstDay) else { throw AuditError.periodMustBeWholeMonths(value: trimmed) }
        return date.yearMonth
    }
}
