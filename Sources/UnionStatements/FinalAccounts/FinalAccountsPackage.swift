import LedgerCore
import LedgerStore
import UnionCore

/// A year's final accounts (年度决算) as a union files them and its 经审会 reviews them
/// (notes-postings-budgets-audit.md §2.2; 财会〔2021〕7号 art. 61 and 第六部分): the cover with the
/// committee's approval and the 经审会's review, 资产负债表 (工会01表) and 收入支出表 (工会02表,
/// 本年数 / 上年数), the 收支决算表 (核定预算数, 决算数, 完成%), the 专项资金 table, the 附注, and
/// the signature block.
public struct FinalAccountsPackage: Sendable {
    public var organisationName: String
    public var year: Int
    /// The 决算 as prepared and approved (or still awaiting approval).
    public var record: FinalAccountsRecord
    /// The steps of the chain, for the cover's pending places.
    public var chain: [ApprovalStep]
    /// How the prepared figures differ from the books now; nil when they agree.
    public var disagreement: String?
    public var balanceSheet: OfficialStatement
    public var incomeStatement: OfficialStatement
    public var funds: FundStatement
    /// The year's budget versions (the adjustments and their reasons go into the 附注).
    public var versions: [BudgetVersion]
    public var names: [AccountCode: String]
    /// 上年结转结余 at the start of the year.
    public var openingBalance: Money
    /// 以前年度结转结余调整: what the year posted to 年初余额调整 (32101, 32201).
    public var priorYearAdjustments: Money

    /// Gathers the package from the books and the year's prepared 决算.
    /// - Throws: `BudgetError.finalAccountsMustBePrepared`; `UnionFundsError.statementMustUseOfficialChart`
    ///   for books not kept on the official 2021 chart.
    public static func make(book: BudgetBook, year: Int, policy: BudgetPolicy, language: Language) throws -> FinalAccountsPackage {
        guard let record = try book.latestFinalAccounts(year: year) else { throw BudgetError.finalAccountsMustBePrepared(year: year) }
        let books = book.books
        let chart = try books.accounts().map(\.account)
        let roles = ChartRoles(organisation: books.organisation.code, accounts: chart)
        let balanceSheet = try OfficialStatement.make(books: books, form: .balanceSheet, period: .year(year), detail: false, language: language)
        let incomeStatement = try OfficialStatement.make(books: books, form: .incomeExpenditure, period: .year(year), detail: false,
                                                         language: language)
        var adjustments = Money.zero
        let adjustmentAccounts = [roles.codeIfPresent(.restrictedOpeningAdjustment), roles.codeIfPresent(.unrestrictedOpeningAdjustment)].compactMap { $0 }
        let trial = try books.trialBalance(from: YearMonth(ordinal: year * 12), to: YearMonth(ordinal: year * 12 + 11), excludingClosingEntries: true)
        for row in trial.rows where adjustmentAccounts.contains(where: { row.account.code.isWithin($0) }) {
            adjustments = try adjustments.adding(row.credit.subtracting(row.debit))
        }
        return FinalAccountsPackage(
            organisationName: books.organisation.name, year: year, record: record, chain: policy.approvalChain,
            disagreement: try book.finalAccountsDifference(record, policy: policy, language: language),
            balanceSheet: balanceSheet, incomeStatement: incomeStatement,
            funds: try FundStatement(funds: try books.fundBalances(year: year), year: year),
            versions: try book.versions(year: year),
            names: Dictionary(chart.map { ($0.code, $0.name(in: language)) }, uniquingKeysWith: { first, _ in first }),
            openingBalance: try book.carriedForward(year: year), priorYearAdjustments: adjustments)
    }

    /// Σ 核定预算数 and Σ 决算数 of the revenue lines and of the spending lines.
    public func totals() throws(LedgerError) -> (revenueBudget: Money, revenue: Money, spendingBudget: Money, spending: Money) {
        var result = (revenueBudget: Money.zero, revenue: Money.zero, spendingBudget: Money.zero, spending: Money.zero)
        for line in record.figures.lines {
            if line.category == .revenue {
                result.revenueBudget = try result.revenueBudget.adding(line.budget ?? .zero)
                result.revenue = try result.revenue.adding(line.actual)
            } else {
                result.spendingBudget = try result.spendingBudget.adding(line.budget ?? .zero)
                result.spending = try result.spending.adding(line.actual)
            }
        }
        return result
    }
}
