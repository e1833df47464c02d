import LedgerCore
import LedgerStore
import UnionCore

/// 汇总（合并）会计报表 of a federation and the unions below it whose books are in the same store:
/// the annual 资产负债表 and 收入支出表 over all of their books, with the flows between the levels
/// taken out (`EliminationSchedule`), and the schedule itself.
///
/// Consolidated at the account level, then the forms' line formulas run once: every book is on
/// the official 2021 chart (checked), so a code means the same account in each; summing account
/// figures and taking the eliminations off the accounts that hold them (found by role in each
/// book's chart) gives every line, subtotal and total from the one formula file, as a single
/// union's form does. Consolidating line by line would need each total re-derived by hand.
///
/// ```
/// figures(account) = Σ books' figures(account) − Σ eliminated on that account (higher and lower side)
/// 01表: balances at the start and the end of the year;  02表: the year's activity (本年数)
/// ```
public struct ConsolidatedStatements: Sendable {
    public let year: Int
    public let levels: Int?
    public let scope: ConsolidationScope
    public let balanceSheet: OfficialStatement
    public let incomeExpenditure: OfficialStatement
    public let schedule: EliminationSchedule

    /// Builds the consolidated statements of `federation` for `year`.
    /// - Parameters:
    ///   - store: the store holding the books.
    ///   - register: every registered organisation (parents, who keeps books).
    ///   - levels: how many levels below the federation to take in; nil for all.
    /// - Throws: `LedgerError.organisationMustExist`, `.organisationMustKeepBooks` (the federation);
    ///   `StatementError.consolidationMustUseOfficialChart` for a book on another chart; the books' reads.
    /// - Complexity: per consolidated book, its trial balances for the year and one pass over its vouchers.
    public static func make(store: any BooksStore, register: [RegisteredOrganisation], federation: String, year: Int,
                            levels: Int?, user: String, language: Language) throws -> ConsolidatedStatements {
        let scope = try ConsolidationScope(federation: federation, register: register, levels: levels)
        let registered = Set(register.map(\.code))
        let balanceForm = try StatementForm(.balanceSheet)
        let incomeForm = try StatementForm(.incomeExpenditure)
        var start: [AccountCode: Money] = [:], end: [AccountCode: Money] = [:], activity: [AccountCode: Money] = [:]
        var creditNormalAssets: Set<AccountCode> = []
        var names: [AccountCode: String] = [:]
        var amounts: [String: IntraUnionAmounts] = [:]
        var roles: [String: ChartRoles] = [:]
        let december = YearMonth(ordinal: year * 12 + 11)
        for member in scope.consolidated {
            let books = try store.books(for: member.code, user: user)
            let chart = try books.accounts().map(\.account)
            try requireOfficialChart(chart, forms: [balanceForm, incomeForm], organisation: member.code)
            let bookRoles = ChartRoles(organisation: member.code, accounts: chart)
            roles[member.code] = bookRoles
            for role in [AccountRole.accumulatedDepreciation, .accumulatedAmortisation] {
                if let code = bookRoles.codeIfPresent(role) { creditNormalAssets.insert(code) }
            }
            for account in chart where names[account.code] == nil { names[account.code] = account.name }
            // A book that begins after the year has nothing in it; its figures are all zero.
            guard books.organisation.firstPeriod.year <= year else { continue }
            let figures = try FormFigureSource(books: books, roles: bookRoles)
                .periodFigures(from: YearMonth(ordinal: year * 12), to: december)
            try add(figures.openings, into: &start)
            try add(figures.balances, into: &end)
            try add(figures.activity, into: &activity)
            amounts[member.code] = try IntraUnionAmounts.read(books: books, roles: bookRoles, year: year, scope: scope,
                                                             registered: registered)
        }
        let schedule = try EliminationSchedule.make(scope: scope, amounts: amounts)
        for pair in schedule.pairs where !pair.eliminated.isZero {
            guard let upperRoles = roles[pair.upper], let lowerRoles = roles[pair.lower],
                  let upperCode = pair.kind.upperCode(in: upperRoles), let lowerCode = pair.kind.lowerCode(in: lowerRoles) else { continue }
            switch pair.time {
            case .opening:
                try take(pair.eliminated, from: upperCode, in: &start)
                try take(pair.eliminated, from: lowerCode, in: &start)
            case .closing:
                try take(pair.eliminated, from: upperCode, in: &end)
                try take(pair.eliminated, from: lowerCode, in: &end)
            case .year:
                try take(pair.eliminated, from: upperCode, in: &activity)
                try take(pair.eliminated, from: lowerCode, in: &activity)
            }
        }
        // The federation's name as registered: the report's title says it is consolidated, and JSON values do not follow --lang.
        let name = scope.federation.name
        let l = language
        let balanceSheet = try statement(form: balanceForm, year: year, name: name, creditNormalAssets: creditNormalAssets, names: names,
                                         columns: [OfficialStatement.Column(key: "opening", heading: l.pick("年初余额", "Start of year")),
                                                   OfficialStatement.Column(key: "closing", heading: l.pick("年末余额", "End of year"))],
                                         figures: [FormColumnFigures(balances: start, openings: start),
                                                   FormColumnFigures(balances: end, openings: start)])
        // 上年数 is left blank: the schedule and its eliminations are drawn up for `year` only.
        let incomeExpenditure = try statement(form: incomeForm, year: year, name: name, creditNormalAssets: creditNormalAssets, names: names,
                                              columns: [OfficialStatement.Column(key: "thisYear", heading: l.pick("本年数", "This year")),
                                                        OfficialStatement.Column(key: "lastYear", heading: l.pick("上年数", "Last year"))],
                                              figures: [FormColumnFigures(balances: end, openings: start, activity: activity), nil])
        return ConsolidatedStatements(year: year, levels: levels, scope: scope, balanceSheet: balanceSheet,
                                      incomeExpenditure: incomeExpenditure, schedule: schedule)
    }

