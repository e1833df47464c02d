import Foundation
import LedgerCore
import LedgerStore
import Testing
import UnionAudit
import UnionCore
import UnionStatements

/// One scenario run on both stores, everything read back compared value for value: versions with
/// their lines and approvals, final accounts, actuals, execution, flags, the findings register.
@Suite("budget and findings: both stores agree", .enabled(if: PostgresTestServer.isAvailable, PostgresTestServer.skipReason))
struct BudgetStoresAgreeTests {
    /// What a scenario leaves behind, as the rules read it.
    struct Outcome: Equatable {
        var versions: [BudgetVersion]
        var finalAccounts: [FinalAccountsRecord]
        var actuals: [BudgetActual]
        var executionLines: [String]
        var flags: [String]
        var findings: [RegisteredFinding]
        var runs: [AuditRunRecord]
        var comments: [AuditeeComment]
    }

    static func scenario(_ books: BudgetStores) throws -> Outcome {
        try books.setPolicy(#"{"name":"t","title":"测试","budget":[{"effective_from":"2021-01-01","control":"warn"}]}"#)
        try books.approvedBudget()
        try books.post("2026-02-01", [("102", .debit, "30000.00"), ("402", .credit, "30000.00")])
        try books.spend("2026-02-03", "50105", "1200.00")
        try books.spend("2026-03-06", "50102", "2000.00", project: "运动会")
        try books.spend("2026-03-07", "50102", "3500.00", project: "运动会")      // over the project line: flagged under warn
        try books.spend("2026-03-08", "50703", "10.00")                          // no line: flagged
        try books.draft(BudgetStores.standard.replacingOccurrences(of: "50102,项目支出,运动会,5000.00", with: "50102,项目支出,运动会,6000.00")
            .replacingOccurrences(of: "510,基本支出,,1000.00", with: "510,基本支出,,0.00"), reason: "运动会追加")
        try books.approveAll(from: "2026-04-01")
        _ = try books.book.prepareFinalAccounts(year: 2026, policy: .standard)
        _ = try books.book.approve(year: 2026, subject: .finalAccounts, step: .reviewCommittee, date: try budgetDay("2027-03-01"),
                                   signer: "张", meeting: "经审会", opinion: "同意", policy: .standard)

        let finding = Finding(check: "budget.overLine", severity: .warning, amount: budgetMoney("500.00"), vouchers: [5],
                              organisations: ["GH"], period: YearMonth(ordinal: 2026 * 12 + 2)...YearMonth(ordinal: 2026 * 12 + 2),
                              explanation: ("超预算", "over budget"))
        let months = YearMonth(ordinal: 2026 * 12)...YearMonth(ordinal: 2026 * 12 + 11)
        _ = try books.findings.record(.check, organisation: "GH", months: months, tenure: nil, findings: [finding], user: "经审会")
        let id = try #require(try books.findings.registeredFindings(organisation: "GH").first?.id)
        _ = try books.findings.setStatus(finding: id, organisation: "GH", to: .rectificationNoted, note: "已调整预算", user: "会计")
        _ = try books.findings.record(.departure, organisation: "GH", months: months, tenure: books.chair, findings: [finding], user: "经审会")
        try books.findings.recordComment(AuditeeComment(tenure: books.chair, received: try budgetDay("2026-10-12"), text: "无异议"), user: "经审会")

        let organisation = books.books.organisation
        let december = try YearMonth(year: 2026, month: 12)
        let execution = try books.book.execution(through: december, policy: .standard, language: .zh)
        return Outcome(
            versions: try books.book.versions(year: 2026),
            finalAccounts: try books.budgets.finalAccounts(books: organisation, year: 2026),
            actuals: try books.budgets.actuals(books: organisation, from: YearMonth(ordinal: 2026 * 12), to: december),
            executionLines: execution.lines.map { "\($0.key) \($0.adjusted.map(\.description) ?? "-") \($0.actual) \($0.flags)" },
            flags: try books.book.flags(through: december).map { "\($0.voucher) \($0.rules.map(\.rule))" },
            findings: try books.findings.registeredFindings(organisation: "GH"),
            runs: try books.findings.runs(organisation: "GH"),
            comments: try books.findings.comments(tenure: books.chair))
    }

    @Test("the same scenario reads back the same on SQLite and on PostgreSQL")
    func sameOutcome() throws {
        let sqlite = try Self.scenario(try BudgetStores(.sqlite))
        let postgres = try Self.scenario(try BudgetStores(.postgres))
        #expect(sqlite.versions.count == 2)
        #expect(sqlite.flags.count == 2)
        #expect(sqlite.findings.first?.history.count == 3)
        #expect(postgres.versions == sqlite.versions)
        #expect(postgres.finalAccounts == sqlite.finalAccounts)
        #expect(postgres.actuals == sqlite.actuals)
        #expect(postgres.executionLines == sqlite.executionLines)
        #expect(postgres.flags == sqlite.flags)
        #expect(postgres.findings == sqlite.findings)
        #expect(postgres.runs == sqlite.runs)
        #expect(postgres.comments == sqlite.comments)
    }
}
