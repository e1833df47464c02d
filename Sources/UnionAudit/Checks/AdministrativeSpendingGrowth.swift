import LedgerCore

/// 行政及“三公”经费增长过快: administrative spending (行政支出 and 三公 by the policy's words) up on
/// the same months of the year before by more than the policy allows.
public struct AdministrativeSpendingGrowth: Check {
    public static let id = "spending.administrativeGrowth"
    public let title = (zh: "行政及“三公”经费增长超过控制标准", en: "Administrative and 三公 spending growing beyond the limit")
    public let basis = "《基层工会经费收支管理办法》（总工办发〔2017〕32号）勤俭节约原则 [C-3p]；“三公”经费只减不增 [U，控制比例为政策值]"
    public let severity = Severity.warning

    public init() {}

    public func findings(in context: AuditContext, period: ClosedRange<YearMonth>) throws -> [Finding] {
        let terms = try context.terms(for: period)
        guard let limit = terms.administrativeGrowthLimit else {
            throw NotDeterminable("政策没有规定行政经费增长控制标准", "the policy sets no limit on administrative spending growth")
        }
        let prior = YearMonth(ordinal: period.lowerBound.ordinal - 12)...YearMonth(ordinal: period.upperBound.ordinal - 12)
        guard try context.books.activeRange().from <= prior.lowerBound else {
            throw NotDeterminable("账簿不含上年同期（\(prior.label)），无法比较增长", "the books do not cover the same months a year earlier (\(prior.label))")
        }
        let current = try context.administrativeSpending(period, terms: terms)
        let before = try context.administrativeSpending(prior, terms: terms)
        let allowed = try before.amount.adding(limit.rate.applied(to: before.amount))
        guard current.amount > allowed else { return [] }
        let growth = try current.amount.subtracting(before.amount)
        return [finding(amount: growth, vouchers: current.vouchers.map(\.id), period: period,
                        "\(period.label) 行政及“三公”经费 \(current.amount.formatted()) 元，上年同期 \(before.amount.formatted()) 元，增长 \(AuditText.percent(growth, of: before.amount))，超过控制标准 \(limit.text)",
                        "administrative and 三公 spending \(current.amount.formatted()) in \(period.label) against \(before.amount.formatted()) a year earlier: up \(AuditText.percent(growth, of: before.amount)), beyond the limit of \(limit.text)")]
    }
}
