import LedgerStore
import Foundation
import Testing

/// A voucher `voucher add` must refuse, and how.
struct RejectedVoucher: Sendable, CustomTestStringConvertible {
    var name: String
    var lines: [String]
    var options: [String] = []
    var exitCode: Int32
    var message: String

    var testDescription: String { name }
}

@Suite("gonghui voucher add")
struct VoucherAddTests {
    let sandbox: Sandbox

    init() throws { sandbox = try Sandbox() }

    @Test("a balanced voucher posts and gets the next number")
    func postsBalancedVoucher() throws {
        try sandbox.initBooks()
        let first = try sandbox.post("2026-01-05", "收到拨缴经费", ["102:借:1,000.00", "402:贷:1,000.00"])
        first.expectSuccess()
        #expect(first.stdout == "已记账：记-2026-01-001（ID 1），金额 1,000.00\n")
        let second = try sandbox.post("2026-01-06", "收取会费", ["102:借:50", "401:贷:50"])
        second.expectSuccess()
        #expect(second.stdout == "已记账：记-2026-01-002（ID 2），金额 50.00\n")
        #expect(try sandbox.voucherCount() == 2)
    }

    @Test("refuses a bad voucher with one line on stderr and leaves the file byte-identical", arguments: [
        RejectedVoucher(name: "unbalanced", lines: ["102:借:100.00", "401:贷:99.00"],
                        exitCode: 1, message: "借贷不平衡：借方合计 100.00，贷方合计 99.00"),
        RejectedVoucher(name: "unbalanced, in English", lines: ["102:借:100.00", "401:贷:99.00"], options: ["--lang", "en"],
                        exitCode: 1, message: "postings do not balance: debits 100.00, credits 99.00"),
        RejectedVoucher(name: "unknown account", lines: ["102:借:100.00", "999:贷:100.00"],
                        exitCode: 1, message: "科目不存在：999"),
        RejectedVoucher(name: "non-leaf account", lines: ["102:借:100.00", "403:贷:100.00"],
                        exitCode: 1, message: "科目 403 有下级科目，只能记入末级科目"),
        RejectedVoucher(name: "one line only", lines: ["102:借:100.00"],
                        exitCode: 1, message: "凭证至少需要两条分录（现有 1 条）"),
        RejectedVoucher(name: "bad amount", lines: ["102:借:12.3abc", "401:贷:12.30"],
                        exitCode: 2, message: "金额格式不正确：“12.3abc”"),
        RejectedVoucher(name: "three decimals", lines: ["102:借:1.234", "401:贷:1.23"],
                        exitCode: 2, message: "金额格式不正确：“1.234”"),
        RejectedVoucher(name: "bad side", lines: ["102:X:1.00", "401:贷:1.00"],
                        exitCode: 2, message: "借贷方向无效：“X”"),
        RejectedVoucher(name: "malformed account code", lines: ["10:借:1.00", "401:贷:1.00"],
                        exitCode: 2, message: "科目编码格式不正确：“10”"),
        RejectedVoucher(name: "impossible date", lines: ["102:借:1.00", "401:贷:1.00"], options: ["--date", "2026-02-30"],
                        exitCode: 2, message: "日期无效：“2026-02-30”"),
        RejectedVoucher(name: "attachments not a count", lines: ["102:借:1.00", "401:贷:1.00"], options: ["--attachments", "two"],
                        exitCode: 2, message: "附件张数应为 0 或正整数：“two”"),
    ])
    func refusesBadVoucher(_ rejected: RejectedVoucher) throws {
        try sandbox.initBooks()
        try sandbox.post("2026-01-02", "上年结余转入", ["102:借:80,000.00", "331:贷:80,000.00"]).expectSuccess()
        let before = try sandbox.snapshot()

        // A later --date overrides the first (ArgumentParser keeps the last value of a repeated option).
        let result = try sandbox.post("2026-01-05", "测试凭证", rejected.lines, extra: rejected.options)

        result.expectError(exitCode: rejected.exitCode, containing: rejected.message)
        #expect(result.stdout.isEmpty)
        #expect(try sandbox.snapshot() == before, "a refused voucher must leave the books file byte-identical")
    }

    @Test("side spellings 借/贷, D/C, Dr/Cr and debit/credit all post the same voucher", arguments: [
        ("借", "贷"), ("D", "C"), ("d", "c"), ("Dr", "Cr"), ("debit", "credit"),
    ])
    func acceptsSideSpellings(debit: String, credit: String) throws {
        try sandbox.initBooks()
        try sandbox.post("2026-01-05", "收取会费", ["102:\(debit):1,234.50", "401:\(credit):1,234.50"]).expectSuccess()
        let balance = try TrialBalanceDocument(json: try sandbox.trialBalanceJSON())
        #expect(balance.accounts.map { [$0.code, $0.debit, $0.credit] } == [["102", "1234.50", "0.00"],
                                                                             ["401", "0.00", "1234.50"]])
    }

    @Test("global options may come before the subcommand", arguments: [
        ["--db", "books.sqlite", "voucher", "list"],
        ["--db=books.sqlite", "voucher", "list"],
        ["--db", "books.sqlite", "--org", "GH001", "--user", "someone", "voucher", "list"],
        ["voucher", "list", "--db", "books.sqlite"],
    ])
    func globalOptionsBeforeSubcommand(arguments: [String]) throws {
        try sandbox.initBooks()
        try sandbox.post("2026-01-05", "收取会费", ["102:借:10.00", "401:贷:10.00"]).expectSuccess()
        let result = try sandbox.run(arguments)
        result.expectSuccess()
        #expect(result.stdout.hasPrefix("凭证列表\n编制单位：示例科技有限公司工会\n"))
        #expect(result.stdout.contains("记-2026-01-001"))
    }

    @Test("--lang and --format before the subcommand apply to its output")
    func languageAndFormatBeforeSubcommand() throws {
        try sandbox.initBooks()
        let result = try sandbox.run("--db", Sandbox.books, "--lang", "en", "--format", "csv", "voucher", "list")
        result.expectSuccess()
        #expect(result.stdout == "\u{FEFF}ID,Voucher,Date,Summary,Amount,Kind,Reversal,Prepared by\r\n")
    }

    @Test("the operator from GONGHUI_USER is recorded as the preparer; --user overrides it")
    func recordsOperator() throws {
        try sandbox.initBooks()
        try sandbox.post("2026-01-05", "收取会费", ["102:借:10.00", "401:贷:10.00"]).expectSuccess()
        try sandbox.post("2026-01-06", "收取会费", ["102:借:10.00", "401:贷:10.00"], extra: ["--user", "王会计"]).expectSuccess()
        let list = try sandbox.onBooks("voucher", "list", "--format", "csv")
        list.expectSuccess()
        let preparers = list.stdout.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
            .map { $0.split(separator: ",").last.map(String.init) ?? "" }
        #expect(preparers == ["tester", "王会计"])
    }
}
