import Foundation
import LedgerCore
import LedgerStore
import Testing
@testable import UnionAudit
import UnionCore

/// Every check of the catalogue: one scenario that triggers it and one that does not, the check
/// last (TigerBeetle's tables). A test fails when a check has no scenario pair.
@Suite("audit checks: one scenario each way")
struct AuditCheckScenarioTests {
    typealias Scenario = @Sendable (AuditFixture) throws -> Void

    struct Pair: Sendable {
        var triggers: Scenario
        var passes: Scenario
    }

    static let decision = VoucherApproval.CollectiveDecision(reference: "工会委员会会议", date: LocalDate.farFuture)

    static func day(_ text: String) -> LocalDate { (try? LocalDate(parsing: text)) ?? .farFuture }

    static let scenarios: [String: Pair] = [
        SignoffMissing.id: Pair(
            triggers: { try $0.spend("2026-03-10", "购买文体用品", "800.00", approval: AuditFixture.approval(on: day("2026-03-09"), signoff: nil)) },
            passes: { try $0.spend("2026-03-10", "购买文体用品", "800.00") }),
        SignoffNotByChair.id: Pair(
            triggers: { try $0.spend("2026-03-10", "购买文体用品", "800.00", approval: AuditFixture.approval(on: day("2026-03-09"), signoff: "李四")) },
            passes: { try $0.spend("2026-03-10", "购买文体用品", "800.00") }),
        CollectiveDecisionMissing.id: Pair(
            triggers: { try $0.spend("2026-03-10", "职工疗休养", "60,000.00", account: "50104") },
            passes: {
                let decided = VoucherApproval.CollectiveDecision(reference: "工会委员会第3次会议", date: day("2026-03-01"))
                try $0.spend("2026-03-10", "职工疗休养", "60,000.00", account: "50104",
                             approval: AuditFixture.approval(on: day("2026-03-09"), decision: decided))
            }),
        SingleOperator.id: Pair(
            triggers: { try $0.spend("2026-03-10", "购买文体用品", "800.00",
                                     approval: AuditFixture.approval(on: day("2026-03-09"), reviewedBy: "会计", singleOperator: true)) },
            passes: { try $0.spend("2026-03-10", "购买文体用品", "800.00") }),
        DutiesNotSeparated.id: Pair(
            triggers: { try $0.spend("2026-03-10", "购买文体用品", "800.00",
                                     approval: AuditFixture.approval(on: day("2026-03-09"), preparedBy: AuditFixture.chair)) },
            passes: { try $0.spend("2026-03-10", "购买文体用品", "800.00") }),
        SpendingWithoutBudgetLine.id: Pair(
            triggers: {
                $0.budget = FakeBudget(lines: [BudgetLineFact(key: "50105", name: "会员活动", account: try AccountCode("50105"),
                                                              approved: auditMoney("50,000.00"), actual: .zero),
                                               BudgetLineFact(key: "50102", name: "文体活动", account: try AccountCode("50102"),
                                                              approved: nil, actual: auditMoney("800.00"))])
                try $0.spend("2026-03-10", "职工篮球赛", "800.00", account: "50102")
            },
            passes: {
                $0.budget = FakeBudget(lines: [BudgetLineFact(key: "50102", name: "文体活动", account: try AccountCode("50102"),
                                                              approved: auditMoney("50,000.00"), actual: auditMoney("800.00")),
                                               BudgetLineFact(key: "401", name: "会费收入", account: try AccountCode("401"),
                                                              approved: nil, actual: auditMoney("1,000.00"), isSpending: false)])
                try $0.spend("2026-03-10", "职工篮球赛", "800.00", account: "50102")
            }),
        BudgetLineOverspent.id: Pair(
            triggers: { $0.budget = FakeBudget(lines: [BudgetLineFact(key: "501", name: "职工活动", account: try AccountCode("501"),
                                                                      approved: auditMoney("10,000.00"), actual: auditMoney("12,500.00"))]) },
            passes: { $0.budget = FakeBudget(lines: [BudgetLineFact(key: "501", name: "职工活动", account: try AccountCode("501"),
                                                                    approved: auditMoney("10,000.00"), actual: auditMoney("10,000.00"))]) }),
        BudgetAdjustmentOutsideChain.id: Pair(
            triggers: { $0.budget = FakeBudget(lines: [], adjustments: [BudgetAdjustmentFact(
                version: 1, date: day("2026-07-01"), steps: [.init(name: "工会委员会", done: true), .init(name: "经审会", done: true),
                                                             .init(name: "上级工会", done: false)], inForce: true, amount: auditMoney("8,000.00"))]) },
            passes: { $0.budget = FakeBudget(lines: [], adjustments: [BudgetAdjustmentFact(
                version: 1, date: day("2026-07-01"), steps: [.init(name: "工会委员会", done: true), .init(name: "经审会", done: true),
                                                             .init(name: "上级工会", done: true)], inForce: true, amount: auditMoney("8,000.00"))]) }),
        FestivalGiftCap.id: Pair(
            triggers: {
                try $0.spend("2026-01-20", "元旦慰问品（300人×600元）", "180,000.00", account: "50105",
                             approval: AuditFixture.approval(on: day("2026-01-19"), decision: .init(reference: "委员会", date: day("2026-01-10"))))
                try $0.spend("2026-02-08", "春节慰问品（300人×500元）", "150,000.00", account: "50105",
                             approval: AuditFixture.approval(on: day("2026-02-07"), decision: .init(reference: "委员会", date: day("2026-01-10"))))
            },
            passes: { try $0.spend("2026-02-08", "春节慰问品（300人×200元）", "60,000.00", account: "50105") }),
        ForbiddenBenefitForm.id: Pair(
            triggers: { try $0.spend("2026-09-20", "中秋节发放购物卡（100人×200元）", "20,000.00", account: "50105") },
            passes: { try $0.spend("2026-09-20", "中秋慰问品（100人×200元）", "20,000.00", account: "50105") }),
        CashPaymentLimit.id: Pair(
            triggers: { try $0.post("2026-04-10", "购买奖品", [("50102", .debit, "1,500.00"), ("101", .credit, "1,500.00")]) },
            passes: { try $0.post("2026-04-10", "购买奖品", [("50102", .debit, "800.00"), ("101", .credit, "800.00")]) }),
        CashOnHandLimit.id: Pair(
            triggers: { try $0.post("2026-04-28", "提取备用金", [("101", .debit, "8,000.00"), ("102", .credit, "8,000.00")], approval: .some(nil)) },
            passes: { try $0.post("2026-04-28", "提取备用金", [("101", .debit, "2,000.00"), ("102", .credit, "2,000.00")], approval: .some(nil)) }),
        RestrictedFundsMisused.id: Pair(
            triggers: { try $0.spend("2026-05-10", "困难职工帮扶", "5,000.00", account: "50404", fund: "专项:帮扶") },
            passes: {
                try $0.post("2026-05-02", "收到专项转移支付", [("102", .debit, "10,000.00"), ("40302", .credit, "10,000.00")],
                            approval: .some(nil), fund: "专项:帮扶")
                try $0.spend("2026-05-10", "困难职工帮扶", "5,000.00", account: "50404", fund: "专项:帮扶")
            }),
        AllocationProvisionShort.id: Pair(
            triggers: { $0.payroll = FakePayroll(months: [DeclaredPayrollMonth(month: auditMonth("2026-03"), headcount: 300,
                                                                               wageTotal: auditMoney("1,000,000.00"), allocated: nil)]) },
            passes: { $0.payroll = FakePayroll(months: [DeclaredPayrollMonth(month: auditMonth("2026-03"), headcount: 300,
                                                                             wageTotal: auditMoney("1,000,000.00"), allocated: auditMoney("20,000.00"))]) }),
        UpwardRemittanceLate.id: Pair(
            triggers: {
                try $0.post("2026-01-05", "收到拨缴经费", [("102", .debit, "10,000.00"), ("402", .credit, "6,000.00"), ("211", .credit, "4,000.00")],
                            approval: .some(nil))
                try $0.post("2026-03-20", "上解上级经费", [("211", .debit, "4,000.00"), ("102", .credit, "4,000.00")], approval: .some(nil))
            },
            passes: {
                try $0.post("2026-01-05", "收到拨缴经费", [("102", .debit, "10,000.00"), ("402", .credit, "6,000.00"), ("211", .credit, "4,000.00")],
                            approval: .some(nil))
                try $0.post("2026-01-06", "上解上级经费", [("211", .debit, "4,000.00"), ("102", .credit, "4,000.00")], approval: .some(nil))
            }),
        DuesCollectedShort.id: Pair(
            triggers: { $0.dues = FakeDues(months: [DuesMonthFact(month: auditMonth("2026-03"), members: 10, assessed: auditMoney("100.00"),
                                                                  paid: auditMoney("80.00"))]) },
            passes: { $0.dues = FakeDues(months: [DuesMonthFact(month: auditMonth("2026-03"), members: 10, assessed: auditMoney("100.00"),
                                                                paid: auditMoney("100.00"))]) }),
        AdministrativeSpendingGrowth.id: Pair(
            triggers: {
                try $0.spend("2025-03-10", "公务接待", "1,000.00", account: "50504")
                try $0.spend("2026-03-10", "公务接待", "2,000.00", account: "50504")
            },
            passes: {
                try $0.spend("2025-03-10", "公务接待", "1,000.00", account: "50504")
                try $0.spend("2026-03-10", "公务接待", "800.00", account: "50504")
            }),
        MemberServiceShare.id: Pair(
            triggers: { try $0.spend("2026-03-10", "召开会员代表大会", "10,000.00", account: "50502") },
            passes: { try $0.spend("2026-03-10", "职工运动会", "10,000.00", account: "50102") }),
        VoucherNumberGap.id: Pair(
            triggers: {
                for day in ["2026-03-02", "2026-03-03", "2026-03-04"] { try $0.spend(day, "购买文体用品", "100.00") }
                try $0.tamper("""
                    DROP TRIGGER voucher_is_immutable_delete; DROP TRIGGER posting_is_immutable_delete;
                    DELETE FROM posting WHERE voucher_id = (SELECT id FROM voucher WHERE date = '2026-03-03');
                    DELETE FROM voucher WHERE date = '2026-03-03';
                    """)
            },
            passes: { for day in ["2026-03-02", "2026-03-03", "2026-03-04"] { try $0.spend(day, "购买文体用品", "100.00") } }),
        PostedOutOfPeriod.id: Pair(
            triggers: {
                try $0.spend("2026-01-10", "购买文体用品", "100.00")
                try $0.closeThrough(auditMonth("2026-01"))
                try $0.books.reopenMonth(auditMonth("2026-01"), reason: "补记漏记凭证")
                try $0.spend("2026-01-28", "补记：购买奖品", "200.00")
            },
            passes: {
                try $0.spend("2026-01-10", "购买文体用品", "100.00")
                try $0.closeThrough(auditMonth("2026-01"))
                try $0.spend("2026-02-03", "购买奖品", "200.00")
            }),
        AttachmentsMissing.id: Pair(
            triggers: { try $0.spend("2026-03-10", "购买文体用品", "800.00", attachments: 0) },
            passes: { try $0.spend("2026-03-10", "购买文体用品", "800.00", attachments: 2) }),
        HashChainBroken.id: Pair(
            triggers: {
                try $0.spend("2026-03-10", "购买文体用品", "800.00")
                try $0.tamper("DROP TRIGGER voucher_is_immutable_update; UPDATE voucher SET summary = '购买烟酒' WHERE date = '2026-03-10'")
            },
            passes: { try $0.spend("2026-03-10", "购买文体用品", "800.00") }),
        BooksDisagree.id: Pair(
            triggers: {
                try $0.spend("2026-03-10", "购买文体用品", "800.00")
                try $0.tamper("UPDATE balance SET debit_fen = debit_fen + 100 WHERE debit_fen > 0 AND ordinal = \(2026 * 12 + 2)")
            },
            passes: { try $0.spend("2026-03-10", "购买文体用品", "800.00") }),
        PaymentsToOfficers.id: Pair(
            triggers: { try $0.spend("2026-03-10", "报销王明差旅费", "800.00", account: "50504") },
            passes: { try $0.spend("2026-03-10", "购买办公用品", "800.00", account: "50504") }),
    ]

