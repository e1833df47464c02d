import InputFiles
import LedgerCore
import UnionCore

/// The rules a budget version must keep before it is stored, as a ladder: each line against the
/// chart (every bad row reported at once), then the budget as a whole.
public enum BudgetRules {
    /// Checks each line against the books' chart.
    /// - Throws: `RowsRejected` naming every bad row: `budgetAccountMustBeInChart`,
    ///   `budgetCategoryMustMatchAccount`, `projectMustMatchCategory`, `budgetAmountMustNotBeNegative`,
    ///   `budgetLineMustBeUnique`, `budgetLinesMustNotNest`.
    /// - Complexity: O(lines × depth).
    public static func checkLines(_ rows: [BudgetFile.Row], chart: [Account], file: String) throws -> [BudgetLine] {
        let accounts = Dictionary(chart.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        var problems = ProblemList(file: file)
        var firstLine: [BudgetLine.Key: Int] = [:]
        for row in rows {
            let line = row.budgetLine, code = line.account.rawValue
            func refuse(_ field: String, _ value: String, _ error: BudgetError) { problems.add(line: row.line, field: field, value: value, error) }
            // 1. The account is in the chart and of the category's kind.
            guard let account = accounts[line.account] else {
                refuse("科目编码", code, .budgetAccountMustBeInChart(code: code))
                continue
            }
            let kindFits = line.category == .revenue ? account.kind == .revenue : account.kind == .expenditure
            guard kindFits else {
                refuse("类别", line.category.rawValue, .budgetCategoryMustMatchAccount(code: code, category: line.category.rawValue))
                continue
            }
            // 2. A project names itself only on a project line (总工办发〔2019〕26号: 项目支出 by project).
            guard (line.category == .project) != line.project.isEmpty else {
                refuse("项目", line.project, .projectMustMatchCategory(code: code, category: line.category.rawValue))
                continue
            }
            // 3. Amounts are what is planned: never negative.
            guard !line.amount.isNegative else {
                refuse("本年预算数", line.amount.plainString, .budgetAmountMustNotBeNegative(code: code, value: line.amount.plainString))
                continue
            }
            // 4. Each line once.
            if let first = firstLine[line.key] {
                refuse("科目编码", line.key.description, .budgetLineMustBeUnique(line: line.key.description, firstLine: first))
                continue
            }
            firstLine[line.key] = row.line
        }
        // 5. Lines of one kind (revenue, basic, or one project) do not nest: an amount has one line to go to.
        let kept = rows.filter { firstLine[$0.budgetLine.key] == $0.line }
        let placed = Set(kept.map { Dimension(line: $0.budgetLine, account: $0.budgetLine.account) })
        for row in kept {
            var ancestor = row.budgetLine.account.parent
            while let each = ancestor {
                if placed.contains(Dimension(line: row.budgetLine, account: each)) {
                    problems.add(line: row.line, field: "科目编码", value: row.budgetLine.account.rawValue,
                                 BudgetError.budgetLinesMustNotNest(code: row.budgetLine.account.rawValue, within: each.rawValue))
                    break
                }
                ancestor = each.parent
            }
        }
        try problems.throwIfAny()
        return rows.map(\.budgetLine)
    }

    /// A line's kind (revenue, basic, or the project it names) at an account.
    private struct Dimension: Hashable {
        var category: BudgetCategory
        var project: String
        var account: AccountCode

        init(line: BudgetLine, account: AccountCode) {
            category = line.category
            project = line.project
            self.account = account
        }
    }

    /// What the balance rule found: the planned totals and, when spending exceeds its means, the gap.
    public struct Balance: Sendable, Hashable {
        public var revenue: Money
        public var spending: Money
        /// 预备费 the policy adds to spending (zero when off).
        public var contingency: Money
        public var carriedForward: Money
        /// spending + contingency − revenue − carried forward, when positive.
        public var gap: Money?
        /// Planned 动用预算稳定调节基金 (county and above).
        public var stabilisationDraw: Money
    }

    /// 以收定支、收支平衡: planned spending (with 预备费) ≤ planned revenue + the balance carried forward;
    /// and 动用预算稳定调节基金 only to cover what the other revenue leaves short (总工办发〔2020〕28号).
    /// - Returns: the balance; `gap` set when the policy warns instead of refusing.
    /// - Throws: `BudgetError.budgetMustBalance` (policy `refuse`), `.stabilisationDrawMustCoverShortfall`.
    public static func checkBalance(lines: [BudgetLine], carriedForward: Money, roles: ChartRoles,
                                    policy: BudgetPolicy) throws -> Balance {
        var revenue = Money.zero, spending = Money.zero, draw = Money.zero
        let drawn = roles.codeIfPresent(.budgetStabilisationDrawn)
        for line in lines {
            if line.category == .revenue {
                revenue = try revenue.adding(line.amount)
                if let drawn, line.account.isWithin(drawn) { draw = try draw.adding(line.amount) }
            } else {
                spending = try spending.adding(line.amount)
            }
        }
        let contingency = try policy.contingency.map { try $0.rate.applied(to: spending) } ?? .zero
        let needed = try spending.adding(contingency)
        let means = try revenue.adding(carriedForward)
        if draw.isPositive {
            let shortfall = try needed.subtracting(revenue.subtracting(draw)).subtracting(carriedForward)
            if draw > shortfall {
                throw BudgetError.stabilisationDrawMustCoverShortfall(planned: draw.formatted(), shortfall: max(shortfall, .zero).formatted())
            }
        }
        var gap: Money?
        if needed > means {
            let difference = try needed.subtracting(means)
            if policy.balanceRule == .refuse {
                throw BudgetError.budgetMustBalance(spending: needed.formatted(), revenue: revenue.formatted(),
                                                    carriedForward: carriedForward.formatted(), gap: difference.formatted())
            }
            gap = difference
        }
        return Balance(revenue: revenue, spending: spending, contingency: contingency, carriedForward: carriedForward,
                       gap: gap, stabilisationDraw: draw)
    }
}
