import Foundation
import GRDB
import InputFiles
import LedgerCore
@testable import LedgerSQLite
import LedgerStore
import Synchronization
import Testing

/// A large voucher import runs with the books out of WAL mode, so its pages are written once
/// (`LedgerDatabase.outsideWAL`). These hold it to the import in WAL mode: the same books, the
/// same all-or-nothing, the books back in WAL mode afterwards, and no switch (and no wait) when
/// another connection has the file open.
@Suite("voucher import outside WAL mode")
struct VoucherImportOutsideWALTests {
    static let always = ImportTuning(outsideWALFromBytes: 0)
    static let never = ImportTuning(outsideWALFromBytes: .max)

    /// Books whose imports record the journal mode each voucher is checked in.
    static func books(_ t: TestBooks, _ tuning: ImportTuning, modes: ModeLog) throws -> SQLiteBooks {
        try t.database.importing(tuning).withPostingChecks([JournalModeProbe(log: modes)]).sqliteBooks(for: "GH001", user: "tester")
    }

    /// The mode a connection new to the file finds it in, and whether a rollback journal was left.
    static func modeOnDisk(_ t: TestBooks) throws -> (mode: String?, journalLeft: Bool) {
        let queue = try DatabaseQueue(path: t.path)
        defer { try? queue.close() }
        let mode = try queue.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        return (mode, FileManager.default.fileExists(atPath: t.path + "-journal"))
    }

    @Test("the same books as in WAL mode, imported outside it, and the file back in WAL mode after")
    func sameBooksEitherMode() throws {
        let outside = try TestBooks(), inWAL = try TestBooks()
        defer { outside.remove(); inWAL.remove() }
        let path = try outside.write("vouchers.csv", VoucherImportBackgroundTests.file(vouchers: 1_500))
        let outsideModes = ModeLog(), walModes = ModeLog()
        let imported = try Self.books(outside, Self.always, modes: outsideModes).importVouchers(path: path, displayName: "vouchers.csv")
        let importedInWAL = try Self.books(inWAL, Self.never, modes: walModes).importVouchers(path: path, displayName: "vouchers.csv")
        #expect(imported == importedInWAL)
        #expect(outsideModes.modes == Set(["delete"]))
        #expect(walModes.modes == Set(["wal"]))

        let january = month("2026-01"), march = month("2026-03")
        #expect(try outside.books.vouchers().count == 1_500)
        #expect(try outside.books.vouchers() == inWAL.books.vouchers())
        #expect(try outside.books.trialBalance(from: january, to: march) == inWAL.books.trialBalance(from: january, to: march))
        #expect(try outside.books.fundBalances(year: 2026) == inWAL.books.fundBalances(year: 2026))
        #expect(try outside.database.verify().isEmpty)
        let onDisk = try Self.modeOnDisk(outside)
        #expect(onDisk.mode == "wal")
        #expect(!onDisk.journalLeft)
        // The connection itself is back in WAL mode with NORMAL syncs, for the command's next write.
        #expect(try outside.database.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal")
        #expect(try outside.database.read { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") } == 1)
    }

