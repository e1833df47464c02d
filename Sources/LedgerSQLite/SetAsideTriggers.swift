import GRDB
import LedgerStore
import Synchronization

/// Change-journal insert triggers that bulk writers have set aside (`WrittenChangeImages`), by
/// connection. A write transaction does not commit while one of its connection's is still missing:
/// rows inserted after it would have no image. One left behind by a writer whose transaction
/// rolled back is back in the schema with the rollback, and is forgotten at the connection's next
/// commit (as is one whose table this file's journal does not cover: another file, same address).
enum SetAsideTriggers {
    struct Trigger: Hashable {
        var connection: Int
        var table: String
        var name: String
        var sql: String

        init(connection: OpaquePointer, table: String, name: String, sql: String) {
            self.connection = Int(bitPattern: UnsafeRawPointer(connection))
            self.table = table
            self.name = name
            self.sql = sql
        }
    }

    private static let open = Mutex<Set<Trigger>>([])

    static func add(_ trigger: Trigger) { open.withLock { _ = $0.insert(trigger) } }

    static func remove(_ trigger: Trigger) { open.withLock { _ = $0.remove(trigger) } }

    /// Throws when a trigger set aside on this connection is not back in the schema.
    static func requireRestored(_ db: Database) throws {
        guard let connection = db.sqliteConnection else { return }
        let key = Int(bitPattern: UnsafeRawPointer(connection))
        let pending = open.withLock { $0.filter { $0.connection == key } }
        for trigger in pending {
            let present = try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?)
                    OR NOT EXISTS (SELECT 1 FROM change_table WHERE name = ?)
                """, arguments: [trigger.name, trigger.table]) ?? false
            guard present else {
                throw StoreError.storage(message: "\(trigger.name) was set aside by a bulk writer that did not finish")
            }
            remove(trigger)
        }
    }
}
