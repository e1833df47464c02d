import LedgerCore
import UnionCore

/// What `dues assess` did for a month.
public struct DuesAssessmentOutcome: Sendable, Hashable {
    public var month: YearMonth
    /// Newly assessed members (exempt ones included, at zero).
    public var assessed: Int
    /// Unpaid assessments whose amount changed because a wage or status change was back-dated.
    public var reassessed: Int
    /// Already assessed at the same amount: assessing twice changes nothing.
    public var unchanged: Int
    /// Assessments left as they were because something was paid on them, though the wage changed.
    public var paidNotReassessed: Int
    public var exempt: Int
    /// Dues of the month across every member assessed, as now on record.
    public var total: Money
}

/// One member's dues for one month, as on record.
public struct DuesLine: Sendable, Hashable {
    public var memberNumber: String
    public var name: String
    public var unit: String
    public var month: YearMonth
    public var base: Money
    public var amount: Money
    public var paid: Money
    public var exempt: Bool

    public init(memberNumber: String, name: String, unit: String, month: YearMonth, base: Money, amount: Money, paid: Money,
                exempt: Bool) {
        self.memberNumber = memberNumber
        self.name = name
        self.unit = unit
        self.month = month
        self.base = base
        self.amount = amount
        self.paid = paid
        self.exempt = exempt
    }

    /// What is still owed, never negative (an overpaid line owes nothing).
    public var outstanding: Money {
        // Stored amounts are never negative, so amount > paid ≥ 0 here and the difference cannot overflow.
        amount > paid ? Money(fen: amount.fen - paid.fen) : .zero
    }
}

extension MemberDues {
    /// Assesses a month's dues (会费核定) for every member whose dues these books keep: the member's
    /// status and wage base in force that month under `rule`. Posts nothing (cash basis: the
    /// revenue is booked when collected). Assessing again is a no-op, except that an unpaid
    /// assessment follows a back-dated wage or status change; a month with a payment is left alone.
    public func assess(month: YearMonth, rule: DuesRule) throws -> DuesAssessmentOutcome {
        try store.withDuesAssessment(books: books.organisation, user: books.user) { transaction in
            let units = DuesScope.units(keptBy: books.organisation.code, organisations: try transaction.organisations())
            var outcome = DuesAssessmentOutcome(month: month, assessed: 0, reassessed: 0, unchanged: 0, paidNotReassessed: 0,
                                                exempt: 0, total: .zero)
            for candidate in try transaction.assessmentCandidates(month: month) where units.contains(candidate.unit) {
                switch try DuesAssessmentStep(candidate, rule: rule) {
                case .none: break
                case .unchanged: outcome.unchanged += 1
                case .paidNotReassessed: outcome.paidNotReassessed += 1
                case .insert(let due):
                    try transaction.insertAssessment(memberNumber: candidate.memberNumber, month: month, due)
                    outcome.assessed += 1
                case .update(let due):
                    try transaction.updateAssessment(memberNumber: candidate.memberNumber, month: month, due)
                    outcome.reassessed += 1
                case .delete:
                    try transaction.deleteAssessment(memberNumber: candidate.memberNumber, month: month)
                    outcome.reassessed += 1
                }
            }
            (outcome.total, outcome.exempt) = try transaction.assessmentTotals(month: month)
            // Assessing again with nothing to change writes nothing at all.
            guard outcome.assessed + outcome.reassessed > 0 else { return outcome }
            try transaction.recordEvent(
                action: "dues.assess",
                detail: "\(month): \(outcome.assessed) assessed, \(outcome.reassessed) reassessed, total \(outcome.total.plainString)")
            return outcome
        }
    }
}

/// What an assessment run does for one member: the rule applied to their state, against what is on record.
enum DuesAssessmentStep: Hashable {
    /// Not a member that month, and nothing on record.
    case none
    /// On record at the same amount.
    case unchanged
    /// On record at another amount, but something was paid on it: left as it was.
    case paidNotReassessed
    case insert(DuesAssessment)
    /// An unpaid assessment follows a back-dated wage or status change.
    case update(DuesAssessment)
    /// No longer a member that month (a back-dated withdrawal): nothing is owed.
    case delete

    init(_ candidate: DuesCandidate, rule: DuesRule) throws(LedgerError) {
        let due = try rule.assessment(status: candidate.status, wage: candidate.wageBase)
        guard let existing = candidate.existing else {
            self = due.map(DuesAssessmentStep.insert) ?? .none
            return
        }
        if due == existing {
            self = .unchanged
        } else if candidate.hasPayments {
            self = .paidNotReassessed
        } else {
            self = due.map(DuesAssessmentStep.update) ?? .delete
        }
    }
}
