import UnionCore
import InputFiles
import GRDB
import LedgerCore
import LedgerSQLite
import LedgerStore

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

    public var outstanding: Money { Money(fen: max(0, amount.fen - paid.fen)) }
}

extension Books {
    /// Assesses a month's dues (会费核定) for every member whose dues these books keep: the member's
    /// status and wage base in force that month under `rule`. Posts nothing (cash basis: the
    /// revenue is booked when collected). Assessing again is a no-op, except that an unpaid
    /// assessment follows a back-dated wage or status change; a month with a payment is left alone.
    public func assessDues(month: YearMonth, rule: DuesRule) throws -> DuesAssessmentOutcome {
        try database.write { db in
            let units = try DuesScope.unitIDs(db, books: organisation.id)
            var outcome = DuesAssessmentOutcome(month: month, assessed: 0, reassessed: 0, unchanged: 0, paidNotReassessed: 0,
                                                exempt: 0, total: .zero)
            let lastDay = try LocalDate(year: month.year, month: month.month, day: month.dayCount).description
            let rows = try Row.fetchAll(db, sql: """
                SELECT m.id, m.unit_id, s.status, s.wage_fen, a.amount_fen, a.base_fen, a.exempt,
                       (SELECT count(*) FROM dues_payment p WHERE p.member_id = m.id AND p.ordinal = ?) AS payments
                FROM member m
                JOIN member_state s ON s.member_id = m.id
                 AND s.from_ordinal = (SELECT max(from_ordinal) FROM member_state x WHERE x.member_id = m.id AND x.from_ordinal <= ?)
                LEFT JOIN dues_assessment a ON a.member_id = m.id AND a.ordinal = ?
                WHERE m.join_date <= ?
                ORDER BY m.id
                """, arguments: [month.ordinal, month.ordinal, month.ordinal, lastDay])
            for row in rows where units.contains(row["unit_id"] as Int64) {
                let memberID: Int64 = row["id"]
                let status = MemberStatus(rawValue: row["status"]) ?? .active
                let due = try rule.assessment(status: status, wage: Money(fen: row["wage_fen"]))
                let existingAmount: Int64? = row["amount_fen"]
                let hasPayments = (row["payments"] as Int) > 0
                if let existingAmount {
                    let same = due.map { $0.amount.fen == existingAmount && $0.base.fen == (row["base_fen"] as Int64)
                        && $0.exempt == (row["exempt"] as Bool) } ?? false
                    if same {
                        outcome.unchanged += 1
                    } else if hasPayments {
                        outcome.paidNotReassessed += 1
                    } else if let due {
                        try db.execute(sql: """
                            UPDATE dues_assessment SET base_fen = ?, amount_fen = ?, exempt = ?, assessed_at = ?, assessed_by = ?
                            WHERE member_id = ? AND ordinal = ?
                            """, arguments: [due.base.fen, due.amount.fen, due.exempt, clock.now(), user, memberID, month.ordinal])
                        outcome.reassessed += 1
                    } else {
                        // No longer a member that month (a back-dated withdrawal): nothing is owed.
                        try db.execute(sql: "DELETE FROM dues_assessment WHERE member_id = ? AND ordinal = ?",
                                       arguments: [memberID, month.ordinal])
                        outcome.reassessed += 1
                    }
                } else if let due {
                    try db.execute(sql: """
                        INSERT INTO dues_assessment(member_id, ordinal, org_id, base_fen, amount_fen, exempt, assessed_at, assessed_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [memberID, month.ordinal, organisation.id, due.base.fen, due.amount.fen, due.exempt,
                                         clock.now(), user])
                    outcome.assessed += 1
                }
            }
            let summary = try Row.fetchOne(db, sql: """
                SELECT coalesce(sum(amount_fen), 0) AS total, coalesce(sum(exempt), 0) AS exempt
                FROM dues_assessment WHERE org_id = ? AND ordinal = ?
                """, arguments: [organisation.id, month.ordinal])
            outcome.total = Money(fen: summary?["total"] ?? 0)
            outcome.exempt = summary?["exempt"] ?? 0
            // Assessing again with nothing to change writes nothing at all.
            guard outcome.assessed + outcome.reassessed > 0 else { return outcome }
            try db.execute(sql: "INSERT INTO event(org_id, at, user, action, detail) VALUES (?, ?, ?, 'dues.assess', ?)",
                           arguments: [organisation.id, clock.now(), user,
                                       "\(month): \(outcome.assessed) assessed, \(outcome.reassessed) reassessed, total \(outcome.total.plainString)"])
            return outcome
        }
    }

    /// The month's dues lines, by unit and member.
    public func duesLines(month: YearMonth) throws -> [DuesLine] {
        try database.read { db in try DuesLine.fetch(db, books: organisation.id, where: "a.ordinal = ?", [month.ordinal]) }
    }
}

extension DuesLine {
    static func fetch(_ db: Database, books organisationID: Int64, where condition: String, _ arguments: [any DatabaseValueConvertible]) throws -> [DuesLine] {
        try Row.fetchAll(db, sql: """
            SELECT m.member_no, m.name, o.code AS unit, a.ordinal, a.base_fen, a.amount_fen, a.exempt,
                   coalesce((SELECT sum(p.amount_fen) FROM dues_payment p WHERE p.member_id = a.member_id AND p.ordinal = a.ordinal), 0) AS paid
            FROM dues_assessment a JOIN member m ON m.id = a.member_id JOIN organisation o ON o.id = m.unit_id
            WHERE a.org_id = ? AND \(condition)
            ORDER BY o.code, m.member_no, a.ordinal
            """, arguments: StatementArguments([organisationID] + arguments)).map { row in
            DuesLine(memberNumber: row["member_no"], name: row["name"], unit: row["unit"], month: YearMonth(ordinal: row["ordinal"]),
                     base: Money(fen: row["base_fen"]), amount: Money(fen: row["amount_fen"]), paid: Money(fen: row["paid"]),
                     exempt: row["exempt"])
        }
    }
}
