import LedgerSQLite
import LedgerStore
import UnionStores

/// The union features' stores over one SQLite file: the CLI builds this once and hands each rule
/// module the protocol it declared (`stores.allocation`, `stores.members`, …).
public struct UnionSQLiteStores: UnionStores {
    public let database: LedgerDatabase

    public init(database: LedgerDatabase) {
        self.database = database
    }

    public var booksStore: any BooksStore { database }
}
