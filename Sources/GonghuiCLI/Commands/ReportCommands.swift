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
        abstract: L("报表", "Reports"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui report trial-balance", "gonghui report balance-sheet --month 2026-06 --format xlsx --output 资产负债表.xlsx"]),
        subcommands: [TrialBalanceCommand.self, LedgerCommand.self, BalanceSheetCommand.self, IncomeExpenditureCommand.self,
                      FiscalAppropriationsCommand.self, StateAssetsCommand.self, CostsCommand.self, FundsCommand.self, FinalAccountsCommand.self, DisclosureCommand.self,
                      ConsolidatedCommand.self]
    )

    struct TrialBalanceCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "trial-balance",
            abstract: L("科目余额表", "Trial balance"),
            discussion: helpDiscussion("默认期间：有凭证的最后一个月所在年度的一月至该月。",
                                   "Default range: January of the last month with vouchers through that month.",
                                   examples: ["gonghui report trial-balance --from 2026-01 --to 2026-06", "gonghui report trial-balance --format csv --output 科目余额表.csv"])
        )
        @OptionGroup var global: GlobalOptions

        @Option(help: L("起始月份，YYYY-MM。", "First month, YYYY-MM."))
        var from: String?

        @Option(help: L("截止月份，YYYY-MM。", "Last month, YYYY-MM."))
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
            abstract: L("资产负债表（工会01表）", "Balance sheet: the official form at the end of a month, or the annual form"),
            discussion: helpDiscussion("按财会〔2021〕7号 附录1 的格式，每行都打印（为零也打印）：年初余额和期末余额（年度报表 --year 为年末余额）。使用其他科目表（2009 年制度或临时科目表）的账套改为列出科目，并注明不是官方格式。",
                                   "The official form, every line printed even when zero: the opening and closing balances (year-end balances on the\nannual form, --year). Books on another chart (2009, or a provisional chart) print their accounts instead,\nwith a note that it is not the official form.",
                                   examples: ["gonghui report balance-sheet --month 2026-06", "gonghui report balance-sheet --year 2026 --amount-unit wan"]))
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
            abstract: L("收入支出表（工会02表）", "Revenue and expenditure: this month and the year to date, or this year and last with --year"),
            discussion: helpDiscussion("月报为本月数和本年累计数；--year 为本年数和上年数。",
                                   "Monthly: this month and the year to date; with --year: this year and last year.",
                                   examples: ["gonghui report income-expenditure --month 2026-06", "gonghui report income-expenditure --year 2026 --detail"]))
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
            abstract: L("财政拨款收入支出表（工会附01表）", "Fiscal appropriations: county-and-above unions, annual"),
            discussion: helpDiscussion("取自 331/332 及其明细科目、40401 以及各支出科目的财政拨款明细科目。按基本支出/项目支出分列的行标为未核算：账套不做此项分析。基层工会账套，以及没有同级财政拨款的年度（第五部分 三、（一）），拒绝编制。",
                                   "Filled from 331/332 and their sub-accounts, 40401 and the fiscal sub-accounts of the expenditure accounts.\nLines split into basic and project spending are printed marked not kept: the books do not keep that analysis.\nRefused for grassroots books, and for a year without same-level fiscal money.",
                                   examples: ["gonghui report fiscal-appropriations --year 2026"]))
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
            abstract: L("国有资产情况表（工会附02表）", "State-owned assets: county-and-above unions, annual"),
            discussion: helpDiscussion("取自 101、102、141、161–163、171、172、181 名为 国有资产 的明细科目（121 取全额）。有余额但没有 国有资产 明细科目的科目标为未核算，从不猜测。",
                                   "Read from the state-owned-asset sub-accounts of 101, 102, 141, 161–163, 171, 172, 181 (and 121 in full). An\naccount with a balance but no such sub-account is printed as not kept, never guessed.",
                                   examples: ["gonghui report state-assets --year 2026"]))
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
            abstract: L("成本费用表（工会附03表）", "Costs and expenses: county-and-above unions, monthly or annual"),
            discussion: helpDiscussion("月报为本月数和本年累计数；--year 为本年数和上年数。",
                                   "Monthly: this month and the year to date; with --year: this year and last year.",
                                   examples: ["gonghui report costs --month 2026-06", "gonghui report costs --year 2026"]))
        @OptionGroup var global: GlobalOptions
        @OptionGroup var form: StatementFormOptions

        func run() throws {
            let books = try global.openBooks()
            try global.emit(try form.report(.costs, books: books, global: global).report)
        }
    }

    struct FundsCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "funds", abstract: L("专项资金收支情况表", "Restricted funds: brought forward, revenue, spending, balance"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui report funds --year 2026"]))
        @OptionGroup var global: GlobalOptions

        @Option(help: L("年度，YYYY（默认有凭证的最后一个月所在年度）。", "Year, YYYY (default: the year of the last month with vouchers)."))
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
            abstract: L("明细账；现金、银行存款日记账", "Subsidiary ledger; cash and bank journals for the chart's cash and bank accounts"),
            discussion: helpDiscussion("",
                                   "",
                                   examples: ["gonghui report ledger --account 102 --from 2026-01 --to 2026-06", "gonghui report ledger --account 101 --format xlsx --output 现金日记账.xlsx"]))
        @OptionGroup var global: GlobalOptions

        @Option(help: L("科目编码；上级科目包含其明细科目。", "Account code; a parent account includes its sub-accounts."))
        var account: String

        @Option(help: L("起始月份，YYYY-MM（默认截止月份所在年度的一月）。", "First month, YYYY-MM (default: January of the last month's year)."))
        var from: String?

        @Option(help: L("截止月份，YYYY-MM（默认有凭证的最后一个月）。", "Last month, YYYY-MM (default: the last month with vouchers)."))
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
    @Option(help: L("月份，YYYY-MM：该月末的月报（默认有凭证的最后一个月）。", "Month, YYYY-MM: the interim (monthly) form at its end (default: the last month with vouchers)."))
    var month: String?

    @Option(help: L("年度，YYYY：年度报表。", "Year, YYYY: the annual form."))
    var year: Int?

    @Flag(help: L("在每行下列出其二级科目和自设明细科目。", "List each line's second-level accounts and user sub-accounts under it."))
    var detail = false

    @Option(name: .customLong("amount-unit"),
            help: L("金额单位：yuan 元（精确）或 wan 万元（精确到 0.01，每行由精确数四舍五入）。", "Amounts in yuan (exact) or wan (ten thousand yuan to 0.01, each line rounded from exact figures)."))
    var amountUnit: StatementUnitOption?

    /// The old spelling, kept hidden for scripts: `--unit` names a unit (an organisation) everywhere else.
    @Option(name: .customLong("unit"), help: .hidden)
    var deprecatedUnit: StatementUnitOption?

    var unit: StatementUnitOption { amountUnit ?? deprecatedUnit ?? .yuan }

    func validate() throws {
        if month != nil && year != nil { throw ValidationError(L("--month 与 --year 只能选一个", "give --month or --year, not both")) }
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
