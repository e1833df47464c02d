import Foundation
import LedgerCore
import Testing
@testable import UnionAudit
import UnionCore

/// One scenario per rule of `AuditError`, the rule last; a test that none is missing.
@Suite("audit error catalogue")
struct AuditErrorCatalogueTests {
    static let books = (from: auditMonth("2025-01"), to: auditMonth("2026-12"))

    static let scenarios: [(String, @Sendable () throws -> Void, AuditError.Rule)] = [
        ("an unknown check id", { _ = try AuditCatalogue.check(id: "no.such") }, .checkMustBeKnown),
        ("a finding not in the register", {
            let fixture = try AuditFixture()
            _ = try fixture.stores.findingsRegister.setStatus(finding: 42, organisation: "GH", to: .closed, note: "", user: "x")
        }, .findingMustExist),
        ("closing a finding nobody rectified", { try FindingStatus.checkMove(finding: 1, from: .open, to: .closed) }, .findingMustMoveForward),
        ("a period from the middle of a month", { _ = try AuditPeriod.parse(from: "2026-01-15", to: nil, books: books) }, .periodMustBeWholeMonths),
        ("a period outside the books", { _ = try AuditPeriod.parse(from: "2030-01", to: "2030-12", books: books) }, .periodMustBeInBooks),
        ("a departure audit of a cashier", {
            let fixture = try AuditFixture()
            let id = try fixture.addTenure(person: "赵出纳", from: "2025-01-01", to: "2026-06-30", role: .cashier)
            let tenure = try #require(try fixture.stores.organisations.tenures(organisation: "GH").first { $0.id == id })
            _ = try DepartureAudit(context: try fixture.context(), tenure: tenure, language: .zh)
        }, .tenureMustBeChair),
        ("a chair's name with no term", {
            _ = try DepartureAudit.tenure(id: nil, person: "无此人", organisation: "GH", in: [])
        }, .tenureMustBeFound),
        ("a term before the books", {
            let fixture = try AuditFixture(chair: false)
            let id = try fixture.addTenure(person: "老主席", from: "2010-01-01", to: "2014-12-31")
            let tenure = try #require(try fixture.stores.organisations.tenures(organisation: "GH").first { $0.id == id })
            _ = try DepartureAudit(context: try fixture.context(), tenure: tenure, language: .zh)
        }, .tenureMustOverlapBooks),
    ]

    @Test("each rule is refused under its own name", arguments: 0..<scenarios.count)
    func refuses(_ index: Int) {
        let (name, body, rule) = Self.scenarios[index]
        do {
            try body()
            Issue.record("\(name): nothing refused")
        } catch let error as AuditError {
            #expect(error.ruleKey == rule, "\(name)")
            #expect(!error.message(in: .zh).isEmpty && !error.message(in: .en).isEmpty)
        } catch {
            Issue.record("\(name): \(error)")
        }
    }

    @Test("no rule is missing a scenario")
    func noneMissing() {
        #expect(Set(Self.scenarios.map(\.2)) == Set(AuditError.Rule.allCases))
    }

    @Test("periods are whole months inside the books", arguments: [
        ("2026-01", "2026-12", "2026-01", "2026-12"), ("2026-01-01", "2026-06-30", "2026-01", "2026-06"),
        ("2024-01", "2025-03", "2025-01", "2025-03"), ("2026-02-01", "2026-02-28", "2026-02", "2026-02"), ("2026-06", "2027-02", "2026-06", "2027-02"),
    ])
    func periods(_ from: String, _ to: String, _ first: String, _ last: String) throws {
        let period = try AuditPeriod.parse(from: from, to: to, books: Self.books)
        #expect(period == auditMonth(first)...auditMonth(last))
    }
}
