import UnionCore
import InputFiles
import GRDB
import LedgerCore
import LedgerSQLite
import LedgerStore

/// The standardization targets for an organisation kind (基层工会规范化建设): 入会率 and 实名制率.
public struct MembershipTarget: Sendable, Hashable {
    public var membership: Rate
    public var realName: Rate

    public init(membership: Rate, realName: Rate) {
        self.membership = membership
        self.realName = realName
    }
}

/// Counts for one group (a unit, an employment type, or all).
public struct MembershipCounts: Sendable, Hashable {
    /// 职工人数, when known (declared, or from payroll declarations).
    public var employees: Int?
    /// Active members (在册), the numerator of 入会率: retained members are no longer employees.
    public var activeMembers: Int = 0
    /// Active and retained members, the denominator of 实名制率.
    public var members: Int = 0
    /// Of `members`, those with a valid national ID on the register.
    public var withRegisteredID: Int = 0

    /// People still to recruit for `target` (0 when met; nil without an employee count).
    public func membershipGap(_ target: Rate) -> Int? {
        employees.map { max(0, MembershipCounts.needed(target, of: $0) - activeMembers) }
    }

    /// Members still to register with an ID for `target`.
    public func realNameGap(_ target: Rate) -> Int { max(0, MembershipCounts.needed(target, of: members) - withRegisteredID) }

    /// ⌈target × whole⌉, exactly.
    static func needed(_ target: Rate, of whole: Int) -> Int {
        let product = Int64(whole) * target.numerator
        return Int((product + target.denominator - 1) / target.denominator)
    }
}

/// 入会率 and 实名制率 by unit and by employment type, at a date, against each unit kind's target.
public struct MembershipStatistics: Sendable {
    public struct UnitRow: Sendable, Hashable {
        public var code: String
        public var name: String
        public var kind: String
        public var counts: MembershipCounts
        /// nil when the policy sets no target for the kind.
        public var target: MembershipTarget?
    }

    public struct TypeRow: Sendable, Hashable {
        public var type: EmploymentType
        public var counts: MembershipCounts
        /// Members with an ID the targets ask for: each member weighted by their unit kind's
        /// 实名制率 target, rounded up (nil when no unit of these members has a target).
        public var realNameNeeded: Int?
    }

    public var asOf: LocalDate
    public var units: [UnitRow]
    public var types: [TypeRow]
    public var total: MembershipCounts

    /// Works the statistics out for every registered unit with members or an employee count.
    /// - Parameters:
    ///   - unit: only this unit.
    ///   - targets: the target for an organisation kind, from the policy in force.
    public static func compute(database: LedgerDatabase, asOf: LocalDate, unit: String? = nil,
                               targets: (String) -> MembershipTarget?) throws -> MembershipStatistics {
        try database.read { db in
            let month = asOf.yearMonth
            let organisations = try Row.fetchAll(db, sql: "SELECT code, name, kind FROM organisation ORDER BY code")
            let kinds = Dictionary(organisations.map { ($0["code"] as String, $0["kind"] as String) }, uniquingKeysWith: { first, _ in first })
            var counts: [String: MembershipCounts] = [:]
            var typeCounts: [EmploymentType: MembershipCounts] = [:]
            // Σ of each member's unit target, in millionths, per employment type.
            var typeTargetMillionths: [EmploymentType: Int64] = [:]
            for member in try StoredMember.members(db, in: month) where member.joinDate <= asOf && member.status.isMember {
                guard unit == nil || member.unit == unit else { continue }
                counts[member.unit, default: MembershipCounts()].add(member)
                typeCounts[member.employmentType, default: MembershipCounts()].add(member)
                if let target = kinds[member.unit].flatMap(targets) {
                    typeTargetMillionths[member.employmentType, default: 0] += target.realName.numerator * 1_000_000 / target.realName.denominator
                }
            }
            // The latest count at or before the month: the payroll declarations' headcount (the
            // latest revision of the latest month declared, issue 4), or a count recorded with
            // `org set --employees`; in the same month the declaration wins.
            for row in try Row.fetchAll(db, sql: """
                SELECT o.code,
                       (SELECT d.month FROM payroll_declaration d WHERE d.unit_id = o.id AND d.month <= ?
                        ORDER BY d.month DESC, d.revision DESC LIMIT 1) AS payroll_month,
                       (SELECT d.headcount FROM payroll_declaration d WHERE d.unit_id = o.id AND d.month <= ?
                        ORDER BY d.month DESC, d.revision DESC LIMIT 1) AS payroll_headcount,
                       (SELECT h.from_ordinal FROM unit_headcount h WHERE h.org_id = o.id AND h.from_ordinal <= ?
                        ORDER BY h.from_ordinal DESC, h.source = 'payroll' DESC LIMIT 1) AS declared_month,
                       (SELECT h.employees FROM unit_headcount h WHERE h.org_id = o.id AND h.from_ordinal <= ?
                        ORDER BY h.from_ordinal DESC, h.source = 'payroll' DESC LIMIT 1) AS declared_employees
                FROM organisation o
                """, arguments: [month.ordinal, month.ordinal, month.ordinal, month.ordinal]) {
                let payrollMonth: Int? = row["payroll_month"], declaredMonth: Int? = row["declared_month"]
                let employees: Int?
                if let payrollMonth, payrollMonth >= (declaredMonth ?? Int.min) {
                    employees = row["payroll_headcount"]
                } else {
                    employees = row["declared_employees"]
                }
                guard let employees else { continue }
                let code: String = row["code"]
                guard unit == nil || code == unit else { continue }
                counts[code, default: MembershipCounts()].employees = employees
            }
            let units = organisations.compactMap { row -> UnitRow? in
                let code: String = row["code"]
                guard let unitCounts = counts[code] else { return nil }
                let kind: String = row["kind"]
                return UnitRow(code: code, name: row["name"], kind: kind, counts: unitCounts, target: targets(kind))
            }
            var total = MembershipCounts(employees: units.contains { $0.counts.employees != nil } ? 0 : nil)
            for row in units {
                total.activeMembers += row.counts.activeMembers
                total.members += row.counts.members
                total.withRegisteredID += row.counts.withRegisteredID
                if let employees = row.counts.employees { total.employees = (total.employees ?? 0) + employees }
            }
            let types = EmploymentType.allCases.compactMap { type in
                typeCounts[type].map { counts in
                    TypeRow(type: type, counts: counts, realNameNeeded: typeTargetMillionths[type].map { Int(($0 + 999_999) / 1_000_000) })
                }
            }
            return MembershipStatistics(asOf: asOf, units: units, types: types, total: total)
        }
    }
}

extension MembershipCounts {
    mutating func add(_ member: Member) {
        members += 1
        if member.status == .active { activeMembers += 1 }
        if member.hasRegisteredID { withRegisteredID += 1 }
    }
}
