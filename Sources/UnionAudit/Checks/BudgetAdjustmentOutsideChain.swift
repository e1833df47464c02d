import LedgerCore

/// 预算调整未履行审批程序: an adjustment the books execute against that did not go through every
/// step (union committee → 经审会 → higher union).
public struct BudgetAdjustmentOutsideChain: Check {
    public static let id = "budget.adjustmentOutsideChain"
    public let title = (zh: "预算调整未履行审批程序", en: "Budget adjusted outside the approval chain")
    public let basis = "《基层工会预算管理办法》（总工办发〔2020〕29号）预算调整程序 [C，条款未核]；河南省工会条例（预算及其调整经委员会、经审会审查，报上级工会批准）[C-3p]"
    public let severity = Severity.violation

    public init() {}

    public func findings(in context: AuditContext, period: ClosedRange<YearMonth>) throws -> [Finding] {
        guard let budget = context.facts.budget else {
            throw NotDeterminable("本账套没有预算模块（预算数据）", "no budget module in these books")
        }
        _ = try context.budgetLines(for: period)   // no approved budget: nothing to judge adjustments against
        var found: [Finding] = []
        for year in period.lowerBound.year...period.upperBound.year {
            for adjustment in try budget.budgetAdjustments(organisation: context.organisation.code, year: year)
            where adjustment.inForce && !adjustment.missingSteps.isEmpty {
                let missing = adjustment.missingSteps.joined(separator: "、")
                found.append(finding(amount: adjustment.amount,
                                     period: try YearMonth(year: year, month: 1)...YearMonth(year: year, month: 12),
                                     "\(year) 年预算第 \(adjustment.version) 次调整已执行，但缺少审批环节：\(missing)",
                                     "\(year) budget adjustment \(adjustment.version) is in force without: \(adjustment.missingSteps.joined(separator: ", "))"))
            }
        }
        return found
    }
}
