import Foundation
import LedgerCore
import Testing
@testable import UnionAudit
import UnionCore

/// The findings register (整改): runs recorded, a finding registered once however often it is
/// found, its status moved forward only, found again after closing means open again.
@Suite("findings register")
struct FindingsRegisterTests {
    static let finding = Finding(check: "approval.signoffMissing", severity: .violation, amount: auditMoney("800.00"), vouchers: [3],
                                 explanation: ("说明", "explanation"))

    @Test("a finding found by two runs is one row, last found by the second")
    func foundTwiceIsOne() throws {
        let fixture = try AuditFixture()
        let register = fixture.stores.findingsRegister
        let first = try register.record(.check, organisation: "GH", months: AuditFixture.year, tenure: nil, findings: [Self.finding], user: "经审会")
        let second = try register.record(.review, organisation: "GH", months: AuditFixture.year, tenure: nil, findings: [Self.finding], user: "经审会")
        let registered = try register.registeredFindings(organisation: "GH")
        #expect(registered.count == 1)
        #expect(registered.first?.firstRun == first.id)
        #expect(registered.first?.lastRun == second.id)
        #expect(registered.first?.finding == Self.finding)
        #expect(try register.runs(organisation: "GH").map(\.kind) == [.check, .review])
    }

    @Test("open → rectification noted → closed; found again, open again, with the trail kept")
    func statusMoves() throws {
        let fixture = try AuditFixture()
        let register = fixture.stores.findingsRegister
        _ = try register.record(.review, organisation: "GH", months: AuditFixture.year, tenure: nil, findings: [Self.finding], user: "经审会")
        let id = try #require(try register.registeredFindings(organisation: "GH").first?.id)
        #expect(try register.setStatus(finding: id, organisation: "GH", to: .rectificationNoted, note: "已补签批", user: "会计").status == .rectificationNoted)
        let closed = try register.setStatus(finding: id, organisation: "GH", to: .closed, note: "经核实", user: "经审会")
        #expect(closed.status == .closed)
        #expect(closed.lastNote == "经核实")
        _ = try register.record(.review, organisation: "GH", months: AuditFixture.year, tenure: nil, findings: [Self.finding], user: "经审会")
        let again = try #require(try register.registeredFindings(organisation: "GH").first)
        #expect(again.status == .open)
        #expect(again.history.map(\.status) == [.open, .rectificationNoted, .closed, .open])
    }

    @Test("a status cannot skip or go back", arguments: [
        (FindingStatus.open, FindingStatus.closed, false), (.open, .rectificationNoted, true), (.rectificationNoted, .closed, true),
        (.rectificationNoted, .open, true), (.closed, .open, false), (.closed, .rectificationNoted, false), (.open, .open, false),
    ])
    func moves(_ from: FindingStatus, _ to: FindingStatus, _ allowed: Bool) {
        if allowed { #expect(throws: Never.self) { try FindingStatus.checkMove(finding: 1, from: from, to: to) } }
        else { #expect(throws: AuditError.findingMustMoveForward(id: 1, from: from.rawValue, to: to.rawValue)) { try FindingStatus.checkMove(finding: 1, from: from, to: to) } }
    }

    @Test("the audited person's comments are kept with the term")
    func comments() throws {
        let fixture = try AuditFixture()
        let tenure = try #require(try fixture.stores.organisations.tenures(organisation: "GH").first?.id)
        let comment = AuditeeComment(tenure: tenure, received: try LocalDate(parsing: "2026-10-12"), text: "对第 2 项有异议")
        try fixture.stores.findingsRegister.recordComment(comment, user: "经审会")
        #expect(try fixture.stores.findingsRegister.comments(tenure: tenure) == [comment])
        #expect(throws: UnionFundsError.tenureMustExist(id: 999)) {
            try fixture.stores.findingsRegister.recordComment(AuditeeComment(tenure: 999, received: comment.received, text: "x"), user: "经审会")
        }
    }
}
