import LedgerCore
import LedgerPostgres
import LedgerStore
import UnionAudit
import UnionCore

extension UnionPostgresStores {
    /// The organisation register and officers' terms.
    public var organisations: any OrganisationStore { PostgresOrganisationStore(store: store) }

    /// The period's vouchers read in bulk.
    public var auditJournal: any AuditJournal { PostgresAuditJournal(store: store) }

    /// When each voucher was posted.
    public var postingTrail: any PostingTrail { PostgresPostingTrail(store: store) }

    /// Registers an organisation with its chart (`gonghui init`) and, when given, puts `policy` in
    /// force, in one transaction: either the books exist under that policy, or nothing was written.
    /// - Throws: `LedgerError.organisationCodeMustBeUnique`; the chart's account rules.
    public func addOrganisation(_ new: NewOrganisation, chart: [Account], user: String,
                                policy: PolicyDocument?) throws -> any Books {
        try addPostgresOrganisation(new, chart: chart, user: user, policy: policy)
    }

    /// The same, with the PostgreSQL books.
    public func addPostgresOrganisation(_ new: NewOrganisation, chart: [Account], user: String,
                                        policy: PolicyDocument?) throws -> PostgresBooks {
        let store = store
        return try store.addOrganisation(new, chart: chart, user: user) { session in
            if let policy { try PostgresPolicyStore.store(policy, user: user, at: store.clock.now(), session) }
        }
    }

    /// The same book with the posting checks of the union rules: the cash and bank balances
    /// (`CashBalanceCheck`, refusing or warning as the policy in force today says) and the date
    /// window (`vouchers.date_window_years_ahead`), from one read of the policy — as
    /// `UnionSQLiteStores.withUnionChecks`.
    /// - Parameter warn: told of each overdraft a `warn` policy lets through.
    public static func withUnionChecks(_ store: PostgresStore,
                                       warn: @escaping @Sendable (UnionFundsError) -> Void) throws -> PostgresStore {
        // A policy without a vouchers entry for today keeps the safe default (refuse); a policy that
        // does not read fails here as everywhere else.
        let vouchers = try PostgresPolicyStore(store: store).current().section("vouchers", as: VoucherPolicy.self)
        let entry = try? vouchers.entry(on: store.clock.today())
        return withBudgetControl(store)
            .withPostingChecks([CashBalanceCheck(handling: entry?.negativeCash ?? .refuse, warn: warn)])
            .withDateWindow(yearsAhead: entry?.dateWindowYearsAhead ?? DateWindow.yearsAhead)
    }
}
