import LedgerCore
import UnionStatements

/// 无预算支出: spending charged to an account no line of the year's approved budget covers.
public struct SpendingWithoutBudgetLine: Check {
    public static let id = "budget.spendingWithoutLine"
    public let title = (zh: "无预算支出", en: "Spending without a budget line")
    public let basis = "《工会法》第四十五条（预算制度）[C]；《基层工会预算管理办法》（总工办发〔2020〕29号）[C，条款未核]"
    public let severity = Severity.violation

    public init() {}

    public func findings(in context: AuditContext, period: ClosedRange<YearMonth>) throws -> [Finding] {
        var found: [Finding] = []
        for (year, lines) in try context.budgetLines(for: period) {
            let months = max(period.lowerBound, try YearMonth(year: year, month: 1))...min(period.upperBound, try YearMonth(year: year, month: 12))
            var byAccount: [AccountCode: [SpendingVoucher]] = [:]
            for spending in try context.spending(in: months) {
                for account in Set(spending.accounts) where !lines.contains(where: { account.isWithin($0.account) }) {
                    byAccount[account, default: []].append(spending)
                }
            }
            for (account, vouchers) in byAccount.sorted(by: { $0.key < $1.key }) {
                var total = Money.zero
                for spending in vouchers {
                    for posting in spending.voucher.postings where posting.side == .debit && posting.account == account {
                        total = try total.adding(posting.amount)
                    }
                }
                let labels = AuditText.labels(vouchers.map(\.voucher))
                found.append(finding(amount: total, vouchers: vouchers.map(\.voucher.id), period: months,
                                     "科目 \(account) 在 \(year) 年预算中没有预算项目，支出 \(total.formatted()) 元（\(labels.zh)）",
                                     "account \(account) has no line in the \(year) budget; \(total.formatted()) spent (\(labels.en))"))
            }
        }
        return found
    }
}
