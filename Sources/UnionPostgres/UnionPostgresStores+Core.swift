import LedgerCore
import LedgerPostgres
import LedgerStore
import UnionCore

extension UnionPostgresStores {
    /// The policy the book is kept under, and its history.
    public var policies: any PolicyStore { PostgresPolicyStore(store: store) }
}
