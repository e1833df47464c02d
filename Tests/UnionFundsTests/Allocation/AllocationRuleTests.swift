import InputFiles
import Foundation
import LedgerCore
import LedgerSQLite
import LedgerStore
import Testing
@testable import UnionCore
@testable import UnionAllocation
@testable import UnionMembers
@testable import UnionStatements

/// Each allocation rule refused by a scenario of its own; a meta-test keeps the list complete.
@Suite("allocation rules catalogue")
struct AllocationRuleTests {
    /// Runs `body` on a fresh fixture and returns the rule it was refused under.
    static func refusal(_ body: (AllocationFixture) throws -> Void) -> String? {
        do {
            let f = try AllocationFixture()
            defer { f.remove() }
            try body(f)
            return nil
        } catch let rejected as RowsRejected {
            return (rejected.problems.first?.error as? any RuleError)?.rule
        } catch let error as any RuleError {
            return error.rule
        } catch {
            return "\(error)"
        }
    }

    static let scenarios: [(rule: String, body: @Sendable (AllocationFixture) throws -> Void)] = [
        ("unitMustBeRegistered", { f in _ = try f.importPayroll("p.csv", "NOPE,,2026-01,1,1.00\n") }),
        ("headcountMustBeWholeNumber", { f in _ = try f.importPayroll("p.csv", "T40,,2026-01,1.5,1.00\n") }),
        ("wageTotalMustNotBeNegative", { f in _ = try f.importPayroll("p.csv", "T40,,2026-01,1,-1.00\n") }),
        ("declarationMustNotConflict", { f in _ = try f.importPayroll("p.csv", "T40,,2026-01,1,1.00\nT40,,2026-01,1,2.00\n") }),
        ("unitDetailsMustMatchRegister", { f in
            _ = try OrganisationRegister(database: f.database, user: "t").importUnits(
                path: try f.write("u.csv", "code,name,kind,parent\nT40,别名,enterprise,XF\n"), displayName: "u.csv",
                channels: try f.policy.channelTerms(on: day("2026-01-01")))
        }),
        ("textMustBeSingleLine", { f in
            _ = try OrganisationRegister(database: f.database, user: "t").importUnits(
                path: try f.write("u.csv", "code,name,kind,parent\nN1,\"甲\n乙\",enterprise,XF\n"), displayName: "u.csv",
                channels: try f.policy.channelTerms(on: day("2026-01-01")))
        }),
        ("receiptMustNotBeRecordedTwice", { f in
            let book = RemittanceBook(database: f.database, user: "t")
            try book.record(RemittanceEntry(unit: "T40", date: day("2026-02-15"), amount: yuan("1.00"), reference: "R"))
            try book.record(RemittanceEntry(unit: "T40", date: day("2026-02-16"), amount: yuan("1.00"), reference: "R"))
        }),
        ("payerMustBeKnown", { _ in _ = try Payer(parsing: "bank") }),
        ("statusMustBeKnown", { _ in _ = try EnforcementStatus(parsing: "jail") }),
        ("federationLevelMustBeInPolicy", { f in
            _ = try f.importPayroll("p.csv", "T40,,2026-01,1,100.00\n")
            var policy = f.policy
            policy.allocation[0].terms.upward = [.init(level: "city", share: try Rate(numerator: 1, denominator: 1))]
            _ = try PayrollAllocator(database: f.database, user: "t", policy: policy).allocate(month: YearMonth(ordinal: 2026 * 12))
        }),
        ("policyMustBeComplete", { f in
            _ = try f.importPayroll("p.csv", "T40,,2026-01,1,100.00\n")
            var policy = f.policy
            policy.allocation = []
            _ = try PayrollAllocator(database: f.database, user: "t", policy: policy).allocate(month: YearMonth(ordinal: 2026 * 12))
        }),
        ("unitMustHavePaidPreparatoryFund", { f in
            try RemittanceBook(database: f.database, user: "t").refundPreparatoryFund(unit: "PR", on: day("2026-03-01"), newChannel: .direct)
        }),
        ("refundMustNotBeRepeated", { f in
            _ = try f.importPayroll("p.csv", "PR,,2026-01,1,100.00\n")
            _ = try PayrollAllocator(database: f.database, user: "t", policy: f.policy).allocate(month: YearMonth(ordinal: 2026 * 12))
            let book = RemittanceBook(database: f.database, user: "t")
            try book.record(RemittanceEntry(unit: "PR", date: day("2026-02-15"), amount: yuan("2.00")))
            try book.refundPreparatoryFund(unit: "PR", on: day("2026-03-01"), newChannel: .direct)
            try book.refundPreparatoryFund(unit: "PR", on: day("2026-03-02"), newChannel: .direct)
        }),
        ("unitMustOweArrears", { _ in throw AllocationError.unitMustOweArrears(code: "X") }),   // raised by the notice command
    ]

    @Test("each rule refuses its scenario", arguments: 0..<scenarios.count)
    func scenario(index: Int) {
        let (rule, body) = Self.scenarios[index]
        #expect(Self.refusal(body) == rule)
    }

    @Test("the scenarios cover every AllocationError case, each with a message in both languages")
    func complete() {
        #expect(Set(Self.scenarios.map(\.rule)) == Set(AllocationError.rules))
        let sample: [AllocationError] = [.unitMustBeRegistered(code: "X"), .policyMustBeComplete(section: "due", detail: "d")]
        for error in sample { #expect(!error.message(in: .zh).isEmpty && error.message(in: .en) != error.message(in: .zh)) }
    }
}
