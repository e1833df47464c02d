import LedgerPostgres
import LedgerStore
import UnionAudit
import UnionStatements

extension UnionPostgresStores {
    /// Budgets, their approvals and the final accounts.
    public var budgets: any BudgetStore { PostgresBudgetStore(store: store) }

    /// The findings register (runs, findings and their 整改 status, comments).
    public var findingsRegister: any FindingsRegister { PostgresFindingsRegister(store: store) }

    /// The same book with budget control on its posting path (`BudgetControlCheck`), reading the
    /// budget tables in the posting transaction — as `UnionSQLiteStores.withBudgetControl`.
    public static func withBudgetControl(_ store: PostgresStore) -> PostgresStore {
        store.withPostingChecks([BudgetControlCheck(source: PostgresBudgetControlSource(session: store.session))])
    }
}
