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
        try database.addOrganisation(new, chart: chart, user: user) { db in
            if let policy { try SQLitePolicyStore.store(policy, user: user, at: database.clock.now(), db) }
        }
    }
}