    /// The annual form over consolidated figures, one column per entry of `figures` (nil: blank).
    static func statement(form: StatementForm, year: Int, name: String, creditNormalAssets: Set<AccountCode>,
                          names: [AccountCode: String], columns: [OfficialStatement.Column],
                          figures: [FormColumnFigures?]) throws -> OfficialStatement {
        var evaluations = figures.enumerated().map { index, each in
            each.map { FormEvaluation(form: form, figures: $0, creditNormalAssets: creditNormalAssets, column: index, accountNames: names) }
        }
        var rows: [OfficialStatement.Row] = []
        for line in form.lines where !line.interimOnly {
            var values: [Money?] = []
            var notKept: [Bool] = []
            for index in evaluations.indices {
                guard line.filledAnnually, evaluations[index] != nil, line.formula(forColumn: index) != nil else {
                    values.append(nil); notKept.append(false); continue
                }
                let value = try evaluations[index]?.value(ofLine: line.number)
                values.append(value)
                notKept.append(value == nil)
            }
            rows.append(OfficialStatement.Row(line: line, values: values, detail: [], notKept: notKept))
        }
        return OfficialStatement(form: form.kind, period: .year(year), organisationName: name, columns: columns, rows: rows,
                                 carriedForResult: [])
    }

    /// - Throws: `StatementError.consolidationMustUseOfficialChart` naming the book.
    static func requireOfficialChart(_ chart: [Account], forms: [StatementForm], organisation: String) throws(StatementError) {
        for form in forms {
            do {
                try OfficialChartCheck.require(chart: chart, form: form, organisation: organisation)
            } catch {
                guard case .statementMustUseOfficialChart(let code, let name, let official) = error else { throw error }
                throw .consolidationMustUseOfficialChart(organisation: organisation, code: code, name: name, official: official)
            }
        }
    }

    static func add(_ figures: [AccountCode: Money], into total: inout [AccountCode: Money]) throws {
        for (code, amount) in figures { total[code] = try (total[code] ?? .zero).adding(amount) }
    }

    static func take(_ amount: Money, from code: AccountCode, in figures: inout [AccountCode: Money]) throws {
        figures[code] = try (figures[code] ?? .zero).subtracting(amount)
    }
}
