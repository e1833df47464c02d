import InputFiles
import ArgumentParser
import LedgerCore
import LedgerSQLite
import LedgerStore
import UnionCore
import UnionAllocation
import UnionMembers
import UnionStatements

struct CloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close",
        abstract: "结账：锁定一个月份，或年终结账 (close a month, or the year: carry revenue and expenditure forward and close December).",
        discussion: """
        --month locks one month; earlier months must be closed first and the month must balance.
        --year posts the closing voucher (收支结转) into the carry-forward account (--to; default 33201 本年收支结转
        when the chart has it, else 331), then closes December, in one transaction. January to November must be closed.
        """
    )
    @OptionGroup var global: GlobalOptions

    @Option(help: "The month to close, YYYY-MM.")
    var month: String?

    @Option(help: "The year to close, YYYY.")
    var year: Int?

    @Option(help: "With --year: the net-assets account that receives the year's result.")
    var to: String?

    @Option(name: .customLong("restricted-to"),
            help: "With --year: the net-assets account for restricted funds (专项; default 331 工会资金结转 when --to is a 332 sub-account).")
    var restrictedTo: String?

    func validate() throws {
        guard (month == nil) != (year == nil) else {
            throw ValidationError("give either --month YYYY-MM or --year YYYY")
        }
    }

    func run() throws {
        let books = try global.openBooks()
        if let month {
            let period = try YearMonth(parsing: month)
            try books.closeMonth(period)
            global.say("\(period) 已结账", "\(period) closed")
            return
        }
        guard let year, YearMonth.yearRange.contains(year) else { throw LedgerError.monthMustBeValid(value: "\(year ?? 0)") }
        let codes = Set(try books.accounts().map(\.account.code.rawValue))
        let target = try to.map { try AccountCode($0) } ?? AccountCode(["33201", "331"].first(where: codes.contains) ?? "331")
        // Under the 2021 chart restricted money goes to 331 工会资金结转, unrestricted to 332's 本年收支结转.
        let restricted = try restrictedTo.map { try AccountCode($0) }
            ?? (target.rawValue.hasPrefix("332") && codes.contains("331") ? try AccountCode("331") : nil)
        let result = try books.closeYear(year, carryForwardTo: target, restrictedTo: restricted)
        func carried(_ voucher: PostedVoucher?, into account: AccountCode) -> String {
            voucher?.postings.first { $0.account == account }.map { ($0.side == .credit ? "" : "-") + $0.amount.formatted() } ?? "0.00"
        }
        let posted = result.unrestricted
        global.say("\(year) 年已结账：收支结余 \(carried(posted, into: target)) 元转入 \(target)\(posted.map { "（\($0.label)）" } ?? "")",
                   "\(year) closed: result \(carried(posted, into: target)) carried into \(target)\(posted.map { " (\($0.label))" } ?? "")")
        for voucher in result.restricted {
            let account = restricted ?? target
            global.say("  专项 \(voucher.fund)：结余 \(carried(voucher, into: account)) 元转入 \(account)（\(voucher.label)）",
                       "  restricted \(voucher.fund): \(carried(voucher, into: account)) carried into \(account) (\(voucher.label))")
        }
    }
}

struct ReopenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reopen",
        abstract: "反结账：重新打开最近结账的月份，须说明原因并留档 (reopen the latest closed month, with a reason on record)."
    )
    @OptionGroup var global: GlobalOptions

    @Option(help: "The month to reopen, YYYY-MM: the latest closed one.")
    var month: String

    @Option(help: "Why (kept on record; the audit reports it).")
    var reason: String

    func run() throws {
        let books = try global.openBooks()
        let period = try YearMonth(parsing: month)
        try books.reopenMonth(period, reason: reason)
        global.say("\(period) 已反结账，原因已留档", "\(period) reopened; the reason is on record")
    }
}

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "校验账套：哈希链、余额与分录、凭证规则 (re-check every invariant; exit 1 on any finding)."
    )
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let database = try global.openDatabase()
        // The ledger's own invariants, then the union rule across sets of books (unit ↔ federation).
        let findings = try database.verify().map { $0.message(in: global.language) }
            + MirrorCheck.run(database).map { $0.message(in: global.language) }
        guard findings.isEmpty else {
            for finding in findings { Output.error(finding) }
            Output.error(global.language.pick("校验失败：\(findings.count) 处问题", "verify failed: \(findings.count) findings"))
            throw CommandFailed(exitCode: 1)
        }
        global.say("校验通过：哈希链完整，余额与分录一致，凭证均符合规则",
                   "Verified: hash chain intact, balances agree with postings, every voucher keeps the rules")
        // Kept elsewhere (on a printed report, say), the head shows later removals from the end.
        let head = try database.journalHead()
        global.say("日记账末端：\(head.vouchers) 张凭证，sha256 \(head.hash)",
                   "Journal head: \(head.vouchers) vouchers, sha256 \(head.hash)")
    }
}

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "备份账套：在线一致性副本 (a consistent copy of the live books, mode 0600)."
    )
    @OptionGroup var global: GlobalOptions

    @Argument(help: "Destination file (must not exist).")
    var file: String

    func run() throws {
        try global.openDatabase().backup(to: file)
        global.say("已备份到 \(file)", "Backed up to \(file)")
    }
}
