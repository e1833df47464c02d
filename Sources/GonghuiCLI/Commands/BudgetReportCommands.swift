import ArgumentParser
import LedgerCore
import LedgerStore
import Reporting
import UnionStatements

extension ReportCommand {
    struct FinalAccountsCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "final-accounts",
            abstract: "年度决算：封面、资产负债表、收入支出表、收支决算表、专项资金表、附注、签章 (the year's final-accounts package).",
            discussion: "One XLSX workbook with a sheet per table; HTML for A4 (the 收支决算表 landscape). Prepare it first: budget final --year Y.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "The year, YYYY.") var year: Int

        func run() throws {
            let (book, policy, year) = try global.openBudget(year: year)
            let package = try FinalAccountsPackage.make(book: book, year: year, policy: policy, language: global.language)
            try global.emit(try .finalAccounts(package, language: global.language))
            if package.disagreement != nil { throw CommandFailed(exitCode: 1) }
        }
    }

    struct DisclosureCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "disclosure",
            abstract: "账目公开：收入来源、支出构成（含二级科目）、收支结余、年初年末结余，附支出图 (the yearly public accounts for members).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "The year, YYYY.") var year: Int
        @Option(help: "wan (万元 to 0.01, the sub-totals adding up) or yuan.") var unit: StatementUnitOption = .wan

        func run() throws {
            guard YearMonth.yearRange.contains(year) else { throw LedgerError.monthMustBeValid(value: "\(year)") }
            let books = try global.openBooks()
            let disclosure = try Disclosure.make(books: books, year: year, unit: unit.unit, language: global.language)
            try global.emit(try .disclosure(disclosure, language: global.language))
        }
    }
}
