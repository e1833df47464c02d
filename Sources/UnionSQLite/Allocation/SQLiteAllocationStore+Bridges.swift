import LedgerSQLite
import UnionAllocation

// Entry points for callers that still hold a `LedgerDatabase` (the CLI's `org add` and `verify`,
// owned elsewhere): each goes through `SQLiteAllocationStore`, so no SQL is repeated. New callers
// build `UnionSQLiteStores(database:).allocation` and use the protocol.

extension AllocationPolicy {
    /// The allocation terms of the policy in force for the file (`policy set`; the built-in default when none was set).
    public static func current(database: LedgerDatabase) throws -> AllocationPolicy {
        try SQLiteAllocationStore(database: database).policy()
    }
}

extension MirrorCheck {
    /// The mirror and control checks over one SQLite file (`MirrorCheck.run(store:)`).
    public static func run(_ database: LedgerDatabase) throws -> [MirrorFinding] {
        try run(store: SQLiteAllocationStore(database: database))
    }
}
