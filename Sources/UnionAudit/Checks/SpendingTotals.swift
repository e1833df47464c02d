import LedgerCore
import UnionCore

extension AuditContext {
    /// Spending over `months` (debit − credit on expenditure accounts, year-end carry-forwards left
    /// out), in total and on the accounts of `roles`.
    func spendingTotals(_ months: ClosedRange<YearMonth>, roles: [AccountRole]) throws -> (total: Money, onRoles: Money) {
        let balance = try books.trialBalance(from: months.lowerBound, to: months.upperBound, excludingClosingEntries: true)
        var total = Money.zero, onRoles = Money.zero
        for row in balance.rows where row.account.kind == .expenditure {
            let net = try row.debit.subtracting(row.credit)
            total = try total.adding(net)
            if code(row.account.code, isIn: roles) { onRoles = try onRoles.adding(net) }
        }
        return (total, onRoles)
    }

    /// Administrative spending (行政支出, 三公) over `months`: the administrative roles' spending, plus
    /// spending elsewhere on vouchers whose summary names one of the policy's words (公务接待 …).
    func administrativeSpending(_ months: ClosedRange<YearMonth>, terms: AuditTerms) throws -> (amount: Money, vouchers: [PostedVoucher]) {
        var amount = try spendingTotals(months, roles: terms.administrativeRoles).onRoles
        var named: [PostedVoucher] = []
        for spending in try spending(in: months) where terms.administrativeWords.contains(where: { spending.voucher.summary.contains($0) }) {
            for posting in spending.voucher.postings where posting.side == .debit && !code(posting.account, isIn: terms.administrativeRoles) {
                guard try kind(of: posting.account) == .expenditure else { continue }
                amount = try amount.adding(posting.amount)
            }
            named.append(spending.voucher)
        }
        return (amount, named)
    }
}
