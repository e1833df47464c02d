import InputFiles
import ArgumentParser
import Foundation
import LedgerCore
import LedgerSQLite
import LedgerStore
import UnionCore
import UnionAllocation
import UnionMembers
import UnionStatements

struct ChangeoverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changeover",
        abstract: L("新旧制度衔接：按 2009 年制度的科目余额表建立 2021 年制度的期初余额", "Open 2021 books from a 2009 trial balance"),
            discussion: helpDiscussion("FILE 为旧账的期末科目余额表，即 `gonghui report trial-balance --format csv` 的输出（或任何带 科目编码/code 与 期末余额/closing 列的 CSV；UTF-8 或 GB18030）。每个余额按官方对照表（财会〔2021〕16号，ledgers/charts/changeover-2009-2021.csv：按本账套的单位类型取基层工会或县级以上工会科目表）转入 2021 年制度的科目，作为一张建账凭证记账。对照表留给人工判断的余额（331 结余分入结转/结余、162 按新标准、131/132/221/222 中的建会筹备金部分……）在指定之前会被拒绝：在文件中加 新科目编码/target 列（每部分一行），或用 --assign 旧=新。",
                                   "FILE is the old books' closing trial balance, as `gonghui report trial-balance --format csv` writes it\n(or any CSV with the columns code and closing, or their Chinese names; UTF-8 or GB18030). Each balance is carried to its\n2021 account by the official table (ledgers/charts/changeover-2009-2021.csv: the grassroots or the\ncounty-and-above chart, by these books' kind) and posted as one opening voucher. Balances the table\nleaves to a person (331 split between carry-forward and balance, 162 by the new thresholds, the preparatory-fund part of 131/132/221/222, …)\nare refused until assigned: a target column in the file (one line per part), or --assign OLD=NEW.",
                                   examples: ["gonghui changeover 2021年末科目余额表.csv --assign 331=32205 --assign 162=162"])
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: L("旧账（2009 年制度）的期末科目余额表（CSV）。", "The 2009 books' closing trial balance (CSV)."))
    var file: String

    @Option(help: L("建账凭证日期，YYYY-MM-DD（默认本账套的第一天）。", "Date of the opening voucher, YYYY-MM-DD (default: the first day of these books)."))
    var date: String?

    @Option(help: L("人工指定整个 2009 年科目的对应关系：旧=新（可重复），如 331=32205。", "A person's decision for a whole 2009 account: OLD=NEW (repeatable), e.g. 331=32205."))
    var assign: [String] = []

    func run() throws {
        let books = try global.openBooks()
        // The file is read and parsed first: a malformed file is told as such, whatever the books hold.
        let text = try TextFile.read(path: file, displayName: file, encoding: global.encoding.encoding)
        let balances = try Changeover.balances(fromCSV: text, fileName: file)
        var assignments: [AccountCode: AccountCode] = [:]
        for pair in assign {
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).trimmingSpaces() }
            guard parts.count == 2 else { throw LedgerError.fieldMustBePresent(field: "--assign OLD=NEW (\(pair))") }
            assignments[try AccountCode(parts[0])] = try AccountCode(parts[1])
        }
        let openingDate = try date.map { try LocalDate(parsing: $0) } ?? Changeover.openingDate(firstPeriod: books.organisation.firstPeriod)
        let content = try OpeningImport.digest(of: text, fileName: file)
        if let previous = try OpeningImport.previous(content, in: books) { return global.sayRecognised(previous) }
        // Entering the opening balances twice would double them.
        try OpeningBalances.requireNone(in: books, year: openingDate.year)
        let draft = try Changeover.openingVoucher(
            balances: balances,
            legacy: try ChartProfile(.legacy2009), mapping: try ChartMapping.shipped(),
            level: ChartLevel.of(kind: books.organisation.kind), assignments: assignments,
            date: openingDate, sourceName: file)
        let outcome = try OpeningImport.post(draft, content: content, fileName: file, into: books)
        guard case .posted(let posted) = outcome else {
            if case .recognised(let previous) = outcome { global.sayRecognised(previous) }
            return
        }
        global.say("已建立期初余额：\(posted.label)（ID \(posted.id)），\(posted.postings.count) 个科目，合计 \(posted.total.formatted())",
                   "Opening balances posted: \(posted.label) (ID \(posted.id)), \(posted.postings.count) accounts, total \(posted.total.formatted())")
    }
}
