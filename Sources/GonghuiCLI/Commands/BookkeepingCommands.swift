import InputFiles
import Foundation
import ArgumentParser
import Foundation
import LedgerCore
import LedgerPostgres
import LedgerSQLite
import LedgerStore
import Reporting
import UnionCore
import UnionAllocation
import UnionSQLite
import UnionMembers
import UnionStatements

struct CloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close",
        abstract: "结账：锁定一个月份，或年终结账 (close a month, or the year: carry revenue and expenditure forward and close December).",
        discussion: """
        --month locks one month; earlier months must be closed first and the month must balance.
        --year posts the closing vouchers (收支结转), then closes December, in one transaction. January to November
        must be closed. The chart decides the accounts unless --to / --restricted-to name them: unrestricted money
        goes to 工会资金结余—本年收支结转 (or 工会资金结余 when the chart has no such sub-account; 33201 or 331 in the
        shipped charts), restricted funds to 工会资金结转 (its 本年收支结转 where the chart has one).
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
            help: "With --year: the net-assets account for restricted funds (专项; default the chart's 工会资金结转 when --to is under 工会资金结余).")
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
        try global.requireFinalAccountsAgree(year: year, books: books)
        let result = try YearEndClose.close(year, in: books, carryForwardTo: try to.map { try AccountCode($0) },
                                            restrictedTo: try restrictedTo.map { try AccountCode($0) })
        let target = result.accounts.target, posted = result.unrestricted
        let carried = result.unrestrictedResult.formatted()
        global.say("\(year) 年已结账：收支结余 \(carried) 元转入 \(target)\(posted.map { "（\($0.label)）" } ?? "")",
                   "\(year) closed: result \(carried) carried into \(target)\(posted.map { " (\($0.label))" } ?? "")")
        for voucher in result.restricted {
            let account = result.restrictedAccount, amount = result.restrictedResult(of: voucher).formatted()
            global.say("  专项 \(voucher.fund)：结余 \(amount) 元转入 \(account)（\(voucher.label)）",
                       "  restricted \(voucher.fund): \(amount) carried into \(account) (\(voucher.label))")
        }
        for voucher in result.rollUps {
            global.say("  \(voucher.summary)\(voucher.fund.isEmpty ? "" : "（\(voucher.fund)）")：\(voucher.label)",
                       "  \(voucher.summary)\(voucher.fund.isEmpty ? "" : " (\(voucher.fund))"): \(voucher.label)")
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

    @Option(name: .long, help: "A seal written by `gonghui seal`: also prove nothing recorded before it changed ($GONGHUI_SEAL_KEY).")
    var seal: String?

    func run() throws {
        // The seal and its key first: a refused key or unreadable seal writes nothing.
        let sealed = try seal.map { path in (try SealCommand.read(path), try JournalSeal.key(ProcessInfo.processInfo.environment["GONGHUI_SEAL_KEY"])) }
        if global.isPostgres {
            if seal != nil { throw StoreError.commandMustSupportStore(command: "verify --seal", location: global.databasePath) }
            return try verifyPostgres()
        }
        let database = try global.openDatabase()
        // The ledger's own invariants, then the union rule across sets of books (unit ↔ federation).
        var ledger = try database.verify()
        if let (seal, key) = sealed { ledger += try database.check(seal: seal, key: key) }
        let mirror = try MirrorCheck.run(store: UnionSQLiteStores(database: database).allocation)
        let findings = ledger.map { $0.message(in: global.language) } + mirror.map { $0.message(in: global.language) }
        if global.format == .json {
            try global.emit(Report(title: "", tables: [], json: VerifyDocument(ledger: ledger, mirror: mirror, head: try database.journalHead(),
                                                                               language: global.language)))
            guard findings.isEmpty else {
                Output.error(global.language.pick("校验失败：\(findings.count) 处问题", "verify failed: \(findings.count) findings"))
                throw CommandFailed(exitCode: 1)
            }
            return
        }
        let l = global.language
        // Kept elsewhere (on a printed report, say), the head shows later removals from the end.
        let head = try database.journalHead()
        let headLine = l.pick("日记账末端：\(head.vouchers) 张凭证，sha256 \(head.hash)",
                              "Journal head: \(head.vouchers) vouchers, sha256 \(head.hash)")
        let failedLine = l.pick("校验失败：\(findings.count) 处问题", "verify failed: \(findings.count) findings")
        if let output = global.output {
            let journalLine = l.pick("变更日记账末端：\(try database.head().short)", "Change journal head: \(try database.head().short)")
            // The record of the check, kept as a file: the findings or the all-clear, and the head.
            let lines = findings.isEmpty
                ? [l.pick("校验通过：哈希链完整，余额与分录一致，凭证均符合规则",
                          "Verified: hash chain intact, balances agree with postings, every voucher keeps the rules"), headLine, journalLine]
                : findings + [failedLine, headLine, journalLine]
            try ReportFile.write(Data((lines.joined(separator: "\n") + "\n").utf8), to: output, protecting: [global.databasePath])
            global.say("已写入 \(output)", "written to \(output)")
            guard findings.isEmpty else {
                Output.error(failedLine)
                throw CommandFailed(exitCode: 1)
            }
            return
        }
        guard findings.isEmpty else {
            for finding in findings { Output.error(finding) }
            Output.error(failedLine)
            throw CommandFailed(exitCode: 1)
        }
        global.say("校验通过：哈希链完整，余额与分录一致，凭证均符合规则",
                   "Verified: hash chain intact, balances agree with postings, every voucher keeps the rules")
        Output.write(headLine + "\n")
        let journal = try database.head()
        global.say("变更日记账：覆盖全部状态表，末端 \(journal.short)",
                   "Change journal over every state table: head \(journal.short)")
        if let baseline = try database.changeJournalBaseline() {
            global.say("变更日记账始于 \(baseline.at) 的基线（\(baseline.rows) 行早于日记账的记录，按当时内容接受）",
                       "The change journal began with a baseline at \(baseline.at) (\(baseline.rows) rows older than the journal, taken as they stood)")
        }
        if let (seal, _) = sealed {
            global.say("封存核对通过：封存于 \(seal.at) 的 \(seal.records) 条记录未被改动",
                       "Seal verified: the \(seal.records) records sealed at \(seal.at) are unchanged")
        }
    }
}

extension VerifyCommand {
    /// `verify` on a PostgreSQL book: the ledger's invariants (hash chain, balances, numbering).
    /// The union tables' mirror check and the change journal are kept by the SQLite file only.
    func verifyPostgres() throws {
        let store = try global.openPostgres()
        let ledger = try store.verify()
        let head = try store.journalHead()
        let l = global.language
        let findings = ledger.map { $0.message(in: l) }
        let failedLine = l.pick("校验失败：\(findings.count) 处问题", "verify failed: \(findings.count) findings")
        if global.format == .json {
            try global.emit(Report(title: "", tables: [], json: VerifyDocument(ledger: ledger, mirror: [], head: head, language: l)))
        } else if findings.isEmpty {
            global.say("校验通过：哈希链完整，余额与分录一致，凭证均符合规则",
                       "Verified: hash chain intact, balances agree with postings, every voucher keeps the rules")
            Output.write(l.pick("日记账末端：\(head.vouchers) 张凭证，sha256 \(head.hash)", "Journal head: \(head.vouchers) vouchers, sha256 \(head.hash)") + "\n")
        } else {
            for finding in findings { Output.error(finding) }
        }
        guard findings.isEmpty else {
            Output.error(failedLine)
            throw CommandFailed(exitCode: 1)
        }
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
        // Never a companion of the books (a `-journal` beside WAL books does not exist yet), never through a link.
        try ReportFile.check(file, protecting: [global.databasePath])
        try global.openDatabase().backup(to: file)
        global.say("已备份到 \(file)", "Backed up to \(file)")
    }
}
