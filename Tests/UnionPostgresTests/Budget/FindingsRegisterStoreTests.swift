import Foundation
import LedgerCore
import LedgerStore
import Testing
import UnionAudit
import UnionCore

/// The findings register (整改) on each store: runs recorded, a finding registered once however
/// often it is found, its status moved forward only, found again after closing means open again,
/// the trail immutable — UnionFundsTests' FindingsRegisterTests on both stores.
@Suite("findings register on both stores")
struct FindingsRegisterStoreTests {
    static let year = YearMonth(ordinal: 2026 * 12)...YearMonth(ordinal: 2026 * 12 + 11)
    static let finding = Finding(check: "approval.signoffMissing", severity: .violation, amount: budgetMoney("800.00"), vouchers: [3, 12],
                                 explanation: ("说明", "explanation"))
    static let other: Finding = {
        var finding = Finding(check: "cash.overLimit", severity: .warning, organisations: ["GH", "GH01"],
                              period: YearMonth(ordinal: 2026 * 12 + 2)...YearMonth(ordinal: 2026 * 12 + 4), explanation: ("现金", "cash"))
        finding.responsibility = "直接责任"
        return finding
    }()

    @Test("a finding found by two runs is one row, last found by the second; every field reads back", arguments: BudgetStoreKind.available)
    func foundTwiceIsOne(_ kind: BudgetStoreKind) throws {
        let books = try BudgetStores(kind)
        let register = books.findings
        let first = try register.record(.check, organisation: "GH", months: Self.year, tenure: nil, findings: [Self.finding, Self.other],
                                        user: "经审会")
        let second = try register.record(.review, organisation: "GH", months: Self.year, tenure: nil, findings: [Self.finding], user: "经审会")
        let departure = try register.record(.departure, organisation: "GH", months: Self.year, tenure: books.chair, findings: [], user: "经审会")
        let registered = try register.registeredFindings(organisation: "GH")
        #expect(registered.count == 2)
        #expect(registered.first?.firstRun == first.id)
        #expect(registered.first?.lastRun == second.id)
        #expect(registered.map(\.finding) == [Self.finding, Self.other])
        #expect(registered.map(\.status) == [.open, .open])
        #expect(registered.map { $0.history.count } == [1, 1])
        #expect(registered.first?.history.first == RegisteredFinding.Event(status: .open, note: "", at: "2026-01-05T09:00:00Z", by: "经审会"))
        let runs = try register.runs(organisation: "GH")
        #expect(runs == [first, second, departure])
        #expect(runs.map(\.kind) == [.check, .review, .departure])
        #expect(runs.last?.tenure == books.chair)
        #expect(throws: LedgerError.organisationMustExist(code: "XX")) { try register.runs(organisation: "XX") }
    }