    @Test("bad rows outside WAL mode: the same problems, nothing written, the file back in WAL mode")
    func badRowsOutsideWAL() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let path = try t.write("vouchers.csv", VoucherImportBackgroundTests.file(vouchers: 1_200, badLines: [3_001, 3_333]))
        let modes = ModeLog()
        #expect { try Self.books(t, Self.always, modes: modes).importVouchers(path: path, displayName: "vouchers.csv") } throws: { error in
            (error as? RowsRejected)?.problems.map(\.line) == [3_001, 3_333]
        }
        #expect(modes.modes == Set(["delete"]))
        #expect(try t.books.vouchers().isEmpty)
        #expect(try t.database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM import_log") } == 0)
        #expect(try t.database.verify().isEmpty)
        let onDisk = try Self.modeOnDisk(t)
        #expect(onDisk.mode == "wal")
        #expect(!onDisk.journalLeft)
    }

    @Test("another connection open on the file: the import stays in WAL mode, without waiting, and the other reads it")
    func anotherConnectionOpen() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let path = try t.write("vouchers.csv", VoucherImportBackgroundTests.file(vouchers: 300))
        let other = try DatabaseQueue(path: t.path)
        defer { try? other.close() }
        #expect(try other.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM voucher") } == 0)

        let waits = Atomic<Int>(0)
        let database = try LedgerDatabase.open(at: t.path, busyWait: BusyWait(seconds: 30) { _ in waits.add(1, ordering: .relaxed) })
        let modes = ModeLog()
        let books = try database.importing(Self.always).withPostingChecks([JournalModeProbe(log: modes)])
            .sqliteBooks(for: "GH001", user: "tester")
        guard case .imported(vouchers: 300, rows: _) = try books.importVouchers(path: path, displayName: "vouchers.csv") else {
            Issue.record("expected 300 vouchers imported")
            return
        }
        #expect(modes.modes == Set(["wal"]))
        #expect(waits.load(ordering: .relaxed) == 0)
        #expect(try other.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM voucher") } == 300)
        #expect(try database.verify().isEmpty)
    }

    @Test("books opened while another connection writes outside WAL mode wait for its commit, then are in WAL mode")
    func openingWaitsForTheWriter() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let writing = DispatchSemaphore(value: 0), waiting = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
        let writerLeftWAL = Atomic<Bool>(false)
        let writer = Thread {
            defer { done.signal() }
            // The lock an import holds before its page cache first spills: the one under which a
            // change of journal mode fails at once rather than through the busy handler. Held until
            // the opener has begun to wait (then a little longer), however slowly it gets there: a
            // fixed hold lost the race on a loaded machine.
            _ = try? t.database.outsideWAL(when: true) {
                try t.database.write { db in
                    writerLeftWAL.store(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "delete", ordering: .relaxed)
                    try db.execute(sql: "CREATE TABLE written_outside_wal(x)")
                    writing.signal()
                    _ = waiting.wait(timeout: .now() + 60)
                    usleep(100_000)
                }
            }
        }
        writer.start()
        try #require(writing.wait(timeout: .now() + 60) == .success, "the writer did not begin its transaction outside WAL mode")
        defer { done.wait() }
        let waits = Atomic<Int>(0)
        let opened = try LedgerDatabase.open(at: t.path, busyWait: BusyWait(seconds: 30) { _ in
            if waits.add(1, ordering: .relaxed).oldValue == 0 { waiting.signal() }
        })
        let left = writerLeftWAL.load(ordering: .relaxed)
        #expect(left)
        #expect(waits.load(ordering: .relaxed) > 0)
        #expect(try opened.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal")
        #expect(try opened.read { db in try db.tableExists("written_outside_wal") })
    }

    @Test("books that cannot leave WAL mode (no journal can be made beside them) are imported in WAL mode, not refused")
    func cannotLeaveWAL() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let path = try t.write("vouchers.csv", VoucherImportBackgroundTests.file(vouchers: 200))
        let closed = try t.closedCopy()
        let modes = ModeLog()
        let books = try LedgerDatabase.open(at: closed).importing(Self.always).withPostingChecks([JournalModeProbe(log: modes)])
            .sqliteBooks(for: "GH001", user: "tester")
        // A folder where the rollback journal would go: SQLite could not make it.
        try FileManager.default.createDirectory(atPath: closed + "-journal", withIntermediateDirectories: false)
        guard case .imported(vouchers: 200, rows: _) = try books.importVouchers(path: path, displayName: "vouchers.csv") else {
            Issue.record("expected 200 vouchers imported")
            return
        }
        #expect(modes.modes == Set(["wal"]))
        #expect(try books.vouchers().count == 200)
    }

    /// The wait for a lock held by a writer outside WAL mode, as a command opening the books
    /// meets it: the exclusive lock (its pages spilling into the file) or the reserved one (before).
    @Test("opening books held by a writer outside WAL mode waits once, for the busy wait's length, not twice",
          arguments: ["EXCLUSIVE", "IMMEDIATE"])
    func oneWaitAtOpen(lock: String) throws {
        let t = try TestBooks()
        defer { t.remove() }
        let closed = try t.closedCopy()
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true   // the lock is held across accesses
        let holder = try DatabaseQueue(path: closed, configuration: configuration)
        try holder.writeWithoutTransaction { db in
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE") == "delete")
            try db.execute(sql: "BEGIN \(lock)")
            try db.execute(sql: "CREATE TABLE held(x)")
        }
        let announced = Atomic<Int>(0)
        let started = ContinuousClock.now
        #expect(throws: StoreError.booksMustNotBeBusy(path: closed, seconds: 3)) {
            _ = try LedgerDatabase.open(at: closed, busyWait: BusyWait(seconds: 3) { _ in announced.add(1, ordering: .relaxed) })
        }
        // Two waits would take 6 s; the room above 3 s is for a loaded machine's scheduling.
        let waited = ContinuousClock.now - started
        #expect(waited >= .seconds(2.9) && waited < .seconds(5.5), "waited \(waited)")
        #expect(announced.load(ordering: .relaxed) == 1)
        try holder.writeWithoutTransaction { db in try db.execute(sql: "ROLLBACK") }
        try holder.close()
    }

    @Test("a file below the limit is imported in WAL mode, a file of the limit's size outside it")
    func limitBySize() throws {
        let below = try TestBooks(), at = try TestBooks()
        defer { below.remove(); at.remove() }
        let text = VoucherImportBackgroundTests.file(vouchers: 40)
        let size = text.utf8.count
        let belowModes = ModeLog(), atModes = ModeLog()
        for (t, limit, modes) in [(below, size + 1, belowModes), (at, size, atModes)] {
            let path = try t.write("vouchers.csv", text)
            _ = try Self.books(t, ImportTuning(outsideWALFromBytes: limit), modes: modes).importVouchers(path: path, displayName: "vouchers.csv")
            #expect(try t.books.vouchers().count == 40)
        }
        #expect(belowModes.modes == Set(["wal"]))
        #expect(atModes.modes == Set(["delete"]))
        // A link to the file counts the file's size, not the link's.
        let linked = try TestBooks()
        defer { linked.remove() }
        let target = try linked.write("vouchers.csv", text), link = linked.folder.appendingPathComponent("link.csv").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let linkModes = ModeLog()
        _ = try Self.books(linked, ImportTuning(outsideWALFromBytes: size), modes: linkModes).importVouchers(path: link, displayName: "link.csv")
        #expect(linkModes.modes == Set(["delete"]))
        #expect(ImportTuning().outsideWALFromBytes == 1 << 20)
    }
}

/// Records the journal mode of the connection each voucher is checked on.
private struct JournalModeProbe: PostingCheck {
    let log: ModeLog
    func check(_ voucher: CheckedVoucher, in context: any PostingCheckContext) throws {
        guard let context = context as? SQLitePostingCheckContext else { return }
        log.add(try String.fetchOne(context.db, sql: "PRAGMA journal_mode") ?? "?")
    }
}

final class ModeLog: Sendable {
    private let seen = Mutex<Set<String>>([])
    var modes: Set<String> { seen.withLock { $0 } }
    func add(_ mode: String) { seen.withLock { _ = $0.insert(mode) } }
}
