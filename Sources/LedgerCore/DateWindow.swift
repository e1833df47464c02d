/// The dates the books accept: from their first month (`periodMustBeWithinBooks`) to the end of
/// the year after the clock's today. A typo such as 2062 for 2026 would otherwise move every
/// default report's range and sit in the journal for good.
public struct DateWindow: Sendable, Hashable {
    /// Years after today's that a voucher may be dated in, unless the policy says otherwise
    /// (`vouchers.date_window_years_ahead`): next year's, for accruals and budgets.
    public static let yearsAhead = 1

    public var latest: LocalDate

    public init(today: LocalDate, yearsAhead: Int = DateWindow.yearsAhead) {
        latest = (try? LocalDate(year: today.year + max(0, min(yearsAhead, 100)), month: 12, day: 31)) ?? today
    }

    /// - Throws: `.dateMustBeWithinWindow`.
    public func require(_ date: LocalDate, earliest: YearMonth) throws(LedgerError) {
        guard date <= latest else {
            throw .dateMustBeWithinWindow(date: date.description, from: "\(earliest)-01", to: latest.description)
        }
    }
}
