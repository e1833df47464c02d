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
}
