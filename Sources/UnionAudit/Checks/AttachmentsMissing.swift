import LedgerCore

/// 记账凭证无原始凭证: vouchers a person entered (through the workflow or an import) with no source
/// document attached. Vouchers the engine posts from its registers (the 2% allocation, dues
/// collected, closing) have their evidence in those registers and are not listed.
public struct AttachmentsMissing: Check {
    public static let id = "books.attachmentsMissing"
    public let title = (zh: "记账凭证未附原始凭证", en: "Vouchers without attachments")
    public let basis = "《会计基础工作规范》（记账凭证应附原始凭证）[C-3p，条款未核]；《工会会计制度》（财会〔2021〕7号）第十七条（以实际发生的经济业务为依据）[C]"
    public let severity = Severity.warning

    public init() {}

    public func findings(in context: AuditContext, period: ClosedRange<YearMonth>) throws -> [Finding] {
        let bare = try context.vouchers(in: period).filter { voucher in
            voucher.kind == .normal && voucher.reversedBy == nil && voucher.attachments == 0
                && (voucher.approval != nil || !voucher.source.isEmpty)
        }
        guard !bare.isEmpty else { return [] }
        let total = try Money.sum(bare.map(\.total))
        let labels = AuditText.labels(bare)
        return [finding(amount: total, vouchers: bare.map(\.id),
                        "\(bare.count) 张记账凭证未附原始凭证：\(labels.zh)，合计 \(total.formatted()) 元",
                        "\(bare.count) vouchers have no attachments: \(labels.en), \(total.formatted()) in all")]
    }
}
