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
        abstract: "新旧制度衔接：按 2009 年制度的科目余额表建立 2021 年制度的期初余额 (open 2021 books from a 2009 trial balance).",
        discussion: """
        FILE is the old books' closing trial balance, as `gonghui report trial-balance --format csv` writes it
        (or any CSV with the columns 科目编码/code and 期末余额/closing). Each balance is carried to its 2021
        account by ledgers/charts/mapping-2009-2021.csv and posted as one opening voucher (建账凭证) in these books,
        which should use a 2021 chart (init --chart 2021 or 2021-federation).
        """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The 2009 books' closing trial balance (CSV).")
    var file: String

    @Option(help: "Date of the opening voucher, YYYY-MM-DD (default: the first day of these books).")
    var date: String?

    func run() throws {
        let books = try global.openBooks()
        guard let data = FileManager.default.contents(atPath: file) else {
            throw LedgerError.fileMustBeReadable(path: file, reason: global.language.pick("文件不存在或不可读", "missing or unreadable"))
        }
        guard let text = String(data: data, encoding: .utf8) else { throw LedgerError.fileMustBeUTF8(path: file) }
        let openingDate = try date.map { try LocalDate(parsing: $0) } ?? Changeover.openingDate(firstPeriod: books.organisation.firstPeriod)
        let draft = try Changeover.openingVoucher(
            balances: try Changeover.balances(fromCSV: text, fileName: file),
            legacy: try ChartProfile(.legacy2009), mapping: try ChartMapping.shipped(),
            date: openingDate, sourceName: file)
        let posted = try books.post(draft)
        global.say("已建立期初余额：\(posted.label)（ID \(posted.id)），\(posted.postings.count) 个科目，合计 \(posted.total.formatted())",
                   "Opening balances posted: \(posted.label) (ID \(posted.id)), \(posted.postings.count) accounts, total \(posted.total.formatted())")
    }
}
