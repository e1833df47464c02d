import Foundation
import GRDB
import LedgerStore

/// How a voucher import writes its rows; the defaults are the fast ways, the tests compare them
/// with the plain ones.
package struct ImportTuning: Sendable {
    /// Whole batches of rows inserted on a second thread (`BackgroundRowWriter`).
    package var rowsInBackground = true
    /// Files at least this large are imported outside WAL mode (`LedgerDatabase.outsideWAL`).
    package var outsideWALFromBytes = ImportTuning.outsideWALFrom

    /// 1 MiB, about 7,000 vouchers: below it the two mode changes (a header write and its syncs
    /// each) cost about what the second copy of the pages does.
    package static let outsideWALFrom = 1 << 20

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
    /// The cost: another process's read waits for the commit (as a write always does) instead of
    /// reading the last one: from the first spill of the page cache on, the transaction holds the
    /// file's exclusive lock, and before it a connection opening the file cannot set WAL mode
    /// (`BusyWait.retrying` waits for that). Hence only for large files, and only when no other
    /// connection has the file open: SQLite then refuses to leave WAL mode, and `body` runs in WAL
    /// mode as always.
    /// - Parameter large: false runs `body` in WAL mode without a look at the mode.
    package func outsideWAL<T>(when large: Bool, _ body: () throws -> T) throws -> T {
        guard large, try leaveWAL() else { return try body() }
        defer { returnToWAL() }
        return try body()
    }

    /// Whether the books left WAL mode; false when another connection has them open. SQLite
    /// refuses that at once, without the busy handler (the tests hold it to that: no wait).
    private func leaveWAL() throws -> Bool {
        do {
            return try queue.writeWithoutTransaction { db in
                let mode: String?
                do {
                    mode = try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
                } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
                    return false
                }
                guard mode == "delete" else { return false }
                try db.execute(sql: "PRAGMA synchronous = FULL")
                return true
            }
        } catch {
            throw StoreError.busy(error, path: path, wait: busyWait) ?? StoreError.wrap(error)
        }
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
