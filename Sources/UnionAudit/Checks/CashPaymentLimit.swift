import LedgerCore

/// 超限额现金支付: a payment out of cash on hand above the policy's limit (结算起点), which should
/// have gone through the bank. Moving cash to the bank is not a payment.
public struct CashPaymentLimit: Check {
    public static let id = "cash.paymentLimit"
    public let title = (zh: "超过限额的现金支付", en: "Cash payments above the limit")
    public let basis = "《现金管理暂行条例》第五条（结算起点 1000 元）[U，未在参考资料中核对]；《工会会计制度》（财会〔2021〕7号）第二十九条"
    public let severity = Severity.warning

    public init() {}

    public func findings(in context: AuditContext, period: ClosedRange<YearMonth>) throws -> [Finding] {
        guard let limit = try context.terms(for: period).cashPaymentLimit else {
            throw NotDeterminable("政策没有规定现金支付限额", "the policy sets no cash payment limit")
        }
        let cash = try context.roles.code(.cash)
        let bank = context.roles.codeIfPresent(.bank)
        var found: [Finding] = []
        for voucher in try context.vouchers(in: period) where voucher.kind == .normal && voucher.reversedBy == nil {
            let toBank = voucher.postings.contains { $0.side == .debit && bank.map($0.account.isWithin) == true }
            guard !toBank else { continue }
            var paid = Money.zero
            for posting in voucher.postings where posting.side == .credit && posting.account.isWithin(cash) {
                paid = try paid.adding(posting.amount)
            }
            guard paid > limit else { continue }
            let quoted = AuditText.quoted(voucher)
            found.append(finding(amount: paid, vouchers: [voucher.id],
                                 "\(quoted.zh) 以现金支付 \(paid.formatted()) 元，超过现金支付限额 \(limit.formatted()) 元",
                                 "\(quoted.en) pays \(paid.formatted()) in cash, above the limit of \(limit.formatted())"))
        }
        return found
    }
}
