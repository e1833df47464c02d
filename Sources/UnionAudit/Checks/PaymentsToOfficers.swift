import LedgerCore

/// 向本会负责人支付款项: spending whose summary or memo names one of the union's officers (chair,
/// vice-chairs, finance staff): payments to them or their relatives are looked at one by one
/// (离任审计清单第 11 项 个人廉洁).
public struct PaymentsToOfficers: Check {
    public static let id = "integrity.paymentsToOfficers"
    public let title = (zh: "向本会负责人或经办人支付款项", en: "Payments naming the union's own officers")
    public let basis = "《基层工会经费收支管理办法》（总工办发〔2017〕32号）“八不准”（不准违规发放津补贴、报销与工会无关的费用）[C-3p]；经济责任审计 个人廉洁 [U]"
    public let severity = Severity.warning

    public init() {}

    public func findings(in context: AuditContext, period: ClosedRange<YearMonth>) throws -> [Finding] {
        let officers = Set(try context.tenures().map(\.person)).filter { $0.count >= 2 }.sorted()
        guard !officers.isEmpty else { return [] }
        var found: [Finding] = []
        for spending in try context.spending(in: period) {
            let texts = [spending.voucher.summary] + spending.voucher.postings.map(\.memo)
            guard let person = officers.first(where: { name in texts.contains { $0.contains(name) } }) else { continue }
            let quoted = AuditText.quoted(spending.voucher)
            found.append(finding(amount: spending.amount, vouchers: [spending.voucher.id],
                                 "\(quoted.zh) 支出 \(spending.amount.formatted()) 元，摘要涉及本会负责人或经办人 \(person)",
                                 "\(quoted.en) spends \(spending.amount.formatted()) and names the union's officer \(person)"))
        }
        return found
    }
}
