import LedgerCore

/// 凭证号不连续: a month whose voucher numbers skip one (DESIGN invariant 3; the posting path keeps
/// them consecutive, so a gap means a voucher went missing behind the engine's back).
public struct VoucherNumberGap: Check {
    public static let id = "books.voucherNumberGap"
    public let title = (zh: "凭证号不连续", en: "Gaps in voucher numbers")
    public let basis = "《会计基础工作规范》（记账凭证应当连续编号）[C-3p，条款未核]；《工会会计制度》（财会〔2021〕7号）第十七条（内容完整）[C]"
    public let severity = Severity.violation

    public init() {}

    public func findings(in context: AuditContext, period: ClosedRange<YearMonth>) throws -> [Finding] {
        var found: [Finding] = []
        let byMonth = Dictionary(grouping: try context.vouchers(in: period)) { $0.date.yearMonth }
        for month in byMonth.keys.sorted() {
            let numbers = Set(byMonth[month, default: []].map(\.number))
            guard let highest = numbers.max() else { continue }
            let missing = (1...highest).filter { !numbers.contains($0) }
            guard !missing.isEmpty else { continue }
            let labels = missing.prefix(AuditText.labelsShownMax).map { PostedVoucher.label(date: month.firstDay, number: $0) }
            found.append(finding(period: month...month,
                                 "\(month) 缺少凭证号 \(labels.joined(separator: "、"))\(missing.count > labels.count ? " 等 \(missing.count) 个" : "")",
                                 "\(month) lacks voucher numbers \(labels.joined(separator: ", "))\(missing.count > labels.count ? " and \(missing.count - labels.count) more" : "")"))
        }
        return found
    }
}
