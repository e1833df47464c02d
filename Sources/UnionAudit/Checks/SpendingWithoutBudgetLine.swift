import LedgerCore
import UnionStatements

/// 无预算支出: spending no line of the year's approved budget covers, as the budget's execution
/// charges it (the budget module's charging rules: account and project), with the vouchers that
/// spent on the account.
public struct SpendingWithoutBudgetLine: Check {
    public static let id = "budget.spendingWithoutLine"
    public let title = (zh: "无预算支出", en: "Spending without a budget line")
    public let basis = "《工会法》第四十五条（预算制度）[C]；《基层工会预算管理办法》（总工办发〔2020〕29号）[C，条款未核]"
    public let severity = Severity.violation

    public init() {}

    public func findings(in context: AuditContext, period: ClosedRange<YearMonth>) throws -> [Finding] {
        var found: [Finding] = []
        for (year, lines) in try context.budgetLines(for: period) {
            let months = max(period.lowerBound, YearMonth(ordinal: year * 12))...min(period.upperBound, YearMonth(ordinal: year * 12 + 11))
            let spending = try context.spending(in: months)
            for line in lines where line.isSpending && line.approved == nil && line.actual.isPositive {
                let vouchers = spending.filter { $0.accounts.contains { $0.isWithin(line.account) } }.map(\.voucher)
                let labels = AuditText.labels(vouchers)
                found.append(finding(amount: line.actual, vouchers: vouchers.map(\.id), period: months,
                                     "\(line.key)（\(line.name)）在 \(year) 年预算中没有预算项目，支出 \(line.actual.formatted()) 元（\(labels.zh)）",
                                     "\(line.key) (\(line.name)) has no line in the \(year) budget; \(line.actual.formatted()) spent (\(labels.en))"))
            }
        }
        return found
    }
}
