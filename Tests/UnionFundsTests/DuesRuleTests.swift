import LedgerCore
import Testing
@testable import UnionCore
@testable import UnionAllocation
@testable import UnionMembers
@testable import UnionStatements

@Suite("dues rule (DOMAIN §3, §8)")
struct DuesRuleTests {
    @Test("dues = ⌊wage / 10⌋ × 10 × 0.5%, half-up to the fen", arguments: [
        ("4,567.89", "4560.00", "22.80"),   // DOMAIN §8.2
        ("3,009.99", "3000.00", "15.00"),   // DOMAIN §8.2
        ("9.99", "0.00", "0.00"),
        ("10.00", "10.00", "0.05"),
        ("19.99", "10.00", "0.05"),
        ("4,570.00", "4570.00", "22.85"),
        ("17,802.17", "17800.00", "89.00"),
        ("5,277.15", "5270.00", "26.35"),
        ("0.00", "0.00", "0.00"),
    ])
    func duesOnWage(_ wage: String, _ base: String, _ dues: String) throws {
        let rule = DuesRule.standard
        #expect(rule.base(forWage: try Money(parsing: wage)).plainString == base)
        #expect(try rule.dues(onWage: try Money(parsing: wage)).plainString == dues)
    }

    @Test("rounds half-up when the rate leaves a half fen")
    func roundsHalfUp() throws {
        // 1% on 10.50 with a 0.01 unit is 0.105: half-up gives 0.11.
        let rule = DuesRule(rate: try Rate(numerator: 1, denominator: 100), wageUnit: Money(fen: 1), exemptStatuses: [])
        #expect(try rule.dues(onWage: try Money(parsing: "10.50")).plainString == "0.11")
    }

    @Test("retained members owe nothing; withdrawn and transferred members are not assessed", arguments: [
        (MemberStatus.active, "22.80", false, true),
        (.retainedExempt, "0.00", true, true),
        (.withdrawn, "", false, false),
        (.transferredOut, "", false, false),
    ])
    func statuses(_ status: MemberStatus, _ amount: String, _ exempt: Bool, _ assessed: Bool) throws {
        let due = try DuesRule.standard.assessment(status: status, wage: try Money(parsing: "4,567.89"))
        #expect((due != nil) == assessed)
        if let due {
            #expect(due.amount.plainString == amount)
            #expect(due.exempt == exempt)
        }
    }

    static func candidate(_ status: MemberStatus, wage: String, existing: DuesAssessment?, paid: Bool = false) -> DuesCandidate {
        DuesCandidate(memberNumber: "M1", unit: "GH1", status: status, wageBase: (try? Money(parsing: wage)) ?? .zero,
                      existing: existing, hasPayments: paid)
    }

    static let due2280 = DuesAssessment(base: Money(fen: 456_000), amount: Money(fen: 2_280), exempt: false)
    static let due2500 = DuesAssessment(base: Money(fen: 500_000), amount: Money(fen: 2_500), exempt: false)

    @Test("assessing again changes only unpaid months whose wage or status moved", arguments: [
        (candidate(.active, wage: "4,567.89", existing: nil), DuesAssessmentStep.insert(due2280)),
        (candidate(.retainedExempt, wage: "4,567.89", existing: nil),
         .insert(DuesAssessment(base: Money(fen: 456_000), amount: .zero, exempt: true))),
        (candidate(.withdrawn, wage: "4,567.89", existing: nil), .none),
        (candidate(.active, wage: "4,567.89", existing: due2280), .unchanged),
        (candidate(.active, wage: "5,000.00", existing: due2280), .update(due2500)),
        (candidate(.active, wage: "5,000.00", existing: due2280, paid: true), .paidNotReassessed),
        (candidate(.withdrawn, wage: "4,567.89", existing: due2280), .delete),
        (candidate(.withdrawn, wage: "4,567.89", existing: due2280, paid: true), .paidNotReassessed),
    ])
    func assessmentSteps(_ candidate: DuesCandidate, _ expected: DuesAssessmentStep) throws {
        #expect(try DuesAssessmentStep(candidate, rule: .standard) == expected)
    }

    @Test("books keep the dues of their own members and of units below without books, never past a union with books")
    func scope() {
        let register = [
            RegisteredOrganisation(code: "XF", name: "县总工会", kind: "county-federation", parent: nil, keepsBooks: true),
            RegisteredOrganisation(code: "GH1", name: "工会一", kind: "enterprise", parent: "XF", keepsBooks: true),
            RegisteredOrganisation(code: "FH1", name: "分会", kind: "enterprise", parent: "GH1"),
            RegisteredOrganisation(code: "FH2", name: "分会之下", kind: "enterprise", parent: "FH1"),
            RegisteredOrganisation(code: "DW9", name: "直属单位", kind: "enterprise", parent: "XF"),
            RegisteredOrganisation(code: "LONE", name: "无上级", kind: "enterprise", parent: nil),
        ]
        #expect(DuesScope.units(keptBy: "GH1", organisations: register) == ["GH1", "FH1", "FH2"])
        #expect(DuesScope.units(keptBy: "XF", organisations: register) == ["XF", "DW9"])
        #expect(DuesScope.units(keptBy: "LONE", organisations: register) == ["LONE"])
    }
}
