import LedgerStore
import Foundation
import Testing

@Suite("gonghui voucher reverse and voucher show")
struct ReverseTests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
        try sandbox.initBooks()
        try sandbox.post("2026-01-02", "上年结余转入", ["102:借:80,000.00", "331:贷:80,000.00"]).expectSuccess()
    }

    /// Posts voucher 2 (a purchase booked to the wrong account) and its reversal, voucher 3.
    private func postAndReverse() throws {
        try sandbox.post("2026-01-26", "购买文体活动用品", ["50103:借:1,580.00", "102:贷:1,580.00"]).expectSuccess()
        let reversal = try sandbox.onBooks("voucher", "reverse", "2", "--reason", "科目错误")
        reversal.expectSuccess()
        #expect(reversal.stdout == "已红字冲销 ID 2：冲销凭证 记-2026-01-003（ID 3）\n")
    }

    @Test("a reversal posts and every balance returns exactly to what it was before the original")
    func reversalRestoresBalances() throws {
        let before = try sandbox.trialBalanceJSON()
        try postAndReverse()
        #expect(try sandbox.trialBalanceJSON() == before)
        try sandbox.onBooks("verify").expectSuccess()

        let list = try sandbox.onBooks("voucher", "list", "--format", "csv")
        #expect(list.stdout.contains("2,记-2026-01-002,2026-01-26,购买文体活动用品,1580.00,记账,被 ID 3 冲销,tester\r\n"))
        #expect(list.stdout.contains("3,记-2026-01-003,2026-01-26,冲销 记-2026-01-002 科目错误,-1580.00,红字冲销,冲销 ID 2,tester\r\n"))
    }

    @Test("a reversal may be dated in a later month")
    func reversalInLaterMonth() throws {
        try sandbox.post("2026-01-26", "购买文体活动用品", ["50103:借:1,580.00", "102:贷:1,580.00"]).expectSuccess()
        let reversal = try sandbox.onBooks("voucher", "reverse", "2", "--reason", "科目错误", "--date", "2026-02-03")
        reversal.expectSuccess()
        #expect(reversal.stdout == "已红字冲销 ID 2：冲销凭证 记-2026-02-001（ID 3）\n")
        let throughFebruary = try TrialBalanceDocument(json: try sandbox.trialBalanceJSON(from: "2026-01", to: "2026-02"))
        #expect(!throughFebruary.accounts.contains { $0.code == "50103" })
    }

    @Test("reversing a voucher twice is refused, file unchanged")
    func reversingTwice() throws {
        try postAndReverse()
        let before = try sandbox.snapshot()
        try sandbox.onBooks("voucher", "reverse", "2", "--reason", "再冲一次")
            .expectError(exitCode: 1, containing: "凭证 2 已被凭证 3 冲销，不能重复冲销")
        #expect(try sandbox.snapshot() == before)
    }

    @Test("reversing a reversal is refused (reversalMustNotBeReversed), file unchanged")
    func reversingAReversal() throws {
        try postAndReverse()
        let before = try sandbox.snapshot()
        let result = try sandbox.onBooks("voucher", "reverse", "3", "--reason", "冲销冲销凭证")
        result.expectError(exitCode: 1, containing: "凭证 3 本身是红字冲销凭证，不能再冲销")
        #expect(try sandbox.snapshot() == before)
    }

    @Test("reversing a voucher that does not exist is refused")
    func reversingNothing() throws {
        try sandbox.onBooks("voucher", "reverse", "99", "--reason", "无")
            .expectError(exitCode: 2, containing: "凭证不存在：99")
    }

    @Test("a reversal needs a reason")
    func reversalNeedsReason() throws {
        try sandbox.onBooks("voucher", "reverse", "1", "--reason", "  ")
            .expectError(exitCode: 2, containing: "缺少必填项：--reason")
    }

    @Test("voucher show prints the total in Chinese uppercase (大写)", arguments: [
        ("1,234.50", "壹仟贰佰叁拾肆元伍角整"),
        ("1,000.05", "壹仟元零伍分"),
        ("100,000.00", "壹拾万元整"),
        ("0.01", "壹分"),
    ])
    func showsUppercaseTotal(amount: String, uppercase: String) throws {
        try sandbox.post("2026-01-20", "收取会费", ["102:借:\(amount)", "401:贷:\(amount)"]).expectSuccess()
        let shown = try sandbox.onBooks("voucher", "show", "2")
        shown.expectSuccess()
        #expect(shown.stdout.contains("合计：\(uppercase) "), "\(shown)")
        #expect(shown.stdout.contains("凭证号：记-2026-01-002    日期：2026-01-20    ID：2"))
    }

    @Test("voucher show of a reversal prints a negative 大写 total and both links")
    func showsReversal() throws {
        try postAndReverse()
        let reversal = try sandbox.onBooks("voucher", "show", "3")
        reversal.expectSuccess()
        #expect(reversal.stdout.contains("红字冲销凭证 ID 2\n"))
        #expect(reversal.stdout.contains("合计：负壹仟伍佰捌拾元整 "))
        let original = try sandbox.onBooks("voucher", "show", "2")
        #expect(original.stdout.contains("已被凭证 ID 3 冲销\n"))
        #expect(original.stdout.contains("合计：壹仟伍佰捌拾元整 "))
        let english = try sandbox.onBooks("voucher", "show", "3", "--lang", "en")
        #expect(english.stdout.contains("Red-ink reversal of ID 2\n"))
    }
}
