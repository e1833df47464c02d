import LedgerCore

/// 会费未按应收足额收缴: a month whose dues paid fall short of the dues assessed.
public struct DuesCollectedShort: Check {
    public static let id = "dues.collectedShort"
    public let title = (zh: "会费实收少于应收", en: "Dues collected short of dues assessed")
    public let basis = "《中国工会章程》第四条第（六）项（会员按月交纳会费）[C-3p]；《中国工会审计条例》第二十三条第（一）项 [C-3p]"
    public let severity = Severity.warning

    public init() {}

    public func findings(in context: AuditContext, period: ClosedRange<YearMonth>) throws -> [Finding] {
        guard let dues = context.facts.dues else {
            throw NotDeterminable("未提供会费核定记录", "no dues register was given")
        }
        let months = try dues.dues(books: context.organisation, months: period)
        guard !months.isEmpty else {
            throw NotDeterminable("本账套在 \(period.label) 没有核定会费（dues assess）", "no dues were assessed in these books for \(period.label)")
        }
        var found: [Finding] = []
        for month in months where month.paid < month.assessed {
            let short = try month.assessed.subtracting(month.paid)
            found.append(finding(amount: short, period: month.month...month.month,
                                 "\(month.month) 会费应收 \(month.assessed.formatted()) 元（\(month.members) 人），实收 \(month.paid.formatted()) 元，少收 \(short.formatted()) 元",
                                 "\(month.month): dues assessed \(month.assessed.formatted()) (\(month.members) members), paid \(month.paid.formatted()), \(short.formatted()) short"))
        }
        return found
    }
}
