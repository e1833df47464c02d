import LedgerCore

/// 单人操作: vouchers the preparer reviewed himself, as the policy allows a one-person union. Not a
/// breach, but the committee lists them: nobody else saw them before posting.
public struct SingleOperator: Check {
    public static let id = "approval.singleOperator"
    public let title = (zh: "单人操作（制单人自行审核）", en: "Single operator (preparer reviewed own voucher)")
    public let basis = "《会计基础工作规范》第十二条（不相容岗位相互分离）[C-3p]；《工会会计制度》（财会〔2021〕7号）第十四条"
    public let severity = Severity.warning

    public init() {}

    public func findings(in context: AuditContext, period: ClosedRange<YearMonth>) throws -> [Finding] {
        let flagged = try context.vouchers(in: period).filter { $0.approval?.singleOperator == true && $0.reversedBy == nil }
        guard !flagged.isEmpty else { return [] }
        let total = try AuditText.sum(flagged.map(\.total))
        let labels = AuditText.labels(flagged)
        return [finding(amount: total, vouchers: flagged.map(\.id),
                        "\(flagged.count) 张凭证为单人操作（制单人自行审核）：\(labels.zh)，合计 \(total.formatted()) 元",
                        "\(flagged.count) vouchers were reviewed by their own preparer (single operator): \(labels.en), \(total.formatted()) in all")]
    }
}
