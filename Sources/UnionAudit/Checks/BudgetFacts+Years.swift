import LedgerCore

extension AuditContext {
    /// The budget lines of each year `period` touches, through the period's last month in it, by year.
    /// - Throws: `NotDeterminable` when the books keep no budgets, or hold no approved budget for a year.
    func budgetLines(for period: ClosedRange<YearMonth>) throws -> [(year: Int, lines: [BudgetLineFact])] {
        guard let budget = facts.budget else {
            throw NotDeterminable("本账套没有预算模块（预算数据）", "no budget module in these books")
        }
        return try (period.lowerBound.year...period.upperBound.year).map { year in
            let through = min(period.upperBound, YearMonth(ordinal: year * 12 + 11))
            guard let lines = try budget.budgetLines(organisation: organisation.code, year: year, through: through) else {
                throw NotDeterminable("账套中没有 \(year) 年已批准的预算", "the books hold no approved budget for \(year)")
            }
            return (year, lines)
        }
    }
}
