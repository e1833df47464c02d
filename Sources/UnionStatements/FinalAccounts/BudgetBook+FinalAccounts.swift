import LedgerCore
import LedgerStore
import UnionCore

extension BudgetBook {
    /// The 决算 figures the books give now: each line of the budget in force at the year's end
    /// with its actual (and what no line covers), the year's revenue and expenditure, and the
    /// closing balance of 工会资金结转 + 结余.
    /// - Throws: `BudgetError.approvedBudgetMustExist` when the year has no approved budget.
    public func finalAccountsFigures(year: Int, policy: BudgetPolicy) throws -> FinalAccountsRecord.Figures {
        let december = YearMonth(ordinal: year * 12 + 11)
        let execution = try execution(through: december, policy: policy, language: .zh)
        guard let version = execution.versionInForce else { throw BudgetError.approvedBudgetMustExist(year: year) }
        let lines = execution.lines.map {
            FinalAccountsRecord.Line(key: $0.key, category: $0.category, budget: $0.adjusted, actual: $0.actual)
        }
        return FinalAccountsRecord.Figures(budgetVersion: version, lines: lines, revenue: execution.revenueActual,
                                           spending: execution.spendingActual, closingBalance: try FundsBalance.atEnd(of: december, in: books))
    }

    /// Prepares the year's final accounts (决算): stores the figures as a revision awaiting the
    /// approval chain. A revision nobody has approved yet is replaced; after a step is recorded a
    /// new revision starts (its approvals begin again).
    /// - Throws: `BudgetError.approvedBudgetMustExist`.
    public func prepareFinalAccounts(year: Int, policy: BudgetPolicy) throws -> FinalAccountsRecord {
        let figures = try finalAccountsFigures(year: year, policy: policy)
        return try store.withBudgetTransaction(books: books.organisation, user: books.user) { transaction in
            let latest = try transaction.finalAccounts(year: year).last
            let revision = latest.map { $0.approvals.isEmpty ? $0.revision : $0.revision + 1 } ?? 1
            let record = FinalAccountsRecord(organisation: books.organisation.code, year: year, revision: revision, figures: figures,
                                             preparedBy: books.user, preparedAt: books.clock.now())
            try transaction.saveFinalAccounts(record)
            try transaction.recordEvent(action: "final.prepare", detail: "\(year) r\(revision)")
            return record
        }
    }

    /// The latest final accounts of the year, or nil when none was prepared.
    public func latestFinalAccounts(year: Int) throws -> FinalAccountsRecord? {
        try store.finalAccounts(books: books.organisation, year: year).last
    }

    /// What the close calls: when the year's final accounts were prepared, they must agree with
    /// the books (a year is not locked under a 决算 that no longer describes it).
    /// - Throws: `BudgetError.finalAccountsMustAgreeWithBooks`.
    public func requireFinalAccountsAgree(year: Int, policy: BudgetPolicy, language: Language) throws {
        guard let record = try latestFinalAccounts(year: year) else { return }
        if let difference = try finalAccountsDifference(record, policy: policy, language: language) {
            throw BudgetError.finalAccountsMustAgreeWithBooks(year: year, detail: difference)
        }
    }

    /// How a prepared 决算 differs from the books now; nil when it agrees.
    public func finalAccountsDifference(_ record: FinalAccountsRecord, policy: BudgetPolicy, language: Language) throws -> String? {
        let now: FinalAccountsRecord.Figures
        do { now = try finalAccountsFigures(year: record.year, policy: policy) } catch BudgetError.approvedBudgetMustExist {
            return language.pick("本年已无批准的预算", "the year no longer has an approved budget")
        }
        return record.figures.firstDifference(from: now, language: language)
    }
}
