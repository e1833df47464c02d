import LedgerCore

/// 不相容职务未分离: the preparer reviewed his own voucher without the policy's single-operator
/// mark, or the person who signed the spending off also prepared or reviewed it.
public struct DutiesNotSeparated: Check {
    public static let id = "approval.dutiesNotSeparated"
    public let title = (zh: "制单、审核、审批未分离", en: "Preparing, reviewing and approving not separated")
    public let basis = "《会计基础工作规范》第十二条（不相容岗位相互分离）[C-3p]；《工会会计制度》（财会〔2021〕7号）第十四条"
    public let severity = Severity.violation

    public init() {}

    public func findings(in context: AuditContext, period: ClosedRange<YearMonth>) throws -> [Finding] {
        var found: [Finding] = []
        for voucher in try context.vouchers(in: period) where voucher.reversedBy == nil {
            guard let approval = voucher.approval else { continue }
            let quoted = AuditText.quoted(voucher)
            if approval.preparedBy == approval.reviewedBy && !approval.singleOperator {
                found.append(finding(amount: voucher.total, vouchers: [voucher.id],
                                     "\(quoted.zh) 由 \(approval.preparedBy) 制单并自行审核，且未标记单人操作",
                                     "\(quoted.en) was prepared and reviewed by \(approval.preparedBy) without the single-operator mark"))
            } else if let signoff = approval.signoff, signoff.by == approval.preparedBy || signoff.by == approval.reviewedBy {
                let role = signoff.by == approval.preparedBy ? (zh: "制单", en: "prepared") : (zh: "审核", en: "reviewed")
                found.append(finding(amount: voucher.total, vouchers: [voucher.id],
                                     "\(quoted.zh) 由 \(signoff.by) 签批，同时由其\(role.zh)",
                                     "\(quoted.en) was signed off by \(signoff.by), who also \(role.en) it"))
            }
        }
        return found
    }
}
