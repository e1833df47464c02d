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
        (or any CSV with the columns 科目编码/code and 期末余额/closing; UTF-8 or GB18030). Each balance is carried to its
        2021 account by the official table (财会〔2021〕16号, ledgers/charts/changeover-2009-2021.csv: the grassroots or the
        county-and-above chart, by these books' kind) and posted as one opening voucher (建账凭证). Balances the table
        leaves to a person (331 结余 into 结转/结余, 162 by the new thresholds, the 建会筹备金 part of 131/132/221/222, …)
        are refused until assigned: a 新科目编码/target column in the file (one line per part), or --assign OLD=NEW.
        Example: gonghui changeover 2021年末科目余额表.csv --assign 331=32205 --assign 162=162
        """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The 2009 books' closing trial balance (CSV).")
    var file: String

    @Option(help: "Date of the opening voucher, YYYY-MM-DD (default: the first day of these books).")
    var date: String?

    @Option(help: "A person's decision for a whole 2009 account: OLD=NEW (repeatable), e.g. 331=32205.")
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
