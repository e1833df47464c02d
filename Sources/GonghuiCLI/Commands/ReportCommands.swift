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
                      FiscalAppropriationsCommand.self, StateAssetsCommand.self, CostsCommand.self, FundsCommand.self, FinalAccountsCommand.self, DisclosureCommand.self,
                      ConsolidatedCommand.self]
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
            commandName: "balance-sheet",
            abstract: "资产负债表（工会01表）(balance sheet: the official form at the end of a month, or the annual form).",
            discussion: """
            The form of 财会〔2021〕7号 附录1, every line printed even when zero: 年初余额 and 期末余额 (年末余额 on the \
            annual form, --year). Books on another chart (2009, or a provisional chart) print their accounts instead, \
            with a note that it is not the official form.
            """)
        @OptionGroup var global: GlobalOptions
        @OptionGroup var form: StatementFormOptions

        func run() throws {
            let books = try global.openBooks()
            let report = try form.report(.balanceSheet, books: books, global: global)
            try global.emit(report.report)
            if !report.balances { throw CommandFailed(exitCode: 1) }
        }
    }

    struct IncomeExpenditureCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "income-expenditure",
            abstract: "收入支出表（工会02表）(revenue and expenditure: 本月数/本年累计数, or 本年数/上年数 with --year).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var form: StatementFormOptions

        func run() throws {
            let books = try global.openBooks()
            try global.emit(try form.report(.incomeExpenditure, books: books, global: global).report)
        }
    }

    struct FiscalAppropriationsCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "fiscal-appropriations",
            abstract: "财政拨款收入支出表（工会附01表）(fiscal appropriations: county-and-above unions, annual).",
            discussion: """
            Filled from 331/332 and their sub-accounts, 40401 and the 财政拨款 sub-accounts of the expenditure accounts. \
            Lines by 基本支出/项目支出 are printed marked 未核算 (not kept): the books do not keep that analysis. \
            Refused for grassroots books, and for a year without same-level fiscal money (第五部分 三、（一）).
            """)
        @OptionGroup var global: GlobalOptions
        @OptionGroup var form: StatementFormOptions

        func run() throws {
            let books = try global.openBooks()
            try global.emit(try form.report(.fiscalAppropriations, books: books, global: global).report)
        }
    }

    struct StateAssetsCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "state-assets",
            abstract: "国有资产情况表（工会附02表）(state-owned assets: county-and-above unions, annual).",
            discussion: """
            Read from the sub-accounts named 国有资产 of 101, 102, 141, 161–163, 171, 172, 181 (and 121 in full). An \
            account with a balance but no 国有资产 sub-account is printed 未核算 (not kept), never guessed.
            """)
        @OptionGroup var global: GlobalOptions
        @OptionGroup var form: StatementFormOptions

        func run() throws {
            let books = try global.openBooks()
            try global.emit(try form.report(.stateAssets, books: books, global: global).report)
        }
    }

    struct CostsCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "costs",
            abstract: "成本费用表（工会附03表）(costs and expenses: county-and-above unions; 本月数/本年累计数, or 本年数/上年数 with --year).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var form: StatementFormOptions

        func run() throws {
            let books = try global.openBooks()
            try global.emit(try form.report(.costs, books: books, global: global).report)
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
            let head = try books.subsidiaryLedgerHead(account: code, from: first, to: last)
            // The lines stream from the store as the report is written.
            try global.emit(.subsidiaryLedger(head: head, book: .of(code, roles: try books.chartRoles()),
                                              organisationName: books.organisation.name, language: global.language) { emit in
                try books.forEachSubsidiaryLedgerLine(account: code, from: first, to: last, emit)
            })
        }
    }
}

/// The options of the official statements: the period (a month's interim form or the annual
/// form), the sub-account detail and the unit.
struct StatementFormOptions: ParsableArguments {
    @Option(help: "Month, YYYY-MM: the interim (monthly) form at its end (default: the last month with vouchers).")
    var month: String?

    @Option(help: "Year, YYYY: the annual form (年度报表).")
    var year: Int?

    @Flag(help: "List each line's second-level accounts and user sub-accounts under it.")
    var detail = false

    @Option(help: "Amounts in yuan (元, exact) or wan (万元 to 0.01, each line rounded from exact figures).")
    var unit: StatementUnitOption = .yuan

    func validate() throws {
        if month != nil && year != nil { throw ValidationError("--month 与 --year 只能选一个 (give --month or --year, not both)") }
    }

    func report(_ kind: StatementForm.Kind, books: any Books, global: GlobalOptions) throws -> (report: Report, balances: Bool) {
        let period: OfficialStatement.Period
        if let year {
            guard YearMonth.yearRange.contains(year) else { throw LedgerError.monthMustBeValid(value: "\(year)") }
            period = .year(year)
        } else if kind.isAnnualOnly, month == nil {
            // An annual form defaults to the year of the last month with vouchers.
            period = .year(try books.reportRange(from: nil, to: nil).to.year)
        } else {
            period = .month(try books.reportRange(from: nil, to: month).to)
        }
        let statement = try StatementLayout.statement(kind, books: books, period: period, detail: detail, language: global.language)
        return (try StatementLayout.report(statement, unit: unit.unit, language: global.language), statement.balances)
    }
}

enum StatementUnitOption: String, ExpressibleByArgument, CaseIterable {
    case yuan, wan
    var unit: StatementUnit { self == .wan ? .wan : .yuan }
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
