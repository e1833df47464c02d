import LedgerCore
import LedgerPostgres
import LedgerSQLite
import LedgerStore
import Reporting

/// The books file this run opened, so every report it prints carries the journal head as it is
/// when the report is printed (after the command's own writes).
enum OpenedBooks {
    /// One command per process, on the main thread. Weak: the command's own reference keeps the
    /// file open, and its going closes the connection (and removes the -wal file) as before.
    nonisolated(unsafe) static weak var database: LedgerDatabase?
    /// The PostgreSQL book this run opened, if any.
    nonisolated(unsafe) static weak var postgres: PostgresStore?

    /// The footer: `日记账末端 #records head12`; nil when no books were opened.
    static func stamp(_ language: Language) throws -> JournalStamp? {
        let store: (any JournaledStore)? = postgres ?? database
        guard let head = try store?.head() else { return nil }
        return JournalStamp(records: head.records, head: String(head.hash.prefix(12)),
                            line: language.pick("日记账末端 \(head.short)（\(head.vouchers) 张凭证）",
                                                "Journal head \(head.short) (\(head.vouchers) vouchers)"))
    }
}
