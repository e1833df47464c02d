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
        abstract: "录入期初余额（建账凭证）(post opening balances from a trial balance).",
        discussion: """
        FILE is a trial balance of these books' own accounts with the columns 科目编码/code and 期末余额/closing \
        (balances signed by each account's normal side, as `gonghui report trial-balance --format csv` writes them; \
        UTF-8 or GB18030). It is posted as one opening voucher (建账凭证), which the balance sheet shows as 年初余额. \
        A year's opening balances can be entered once, before any other voucher. Same as `gonghui voucher import --opening FILE`. Example: gonghui opening 期初余额.csv
        """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The opening trial balance (CSV).")
    var file: String

    @Option(help: "Date of the opening voucher, YYYY-MM-DD (default: the first day of these books).")
    var date: String?

    func run() throws {
        let books = try global.openBooks()
        let posted = try Self.post(file: file, date: date, into: books, encoding: global.encoding.encoding)
        global.say("已录入期初余额：\(posted.label)（ID \(posted.id)），\(posted.postings.count) 个科目，合计 \(posted.total.formatted())",
                   "Opening balances posted: \(posted.label) (ID \(posted.id)), \(posted.postings.count) accounts, total \(posted.total.formatted())")
    }

    /// Reads the file, checks it against the chart and posts the opening voucher.
    static func post(file: String, date: String?, into books: any Books, encoding: InputEncoding) throws -> PostedVoucher {
        let text = try TextFile.read(path: file, displayName: file, encoding: encoding)
        return try OpeningBalances.post(csv: text, fileName: file, date: try date.map { try LocalDate(parsing: $0) }, into: books)
    }
}
