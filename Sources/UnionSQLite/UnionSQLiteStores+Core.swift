import LedgerCore
import LedgerSQLite
import LedgerStore
import UnionCore

extension UnionSQLiteStores {
    /// The organisation register and officers' terms.
    public var organisations: any OrganisationStore { SQLiteOrganisationStore(database: database) }

    /// The policy the file is kept under, and its history.
    public var policies: any PolicyStore { SQLitePolicyStore(database: database) }

    /// Registers an organisation with its chart (`gonghui init`) and, when given, puts `policy` in
    /// force, in one transaction: either the books exist under that policy, or nothing was written.
    /// - Throws: `LedgerError.organisationCodeMustBeUnique`; the chart's account rules.
    public func addOrganisation(_ new: NewOrganisation, chart: [Account], user: String,
                                policy: PolicyDocument?) throws -> any Books {
        try addSQLiteOrganisation(new, chart: chart, user: user, policy: policy)
    }

    /// The same, with the SQLite books.
    public func addSQLiteOrganisation(_ new: NewOrganisation, chart: [Account], user: String,
                                      policy: PolicyDocument?) throws -> SQLiteBooks {
        try database.addOrganisation(new, chart: chart, user: user) { db in
            if let policy { try SQLitePolicyStore.store(policy, user: user, at: database.clock.now(), db) }
        }
    }
}

extension UnionSQLiteStores {
    /// The same books file with every posting check of the union rules: budget control, the cash
    /// and bank balances (`CashBalanceCheck`, refusing or warning as the policy in force today
    /// says) and the date window (`vouchers.date_window_years_ahead`), from one read of the policy.
    /// - Parameter warn: told of each overdraft a `warn` policy lets through.
    public static func withUnionChecks(_ database: LedgerDatabase,
                                       warn: @escaping @Sendable (UnionFundsError) -> Void) throws -> LedgerDatabase {
        // A policy without a vouchers entry for today keeps the safe default (refuse); a policy that
        // does not read fails here as everywhere else.
        let vouchers = try SQLitePolicyStore(database: database).current().section("vouchers", as: VoucherPolicy.self)
        let entry = try? vouchers.entry(on: database.clock.today())
        return withBudgetControl(database)
            .withPostingChecks([CashBalanceCheck(handling: entry?.negativeCash ?? .refuse, warn: warn)])
            .withDateWindow(yearsAhead: entry?.dateWindowYearsAhead ?? DateWindow.yearsAhead)
    }
}
