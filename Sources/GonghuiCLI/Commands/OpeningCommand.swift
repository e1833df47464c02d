import ArgumentParser
import Foundation
import InputFiles
import LedgerCore
import LedgerStore
import UnionCore
import UnionStatements

/// `gonghui opening FILE`: opening balances (建账) of books on the same chart.
struct OpeningCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "opening",
        abstract: L("录入期初余额（建账凭证）", "Post opening balances from a trial balance"),
            discussion: helpDiscussion("FILE 为本账套自身科目的科目余额表，含 科目编码/code 与 期末余额/closing 两列（余额按各科目的正常方向记正数，即 `gonghui report trial-balance --format csv` 的输出；UTF-8 或 GB18030）。作为一张建账凭证记账，资产负债表中显示为年初余额。每年的期初余额只能录入一次，且须在其他凭证之前。与 `gonghui voucher import --opening FILE` 相同。",
                                   "FILE is a trial balance of these books' own accounts with the columns code and closing (or their Chinese names)\n(balances signed by each account's normal side, as `gonghui report trial-balance --format csv` writes them;\nUTF-8 or GB18030). It is posted as one opening voucher, which the balance sheet shows as the opening balance.\nA year's opening balances can be entered once, before any other voucher. Same as `gonghui voucher import --opening FILE`.",
                                   examples: ["gonghui opening 期初余额.csv", "gonghui opening 期初余额.csv --date 2026-01-01"])
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: L("期初科目余额表（CSV）。", "The opening trial balance (CSV)."))
    var file: String

    @Option(help: L("建账凭证日期，YYYY-MM-DD（默认本账套的第一天）。", "Date of the opening voucher, YYYY-MM-DD (default: the first day of these books)."))
    var date: String?

    func run() throws {
        let books = try global.openBooks()
        let outcome = try Self.post(file: file, date: date, into: books, encoding: global.encoding.encoding)
        guard case .posted(let posted) = outcome else {
            if case .recognised(let previous) = outcome { global.sayRecognised(previous) }
            return
        }
        global.say("已录入期初余额：\(posted.label)（ID \(posted.id)），\(posted.postings.count) 个科目，合计 \(posted.total.formatted())",
                   "Opening balances posted: \(posted.label) (ID \(posted.id)), \(posted.postings.count) accounts, total \(posted.total.formatted())")
    }

    /// Reads the file, checks it against the chart and posts the opening voucher.
    static func post(file: String, date: String?, into books: any Books, encoding: InputEncoding) throws -> OpeningImport.Outcome {
        let text = try TextFile.read(path: file, displayName: file, encoding: encoding)
        return try OpeningBalances.post(csv: text, fileName: file, date: try date.map { try LocalDate(parsing: $0) }, into: books)
    }
}
