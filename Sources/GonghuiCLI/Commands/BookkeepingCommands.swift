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
import UnionPostgres
import UnionSQLite
import UnionMembers
import UnionStatements

struct CloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close",
        abstract: L("结账：锁定一个月份，或年终结账", "Close a month, or the year: carry revenue and expenditure forward and close December"),
            discussion: helpDiscussion("--month 锁定一个月：此前的月份须已结账，且该月借贷平衡。\n--year 先记收支结转凭证，再结账十二月，在一个事务中完成；一月至十一月须已结账。\n除非 --into / --restricted-into 指定，科目由科目表决定：非限定性资金转入 工会资金结余—本年收支结转（科目表没有该明细科目时转入 工会资金结余；随附科目表中为 33201 或 331），专项资金转入 工会资金结转（有 本年收支结转 明细科目时转入该明细）。",
                                   "--month locks one month; earlier months must be closed first and the month must balance.\n--year posts the closing vouchers, then closes December, in one transaction. January to November\nmust be closed. The chart decides the accounts unless --into / --restricted-into name them: unrestricted money\ngoes to the union funds balance (its current-year sub-account where the chart has one; 33201 or 331 in the\nshipped charts), restricted funds to the restricted carry-forward account.",
                                   examples: ["gonghui close --month 2026-01", "gonghui close --year 2026"])
    )
    @OptionGroup var global: GlobalOptions

    @Option(help: L("要结账的月份，YYYY-MM。", "The month to close, YYYY-MM."))
    var month: String?

    @Option(help: L("要年终结账的年度，YYYY。", "The year to close, YYYY."))
    var year: Int?

    @Option(name: .customLong("into"),
            help: L("与 --year 同用：结转当年收支结余的净资产科目。", "With --year: the net-assets account that receives the year's result."))
    var into: String?

    @Option(name: .customLong("restricted-into"),
            help: L("与 --year 同用：专项资金结转的净资产科目（默认：--into 属于工会资金结余时取科目表中的工会资金结转）。", "With --year: the net-assets account for restricted funds (default: the chart's restricted carry-forward account when --into is under the union funds balance)."))
    var restrictedInto: String?

    /// The old spellings, kept hidden for scripts: `--to` is the last month everywhere else.
    @Option(name: .customLong("to"), help: .hidden) var deprecatedTo: String?
    @Option(name: .customLong("restricted-to"), help: .hidden) var deprecatedRestrictedTo: String?

    var to: String? { into ?? deprecatedTo }
    var restrictedTo: String? { restrictedInto ?? deprecatedRestrictedTo }

    func validate() throws {
        guard (month == nil) != (year == nil) else {
            throw ValidationError(L("请给出 --month YYYY-MM 或 --year YYYY 之一", "give either --month YYYY-MM or --year YYYY"))
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
        abstract: L("反结账：重新打开最近结账的月份，须说明原因并留档", "Reopen the latest closed month, with a reason on record"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui reopen --month 2026-03 --reason 补记漏记的银行手续费"])
    )
    @OptionGroup var global: GlobalOptions

    @Option(help: L("要反结账的月份，YYYY-MM：须为最近结账的月份。", "The month to reopen, YYYY-MM: the latest closed one."))
    var month: String

    @Option(help: L("原因（留档；审计报告会列出）。", "Why (kept on record; the audit reports it)."))
    var reason: String

    func run() throws {
        let period = try YearMonth(parsing: month)
        guard !reason.trimmingSpaces().isEmpty else { throw LedgerError.fieldMustBePresent(field: "--reason") }
        let books = try global.openBooks()
        try books.reopenMonth(period, reason: reason)
        global.say("\(period) 已反结账，原因已留档", "\(period) reopened; the reason is on record")
    }
}

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: L("校验账套：哈希链、余额与分录、凭证规则", "Verify the books: hash chain, balances and postings, voucher rules"),
            discussion: helpDiscussion("发现任何问题时退出码为 1。",
                                   "Exit 1 on any finding.",
                                   examples: ["gonghui verify", "gonghui verify --seal 封存.json"])
    )
    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: L("`gonghui seal` 写出的封存签名：同时证明此前记录的内容未被改动（$GONGHUI_SEAL_KEY）。", "A seal written by `gonghui seal`: also prove nothing recorded before it changed ($GONGHUI_SEAL_KEY)."))
    var seal: String?

    func run() throws {
        // The seal and its key first: a refused key or unreadable seal writes nothing.
        let sealed = try seal.map { path in (try SealCommand.read(path), try JournalSeal.key(ProcessInfo.processInfo.environment["GONGHUI_SEAL_KEY"])) }
        let store: any JournaledStore
        let allocation: any AllocationStore
        if global.isPostgres {
            let postgres = try global.openPostgres()
            (store, allocation) = (postgres, UnionPostgresStores(store: postgres).allocation)
        } else {
            let database = try global.openDatabase()
            (store, allocation) = (database, UnionSQLiteStores(database: database).allocation)
        }
        // The ledger's own invariants, then the union rule across sets of books (unit ↔ federation).
        var ledger = try store.verify()
        if let (seal, key) = sealed { ledger += try store.check(seal: seal, key: key) }
        let mirror = try MirrorCheck.run(store: allocation)
        let findings = ledger.map { $0.message(in: global.language) } + mirror.map { $0.message(in: global.language) }
        if global.format == .json {
            try global.emit(Report(title: "", tables: [], json: VerifyDocument(ledger: ledger, mirror: mirror, head: try store.journalHead(),
                                                                               language: global.language)))
            guard findings.isEmpty else {
                Output.error(global.language.pick("校验失败：\(findings.count) 处问题", "verify failed: \(findings.count) findings"))
                throw CommandFailed(exitCode: 1)
            }
            return
        }
        let l = global.language
        // Kept elsewhere (on a printed report, say), the head shows later removals from the end.
        let head = try store.journalHead()
        let headLine = l.pick("日记账末端：\(head.vouchers) 张凭证，sha256 \(head.hash)",
                              "Journal head: \(head.vouchers) vouchers, sha256 \(head.hash)")
        let failedLine = l.pick("校验失败：\(findings.count) 处问题", "verify failed: \(findings.count) findings")
        if let output = global.output {
            let journalLine = l.pick("变更日记账末端：\(try store.head().short)", "Change journal head: \(try store.head().short)")
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
        let journal = try store.head()
        global.say("变更日记账：覆盖全部状态表，末端 \(journal.short)",
                   "Change journal over every state table: head \(journal.short)")
        if let baseline = try store.changeJournalBaseline() {
            global.say("变更日记账始于 \(LocalTime.shown(baseline.at)) 的基线（\(baseline.rows) 行早于日记账的记录，按当时内容接受）",
                       "The change journal began with a baseline at \(LocalTime.shown(baseline.at)) (\(baseline.rows) rows older than the journal, taken as they stood)")
        }
        if let (seal, _) = sealed {
            global.say("封存核对通过：封存于 \(LocalTime.shown(seal.at)) 的 \(seal.records) 条记录未被改动",
                       "Seal verified: the \(seal.records) records sealed at \(LocalTime.shown(seal.at)) are unchanged")
        }
    }
}

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: L("备份账套：在线一致性副本（权限 0600）", "Back up the books: a consistent copy of the live file, mode 0600"),
            discussion: helpDiscussion("PostgreSQL 账簿备份为新的 SQLite 文件：整本复制（同 `gonghui copy --to FILE`），在副本上校验，日记账末端须与原账簿一致。",
                                   "A PostgreSQL book is backed up into a new SQLite file: the whole book copied (as `gonghui copy --to FILE`),\nverified there, its journal head equal to the source's.",
                                   examples: ["gonghui backup 备份-2026-06.sqlite"])
    )
    @OptionGroup var global: GlobalOptions

    @Argument(help: L("目标文件（不得已存在）。", "Destination file (must not exist)."))
    var file: String

    func run() throws {
        // Never a companion of the books (a `-journal` beside WAL books does not exist yet), never through a link.
        try ReportFile.check(file, protecting: [global.databasePath])
        if global.isPostgres {
            // A PostgreSQL book is backed up as a whole-book copy into a new file, verified there.
            guard !FileManager.default.fileExists(atPath: file) else { throw StoreError.fileMustNotExist(path: file) }
            let source = try global.openPostgres()
            let copied = try CopyCommand.copy(source, head: try source.journalHead(), toFile: file, global: global, ownerOnly: true)
            try CopyCommand.report(findings: copied.findings, leftBehind: copied.leftBehind, language: global.language)
        } else {
            try global.openDatabase().backup(to: file)
        }
        global.say("已备份到 \(file)", "Backed up to \(file)")
    }
}
