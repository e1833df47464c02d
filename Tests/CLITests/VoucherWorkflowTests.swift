import LedgerStore
import Foundation
import Testing

@Suite("gonghui voucher add → review → post")
struct VoucherWorkflowCommandTests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
        try sandbox.initBooks()
    }

    func enter(_ lines: [String], _ extra: [String] = []) throws -> CLIResult {
        try sandbox.run(["voucher", "add", "--date", "2026-01-26", "--summary", "购买文体活动用品", "--attachments", "2"]
                        + lines.flatMap { ["--line", $0] } + extra + ["--db", Sandbox.books])
    }

    @Test("entered vouchers wait outside the books; the preparer cannot review; expenditure needs the chair's sign-off")
    func workflow() throws {
        // Bought on account (其他应付款): the books hold no money yet, and the bank may not go below zero.
        let entered = try enter(["50102:借:1,580.00", "225:贷:1,580.00"])
        entered.expectSuccess()
        #expect(entered.stdout == "已填制：草稿 1，2026-01-26 购买文体活动用品，金额 1,580.00（待审核）\n")
        #expect(try sandbox.voucherCount() == 0)

        try sandbox.onBooks("voucher", "review", "1").expectError(exitCode: 1, containing: "审核人不能是制单人（tester）")
        try sandbox.onBooks("voucher", "review", "1", "--user", "李审核").expectSuccess()
        let before = try sandbox.snapshot()
        try sandbox.onBooks("voucher", "post", "1").expectError(exitCode: 1, containing: "支出凭证（草稿 1）缺少工会主席签批，不能记账")
        #expect(try sandbox.snapshot() == before)
        try sandbox.onBooks("voucher", "signoff", "1", "--signoff-by", "王明")
            .expectError(exitCode: 1, containing: "已由 李审核 审核；如需修改请先取消审核")
        try sandbox.onBooks("voucher", "cancel-review", "1").expectSuccess()
        try sandbox.onBooks("voucher", "signoff", "1", "--signoff-by", "王明", "--signoff-date", "2026-01-25").expectSuccess()
        try sandbox.onBooks("voucher", "review", "1", "--user", "李审核").expectSuccess()
        let posted = try sandbox.onBooks("voucher", "post", "--month", "2026-01")
        posted.expectSuccess()
        #expect(posted.stdout == "已记账：记-2026-01-001（ID 1），金额 1,580.00\n")

        let shown = try sandbox.onBooks("voucher", "show", "1")
        #expect(shown.stdout.contains("附件 2 张"))
        #expect(shown.stdout.contains("制单：tester    审核：李审核    记账：tester"))
        #expect(shown.stdout.contains("签批：王明  2026-01-25"))
        let trail = try sandbox.onBooks("voucher", "drafts", "--status", "posted", "--format", "csv")
        #expect(trail.stdout.contains("1,2026-01-26,购买文体活动用品,1580.00,2,已记账,tester,李审核,王明 2026-01-25,\r\n"))
        try sandbox.onBooks("verify").expectSuccess()
    }

    @Test("spending at the policy's threshold needs a collective decision; the policy's number applies")
    func collectiveDecision() throws {
        try enter(["50105:借:30,000.00", "225:贷:30,000.00"], ["--signoff-by", "王明"]).expectSuccess()
        try sandbox.onBooks("voucher", "review", "--month", "2026-01", "--user", "李审核").expectSuccess()
        try sandbox.onBooks("voucher", "post", "1").expectSuccess()   // the default threshold is 50,000.00

        try sandbox.onBooks("policy", "set", "beijing").expectSuccess()   // 30,000.00
        try enter(["50105:借:30,000.00", "225:贷:30,000.00"], ["--signoff-by", "王明"]).expectSuccess()
        try sandbox.onBooks("voucher", "review", "2", "--user", "李审核").expectSuccess()
        try sandbox.onBooks("voucher", "post", "2", "--lang", "en")
            .expectError(exitCode: 1, containing: "reaches the collective-decision threshold 30,000.00")
    }

    @Test("a one-person union reviews its own vouchers when the policy allows, and each is marked")
    func singleOperator() throws {
        let policy = """
            {"name":"one-person","title":"单人工会","vouchers":[{"effective_from":"2000-01-01","single_operator":true}]}
            """
        try Data(policy.utf8).write(to: URL(fileURLWithPath: sandbox.path("one.json")))
        try sandbox.onBooks("policy", "set", sandbox.path("one.json")).expectSuccess()
        try sandbox.onBooks("voucher", "add", "--date", "2026-01-05", "--summary", "收取会费", "--line", "102:借:10", "--line", "401:贷:10")
            .expectSuccess()
        let reviewed = try sandbox.onBooks("voucher", "review", "1")
        #expect(reviewed.stdout == "已审核：草稿 1 收取会费，审核人 tester（单人操作）\n")
        try sandbox.onBooks("voucher", "post", "1").expectSuccess()
        #expect(try sandbox.onBooks("voucher", "show", "1").stdout.contains("单人操作：制单人自行审核（政策允许）"))
    }

    @Test("close refuses a month with unposted vouchers; a deleted draft is gone but on record")
    func closeAndDelete() throws {
        try enter(["102:借:10", "401:贷:10"]).expectSuccess()
        try sandbox.onBooks("close", "--month", "2026-01").expectError(exitCode: 1, containing: "2026-01 还有未记账凭证（草稿 1）")
        try sandbox.onBooks("voucher", "delete", "1", "--reason", "重复录入").expectSuccess()
        try sandbox.onBooks("voucher", "delete", "1", "--reason", "x").expectError(exitCode: 2, containing: "未记账凭证不存在：1")
        try sandbox.onBooks("close", "--month", "2026-01").expectSuccess()
        try enter(["102:借:10", "401:贷:10"]).expectError(exitCode: 1, containing: "2026-01 已结账")
    }

    @Test("a deleted draft's number is never given again, even when it was the newest")
    func deletedNumberNotReused() throws {
        try enter(["102:借:10", "401:贷:10"]).expectSuccess()
        try enter(["102:借:20", "401:贷:20"]).expectSuccess()
        try sandbox.onBooks("voucher", "delete", "2", "--reason", "填错").expectSuccess()
        let third = try enter(["102:借:30", "401:贷:30"])
        third.expectSuccess()
        #expect(third.stdout.contains("草稿 3"), "\(third)")
        try sandbox.onBooks("voucher", "delete", "2", "--reason", "x").expectError(exitCode: 2, containing: "未记账凭证不存在：2")
    }

    @Test("bad approval input exits 2 and writes nothing", arguments: [
        (["--signoff-date", "2026-01-20"], "缺少必填项：--signoff-by"),
        (["--decision", "会议"], "缺少必填项：--decision-date"),
        (["--signoff-by", "王明", "--signoff-date", "2026-02-30"], "日期无效"),
        (["--attachments", "3.5"], "附件张数应为 0 或正整数"),
    ])
    func badApprovalInput(_ extra: [String], _ message: String) throws {
        let before = try sandbox.snapshot()
        try enter(["50102:借:1", "102:贷:1"], extra).expectError(exitCode: 2, containing: message)
        #expect(try sandbox.snapshot() == before)
    }
}
