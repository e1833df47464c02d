import LedgerCore
import LedgerStore
import UnionCore

/// 经审会审查报告: the funds-review committee's report on a union's income, spending and assets over
/// any run of whole months (several years if need be), for the member congress (工会法 art. 45;
/// 中国工会审计条例 art. 23). The template follows the real reports in the notes (§4.2).
///
/// Every figure comes from the official forms (`FormFigures`): income and spending per year from
/// 工会02表, positions from 工会01表, so the report ties to the statements line by line. The
/// findings come from the check catalogue over the same months, the follow-up from the register.
public struct ReviewReport: Sendable {
    /// One line of income or spending: per year, in total, the budget, the share of the total.
    public struct ActivityLine: Sendable, Hashable {
        public var number: Int
        public var label: String
        public var account: AccountCode?
        public var byYear: [Money]
        public var total: Money
        /// The approved budget for the line over the period, nil without budgets.
        public var budget: Money?
    }

    /// One line of the balance sheet at the start and the end of the period.
    public struct PositionLine: Sendable, Hashable {
        public var number: Int
        public var label: String
        public var account: AccountCode?
        public var indent: Int
        public var start: Money
        public var end: Money
    }

    /// 期初结转结余 + 调整 + 收支差额 (+ 其他直接记入) = 期末结转结余. Double entry makes the sum
    /// hold; `other` is what entered the funds' accounts without passing through income, spending
    /// or the form's adjustment line (a 上年结余 brought in by an ordinary voucher): zero in books
    /// kept as the system says.
    public struct FundsReconciliation: Sendable, Hashable {
        public var opening: Money
        public var adjustments: Money
        public var result: Money
        public var other: Money
        public var closing: Money
        /// Nothing entered the funds other than through income, spending and adjustments.
        public var agrees: Bool { other.isZero }
    }

    /// An earlier finding and where it stands now.
    public struct FollowUp: Sendable, Hashable {
        public var registered: RegisteredFinding
        /// This review found it again.
        public var stillFound: Bool
    }

    public let organisation: Organisation
    public let period: ClosedRange<YearMonth>
    /// The months of each calendar year in the period.
    public let years: [ClosedRange<YearMonth>]
    public let income: [ActivityLine]
    public let incomeTotal: ActivityLine
    public let spending: [ActivityLine]
    public let spendingTotal: ActivityLine
    public let resultByYear: [Money]
    public let result: Money
    /// The upward share booked in the period (应付上级经费 credited): a liability, not spending.
    public let upwardShare: Money
    /// 工会资金结转, 工会资金结余 (and 财政拨款 lines where used) at the start and end.
    public let funds: [PositionLine]
    public let reconciliation: FundsReconciliation
    public let assets: [PositionLine]
    public let assetsTotal: PositionLine?
    /// Receivables and payables (往来款项) at the start and end.
    public let arrears: [PositionLine]
    public let run: AuditRun
    public let followUp: [FollowUp]
    /// Vouchers reviewed.
    public let voucherCount: Int
    /// True when the books hold budgets for the period (the budget columns are filled).
    public let hasBudget: Bool

