import UnionCore
import InputFiles
import GRDB
import LedgerCore
import LedgerSQLite
import LedgerStore

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
}

extension Books {
    /// Unpaid dues per member at `asOf`: a month counts once it has ended on or before that date.
    /// Exempt months owe nothing and are not counted; partly paid months count as unpaid.
    /// - Complexity: one query over the books' assessments.
    public func duesArrears(asOf: LocalDate) throws -> [MemberDuesArrears] {
        let lastEndedMonth = asOf.day == asOf.yearMonth.dayCount ? asOf.yearMonth : asOf.yearMonth.previous
        let lines = try database.read { db in
            try DuesLine.fetch(db, books: organisation.id, where: "a.ordinal <= ? AND a.exempt = 0", [lastEndedMonth.ordinal])
        }
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
            var longest = 1, run = 1
            for (previous, month) in zip(unpaid, unpaid.dropFirst()) {
                run = month.ordinal == previous.ordinal + 1 ? run + 1 : 1
                longest = max(longest, run)
            }
            result.append(MemberDuesArrears(memberNumber: first.memberNumber, name: first.name, unit: first.unit,
                                            unpaidMonths: unpaid, amount: amount, longestRun: longest))
        }
        return result
    }
}
