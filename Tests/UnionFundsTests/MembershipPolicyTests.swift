import Foundation
import LedgerCore
import Testing
@testable import UnionCore
@testable import UnionAllocation
@testable import UnionMembers
@testable import UnionStatements

@Suite("dues and membership-target policy sections")
struct MembershipPolicyTests {
    @Test("every built-in policy gives the national dues rule and a target for each kind the register uses",
          arguments: BuiltinPolicies.names)
    func builtinPolicies(_ name: String) throws {
        let document = try #require(BuiltinPolicies.document(named: name))
        let dues = try document.section("dues", as: DuesPolicy.self).entry(for: try YearMonth(year: 2026, month: 3))
        #expect(dues.rule == DuesRule.standard)
        #expect(try dues.rule.dues(onWage: try Money(parsing: "4567.89")).plainString == "22.80")
        let targets = try document.section("membership_targets", as: MembershipTargetsPolicy.self).entry(on: day("2026-11-21")).targets
        for kind in ["enterprise", "joint", "town", "street", "industry", "county-federation", "state-enterprise", "institution", "organ"] {
            #expect(targets[kind] != nil, "\(name) has no target for \(kind)")
        }
        #expect(targets["enterprise"]?.membership == (try Rate(numerator: 80, denominator: 100)))
        #expect(targets["organ"]?.realName == (try Rate(numerator: 95, denominator: 100)))
    }

    @Test("a dues entry with an unknown exempt status or a zero wage unit is refused, naming the place")
    func refusesBadEntries() throws {
        for (entry, path) in [
            (#"{"effective_from": "2020-01-01", "rate": "0.5%", "wage_unit": "10.00", "exempt_statuses": ["retired"]}"#, "dues[0].exempt_statuses"),
            (#"{"effective_from": "2020-01-01", "rate": "0.5%", "wage_unit": "0.00"}"#, "dues[0].wage_unit"),
            (#"{"effective_from": "2020-01-01", "rate": "half", "wage_unit": "10.00"}"#, "dues[0].rate"),
        ] {
            let json = #"{"name": "x", "title": "x", "dues": ["# + entry + "]}"
            let document = try PolicyDocument(json: Data(json.utf8), source: "x.json")
            #expect(throws: UnionFundsError.self) { try document.section("dues", as: DuesPolicy.self) }
            do { _ = try document.section("dues", as: DuesPolicy.self) } catch {
                guard case .policyMustBeValid(_, let errorPath, _) = error else { Issue.record("\(error)"); continue }
                #expect(errorPath == path)
            }
        }
    }
}
