import LedgerCore
import UnionCore

/// How long a unit's oldest unpaid month has been overdue.
public enum AgingBucket: String, Sendable, CaseIterable, Codable {
    /// Due, not yet late (the as-of date is the due date).
    case current
    case upTo3 = "0-3"
    case from4To6 = "4-6"
    case from7To12 = "7-12"
    case over12 = "12+"

    /// Whole or part months from the due date to `asOf`: due 02-15, as of 03-07 → 1; as of 03-16 → 2.
    public static func monthsOverdue(dueDate: LocalDate, asOf: LocalDate) -> Int {
        guard asOf > dueDate else { return 0 }
        let months = asOf.yearMonth.ordinal - dueDate.yearMonth.ordinal
        return asOf.day > dueDate.day ? months + 1 : max(months, 1)
    }

    public init(monthsOverdue: Int) {
        switch monthsOverdue {
        case ...0: self = .current
        case 1...3: self = .upTo3
        case 4...6: self = .from4To6
        case 7...12: self = .from7To12
        default: self = .over12
        }
    }

    public func name(in language: Language) -> String {
        switch self {
        case .current: language.pick("未逾期", "not late")
        case .upTo3: language.pick("3个月以内", "≤ 3 months")
        case .from4To6: language.pick("4—6个月", "4–6 months")
        case .from7To12: language.pick("7—12个月", "7–12 months")
        case .over12: language.pick("12个月以上", "> 12 months")
        }
    }
}
