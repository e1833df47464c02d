import ArgumentParser
import Foundation
import LedgerCore
import LedgerPostgres
import LedgerSQLite
import LedgerStore
import Reporting
import UnionPostgres
import UnionSQLite
import UnionStores

/// `gonghui copy --to TARGET`: the whole book of `--db` into a new SQLite file or an empty
/// PostgreSQL database, in one transaction on the target, verified there before it is kept.
struct CopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: L("复制整个账簿到新的 SQLite 文件或空的 PostgreSQL 数据库，复制后校验。",
                    "Copy the whole book into a new SQLite file or an empty PostgreSQL database, verified after."),
        discussion: helpDiscussion("""
            全部账簿表（单位、科目、凭证、分录、余额、日记账末端、期间、草稿、导入记录、事件日志）和工会登记表（政策、\
            单位登记与任职、会员与会费、拨缴与收款、预算与决算、审计发现）在目标库的一个事务中写入；随后校验目标库，\
            其日记账末端必须与源账簿一致，否则不保留任何内容。SQLite 文件的变更日记账不复制，目标自行记录。
            """, """
            Every ledger table (organisations, accounts, vouchers, postings, balances, the journal head, periods, drafts, \
            imports, the event log) and every union register (policy, organisation register and tenures, members and dues, \
            payroll, allocations and receipts, budgets and final accounts, audit findings) moves in one transaction on the \
            target; the target is then verified and its journal head must equal the source's, or nothing is kept. The SQLite \
            file's change journal is not copied: the target keeps its own.
            """, examples: ["gonghui --db gonghui.sqlite copy --to postgres://gonghui@db.example/union",
                            "gonghui --db postgres://gonghui@db.example/union copy --to copy.sqlite"])
    )
    @OptionGroup var global: GlobalOptions

    @Option(help: L("复制到哪里：新的 .sqlite 文件，或 postgres://用户@主机[:端口]/库名（空数据库）。",
                    "Where to: a new .sqlite file, or postgres://USER@HOST[:PORT]/DB (an empty database)."))
    var to: String

    func run() throws {
        let source: any BooksStore & BookCopySource
        if global.isPostgres { source = try global.openPostgres() } else { source = try global.openDatabase() }
        let head = try source.journalHead()
        var leftBehind: [String] = []
        let findings: [VerifyFinding]
        if PostgresURL.isPostgres(to) {
            let target = try UnionPostgresStores.createBooks(url: try PostgresURL(parsing: to), clock: global.clock)
            findings = try target.writeBook(expectedHead: head) { sink in leftBehind = try source.readBook(tables: UnionBookCopy.tables, sink) }
        } else {
            try ReportFile.check(to, protecting: [global.databasePath])
            (findings, leftBehind) = try Self.copy(source, head: head, toFile: to, global: global)
        }
        try Self.report(findings: findings, leftBehind: leftBehind, language: global.language)
        let shown = PostgresURL.isPostgres(to) ? ((try? PostgresURL(parsing: to).location) ?? to) : to
        global.say("已复制到 \(shown)：\(head.vouchers) 张凭证，校验通过，日记账末端 \(head.hash)（与源账簿一致）",
                   "Copied to \(shown): \(head.vouchers) vouchers, verified, journal head \(head.hash) (same as the source)")
    }

    /// The whole book into a new SQLite file, verified there (and its journal head against the
    /// source's); a copy that does not verify is removed. `ownerOnly`: the file (and its -wal and
    /// -shm) created readable by its owner only, as a backup is.
    static func copy(_ source: any BooksStore & BookCopySource, head: (vouchers: Int64, hash: String), toFile to: String,
                     global: GlobalOptions, ownerOnly: Bool = false) throws -> (findings: [VerifyFinding], leftBehind: [String]) {
        var leftBehind: [String] = []
        let findings: [VerifyFinding]
        // One command per process: the mask applies to the files this copy creates, then is put back.
        let previousMask = ownerOnly ? umask(0o077) : nil
        defer { if let previousMask { umask(previousMask) } }
        let target = try UnionSchema.createBooks(at: to, clock: global.clock, busyWait: global.busyWait)
        do {
            try target.writeBook { sink in leftBehind = try source.readBook(tables: UnionBookCopy.tables, sink) }
            var found = try target.verify()
            let copied = try target.journalHead()
            if copied != head {
                found.append(VerifyFinding(kind: .journalHeadMismatch, voucherID: nil, organisation: "",
                                           detail: VerifyDetail("副本 \(copied.vouchers)/\(copied.hash.prefix(12))，原账簿 \(head.vouchers)/\(head.hash.prefix(12))",
                                                                "copied \(copied.vouchers)/\(copied.hash.prefix(12)), source \(head.vouchers)/\(head.hash.prefix(12))")))
            }
            findings = found
        } catch {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: to + suffix) }
            throw error
        }
        if !findings.isEmpty { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: to + suffix) } }
        return (findings, leftBehind)
    }

    /// A copy's findings (exit 1, nothing kept) or the tables it left behind (a note).
    static func report(findings: [VerifyFinding], leftBehind: [String], language l: Language) throws {
        guard findings.isEmpty else {
            for finding in findings { Output.error(finding.message(in: l)) }
            Output.error(l.pick("复制未通过校验，目标未保留任何内容：\(findings.count) 处问题",
                                "the copy did not verify; nothing was kept at the target: \(findings.count) findings"))
            throw CommandFailed(exitCode: 1)
        }
        if !leftBehind.isEmpty {
            Output.error(l.pick("注意：以下表未复制：\(leftBehind.joined(separator: "、"))",
                                "note: these tables were not copied: \(leftBehind.joined(separator: ", "))"))
        }
    }
}
