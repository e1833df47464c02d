import LedgerCore
import LedgerPostgres
import LedgerStore
import UnionAllocation
import UnionCore

/// The allocation registers in a PostgreSQL database (steps 0006 and 0011: `register_import`,
/// `payroll_declaration`, `allocation_run`, `allocation`, `remittance`, `preparatory_refund`,
/// `arrears_status`), with the books' posting path for the vouchers — the counterpart of
/// UnionSQLite's `SQLiteAllocationStore`, with the same results and errors.
public struct PostgresAllocationStore: AllocationStore {
    public let store: PostgresStore

    public init(store: PostgresStore) {
        self.store = store
    }

    public var clock: WallClock { store.clock }

    /// How many times a command that lost a race for a unique row is run again (see `write`).
    static let raceAttempts = 3

    /// The allocation sections of the policy the book keeps (the latest `policy set`, or the built-in default).
    public func policy() throws -> AllocationPolicy {
        let document = try store.read { try PostgresPolicyStore.current(store.session) }
        return try AllocationPolicy(document: document)
    }

    public func read<T>(_ body: (any AllocationReads) throws -> T) throws -> T {
        try store.read { try body(PostgresAllocationReads(session: store.session)) }
    }

    /// One transaction through the posting batch. SQLite runs one writer at a time, so a command
    /// always sees the rows of the one before; here two may run at once, and the later to insert
    /// a unique row (the same file, receipt reference, declaration revision or allocation) fails.
    /// That command is run again from the start, and then sees the other's rows as it would on
    /// SQLite: the same file is "already imported", the same reference refused by the rule.
    /// `volume` changes nothing here: the server writes every transaction one way.
    public func write<T>(user: String, volume: WriteVolume, _ body: (any AllocationTransaction) throws -> T) throws -> T {
        var attempt = 1
        while true {
            do {
                return try store.withPostingBatch(user: user) { batch in
                    try body(PostgresAllocationTransaction(batch: batch, user: user))
                }
            } catch let race as AllocationUniqueRace {
                guard attempt < Self.raceAttempts else { throw StoreError.storage(message: race.message) }
                attempt += 1
            }
        }
    }
}

/// A read of the registers in one consistent transaction.
struct PostgresAllocationReads: PostgresAllocationRegisters {
    let session: PostgresSession

    func flushPostings() throws {}
}

/// A unique row another writer inserted first (PostgreSQL's 23505): the command runs again.
struct AllocationUniqueRace: Error {
    var message: String

    /// Runs one statement, turning a unique violation into a race the store's `write` reruns.
    @discardableResult
    static func guarding<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let failure as PostgresFailure where failure.isUniqueViolation {
            throw AllocationUniqueRace(message: failure.message)
        }
    }
}
