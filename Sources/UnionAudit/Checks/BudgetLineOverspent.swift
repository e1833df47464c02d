import LedgerCore

/// 超预算支出: a line's spending above its approved amount (adjustments in force included).
public struct BudgetLineOverspent: Check {
    public static let id = "budget.lineOverspent"
    public let title = (zh: "超预算支出", en: "Budget line overspent")
    public let basis = "《工会法》第四十五条（预算制度）[C]；《基层工会预算管理办法》（总工办发〔2020〕29号）[C，条款未核]；预算经批准后非经法定程序不得调整（总工发〔2009〕38号）[C-3p]"
    public let severity = Severity.violation

    public init() {}

    public func findings(in context: AuditContext, period: ClosedRange<YearMonth>) throws -> [Finding] {
        var found: [Finding] = []
        for (year, lines) in try context.budgetLines(for: period) {
            for line in lines where line.isSpending {
                guard let approved = line.approved, line.actual > approved else { continue }
                let excess = try line.actual.subtracting(approved)
                found.append(finding(amount: excess, period: try YearMonth(year: year, month: 1)...YearMonth(year: year, month: 12),
                                     "\(year) 年预算项目“\(line.name)”（\(line.account)）批准 \(approved.formatted()) 元，实际支出 \(line.actual.formatted()) 元，超支 \(excess.formatted()) 元",
                                     "\(year) budget line “\(line.name)” (\(line.account)): approved \(approved.formatted()), spent \(line.actual.formatted()), over by \(excess.formatted())"))
            }
        }
        return found
    }
}
