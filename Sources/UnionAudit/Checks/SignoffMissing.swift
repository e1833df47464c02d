import LedgerCore

/// 支出未经主席签批: every expenditure is approved by the chair (一支笔). Vouchers entered through
/// the workflow carry the sign-off; those posted around it do not. Imported vouchers (reviewed in
/// another system) have no approval record here: they are listed together, as a warning, for the
/// committee to check against the paper vouchers.
public struct SignoffMissing: Check {
    public static let id = "approval.signoffMissing"
    public let title = (zh: "支出未经主席签批", en: "Spending without the chair's sign-off")
    public let basis = "《基层工会经费收支管理办法》（总工办发〔2017〕32号）经费审批“一支笔”（辽宁省实施办法）[C-3p，条款未核]；《工会会计制度》（财会〔2021〕7号）第十三条、第十四条"
    public let severity = Severity.violation

    public init() {}

    public func findings(in context: AuditContext, period: ClosedRange<YearMonth>) throws -> [Finding] {
        var found: [Finding] = []
        var imported: [SpendingVoucher] = []
        for spending in try context.spending(in: period) {
            let voucher = spending.voucher
            guard voucher.approval?.signoff == nil else { continue }
            if voucher.approval == nil && !voucher.source.isEmpty {
                imported.append(spending)
                continue
            }
            let quoted = AuditText.quoted(voucher)
            found.append(finding(amount: spending.amount, vouchers: [voucher.id],
                                 "\(quoted.zh) 支出 \(spending.amount.formatted()) 元，没有主席签批记录",
                                 "\(quoted.en) spends \(spending.amount.formatted()) with no sign-off by the chair on record"))
        }
        if !imported.isEmpty {
            let total = try AuditText.sum(imported.map(\.amount))
            let labels = AuditText.labels(imported.map(\.voucher))
            found.append(finding(amount: total, vouchers: imported.map(\.voucher.id), severity: .warning,
                                 "导入的支出凭证 \(labels.zh) 共 \(total.formatted()) 元，本账套中没有审批记录，须核对纸质凭证上的主席签批",
                                 "imported spending vouchers \(labels.en), \(total.formatted()) in all, carry no approval record here: check the chair's sign-off on the paper vouchers"))
        }
        return found
    }
}
