import LedgerCore
import UnionStatements

/// 库存现金超限额: cash on hand at a month's end above the policy's limit (库存现金限额).
public struct CashOnHandLimit: Check {
    public static let id = "cash.onHandLimit"
    public let title = (zh: "库存现金超过限额", en: "Cash on hand above its limit")
    public let basis = "《现金管理暂行条例》库存现金限额 [U，未在参考资料中核对]；《工会会计制度》（财会〔2021〕7号）第二十九条（库存现金日清月结）"
    public let severity = Severity.warning

    public init() {}

    public func findings(in context: AuditContext, period: ClosedRange<YearMonth>) throws -> [Finding] {
        guard let limit = try context.terms(for: period).cashOnHandLimit else {
            throw NotDeterminable("政策没有规定库存现金限额", "the policy sets no limit on cash on hand")
        }
        let cash = try context.roles.code(.cash)
        var found: [Finding] = []
        for month in period.months {
            let balance = try context.books.trialBalance(from: month, to: month)
            let onHand = try Money.sum(balance.rows.filter { $0.account.code.isWithin(cash) }.map(\.closing))
            guard onHand > limit else { continue }
            found.append(finding(amount: try onHand.subtracting(limit), period: month...month,
                                 "\(month) 月末库存现金 \(onHand.formatted()) 元，超过限额 \(limit.formatted()) 元",
                                 "cash on hand at the end of \(month) is \(onHand.formatted()), above the limit of \(limit.formatted())"))
        }
        return found
    }
}
