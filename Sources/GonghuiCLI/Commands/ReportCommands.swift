import InputFiles
import ArgumentParser
import LedgerCore
import LedgerSQLite
import LedgerStore
import Reporting
import UnionCore
import UnionAllocation
import UnionMembers
import UnionStatements

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "报表 (reports).",
        subcommands: [TrialBalanceCommand.self, LedgerCommand.self, BalanceSheetCommand.self, IncomeExpenditureCommand.self,
                      FundsCommand.self]
    )

    struct TrialBalanceCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "trial-balance",
            abstract: "科目余额表 (trial balance).",
            discussion: "Default range: January of the last month with vouchers through that month."
        )
        @OptionGroup var global: GlobalOptions

        @Option(help: "First month, YYYY-MM.")
        var from: String?

        @Option(help: "Last month, YYYY-MM.")
        var to: String?

        func run() throws {
            let books = try global.openBooks()
            let (first, last) = try books.reportRange(from: from, to: to)
            let balance = try books.trialBalance(from: first, to: last)
            try global.emit(.trialBalance(balance, organisationName: books.organisation.name, language: global.language))
        }
    }

    struct BalanceSheetCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "balance-sheet", abstract: "资产负债表（工会01表）(balance sheet at the end of a month).")
        @OptionGroup var global: GlobalOptions

        @Option(help: "Month, YYYY-MM (default: the last month with vouchers).")
        var month: String?

        func run() throws {
            let books = try global.openBooks()
            let period = try books.reportRange(from: nil, to: month).to
            let sheet = try BalanceSheet(books: books, month: period, language: global.language)
            try global.emit(.balanceSheet(sheet, organisationName: books.organisation.name, language: global.language))
            if !sheet.balances { throw CommandFailed(exitCode: 1) }
        }
    }

    struct IncomeExpenditureCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "income-expenditure", abstract: "收入支出表（工会02表）(revenue and expenditure: month and year to date).")
        @OptionGroup var global: GlobalOptions

        @Option(help: "Month, YYYY-MM (default: the last month with vouchers).")
        var month: String?

        func run() throws {
            let books = try global.openBooks()
            let period = try books.reportRange(from: nil, to: month).to
            let statement = try IncomeStatement(books: books, month: period, language: global.language)
            try global.emit(.incomeStatement(statement, organisationName: books.organisation.name, language: global.language))
        }
    }

    struct FundsCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "funds", abstract: "专项资金收支情况表 (restricted funds: brought forward, revenue, spending, balance).")
        @OptionGroup var global: GlobalOptions

        @Option(help: "Year, YYYY (default: the year of the last month with vouchers).")
        var year: Int?

        func run() throws {
            let books = try global.openBooks()
            let chosen = try year ?? books.reportRange(from: nil, to: nil).to.year
            guard YearMonth.yearRange.contains(chosen) else { throw LedgerError.monthMustBeValid(value: "\(chosen)") }
            let statement = try FundStatement(funds: try books.fundBalances(year: chosen), year: chosen)
            try global.emit(.fundBalances(statement, organisationName: books.organisation.name, language: global.language))
        }
    }

    struct LedgerCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ledger",
            abstract: "明细账；现金、银行存款日记账 (subsidiary ledger; cash and bank journals for the chart's cash and bank accounts).")
        @OptionGroup var global: GlobalOptions

        @Option(help: "Account code; a parent account includes its sub-accounts.")
        var account: String

        @Option(help: "First month, YYYY-MM (default: January of the last month).")
        var from: String?

        @Option(help: "Last month, YYYY-MM (default: the last month with vouchers).")
        var to: String?

        func run() throws {
            let books = try global.openBooks()
            let (first, last) = try books.reportRange(from: from, to: to)
            let code = try AccountCode(account)
            let ledger = try books.subsidiaryLedger(account: code, from: first, to: last)
            try global.emit(try .subsidiaryLedger(ledger, book: .of(code, roles: try books.chartRoles()),
                                                  organisationName: books.organisation.name, language: global.language))
        }
    }
}

extension Books {
    /// The months a report covers: as given, else January of the last month with vouchers
    /// through that month.
    func reportRange(from: String?, to: String?) throws -> (from: YearMonth, to: YearMonth) {
        let last = try to.map { try YearMonth(parsing: $0) } ?? activeRange().to
        let first = try from.map { try YearMonth(parsing: $0) } ?? YearMonth(year: last.year, month: 1)
        return (first, last)
    }
}
