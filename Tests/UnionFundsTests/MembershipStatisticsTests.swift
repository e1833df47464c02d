import LedgerCore
import Reporting
import Testing
@testable import UnionCore
@testable import UnionMembers

/// 入会率 and 实名制率 against the standardization targets, from register values alone.
@Suite("membership statistics (no database)")
struct MembershipStatisticsTests {
    static let organisations = [
        RegisteredOrganisation(code: "GH1", name: "机械厂工会", kind: "enterprise", parent: nil, keepsBooks: true),
        RegisteredOrganisation(code: "GH2", name: "一中工会", kind: "institution", parent: nil, keepsBooks: true),
        RegisteredOrganisation(code: "GH3", name: "新厂", kind: "enterprise", parent: "GH1"),
        RegisteredOrganisation(code: "XF", name: "总工会", kind: "county-federation", parent: nil),
    ]
    static let targets: [String: MembershipTarget] = [
        "enterprise": MembershipTarget(membership: rate(80), realName: rate(90)),
        "institution": MembershipTarget(membership: rate(95), realName: rate(95)),
    ]
    static let asOf = day("2026-11-21")

    static func rate(_ percent: Int64) -> Rate {
        (try? Rate(numerator: percent, denominator: 100)) ?? { preconditionFailure("\(percent)% is a valid rate") }()
    }

    static func member(_ number: String, _ unit: String, _ status: MemberStatus, id: Bool, _ type: EmploymentType = .contract,
                       joined: String = "2020-01-01") -> Member {
        Member(number: number, name: "名", maskedID: id ? "150102********3640" : "", idIsLegacy: false, unit: unit, department: "",
               joinDate: day(joined), employmentType: type, status: status, wageBase: Money(fen: 500_000),
               stateFrom: asOf.yearMonth)
    }

    static let members = [
        member("A1", "GH1", .active, id: true),
        member("A2", "GH1", .active, id: false),
        member("A3", "GH1", .retainedExempt, id: true, .migrant),
        member("A4", "GH1", .withdrawn, id: true),
        member("A5", "GH1", .active, id: true, joined: "2026-11-22"),
        member("B1", "GH2", .active, id: true),
    ]

    static func statistics(unit: String? = nil) -> MembershipStatistics {
        MembershipStatistics(asOf: asOf, unit: unit, organisations: organisations, members: members,
                             employees: ["GH1": 5, "GH3": 10], targets: { targets[$0] })
    }

    @Test("active members over employees, members with an ID over members (retained counted), gaps to the targets")
    func units() throws {
        let units = Self.statistics().units
        #expect(units.map(\.code) == ["GH1", "GH2", "GH3"], "units with members or an employee count, by code")
        let gh1 = units[0].counts
        #expect(gh1 == MembershipCounts(employees: 5, activeMembers: 2, members: 3, withRegisteredID: 2))
        #expect(gh1.membershipGap(Self.rate(80)) == 2, "⌈80% × 5⌉ = 4 active needed, 2 there")
        #expect(gh1.realNameGap(Self.rate(90)) == 1, "⌈90% × 3⌉ = 3 with an ID needed, 2 there")
        #expect(units[1].counts.employees == nil && units[1].counts.membershipGap(Self.rate(95)) == nil)
        #expect(units[1].counts.realNameGap(Self.rate(95)) == 0)
        #expect(units[2].counts.membershipGap(Self.rate(80)) == 8)
        #expect(units[0].target == Self.targets["enterprise"] && units[1].target == Self.targets["institution"])
        #expect(Report.percent(gh1.activeMembers, of: gh1.employees) == "40.0%")
        #expect(Report.percent(gh1.withRegisteredID, of: gh1.members) == "66.7%")
        #expect(Report.percent(1, of: nil) == "—" && Report.percent(0, of: 0) == "—")
    }

    @Test("totals add the units; employees only where counted")
    func total() {
        #expect(Self.statistics().total == MembershipCounts(employees: 15, activeMembers: 3, members: 4, withRegisteredID: 3))
    }

    @Test("by employment type, the IDs the targets ask for add each member's unit-kind target, rounded up")
    func types() {
        let types = Self.statistics().types
        #expect(types.map(\.type) == [.contract, .migrant])
        #expect(types[0].counts == MembershipCounts(employees: nil, activeMembers: 3, members: 3, withRegisteredID: 2))
        #expect(types[0].realNameNeeded == 3, "90% + 90% + 95% = 2.75, rounded up")
        #expect(types[1].counts == MembershipCounts(employees: nil, activeMembers: 0, members: 1, withRegisteredID: 1))
        #expect(types[1].realNameNeeded == 1)
    }

    @Test("one unit only")
    func oneUnit() {
        let statistics = Self.statistics(unit: "GH2")
        #expect(statistics.units.map(\.code) == ["GH2"])
        #expect(statistics.total == MembershipCounts(employees: nil, activeMembers: 1, members: 1, withRegisteredID: 1))
    }

    @Test("the needed count is ⌈target × whole⌉ exactly", arguments: [(80, 5, 4), (85, 7, 6), (95, 20, 19), (90, 0, 0), (100, 3, 3)])
    func needed(_ percent: Int64, _ whole: Int, _ expected: Int) {
        #expect(MembershipCounts.needed(Self.rate(percent), of: whole) == expected)
    }
}
