import LedgerCore
import LedgerStore
import UnionCore

/// 资产负债表 (工会01表) or 收入支出表 (工会02表) exactly as 财会〔2021〕7号 附录1 lays them out: every
/// line of the form in its order, printed even when zero, filled as 第五部分 says.
///
/// Columns: 01表 年初余额 / 期末余额 (年末余额 on the annual form, which omits the interim-only line);
/// 02表 本月数 / 本年累计数 (monthly) or 本年数 / 上年数 (annual). Interim forms show the year's result
/// so far as carried forward into 工会资金结转/结余, as the monthly close (期末结转) of the revenue and
/// expenditure accounts would (第四部分 forms; 第321号、第322号科目 二), so 资产 = 负债 + 净资产 holds
/// every month even though the engine carries forward once a year.
public struct OfficialStatement: Sendable {
    public enum Period: Sendable, Hashable {
        /// The interim (monthly) form at the end of a month.
        case month(YearMonth)
        /// The annual form.
        case year(Int)

        var year: Int {
            switch self {
            case .month(let month): month.year
            case .year(let year): year
            }
        }

        var lastMonth: YearMonth {
            switch self {
            case .month(let month): month
            case .year(let year): YearMonth(ordinal: year * 12 + 11)
            }
        }

        public var isAnnual: Bool { if case .year = self { true } else { false } }
    }

    public struct Column: Sendable, Hashable {
        /// Stable JSON key: opening, closing (01表); month, yearToDate, thisYear, lastYear (02表).
        public var key: String
        public var heading: String
    }

    public struct Row: Sendable, Hashable {
        public var line: StatementForm.Line
        /// One value per column; nil where the form leaves the cell blank.
        public var values: [Money?]
        /// The line's sub-accounts (with `--detail`), each with its depth below the line's account.
        public var detail: [DetailRow]
        /// Per column: the books do not keep what the cell needs (printed as such, never a guess).
        public var notKept: [Bool] = []
    }

    public struct DetailRow: Sendable, Hashable {
        public var code: AccountCode
        public var name: String
        public var depth: Int
        public var values: [Money?]
    }

    public let form: StatementForm.Kind
    public let period: Period
    public let organisationName: String
    public let columns: [Column]
    public let rows: [Row]
    /// Interim forms: the year's result so far carried into 321/322 for presentation.
    public let carriedForResult: [Money]

    /// 资产总计 = 负债与净资产总计 in every column (01表); always true for 02表.
    public var balances: Bool {
        guard form == .balanceSheet,
              let assets = rows.first(where: { $0.line.section == "asset" && $0.line.indent == 0 && $0.line.formula != nil }),
              let total = rows.first(where: { $0.line.section == "total" }) else { return true }
        return assets.values == total.values
    }
}

