import InputFiles
import LedgerCore
import LedgerSQLite
import LedgerStore
import UnionCore

// Conveniences for call sites that still hold a `LedgerDatabase` or only the books (commands and
// tour steps of features not yet moved to the stores). They build the SQLite stores and call the
// protocol-taking entry points; new code takes `UnionSQLiteStores` and passes the protocols.

extension OrganisationRegister {
    /// The register of a SQLite books file.
    public init(database: LedgerDatabase, user: String) {
        self.init(store: SQLiteOrganisationStore(database: database), user: user)
    }
}

extension ApprovalRules {
    /// The rules in force on `date` for books kept in a SQLite file.
    /// - Throws: `StoreError.storage` when the books are kept in another kind of store.
    public static func inForce(for books: any Books, on date: LocalDate) throws -> ApprovalRules {
        let stores = UnionSQLiteStores(database: try books.database)
        return try inForce(for: books, policies: stores.policies, organisations: stores.organisations, on: date)
    }

    /// The rules in force today for books kept in a SQLite file.
    public static func inForce(for books: any Books) throws -> ApprovalRules {
        try inForce(for: books, on: books.clock.today())
    }
}
