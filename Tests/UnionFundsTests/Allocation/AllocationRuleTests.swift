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

    static let scenarios: [(rule: AllocationError.Rule, body: @Sendable (AllocationFixture) throws -> Void)] = [
        (.unitMustBeRegistered, { f in _ = try f.importPayroll("p.csv", "NOPE,,2026-01,1,1.00\n") }),
        (.headcountMustBeWholeNumber, { f in _ = try f.importPayroll("p.csv", "T40,,2026-01,1.5,1.00\n") }),
        (.wageTotalMustNotBeNegative, { f in _ = try f.importPayroll("p.csv", "T40,,2026-01,1,-1.00\n") }),
        (.declarationMustNotConflict, { f in _ = try f.importPayroll("p.csv", "T40,,2026-01,1,1.00\nT40,,2026-01,1,2.00\n") }),
        (.unitDetailsMustMatchRegister, { f in
            _ = try UnitImport(store: f.store, user: "t").importFile(
                path: try f.write("u.csv", "code,name,kind,parent\nT40,别名,enterprise,XF\n"), displayName: "u.csv",
                channels: try f.policy.channelTerms(on: day("2026-01-01")))
        }),
        (.textMustBeSingleLine, { f in
            _ = try UnitImport(store: f.store, user: "t").importFile(
                path: try f.write("u.csv", "code,name,kind,parent\nN1,\"甲\n乙\",enterprise,XF\n"), displayName: "u.csv",
                channels: try f.policy.channelTerms(on: day("2026-01-01")))
        }),
        (.receiptMustNotBeRecordedTwice, { f in
            let book = RemittanceBook(store: f.store, user: "t")
            try book.record(RemittanceEntry(unit: "T40", date: day("2026-02-15"), amount: yuan("1.00"), reference: "R"))
            try book.record(RemittanceEntry(unit: "T40", date: day("2026-02-16"), amount: yuan("1.00"), reference: "R"))
        }),
        (.payerMustBeKnown, { _ in _ = try Payer(parsing: "bank") }),
        (.statusMustBeKnown, { _ in _ = try EnforcementStatus(parsing: "jail") }),
        (.federationLevelMustBeInPolicy, { f in
            _ = try f.importPayroll("p.csv", "T40,,2026-01,1,100.00\n")
            var policy = f.policy
            policy.allocation[0].terms.upward = [.init(level: "city", share: try Rate(numerator: 1, denominator: 1))]
            _ = try PayrollAllocator(store: f.store, user: "t", policy: policy).allocate(month: YearMonth(ordinal: 2026 * 12))
        }),
        (.unitMustHavePaidPreparatoryFund, { f in
            try RemittanceBook(store: f.store, user: "t").refundPreparatoryFund(unit: "PR", on: day("2026-03-01"), newChannel: .direct)
        }),
        (.refundMustNotBeRepeated, { f in
            _ = try f.importPayroll("p.csv", "PR,,2026-01,1,100.00\n")
            _ = try PayrollAllocator(store: f.store, user: "t", policy: f.policy).allocate(month: YearMonth(ordinal: 2026 * 12))
            let book = RemittanceBook(store: f.store, user: "t")
            try book.record(RemittanceEntry(unit: "PR", date: day("2026-02-15"), amount: yuan("2.00")))
            try book.refundPreparatoryFund(unit: "PR", on: day("2026-03-01"), newChannel: .direct)
            try book.refundPreparatoryFund(unit: "PR", on: day("2026-03-02"), newChannel: .direct)
        }),
        (.unitMustOweArrears, { f in
            // T40 was allocated and paid in full: a notice has nothing to demand.
            _ = try f.importPayroll("p.csv", "T40,,2026-01,1,100.00\n")
            _ = try PayrollAllocator(store: f.store, user: "t", policy: f.policy).allocate(month: YearMonth(ordinal: 2026 * 12))
            try RemittanceBook(store: f.store, user: "t").record(RemittanceEntry(unit: "T40", date: day("2026-02-15"), amount: yuan("0.80")))
            _ = try ArrearsLedger(store: f.store, user: "t", policy: f.policy).notice(unit: "T40", asOf: day("2026-03-01"))
        }),
    ]

    @Test("each rule refuses its scenario", arguments: 0..<scenarios.count)
    func scenario(index: Int) {
        let (rule, body) = Self.scenarios[index]
        #expect(Self.refusal(body) == rule.rawValue)
    }

    @Test("the scenarios cover every AllocationError rule, each once")
    func complete() {
        #expect(Set(Self.scenarios.map(\.rule)) == Set(AllocationError.Rule.allCases))
        #expect(Self.scenarios.count == AllocationError.Rule.allCases.count)
        #expect(AllocationError.rules == AllocationError.Rule.allCases.map(\.rawValue))
    }

    /// One error of each rule, built from the scenarios' own refusals where the value matters little.
    static let samples: [AllocationError] = [
        .unitMustBeRegistered(code: "X"), .unitDetailsMustMatchRegister(code: "X", field: "name", registered: "甲"),
        .headcountMustBeWholeNumber(value: "1.5"), .wageTotalMustNotBeNegative(value: "-1"),
        .declarationMustNotConflict(unit: "X", month: "2026-01", firstLine: 2), .receiptMustNotBeRecordedTwice(unit: "X", reference: "R"),
        .payerMustBeKnown(value: "bank"), .statusMustBeKnown(value: "jail"), .federationLevelMustBeInPolicy(code: "XF", kind: "k"),
        .unitMustHavePaidPreparatoryFund(code: "X"), .refundMustNotBeRepeated(code: "X", date: "2026-03-01"),
        .unitMustOweArrears(code: "X"), .textMustBeSingleLine(field: "name"),
    ]

    @Test("every rule has a message in both languages and its own name", arguments: samples)
    func messages(error: AllocationError) {
        #expect(!error.message(in: .zh).isEmpty && error.message(in: .en) != error.message(in: .zh))
        #expect(error.rule == error.kind.rawValue && String(describing: error).hasPrefix(error.rule))
    }

    @Test("the samples cover every rule")
    func samplesComplete() {
        #expect(Set(Self.samples.map(\.kind)) == Set(AllocationError.Rule.allCases))
    }
}
