import LedgerCore
import UnionCore

/// 预算执行情况 through a month: per line the original and adjusted budget, the actual, the
/// variance, the share used, and each month's actual; spending the budget does not cover (无预算)
/// in rows of its own, so the totals are the books' revenue and expenditure (they tie to the
/// 收入支出表). notes-postings-budgets-audit.md §3.3: budget / adjusted budget / actual / % / variance.
public struct BudgetExecution: Sendable {
    public enum Flag: String, Sendable, Hashable, CaseIterable {
        /// Spending above its approved (adjusted) budget (超预算).
        case overBudget
        /// Spending below its pro-rata budget by more than the policy's share.
        case underSpent
        /// Spending no line of the budget covers (无预算).
        case unbudgeted
    }

    public struct Line: Sendable, Hashable {
        /// The line's key; for an unbudgeted row the account and tag the books hold.
        public var key: BudgetLine.Key
        public var category: BudgetCategory
        public var name: String
        /// 年初预算数 (nil when the line was added by an adjustment or is unbudgeted).
        public var original: Money?
        /// 调整后预算数: the version in force at the period's end (nil when unbudgeted).
        public var adjusted: Money?
        public var actual: Money
        /// Each month's actual, January first, through the period's month.
        public var months: [Money]
        public var flags: [Flag]

        /// Approved − actual: what is left of a spending line (negative when over), or the
        /// revenue still to come.
        public var remaining: Money? { adjusted.flatMap { try? $0.subtracting(actual) } }
        /// actual / adjusted, in basis points.
        public var usedBasisPoints: Int64? { adjusted.flatMap { ExactShare.basisPoints(actual, of: $0) } }
        public var isBudgeted: Bool { adjusted != nil }
    }

    public var year: Int
    /// The last month counted.
    public var through: YearMonth
    /// The version whose amounts are the adjusted budget; nil when none is approved yet.
    public var versionInForce: Int?
    public var lines: [Line]
    /// Σ of the revenue rows (budgeted and not): the 收入支出表's revenue.
    public var revenueActual: Money
    /// Σ of the spending rows: the 收入支出表's expenditure.
    public var spendingActual: Money
    public var revenueBudget: (original: Money, adjusted: Money)
    public var spendingBudget: (original: Money, adjusted: Money)

