import GRDB
import LedgerCore
import LedgerSQLite
import LedgerStore
import UnionAllocation
import UnionCore

/// The allocation registers in one SQLite file (migration 0006: `register_import`,
/// `payroll_declaration`, `allocation_run`, `allocation`, `remittance`, `preparatory_refund`,
/// `arrears_status`), with the books' posting path for the vouchers. Every SQL statement of the
/// allocation feature is in this folder.
public struct SQLiteAllocationStore: AllocationStore {
    public let database: LedgerDatabase
    /// Rows a unit register import holds in memory before it moves them to a temporary table.
    let unitsInMemoryMax: Int

    public init(database: LedgerDatabase) {
        self.init(database: database, unitsInMemoryMax: SQLiteUnitQueue.unitsInMemoryMax)
    }

    /// - Parameter unitsInMemoryMax: rows a unit register import holds in memory before it moves
    ///   them to a temporary table (tests set it low, to run imports through the table).
    public init(database: LedgerDatabase, unitsInMemoryMax: Int) {
        self.database = database
        self.unitsInMemoryMax = unitsInMemoryMax
    }

    public var clock: WallClock { database.clock }

    /// The allocation sections of the policy the file keeps (UnionCore's `PolicyStore`: the latest
    /// `policy set`, or the built-in default).
    public func policy() throws -> AllocationPolicy {
        let document = try database.read { db in try SQLitePolicyStore.current(db) }
        return try AllocationPolicy(document: document)
    }

    public func allocationVolume(month: YearMonth) throws -> WriteVolume {
        .rows(max(0, try database.read { db in
            try Int.fetchOne(db, sql: AllocationRegisterSQL.monthUnitsNotAllocated, arguments: [month.ordinal]) ?? 0
        }))
    }

    public func read<T>(_ body: (any AllocationReads) throws -> T) throws -> T {
        try database.read { db in try body(SQLiteAllocationReads(db: db)) }
    }

    /// A large `volume` is written outside WAL mode when nothing else has the file open
    /// (`LedgerDatabase.outsideWAL`): its pages once, not again at the checkpoint.
    public func write<T>(user: String, volume: WriteVolume, _ body: (any AllocationTransaction) throws -> T) throws -> T {
        try database.outsideWAL(for: volume) {
            try database.withPostingBatch(user: user) { batch in
                try body(SQLiteAllocationTransaction(batch: batch, user: user, unitsInMemoryMax: unitsInMemoryMax))
            }
        }
    }
}

/// A read of the registers on one connection.
struct SQLiteAllocationReads: SQLiteAllocationRegisters, AllocationReads {
    let db: Database
    let positions: UnitPositionReader

    init(db: Database) {
        self.db = db
        positions = UnitPositionReader(db)
    }
}
