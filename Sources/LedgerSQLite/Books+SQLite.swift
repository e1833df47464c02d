import GRDB
import LedgerCore
import LedgerStore

extension Books {
    /// The SQLite file behind these books, for the storage modules' own tables (package access:
    /// rules never see it).
    /// - Throws: `StoreError.storage` when the books are kept in another kind of store.
    package var database: LedgerDatabase {
        get throws {
            guard let books = self as? SQLiteBooks else {
                throw StoreError.commandMustSupportStore(command: StoreError.currentCommand, location: store.location)
            }
            return books.database
        }
    }

    /// `transaction`, with the connection for the storage modules' own tables.
    package func sqliteTransaction<T>(_ body: (SQLitePostingTransaction) throws -> T) throws -> T {
        guard let books = self as? SQLiteBooks else {
            throw StoreError.commandMustSupportStore(command: StoreError.currentCommand, location: store.location)
        }
        return try books.sqliteTransaction(body)
    }
}