    /// Builds the execution from the year's versions and the books' actuals.
    /// - Parameters:
    ///   - versions: the year's versions; the original is number 0, the one in force the latest
    ///     approved on or before the end of `through`.
    ///   - actuals: revenue and expenditure from January through `through`.
    ///   - names: account names for the rows.
    /// - Throws: `LedgerError.amountMustFitRange` on overflow.
    /// - Complexity: O(actuals + lines × months).
    public init(year: Int, through: YearMonth, versions: [BudgetVersion], actuals: [BudgetActual], roles: ChartRoles,
                names: [AccountCode: String], policy: BudgetPolicy, language: Language) throws {
        self.year = year
        self.through = through
        let monthCount = through.month
        let periodEnd = LocalDate(uncheckedYearMonthEnd: through)
        let inForce = versions.last { $0.status == .approved && ($0.approvedOn.map { $0 <= periodEnd } ?? false) }
        let original = versions.first { $0.number == 0 && $0.status == .approved }
        versionInForce = inForce?.number
        let charging = BudgetCharging(lines: inForce?.lines ?? [], roles: roles)
        var byTarget: [BudgetCharging.Target: [Money]] = [:]
        var targetCategory: [BudgetCharging.Target: BudgetCategory] = [:]
        var revenueActual = Money.zero, spendingActual = Money.zero
        for actual in actuals where actual.month.year == year && actual.month <= through {
            guard let target = charging.target(account: actual.account, kind: actual.kind, project: actual.project) else { continue }
            let amount = try actual.amount()
            var months = byTarget[target] ?? Array(repeating: .zero, count: monthCount)
            months[actual.month.month - 1] = try months[actual.month.month - 1].adding(amount)
            byTarget[target] = months
            if actual.kind == .revenue {
                revenueActual = try revenueActual.adding(amount)
                targetCategory[target] = .revenue
            } else {
                spendingActual = try spendingActual.adding(amount)
                targetCategory[target] = targetCategory[target] ?? (actual.project.isEmpty ? .basic : .project)
            }
        }
        self.revenueActual = revenueActual
        self.spendingActual = spendingActual
        var lines: [Line] = []
        var revenueBudget = (original: Money.zero, adjusted: Money.zero), spendingBudget = (original: Money.zero, adjusted: Money.zero)
        let originalAmounts = Dictionary((original?.lines ?? []).map { ($0.key, $0.amount) }, uniquingKeysWith: { first, _ in first })
        for budgetLine in (inForce?.lines ?? []) {
            let months = byTarget.removeValue(forKey: .line(budgetLine.key)) ?? Array(repeating: .zero, count: monthCount)
            let actual = try Money.sum(months)
            let originalAmount = originalAmounts[budgetLine.key] ?? (original == nil ? nil : .zero)
            var flags: [Flag] = []
            if budgetLine.category.isSpending {
                if actual > budgetLine.amount { flags.append(.overBudget) }
                if Self.isUnderSpent(actual: actual, budget: budgetLine.amount, months: monthCount, share: policy.underSpendFlag.rate) {
                    flags.append(.underSpent)
                }
                spendingBudget = (try spendingBudget.original.adding(originalAmount ?? .zero), try spendingBudget.adjusted.adding(budgetLine.amount))
            } else {
                revenueBudget = (try revenueBudget.original.adding(originalAmount ?? .zero), try revenueBudget.adjusted.adding(budgetLine.amount))
            }
            lines.append(Line(key: budgetLine.key, category: budgetLine.category, name: names[budgetLine.account] ?? "",
                              original: originalAmount, adjusted: budgetLine.amount, actual: actual, months: months, flags: flags))
        }
        // What no line takes, in account order: revenue outside the budget, 无预算 spending, 521.
        for (target, months) in byTarget.sorted(by: { Self.order($0.key) < Self.order($1.key) }) {
            let actual = try Money.sum(months)
            let category = targetCategory[target] ?? .basic
            let key: BudgetLine.Key
            switch target {
            case .line(let lineKey): key = lineKey
            case .unbudgeted(let account, let project): key = BudgetLine.Key(account: account, project: project)
            case .stabilisationArranged:
                // Only charts with the role produce this target.
                guard let arranged = roles.codeIfPresent(.budgetStabilisationArranged) else { continue }
                key = BudgetLine.Key(account: arranged)
            }
            let flagged = category.isSpending && actual.isPositive && target != .stabilisationArranged
            lines.append(Line(key: key, category: category, name: names[key.account] ?? "", original: nil, adjusted: nil,
                              actual: actual, months: months, flags: flagged ? [.unbudgeted] : []))
        }
        self.lines = lines
        self.revenueBudget = revenueBudget
        self.spendingBudget = spendingBudget
    }

    /// Spending short of its pro-rata budget (budget × months ⁄ 12) by more than `share` of it:
    /// actual × 12 < budget × months × (1 − share), exactly.
    static func isUnderSpent(actual: Money, budget: Money, months: Int, share: Rate) -> Bool {
        guard budget.isPositive, !actual.isNegative, share.numerator <= share.denominator else { return false }
        let left = actual.fen.magnitude.multipliedFullWidth(by: 12 * UInt64(share.denominator))
        let keptShare = UInt64(share.denominator - share.numerator) * UInt64(months)
        let right = budget.fen.magnitude.multipliedFullWidth(by: keptShare)
        return left.high < right.high || (left.high == right.high && left.low < right.low)
    }

    private static func order(_ target: BudgetCharging.Target) -> String {
        switch target {
        case .line(let key): "0\(key.description)"
        case .unbudgeted(let account, let project): "1\(account.rawValue)/\(project)"
        case .stabilisationArranged: "2"
        }
    }
}

extension LocalDate {
    /// The last day of a month.
    init(uncheckedYearMonthEnd month: YearMonth) {
        self = (try? LocalDate(year: month.year, month: month.month, day: month.dayCount)) ?? month.firstDay
    }
}
