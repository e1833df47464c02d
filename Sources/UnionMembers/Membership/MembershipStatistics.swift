import LedgerCore
import UnionCore

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

    /// Works the statistics out from the stores, for every registered unit with members or an employee count.
    /// - Parameters:
    ///   - unit: only this unit.
    ///   - targets: the target for an organisation kind, from the policy in force.
    public static func compute(members: any MemberStore, organisations: any OrganisationStore, asOf: LocalDate,
                               unit: String? = nil, targets: (String) -> MembershipTarget?) throws -> MembershipStatistics {
        MembershipStatistics(asOf: asOf, unit: unit, organisations: try organisations.organisations(),
                             members: try members.members(in: asOf.yearMonth),
                             employees: try members.employeeCounts(in: asOf.yearMonth), targets: targets)
    }

    /// The statistics over what the register holds.
    /// - Parameters:
    ///   - organisations: the register, by code (the order of the rows).
    ///   - members: the members in `asOf`'s month with the state in force then; those who join
    ///     after `asOf` or are no longer members are not counted.
    ///   - employees: each unit's employee count in `asOf`'s month.
    ///   - unit: only this unit.
    ///   - targets: the target for an organisation kind.
    /// - Complexity: O(organisations + members).
    public init(asOf: LocalDate, unit: String? = nil, organisations: [RegisteredOrganisation], members: [Member],
                employees: [String: Int], targets: (String) -> MembershipTarget?) {
        let kinds = Dictionary(organisations.map { ($0.code, $0.kind) }, uniquingKeysWith: { first, _ in first })
        var counts: [String: MembershipCounts] = [:]
        var typeCounts: [EmploymentType: MembershipCounts] = [:]
        // Σ of each member's unit target, in millionths, per employment type.
        var typeTargetMillionths: [EmploymentType: Int64] = [:]
        for member in members where member.joinDate <= asOf && member.status.isMember {
            guard unit == nil || member.unit == unit else { continue }
            counts[member.unit, default: MembershipCounts()].add(member)
            typeCounts[member.employmentType, default: MembershipCounts()].add(member)
            if let target = kinds[member.unit].flatMap(targets) {
                typeTargetMillionths[member.employmentType, default: 0] += target.realName.numerator * 1_000_000 / target.realName.denominator
            }
        }
        for (code, count) in employees where unit == nil || code == unit {
            counts[code, default: MembershipCounts()].employees = count
        }
        let units = organisations.compactMap { organisation -> UnitRow? in
            guard let unitCounts = counts[organisation.code] else { return nil }
            return UnitRow(code: organisation.code, name: organisation.name, kind: organisation.kind, counts: unitCounts,
                           target: targets(organisation.kind))
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
        self.init(asOf: asOf, units: units, types: types, total: total)
    }

    public init(asOf: LocalDate, units: [UnitRow], types: [TypeRow], total: MembershipCounts) {
        self.asOf = asOf
        self.units = units
        self.types = types
        self.total = total
    }
}

extension MembershipCounts {
    mutating func add(_ member: Member) {
        members += 1
        if member.status == .active { activeMembers += 1 }
        if member.hasRegisteredID { withRegisteredID += 1 }
    }
}
