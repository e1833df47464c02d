import LedgerCore

/// 用于服务职工和维权的支出比例偏低: the share of spending that goes to members' activities,
/// services and rights (`member_service_roles`) below the policy's floor.
public struct MemberServiceShare: Check {
    public static let id = "spending.memberServiceShare"
    public let title = (zh: "服务职工、维权支出占比偏低", en: "Too little of the spending goes to members' services and rights")
    public let basis = "《基层工会经费收支管理办法》（总工办发〔2017〕32号）服务职工原则（河南省实施办法：经费独立、预算管理、服务职工、勤俭节约、民主管理）[C-3p]；比例下限为政策值 [U]"
    public let severity = Severity.warning

    public init() {}

    public func findings(in context: AuditContext, period: ClosedRange<YearMonth>) throws -> [Finding] {
        let terms = try context.terms(for: period)
        guard let floor = terms.memberServiceShareMin, !terms.memberServiceRoles.isEmpty else {
            throw NotDeterminable("政策没有规定服务职工支出比例", "the policy sets no share for members' services")
        }
        let totals = try context.spendingTotals(period, roles: terms.memberServiceRoles)
        guard totals.total.isPositive, !floor.rate.isReached(by: totals.onRoles, of: totals.total) else { return [] }
        return [finding(amount: totals.onRoles, period: period,
                        "\(period.label) 支出 \(totals.total.formatted()) 元，其中职工活动、服务和维权支出 \(totals.onRoles.formatted()) 元，占 \(AuditText.percent(totals.onRoles, of: totals.total))，低于 \(floor.text)",
                        "of \(totals.total.formatted()) spent in \(period.label), \(totals.onRoles.formatted()) went to members' activities, services and rights: \(AuditText.percent(totals.onRoles, of: totals.total)), below \(floor.text)")]
    }
}
