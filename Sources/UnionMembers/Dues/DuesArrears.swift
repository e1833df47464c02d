import LedgerCore

/// A member's unpaid dues at a date.
public struct MemberDuesArrears: Sendable, Hashable {
    public var memberNumber: String
    public var name: String
    public var unit: String
    /// Months assessed, ended by the as-of date, and not (fully) paid, ascending.
    public var unpaidMonths: [YearMonth]
    public var amount: Money
    /// The longest run of consecutive calendar months unpaid.
    public var longestRun: Int

    /// 中国工会章程 art. 5: six consecutive months without paying dues, without good reason and
    /// after persuasion, counts as withdrawal. Flagged for the committee, never applied by itself.
    public static let consecutiveMonthsForWithdrawal = 6
    public var isWithdrawalCandidate: Bool { longestRun >= Self.consecutiveMonthsForWithdrawal }

    /// The last month that has ended on or before `asOf` (the month itself when `asOf` is its last day).
    public static func lastEndedMonth(asOf: LocalDate) -> YearMonth {
        asOf.day == asOf.yearMonth.dayCount ? asOf.yearMonth : asOf.yearMonth.previous
    }

    /// Each member's arrears from their dues lines.
    /// - Parameter lines: non-exempt lines of months that have ended, grouped by member (each
    ///   member's lines adjacent) and ascending by month within a member.
    /// - Returns: the members who owe something, in the order of `lines`.
    /// - Throws: `LedgerError.amountMustFitRange` when a member's total overflows.
    /// - Complexity: O(lines).
    public static func arrears(from lines: [DuesLine]) throws -> [MemberDuesArrears] {
        var result: [MemberDuesArrears] = []
        var index = 0
        while index < lines.count {
            let first = lines[index]
            var unpaid: [YearMonth] = []
            var amount = Money.zero
            while index < lines.count, lines[index].memberNumber == first.memberNumber {
                let line = lines[index]
                if line.outstanding.isPositive {
                    unpaid.append(line.month)
                    amount = try amount.adding(line.outstanding)
                }
                index += 1
            }
            guard !unpaid.isEmpty else { continue }
            result.append(MemberDuesArrears(memberNumber: first.memberNumber, name: first.name, unit: first.unit,
                                            unpaidMonths: unpaid, amount: amount, longestRun: longestRun(of: unpaid)))
        }
        return result
    }

    /// The longest run of consecutive calendar months in `months` (ascending); 0 when empty.
    public static func longestRun(of months: [YearMonth]) -> Int {
        guard !months.isEmpty else { return 0 }
        var longest = 1, run = 1
        for (previous, month) in zip(months, months.dropFirst()) {
            run = month.ordinal == previous.ordinal + 1 ? run + 1 : 1
            longest = max(longest, run)
        }
        return longest
    }
}