    /// Builds the report from the context's books over `period`.
    /// - Throws: `StatementError.statementMustUseOfficialChart` for books not on the 2021 chart;
    ///   storage errors.
    public init(context: AuditContext, period: ClosedRange<YearMonth>, language: Language) throws {
        let figures = FormFigures(books: context.books, language: language)
        organisation = context.organisation
        self.period = period
        years = FormFigures.years(of: period)
        let activities = try years.map { try figures.activity($0) }
        let budgets = try Self.budgets(context: context, years: years)
        let budgeted = budgets != nil
        hasBudget = budgeted
        func lines(_ section: String) throws -> (lines: [ActivityLine], total: ActivityLine) {
            let first = activities.first ?? []
            func line(_ template: FormFigures.Line) throws -> ActivityLine {
                let byYear = activities.map { year in year.first { $0.number == template.number }?.value ?? .zero }
                let budget = budgets.map { lines in
                    lines.filter { budgetLine in template.account.map { budgetLine.account.isWithin($0) } ?? false }
                }
                return ActivityLine(number: template.number, label: template.label, account: template.account, byYear: byYear,
                                    total: try Money.sum(byYear), budget: try budget.map { try Money.sum($0.compactMap(\.approved)) })
            }
            let items = try first.filter { $0.section == section && $0.indent == 1 }.map(line)
                .filter { !$0.total.isZero || ($0.budget.map { !$0.isZero } ?? false) }
            guard let totalTemplate = first.total(of: section) else { throw StoreError.storage(message: "02表 has no \(section) total") }
            var total = try line(totalTemplate)
            total.budget = budgeted ? try Money.sum(items.compactMap(\.budget)) : nil
            return (items, total)
        }
        let revenue = try lines("revenue"), expenditure = try lines("expenditure")
        income = revenue.lines
        incomeTotal = revenue.total
        spending = expenditure.lines
        spendingTotal = expenditure.total
        resultByYear = activities.map { $0.total(of: "result")?.value ?? .zero }
        result = try Money.sum(resultByYear)
        let adjustments = try Money.sum(activities.map { $0.total(of: "adjustment")?.value ?? .zero })

        let start = try figures.position(atStartOf: period.lowerBound)
        let end = try figures.position(atEndOf: period.upperBound)
        func position(_ template: FormFigures.Line) -> PositionLine {
            PositionLine(number: template.number, label: template.label, account: template.account, indent: template.indent,
                         start: start.first { $0.number == template.number }?.value ?? .zero,
                         end: end.first { $0.number == template.number }?.value ?? .zero)
        }
        let roles = context.roles
        let fundRoles: [AccountRole] = [.restrictedCarryForward, .unrestrictedSurplus, .fiscalCarryForward, .fiscalSurplus]
        let fundLines = fundRoles.compactMap { role in end.line(reading: roles.codeIfPresent(role)).map(position) }
        funds = fundLines.enumerated().filter { index, line in index < 2 || !line.start.isZero || !line.end.isZero }.map(\.element)
        let opening = try Money.sum(fundLines.map(\.start)), closing = try Money.sum(fundLines.map(\.end))
        let other = try closing.subtracting(opening).subtracting(adjustments).subtracting(result)
        reconciliation = FundsReconciliation(opening: opening, adjustments: adjustments, result: result, other: other, closing: closing)
        assets = end.filter { $0.section == "asset" && $0.indent > 0 }.map(position).filter { !$0.start.isZero || !$0.end.isZero }
        assetsTotal = end.total(of: "asset").map(position)
        let arrearsRoles: [AccountRole] = [.receivableFromHigher, .receivableFromLower, .otherReceivable, .payableToHigher,
                                           .payableToLower, .otherPayable]
        arrears = arrearsRoles.compactMap { role in end.line(reading: roles.codeIfPresent(role)).map(position) }

        upwardShare = try Self.upwardShare(context: context, period: period)
        run = try AuditRun(context: context, period: period)
        voucherCount = try context.vouchers(in: period).count
        let found = Set(run.findings.map(\.fingerprint))
        followUp = try (context.facts.register?.registeredFindings(organisation: context.organisation.code) ?? [])
            .map { FollowUp(registered: $0, stillFound: found.contains($0.finding.fingerprint)) }
    }

    /// The budget lines of every year, or nil when the books keep no budget for one of them.
    static func budgets(context: AuditContext, years: [ClosedRange<YearMonth>]) throws -> [BudgetLineFact]? {
        guard let budget = context.facts.budget else { return nil }
        var all: [BudgetLineFact] = []
        for months in years {
            guard let lines = try budget.budgetLines(organisation: context.organisation.code, year: months.lowerBound.year,
                                                    through: months.upperBound) else { return nil }
            all += lines
        }
        return all
    }

    /// Σ credits − debits of 应付上级经费 raised in the period by the vouchers that booked income (the
    /// 40% booked with the 2%), i.e. every credit to it.
    static func upwardShare(context: AuditContext, period: ClosedRange<YearMonth>) throws -> Money {
        guard let payable = context.roles.codeIfPresent(.payableToHigher) else { return .zero }
        var total = Money.zero
        for voucher in try context.vouchers(in: period) where voucher.kind != .closing {
            for posting in voucher.postings where posting.side == .credit && posting.account.isWithin(payable) {
                total = try total.adding(posting.amount)
            }
        }
        return total
    }

    /// The findings, in catalogue order.
    public var findings: [Finding] { run.findings }
}
