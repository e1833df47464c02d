import LedgerCore
import LedgerStore
import Testing
@testable import UnionAudit

/// The audit's shapes: the catalogue stays sound as checks are added, findings are values, and
/// `verify`'s findings map onto them without changing a word.
@Suite("audit catalogue and findings")
struct AuditCatalogueTests {
    /// A check as a rule file would declare it; only the catalogue rules are exercised here.
    struct SampleCheck: Check {
        static let id = "sample.rule"
        var title: (zh: String, en: String) = ("示例", "Sample")
        var basis = "《示例办法》第一条"
        var severity = Severity.warning
        func findings(in context: AuditContext, period: ClosedRange<YearMonth>) throws -> [Finding] { [] }
    }

    struct OtherCheck: Check {
        static let id = "sample.other"
        var title: (zh: String, en: String) = ("另一", "Other")
        var basis = ""
        var severity = Severity.violation
        func findings(in context: AuditContext, period: ClosedRange<YearMonth>) throws -> [Finding] { [] }
    }

    @Test("every check in the catalogue has its own id, a basis and a title in both languages")
    func catalogueIsSound() {
        #expect(AuditCatalogue.problems(in: AuditCatalogue.all).isEmpty)
        #expect(Set(AuditCatalogue.all.map(\.id)).count == AuditCatalogue.all.count)
        #expect(AuditCatalogue.all.allSatisfy { !$0.basis.isEmpty })
    }

    @Test("the soundness rule names ids used twice and checks without a basis")
    func problemsAreNamed() {
        #expect(AuditCatalogue.problems(in: [SampleCheck(), OtherCheck()]) == ["sample.other: no basis (document and article)"])
        #expect(AuditCatalogue.problems(in: [SampleCheck(), SampleCheck()]) == ["sample.rule: id used twice"])
        var untitled = SampleCheck()
        untitled.title = ("", "Sample")
        #expect(AuditCatalogue.problems(in: [untitled]) == ["sample.rule: title missing in a language"])
    }

    @Test("severities order from a note to a broken rule")
    func severityOrder() {
        #expect(Severity.allCases.sorted() == [.info, .warning, .violation])
        #expect(Severity.allCases.filter { $0 >= .warning } == [.warning, .violation])
        #expect(Set(Severity.allCases.map { $0.label(in: .zh) }).count == 3)
    }

    @Test("a finding explains itself in the reader's language")
    func findingExplanation() throws {
        let finding = Finding(check: "sample.rule", severity: .warning, amount: try Money(parsing: "100.00"), vouchers: [3, 4],
                              organisations: ["GH101"], period: try YearMonth(year: 2026, month: 1)...YearMonth(year: 2026, month: 3),
                              explanation: ("说明", "explanation"), responsibility: "直接责任")
        #expect(finding.explanation(in: .zh) == "说明")
        #expect(finding.explanation(in: .en) == "explanation")
    }

    @Test("verify's findings map to findings: a violation, the voucher and books concerned, the same words", arguments: [
        VerifyFinding(kind: .chainBroken, voucherID: 7, organisation: "GH001", detail: "stored abc, computed def"),
        VerifyFinding(kind: .journalHeadMismatch, voucherID: nil, organisation: "XF", detail: "12 vouchers"),
    ])
    func verifyFindings(_ verified: VerifyFinding) {
        let finding = verified.finding
        #expect(finding.check == "verify." + verified.kind.rawValue)
        #expect(finding.severity == .violation)
        #expect(finding.vouchers == (verified.voucherID.map { [$0] } ?? []))
        #expect(finding.organisations == [verified.organisation])
        #expect(finding.amount == nil)
        for language in Language.allCases {
            #expect(finding.explanation(in: language) == verified.message(in: language))
        }
    }
}