extension OfficialStatement {
    /// Fills the form from the books' maintained balances.
    /// - Parameter detail: list each line's sub-accounts under it.
    /// - Throws: `UnionFundsError.statementMustUseOfficialChart` when the books' chart gives one of the
    ///   form's codes another meaning (a pre-2021 or provisional chart); `LedgerError` on overflow.
    public static func make(books: any Books, form kind: StatementForm.Kind, period: Period, detail: Bool,
                            language: Language) throws -> OfficialStatement {
        let form = try StatementForm(kind)
        let chart = try books.accounts().map(\.account)
        try OfficialChartCheck.require(chart: chart, form: form, organisation: books.organisation.code)
        if kind.isAnnex { try OfficialChartCheck.requireCountyLevel(chart: chart, form: kind) }
        if kind.isAnnualOnly, !period.isAnnual { throw StatementError.statementMustBeAnnual(form: kind) }
        let roles = ChartRoles(organisation: books.organisation.code, accounts: chart)
        let creditNormalAssets = Set([roles.codeIfPresent(.accumulatedDepreciation), roles.codeIfPresent(.accumulatedAmortisation)].compactMap { $0 })
        let source = FormFigureSource(books: books, roles: roles)
        let columns: [Column]
        let figures: [FormColumnFigures?]
        let l = language
        let withCredits = kind == .costs
        switch (kind, period) {
        case (.balanceSheet, _), (.stateAssets, _):
            let end = try source.closingFigures(at: period.lastMonth)
            columns = [Column(key: "opening", heading: l.pick("年初余额", "Start of year")),
                       Column(key: "closing", heading: period.isAnnual ? l.pick("年末余额", "End of year") : l.pick("期末余额", "End of period"))]
            figures = [end.atYearStart, end.atEnd]
        case (.incomeExpenditure, .month(let month)), (.costs, .month(let month)):
            columns = [Column(key: "month", heading: l.pick("本月数", "This month")),
                       Column(key: "yearToDate", heading: l.pick("本年累计数", "Year to date"))]
            figures = [try source.periodFigures(from: month, to: month, withCredits: withCredits),
                       try source.periodFigures(from: YearMonth(ordinal: month.year * 12), to: month, withCredits: withCredits)]
        case (.incomeExpenditure, .year), (.costs, .year):
            columns = [Column(key: "thisYear", heading: l.pick("本年数", "This year")),
                       Column(key: "lastYear", heading: l.pick("上年数", "Last year"))]
            let december = period.lastMonth
            let thisYear = try source.periodFigures(from: YearMonth(ordinal: december.year * 12), to: december, withCredits: withCredits)
            let previous = YearMonth(ordinal: december.ordinal - 12)
            let lastYear = try source.hasBooks(in: previous.year)
                ? source.periodFigures(from: YearMonth(ordinal: previous.year * 12), to: previous, withCredits: withCredits) : nil
            figures = [thisYear, lastYear]
        case (.fiscalAppropriations, _):
            let december = period.lastMonth
            let year = try source.periodFigures(from: YearMonth(ordinal: december.year * 12), to: december)
            try requireFiscalMoney(year, organisation: books.organisation.code, year: december.year)
            columns = fiscalColumns(l)
            figures = Array(repeating: year, count: columns.count)
        }
        // `code/名称` terms match the chart's own names (as entered), not a translation.
        let officialNames = Dictionary(chart.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        var evaluations = figures.enumerated().map { index, each in
            each.map { FormEvaluation(form: form, figures: $0, creditNormalAssets: creditNormalAssets, column: index, accountNames: officialNames) }
        }
        var rows: [Row] = []
        let names = Dictionary(chart.map { ($0.code, $0.name(in: language)) }, uniquingKeysWith: { first, _ in first })
        for line in form.lines where !(period.isAnnual && line.interimOnly) {
            let filled = period.isAnnual ? line.filledAnnually : line.filledMonthly
            var values: [Money?] = []
            var notKept: [Bool] = []
            for index in evaluations.indices {
                guard filled, evaluations[index] != nil, line.formula(forColumn: index) != nil else {
                    values.append(nil); notKept.append(false); continue
                }
                let value = try evaluations[index]?.value(ofLine: line.number)
                values.append(value)
                notKept.append(value == nil)
            }
            var detailRows: [DetailRow] = []
            if detail, filled, let formula = line.formula, let code = formula.singleAccount {
                for account in chart where account.code != code && account.code.isWithin(code) {
                    var cells: [Money?] = []
                    for index in evaluations.indices {
                        guard let figures = figures[index] else { cells.append(nil); continue }
                        let source: [AccountCode: Money] = switch formula {
                        case .balance: figures.balances
                        case .opening: figures.openings
                        default: figures.activity
                        }
                        cells.append(try FormColumnFigures.total(of: account.code, in: source, creditNormalAssets: creditNormalAssets))
                    }
                    detailRows.append(DetailRow(code: account.code, name: names[account.code] ?? account.name,
                                                depth: account.code.level - code.level, values: cells))
                }
            }
            rows.append(Row(line: line, values: values, detail: detailRows, notKept: notKept))
        }
        let carried = kind == .balanceSheet && !period.isAnnual ? try source.closingFigures(at: period.lastMonth).carriedResult : []
        return OfficialStatement(form: kind, period: period, organisationName: books.organisation.name, columns: columns,
                                 rows: rows, carriedForResult: carried)
    }
}

extension OfficialStatement {
    /// 工会附01表's columns (第四部分; 第五部分 三、（三）): 年初, 单位内部调剂 and 年末 split into
    /// 结转 and 结余.
    static func fiscalColumns(_ l: Language) -> [Column] {
        [Column(key: "openingCarried", heading: l.pick("年初财政拨款结转结余：结转", "Opening: carried forward")),
         Column(key: "openingSurplus", heading: l.pick("年初财政拨款结转结余：结余", "Opening: surplus")),
         Column(key: "openingAdjustment", heading: l.pick("调整年初财政拨款结转结余", "Adjustment to opening")),
         Column(key: "remitted", heading: l.pick("本年归集上缴", "Remitted to the treasury")),
         Column(key: "internalCarried", heading: l.pick("单位内部调剂：结转", "Internal reallocation: carried forward")),
         Column(key: "internalSurplus", heading: l.pick("单位内部调剂：结余", "Internal reallocation: surplus")),
         Column(key: "revenue", heading: l.pick("本年财政拨款收入", "Fiscal appropriations received")),
         Column(key: "expenditure", heading: l.pick("本年财政拨款支出", "Fiscal appropriations spent")),
         Column(key: "closingCarried", heading: l.pick("年末财政拨款结转结余：结转", "Closing: carried forward")),
         Column(key: "closingSurplus", heading: l.pick("年末财政拨款结转结余：结余", "Closing: surplus"))]
    }

    /// 第五部分 三、（一）: a union that takes no money from the same-level government does not
    /// prepare 附01表. The books say so when 40401 财政拨款收入, 331 and 332 show nothing in the year.
    static func requireFiscalMoney(_ figures: FormColumnFigures, organisation: String, year: Int) throws {
        let revenue = try AccountCode("40401"), carried = try AccountCode("331"), surplus = try AccountCode("332")
        for code in [revenue, carried, surplus] {
            for source in [figures.activity, figures.openings, figures.balances]
            where !(try FormColumnFigures.total(of: code, in: source, creditNormalAssets: [])).isZero {
                return
            }
        }
        throw StatementError.fiscalStatementNeedsFiscalMoney(organisation: organisation, year: year)
    }
}
