import Foundation
import GRDB
import GRDBSQLite
import LedgerStore

/// How a voucher import (and any large register write, `WriteVolume`) writes its rows; the
/// defaults are the fast ways, the tests compare them with the plain ones.
package struct ImportTuning: Sendable {
    /// Whole batches of rows inserted on a second thread (`BackgroundRowWriter`).
    package var rowsInBackground = true
    /// Writes at least this large run outside WAL mode (`LedgerDatabase.outsideWAL`): a voucher
    /// file of this size, or a `WriteVolume` of it.
    package var outsideWALFromBytes = ImportTuning.outsideWALFrom

    /// 1 MiB, about 7,000 vouchers: below it the two mode changes (a header write and its syncs
    /// each) cost about what the second copy of the pages does.
    package static let outsideWALFrom = 1 << 20

    /// What one register row adds to the file, for a volume told in rows: an allocation row with
    /// its index entry and its share of the change journal (50,000 of them wrote 5.6 MB, 112 bytes
    /// a row, rounded up).
    package static let bytesPerRegisterRow = 128

    /// Whether a write of `volume` runs outside WAL mode.
    package func leavesWAL(for volume: WriteVolume) -> Bool {
        switch volume {
        case .small: return false
        case .file(let bytes): return bytes >= outsideWALFromBytes
        case .rows(let rows):
            let bytes = rows.multipliedReportingOverflow(by: Self.bytesPerRegisterRow)
            return bytes.overflow || bytes.partialValue >= outsideWALFromBytes
        }
    }

    package init(rowsInBackground: Bool = true, outsideWALFromBytes: Int = ImportTuning.outsideWALFrom) {
        self.rowsInBackground = rowsInBackground
        self.outsideWALFromBytes = outsideWALFromBytes
    }
}

extension LedgerDatabase {
    /// Runs `body`, one large write transaction, with the books in rollback-journal mode, and puts
    /// them back in WAL mode after it, committed or not.
    ///
    /// Why: in WAL mode every page of a transaction is written twice, once to the WAL and again to
    /// the file at the checkpoint after the commit. For a bulk import that second copy is the last
    /// fifth of the command, on one thread (a 1M-voucher import: 0.9 of 4.1 s). With a rollback
    /// journal, pages past the file's old end are written once and journaled not at all, as
    /// `sqlite3 .import` writes them; the pages already there are journaled before they change, so
    /// the transaction is still all or nothing, and a killed import is rolled back by the next
    /// command to open the file. `synchronous` is FULL meanwhile: NORMAL is safe only in WAL mode.
    ///
    /// The cost: another process's read waits for the commit instead of reading the last one
    /// (in WAL mode only writes wait). From the first spill of the page cache on, the transaction
    /// holds the file's exclusive lock; before it, a connection opening the file cannot set WAL
    /// mode (`ConnectionWaits.retrying` waits for that). Other programs reading the file meanwhile
    /// (the `sqlite3` tool) may be told it is locked, and one whose read began as the import began
    /// holds the import's first spill up until it ends. Hence only for large files, and only when
    /// no other connection has the file open: SQLite then refuses to leave WAL mode, and `body`
    /// runs in WAL mode as always.
    /// - Parameter large: false runs `body` in WAL mode without a look at the mode.
    package func outsideWAL<T>(when large: Bool, _ body: () throws -> T) throws -> T {
        guard large, try leaveWAL() else { return try body() }
        defer { returnToWAL() }
        return try body()
    }

    /// `outsideWAL(when:)` for a write of `volume` (`ImportTuning.leavesWAL(for:)`).
    package func outsideWAL<T>(for volume: WriteVolume, _ body: () throws -> T) throws -> T {
        try outsideWAL(when: importTuning.leavesWAL(for: volume), body)
    }

    /// Whether the books left WAL mode; false when another connection has them open (SQLite
    /// refuses that at once, without the busy handler: the tests hold it to that, no wait), when
    /// the connection is read-only, and when no rollback journal can be made beside the file.
    private func leaveWAL() throws -> Bool {
        guard journalCanBeMade else { return false }
        do {
            return try queue.writeWithoutTransaction { db -> Bool in
                guard sqlite3_db_readonly(db.sqliteConnection, "main") == 0 else { return false }
                // FULL first, so the header write that leaves WAL mode is synced as a rollback
                // journal needs.
                try db.execute(sql: "PRAGMA synchronous = FULL")
                let mode: String?
                do {
                    mode = try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
                } catch let error as DatabaseError where error.isLockHeldElsewhere {
                    mode = nil
                }
                if mode == "delete" { return true }
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                return false
            }
        } catch {
            throw StoreError.busy(error, path: path, wait: busyWait) ?? StoreError.wrap(error)
        }
    }

    /// Whether SQLite can make the rollback journal: a folder this process may write in (the
    /// file's own, links followed, as SQLite follows them) with nothing in the journal's place.
    /// Checked first because leaving WAL mode without it fails half way, the WAL already closed
    /// and the connection of no further use, where the import in WAL mode would succeed.
    private var journalCanBeMade: Bool {
        let file = URL(fileURLWithPath: path).resolvingSymlinksInPath()
        return access(file.deletingLastPathComponent().path, W_OK | X_OK) == 0
            && access(file.path + "-journal", F_OK) != 0
    }

    /// Back to WAL mode (and NORMAL syncs with it). Waits for readers as any write does; if that
    /// fails the import has still committed, and the next command to open the file sets WAL mode
    /// again, so the failure is not the command's. Until then syncs stay FULL.
    private func returnToWAL() {
        try? queue.writeWithoutTransaction { db in
            guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" else { return }
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
    }
}
