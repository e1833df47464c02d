import UnionStatements

extension UnionSQLiteStores {
    /// Budgets, their approvals and the final accounts.
    public var budgets: any BudgetStore { SQLiteBudgetStore(database: database) }
}
