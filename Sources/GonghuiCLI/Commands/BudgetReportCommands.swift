import ArgumentParser
import LedgerCore
import LedgerStore
import Reporting
import UnionStatements

extension ReportCommand {
    struct FinalAccountsCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "final-accounts",
            abstract: L("年度决算：封面、资产负债表、收入支出表、收支决算表、专项资金表、附注、签章", "The year's final-accounts package"),
            discussion: helpDiscussion("一个 XLSX 工作簿，每张表一个工作表；HTML 按 A4 排版（收支决算表横排）。须先编制决算：budget final --year Y。",
                                   "One XLSX workbook with a sheet per table; HTML for A4 (the revenue-and-expenditure final accounts landscape). Prepare it first: budget final --year Y.",
                                   examples: ["gonghui report final-accounts --year 2026 --format docx --output 2026年决算.docx"]))
        @OptionGroup var global: GlobalOptions
        @Option(help: L("年度，YYYY。", "The year, YYYY.")) var year: Int

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
            abstract: L("账目公开：收入来源、支出构成（含二级科目）、收支结余、年初年末结余，附支出图", "The yearly public accounts for members"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui report disclosure --year 2026 --format html --output 账目公开.html", "gonghui report disclosure --year 2026 --amount-unit yuan"]))
        @OptionGroup var global: GlobalOptions
        @Option(help: L("年度，YYYY。", "The year, YYYY.")) var year: Int
        @Option(name: .customLong("amount-unit"), help: L("金额单位：wan 万元（精确到 0.01，小计相加一致）或 yuan 元。", "Amounts in wan (ten thousand yuan to 0.01, the sub-totals adding up) or yuan."))
        var amountUnit: StatementUnitOption?
        /// The old spelling, hidden (`--unit` names organisations elsewhere).
        @Option(name: .customLong("unit"), help: .hidden) var deprecatedUnit: StatementUnitOption?
        var unit: StatementUnitOption { amountUnit ?? deprecatedUnit ?? .wan }

        func run() throws {
            guard YearMonth.yearRange.contains(year) else { throw LedgerError.monthMustBeValid(value: "\(year)") }
            let books = try global.openBooks()
            let disclosure = try Disclosure.make(books: books, year: year, unit: unit.unit, language: global.language)
            try global.emit(try .disclosure(disclosure, language: global.language))
        }
    }
}
