import LedgerStore
import UnionStores

/// Every union store over one PostgreSQL database, as the CLI asks for them (`UnionStores`); the
/// properties are in the extension files beside each area's store.
extension UnionPostgresStores: UnionStores {
    public var booksStore: any BooksStore { store }
}
