import Foundation
import Testing

/// Statuses in Chinese as well as by code (issue 14): the words the reports print and the ones a
/// treasurer writes (在职 for 在册); an unknown value is named, with every accepted one in both forms.
@Suite("status names: codes and Chinese")
struct StatusNameTests {
    let sandbox: Sandbox

    init() throws { sandbox = try Sandbox() }

    @Test("the member register: 在职 and 退休 in the import's status column, and in member list --status")
    func memberStatuses() throws {
        try sandbox.initMemberBooks()
        var text = try String(contentsOf: Repository.url("ledgers/examples/members-utf8.csv"), encoding: .utf8)
        text = text.replacingOccurrences(of: ",active,", with: ",在职,")
        text = text.replacingOccurrences(of: ",retained-exempt,", with: ",退休,")
        text = text.replacingOccurrences(of: ",withdrawn,", with: ",已退会,")
        try sandbox.write("members.csv", text)
        let imported = try sandbox.onBooks("member", "import", "members.csv")
        imported.expectSuccess()
        #expect(imported.stdout.contains("新增 40 人"), "\(imported)")

        let byCode = try sandbox.onBooks("member", "list", "--status", "active", "--format", "csv")
        byCode.expectSuccess()
        #expect(byCode.stdout.contains(",在册,"), "\(byCode)")
        for word in ["在职", "在册", "ACTIVE"] {
            let byWord = try sandbox.onBooks("member", "list", "--status", word, "--format", "csv")
            #expect(byWord.exitCode == 0 && byWord.stdout == byCode.stdout, "\(word)\n\(byWord)")
        }
        let retired = try sandbox.onBooks("member", "list", "--status", "退休", "--format", "csv")
        #expect(retired.stdout == (try sandbox.onBooks("member", "list", "--status", "retained-exempt", "--format", "csv")).stdout)
        #expect(retired.stdout.contains("保留会籍"), "\(retired)")

        try sandbox.onBooks("member", "list", "--status", "在编制")
            .expectError(exitCode: 2, containing: "会员状态未知：“在编制”（可选：active（在册）、retained-exempt（保留会籍）")
        try sandbox.onBooks("member", "list", "--status", "gone", "--lang", "en")
            .expectError(exitCode: 2, containing: "unknown member status: \"gone\" (one of: active (在册), retained-exempt (保留会籍)")
    }

    @Test("voucher drafts --status: 已填制, 已审核, 已记账 and their synonyms; an unknown value is named with the list")
    func draftStatuses() throws {
        try sandbox.initBooks()
        try sandbox.onBooks("voucher", "add", "--date", "2026-01-05", "--summary", "收取会费", "--line", "102:借:10", "--line", "401:贷:10")
            .expectSuccess()
        try sandbox.onBooks("voucher", "add", "--date", "2026-01-06", "--summary", "再收会费", "--line", "102:借:20", "--line", "401:贷:20")
            .expectSuccess()
        try sandbox.onBooks("voucher", "review", "2", "--user", "复核员").expectSuccess()
        for (words, shown, hidden) in [(["reviewed", "已审核", "待记账"], "再收会费", "收取会费"),
                                       (["entered", "已填制", "已录入", "待审核"], "收取会费", "再收会费")] {
            for word in words {
                let listed = try sandbox.onBooks("voucher", "drafts", "--status", word)
                #expect(listed.exitCode == 0, "\(word)\n\(listed)")
                #expect(listed.stdout.contains(shown) && !listed.stdout.contains(hidden), "\(word)\n\(listed)")
            }
        }
        #expect(try sandbox.onBooks("voucher", "drafts", "--status", "已记账").stdout.contains("共 0 张"))
        let unknown = try sandbox.onBooks("voucher", "drafts", "--status", "已审")
        unknown.expectError(exitCode: 2, containing: "--status 的值“已审”无效；可选：entered（已填制）、reviewed（已审核）、posted（已记账）")
        #expect(!unknown.stderr.contains("缺少必填项"), "\(unknown)")
        try sandbox.onBooks("voucher", "drafts", "--status", "done", "--lang", "en")
            .expectError(exitCode: 2, containing: "--status: unknown value \"done\"; one of: entered (已填制), reviewed (已审核), posted (已记账)")
    }

    @Test("arrears status --set takes the names the arrears report prints")
    func enforcementStatuses() throws {
        try sandbox.initMemberBooks()
        let set = try sandbox.onBooks("arrears", "status", "--unit", "DW001", "--set", "已催缴", "--date", "2026-03-01")
        set.expectSuccess()
        #expect(set.stdout.contains("已登记 DW001：已发催缴通知（2026-03-01）"), "\(set)")
        for word in ["已申请支付令", "强制执行", "payment-order", "未催缴"] {
            try sandbox.onBooks("arrears", "status", "--unit", "DW001", "--set", word, "--date", "2026-03-02").expectSuccess()
        }
        try sandbox.onBooks("arrears", "status", "--unit", "DW001", "--set", "已起诉", "--date", "2026-03-03")
            .expectError(exitCode: 2, containing: "催缴状态未知：“已起诉”（可选：none（未催缴）、notice（已发催缴通知）")
    }

    @Test("audit findings --status takes the names the register prints")
    func findingStatuses() throws {
        try sandbox.initBooks()
        for word in ["未整改", "open", "已整改待核", "已整改", "已销号", "closed"] {
            let listed = try sandbox.onBooks("audit", "findings", "--status", word)
            #expect(listed.exitCode == 0, "\(word)\n\(listed)")
        }
        try sandbox.onBooks("audit", "findings", "--status", "待定")
            .expectError(exitCode: 2, containing: "--status 的值“待定”无效；可选：open（未整改）、rectificationNoted（已整改待核）、closed（已销号）")
    }
}
