import Foundation
import LedgerCore
import LedgerStore
import Reporting
import Testing
@testable import UnionAudit
import UnionCore
import UnionStatements

/// The departure audit covers the chair's term: its positions are the balance sheets at the
/// term's start and end, its sign-offs are the chair's, and each finding's responsibility class
/// follows who signed.
@Suite("departure audit")
struct DepartureAuditTests {
    static func sheet(_ books: any Books, _ month: String, column: Int) throws -> [Int: Money] {
        let form = try OfficialStatement.make(books: books, form: .balanceSheet, period: .month(auditMonth(month)), detail: false, language: .zh)
        return Dictionary(uniqueKeysWithValues: form.rows.compactMap { row in row.values[column].map { (row.line.number, $0) } })
    }

    static func year(_ fixture: AuditFixture) throws {
        try fixture.post("2026-01-05", "收到拨缴经费", [("102", .debit, "30,000.00"), ("402", .credit, "18,000.00"), ("211", .credit, "12,000.00")],
                         approval: .some(nil))
        try fixture.post("2026-01-06", "上解上级经费", [("211", .debit, "12,000.00"), ("102", .credit, "12,000.00")], approval: .some(nil))
        for (index, month) in (2...11).enumerated() {
            let day = "2026-\(String(format: "%02d", month))-10"
            try fixture.post(day, "收到拨缴经费", [("102", .debit, "30,000.00"), ("402", .credit, "30,000.00")], approval: .some(nil))
            try fixture.spend(day, "职工活动 \(index)", Money(fen: Int64(1_000_00 + index * 250_00)).plainString)
        }
    }

    @Test("positions at the start and end of the term are the balance sheets of those months", arguments: [
        ("2026-03-15", "2026-08-20", ("2026-02", 1), "2026-08"),
        ("2026-01-01", "2026-09-30", ("2026-01", 0), "2026-09"),
        ("2023-03-01", "2026-06-30", ("2026-01", 0), "2026-06"),
    ])
    func positions(_ start: String, _ end: String, _ startSheet: (String, Int), _ endSheet: String) throws {
        let fixture = try AuditFixture(chair: false)
        try Self.year(fixture)
        let id = try fixture.addTenure(person: "王明", from: start, to: end)
        let tenure = try #require(try fixture.stores.organisations.tenures(organisation: "GH").first { $0.id == id })
        let audit = try DepartureAudit(context: try fixture.context(), tenure: tenure, language: .zh)
        let before = try Self.sheet(fixture.books, startSheet.0, column: startSheet.1)
        let after = try Self.sheet(fixture.books, endSheet, column: 1)
        #expect(!audit.position.isEmpty)
        for line in audit.position + audit.arrears {
            #expect(line.start == before[line.number], "line \(line.number) \(line.label) at the start")
            #expect(line.end == after[line.number], "line \(line.number) \(line.label) at the end")
        }
        #expect(audit.period.upperBound == auditMonth(endSheet))
    }

    @Test("what the chair signed is 直接责任; what others handled under the term is 领导责任")
    func responsibility() throws {
        let fixture = try AuditFixture(chair: false)
        let id = try fixture.addTenure(person: "王明", from: "2026-01-01", to: "2026-09-30")
        try fixture.addTenure(person: "张华", from: "2026-10-01", to: nil)
        // 王明 signs a large payment without a decision; the accountant files one without attachments.
        try fixture.spend("2026-06-18", "职工疗休养（第二批）", "56,000.00", account: "50104")
        try fixture.post("2026-07-02", "收到会费", [("102", .debit, "1,300.00"), ("401", .credit, "1,300.00")],
                         approval: AuditFixture.approval(on: auditMonth("2026-07").firstDay, signoff: nil), attachments: 0)
        // After he left, signed by his successor: not his.
        try fixture.spend("2026-11-18", "冬季送温暖", "66,000.00", account: "50405",
                          approval: AuditFixture.approval(on: auditMonth("2026-11").firstDay, signoff: "张华"))
        let tenure = try #require(try fixture.stores.organisations.tenures(organisation: "GH").first { $0.id == id })
        let audit = try DepartureAudit(context: try fixture.context(), tenure: tenure, language: .zh)
        #expect(audit.period == auditMonth("2026-01")...auditMonth("2026-09"))
        let decision = try #require(audit.findings.first { $0.check == CollectiveDecisionMissing.id })
        #expect(decision.responsibility == "直接责任")
        #expect(audit.findings.filter { $0.check == CollectiveDecisionMissing.id }.count == 1, "November is not in his term")
        let attachments = try #require(audit.findings.first { $0.check == AttachmentsMissing.id })
        #expect(attachments.responsibility == "领导责任")
        #expect(audit.signedOff.count == 1)
        #expect(audit.signedOff.amount == auditMoney("56,000.00"))
        #expect(audit.signedOff.largest.first?.summary == "职工疗休养（第二批）")
        #expect(audit.checklist.count == 12)
        #expect(audit.checklist.first { $0.number == 4 }?.status == .notMet)
        let report = audit.report(language: .en, books: fixture.books)
        for format in OutputFormat.allCases {
            #expect(throws: Never.self) { _ = try report.renderedData(as: format) }
        }
    }

    @Test("the comments received are printed in the report's last section")
    func comments() throws {
        let fixture = try AuditFixture()
        try Self.year(fixture)
        let tenure = try #require(try fixture.stores.organisations.tenures(organisation: "GH").first)
        try fixture.stores.findingsRegister.recordComment(AuditeeComment(tenure: tenure.id, received: auditMonth("2026-12").firstDay,
                                                                         text: "对疗休养一项说明如下"), user: "经审会")
        let audit = try DepartureAudit(context: try fixture.context(), tenure: tenure, language: .zh)
        let text = try audit.report(language: .zh, books: fixture.books).rendered(as: .md)
        #expect(text.contains("（2026-12-01 收到）对疗休养一项说明如下"))
        #expect(audit.stillInOffice)
    }
}
