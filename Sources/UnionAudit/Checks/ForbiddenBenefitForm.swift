import LedgerCore

/// 以禁止形式发放福利: member benefits in a forbidden form — words in the summary or a line's memo
/// (`forbidden_words`: 购物卡, 代金券 …), or festival gifts paid out of cash on hand.
public struct ForbiddenBenefitForm: Check {
    public static let id = "benefits.forbiddenForm"
    public let title = (zh: "以现金、购物卡、代金券等形式发放福利", en: "Benefits in cash, shopping cards or vouchers")
    public let basis = "全总办公厅《关于加强基层工会经费收支管理的通知》（2014）不得发放购物卡、代金券 [C-3p]；《基层工会经费收支管理办法》（总工办发〔2017〕32号）“八不准”[C-3p]；省级实施办法"
    public let severity = Severity.violation

    public init() {}

    public func findings(in context: AuditContext, period: ClosedRange<YearMonth>) throws -> [Finding] {
        let terms = try context.terms(for: period)
        let festivals = terms.festivalGifts?.festivals ?? []
        let cash = context.roles.codeIfPresent(.cash)
        var found: [Finding] = []
        for spending in try context.spending(in: period) {
            let voucher = spending.voucher
            guard voucher.postings.contains(where: { $0.side == .debit && context.code($0.account, isIn: terms.benefitRoles) }) else { continue }
            let texts = [voucher.summary] + voucher.postings.map(\.memo)
            let quoted = AuditText.quoted(voucher)
            if let word = terms.forbiddenWords.first(where: { word in texts.contains { $0.contains(word) } }) {
                found.append(finding(amount: spending.amount, vouchers: [voucher.id],
                                     "\(quoted.zh) 以“\(word)”形式发放，属禁止形式",
                                     "\(quoted.en) is given as “\(word)”, a forbidden form"))
                continue
            }
            let isFestivalGift = festivals.contains { voucher.summary.contains($0) }
            if isFestivalGift, let cash,
               let paid = voucher.postings.first(where: { $0.side == .credit && $0.account.isWithin(cash) }) {
                found.append(finding(amount: paid.amount, vouchers: [voucher.id],
                                     "\(quoted.zh) 节日慰问以库存现金支付 \(paid.amount.formatted()) 元（不得发放现金）",
                                     "\(quoted.en) pays a festival gift of \(paid.amount.formatted()) out of cash (cash gifts are forbidden)"))
            }
        }
        return found
    }
}