    @Test("every check of the catalogue has a scenario pair, and every scenario a check")
    func noneMissing() {
        #expect(Set(Self.scenarios.keys) == Set(AuditCatalogue.all.map(\.id)))
    }

    @Test("each check finds its triggering scenario", arguments: AuditCatalogue.all.map(\.id))
    func triggers(_ id: String) throws {
        let pair = try #require(Self.scenarios[id], "no scenario for \(id)")
        let fixture = try AuditFixture()
        try pair.triggers(fixture)
        let found = try fixture.findings(try AuditCatalogue.check(id: id))
        #expect(!found.isEmpty, "\(id) found nothing")
        #expect(found.allSatisfy { $0.check == id })
        #expect(found.allSatisfy { !$0.explanationChinese.isEmpty && !$0.explanationEnglish.isEmpty })
    }

    @Test("each check passes its clean scenario (determinably)", arguments: AuditCatalogue.all.map(\.id))
    func passes(_ id: String) throws {
        let pair = try #require(Self.scenarios[id], "no scenario for \(id)")
        let fixture = try AuditFixture()
        try pair.passes(fixture)
        let found = try fixture.findings(try AuditCatalogue.check(id: id))
        #expect(found.isEmpty, "\(id) found \(found.map { $0.explanation(in: .en) })")
    }

    @Test("without a budget module the budget checks say so, not a clean result",
          arguments: [SpendingWithoutBudgetLine.id, BudgetLineOverspent.id, BudgetAdjustmentOutsideChain.id])
    func budgetNotDeterminable(_ id: String) throws {
        let fixture = try AuditFixture()
        fixture.withoutBudgets = true
        #expect(throws: NotDeterminable.self) { try fixture.findings(try AuditCatalogue.check(id: id)) }
        let run = try AuditRun(context: try fixture.context(), period: AuditFixture.year)
        #expect(run.result(id)?.outcome == "notDeterminable")
        #expect(run.result(id)?.notDeterminable?.reasonEnglish == "no budget module in these books")
    }

    @Test("without a chair on record the sign-off check cannot tell")
    func signoffWithoutTenures() throws {
        let fixture = try AuditFixture(chair: false)
        try fixture.spend("2026-03-10", "购买文体用品", "800.00")
        #expect(throws: NotDeterminable.self) { try fixture.findings(SignoffNotByChair()) }
    }
}