    @Test("open → rectification noted → closed; found again, open again, with the trail kept", arguments: BudgetStoreKind.available)
    func statusMoves(_ kind: BudgetStoreKind) throws {
        let books = try BudgetStores(kind)
        let register = books.findings
        _ = try register.record(.review, organisation: "GH", months: Self.year, tenure: nil, findings: [Self.finding], user: "经审会")
        let id = try #require(try register.registeredFindings(organisation: "GH").first?.id)
        #expect(try register.setStatus(finding: id, organisation: "GH", to: .rectificationNoted, note: "已补签批", user: "会计").status == .rectificationNoted)
        let closed = try register.setStatus(finding: id, organisation: "GH", to: .closed, note: "经核实", user: "经审会")
        #expect(closed.status == .closed)
        #expect(closed.lastNote == "经核实")
        #expect(throws: AuditError.findingMustMoveForward(id: id, from: "closed", to: "rectificationNoted")) {
            try register.setStatus(finding: id, organisation: "GH", to: .rectificationNoted, note: "", user: "会计")
        }
        #expect(throws: AuditError.findingMustExist(id: 999)) {
            try register.setStatus(finding: 999, organisation: "GH", to: .rectificationNoted, note: "", user: "会计")
        }
        // Found twice in one run after closing: open again once.
        let run = try register.record(.review, organisation: "GH", months: Self.year, tenure: nil, findings: [Self.finding, Self.finding],
                                      user: "经审会")
        let again = try #require(try register.registeredFindings(organisation: "GH").first)
        #expect(again.status == .open)
        #expect(again.lastRun == run.id)
        #expect(again.history.map(\.status) == [.open, .rectificationNoted, .closed, .open])
        #expect(again.history.last?.note == "found again by run \(run.id)")
        #expect(again.lastNote == "found again by run \(run.id)")
    }

    @Test("the trail is immutable, even behind the engine's back", arguments: BudgetStoreKind.available)
    func trailIsImmutable(_ kind: BudgetStoreKind) throws {
        let books = try BudgetStores(kind)
        _ = try books.findings.record(.check, organisation: "GH", months: Self.year, tenure: nil, findings: [Self.finding], user: "经审会")
        for sql in ["UPDATE audit_finding_event SET note = 'x'", "DELETE FROM audit_finding_event"] {
            #expect(throws: (any Error).self, "\(sql)") { try books.execute(sql) }
        }
        #expect(try books.findings.registeredFindings(organisation: "GH").first?.history.count == 1)
        // The register's own CHECKs: a departure run needs its tenure, a check run has none.
        #expect(throws: (any Error).self) {
            try books.findings.record(.departure, organisation: "GH", months: Self.year, tenure: nil, findings: [], user: "经审会")
        }
    }

    @Test("recording a run is one transaction: a finding the table refuses leaves no run and no finding", arguments: BudgetStoreKind.available)
    func oneTransaction(_ kind: BudgetStoreKind) throws {
        let books = try BudgetStores(kind)
        let refused = Finding(check: "", severity: .info, explanation: ("", ""))   // check_id must not be empty
        #expect(throws: (any Error).self) {
            try books.findings.record(.check, organisation: "GH", months: Self.year, tenure: nil, findings: [Self.finding, refused],
                                      user: "经审会")
        }
        #expect(try books.findings.runs(organisation: "GH").isEmpty)
        #expect(try books.findings.registeredFindings(organisation: "GH").isEmpty)
        #expect(try books.number("SELECT count(*) AS n FROM audit_finding_event") == 0)
    }

    @Test("the audited person's comments are kept with the term, in the order received", arguments: BudgetStoreKind.available)
    func comments(_ kind: BudgetStoreKind) throws {
        let books = try BudgetStores(kind)
        let later = AuditeeComment(tenure: books.chair, received: try budgetDay("2026-10-12"), text: "对第 2 项有异议")
        let earlier = AuditeeComment(tenure: books.chair, received: try budgetDay("2026-10-02"), text: "无异议")
        try books.findings.recordComment(later, user: "经审会")
        try books.findings.recordComment(earlier, user: "经审会")
        #expect(try books.findings.comments(tenure: books.chair) == [earlier, later])
        #expect(try books.number("SELECT min(org_id) AS n FROM audit_comment") == books.books.organisation.id)
        #expect(throws: UnionFundsError.tenureMustExist(id: 999)) {
            try books.findings.recordComment(AuditeeComment(tenure: 999, received: later.received, text: "x"), user: "经审会")
        }
        #expect(throws: (any Error).self, "an empty comment breaks the CHECK") {
            try books.findings.recordComment(AuditeeComment(tenure: books.chair, received: later.received, text: ""), user: "经审会")
        }
        #expect(try books.findings.comments(tenure: books.chair).count == 2)
    }

    @Test("a stored value that does not read is a storage error naming the row, the same on both stores",
          arguments: BudgetStoreKind.available)
    func strictReading(_ kind: BudgetStoreKind) throws {
        let books = try BudgetStores(kind)
        _ = try books.findings.record(.check, organisation: "GH", months: Self.year, tenure: nil, findings: [Self.finding], user: "经审会")
        try books.execute("UPDATE audit_finding SET from_ordinal = 24315, to_ordinal = 24313")
        #expect(throws: StoreError.storage(message: "audit_finding row 1: to_ordinal is before from_ordinal")) {
            try books.findings.registeredFindings(organisation: "GH")
        }
        #expect(throws: (any Error).self, "the CHECK keeps vouchers to digits and commas") {
            try books.execute("UPDATE audit_finding SET vouchers = '3,x'")
        }
    }
}
