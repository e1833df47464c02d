import InputFiles
import Foundation
import GRDB
import GRDBSQLite
import SQLiteSettings
import LedgerCore
import LedgerStore

/// One SQLite file holding the books of one or more organisations.
///
/// Created with mode 0600, opened in WAL mode with foreign keys on; the schema comes only from
/// numbered migrations (`Schema`).
///
/// The posting checks of the upper layers (`PostingCheck`) are given when the file is opened, or
/// added with `withPostingChecks(_:)`; every posting session of the store runs them.
public final class LedgerDatabase: BooksStore {
    public let path: String
    public let clock: WallClock
    /// Run by the posting path on every voucher, in this order.
    public let postingChecks: [any PostingCheck]
    /// How long a write waits for another process's (see `BusyWait`).
    public let busyWait: BusyWait
    /// Years after today's a voucher may be dated in (`DateWindow`; the policy may say otherwise).
    public let dateWindowYearsAhead: Int
    /// How a voucher import writes its rows: on a second thread, outside WAL mode (the tests
    /// compare the ways).
    package let importTuning: ImportTuning
    let queue: DatabaseQueue

    public var location: String { path }

    private init(path: String, queue: DatabaseQueue, clock: WallClock, checks: [any PostingCheck],
                 busyWait: BusyWait, yearsAhead: Int = DateWindow.yearsAhead, importTuning: ImportTuning = ImportTuning()) {
        self.path = path
        self.importTuning = importTuning
        self.dateWindowYearsAhead = yearsAhead
        self.busyWait = busyWait
        self.queue = queue
        self.clock = clock
        self.postingChecks = checks
    }

    /// The same file, with `checks` run after the ones already given. The connection is shared.
    public func withPostingChecks(_ checks: [any PostingCheck]) -> LedgerDatabase {
        LedgerDatabase(path: path, queue: queue, clock: clock, checks: postingChecks + checks,
                       busyWait: busyWait, yearsAhead: dateWindowYearsAhead, importTuning: importTuning)
    }

    /// The same file, accepting voucher dates up to the end of the year `years` after today's.
    public func withDateWindow(yearsAhead years: Int) -> LedgerDatabase {
        LedgerDatabase(path: path, queue: queue, clock: clock, checks: postingChecks,
                       busyWait: busyWait, yearsAhead: years, importTuning: importTuning)
    }

    /// The same file, its voucher imports writing rows as `tuning` says (the tests compare the ways).
    package func importing(_ tuning: ImportTuning) -> LedgerDatabase {
        LedgerDatabase(path: path, queue: queue, clock: clock, checks: postingChecks,
                       busyWait: busyWait, yearsAhead: dateWindowYearsAhead, importTuning: tuning)
    }

    /// The same file, its voucher imports writing every row on the importing thread.
    package func writingRowsInForeground() -> LedgerDatabase {
        importing(ImportTuning(rowsInBackground: false, outsideWALFromBytes: importTuning.outsideWALFromBytes))
    }

    /// Creates a new, empty books file.
    /// - Parameter checks: the upper layers' posting checks (see `PostingCheck`).
    /// - Throws: `StoreError.fileMustNotExist` when something is already at `path`.
    /// - Parameter migrations: the schema steps of the modules above that keep tables in this file.
    public static func create(at path: String, clock: WallClock = .system, checks: [any PostingCheck] = [],
                              migrations: [SchemaMigration] = [], busyWait: BusyWait = BusyWait()) throws -> LedgerDatabase {
        // Create the file ourselves so it is 0600 from its first byte; SQLite gives the
        // -wal and -shm files the same mode.
        let descriptor = Foundation.open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        guard descriptor >= 0 else {
            if errno == EEXIST { throw StoreError.fileMustNotExist(path: path) }
            throw StoreError.storage(message: "\(path): \(String(cString: strerror(errno)))")
        }
        close(descriptor)
        do {
            let queue = try openQueue(path, busyWait: busyWait)
            try queue.write { db in try db.execute(sql: "PRAGMA application_id = \(Schema.applicationID)") }
            try Schema.migrate(queue, with: migrations, at: clock.now())
            return LedgerDatabase(path: path, queue: queue, clock: clock, checks: checks, busyWait: busyWait)
        } catch {
            // Best effort: the half-made file goes; the error that matters is the one thrown.
            try? FileManager.default.removeItem(atPath: path)
            throw StoreError.busy(error, path: path, wait: busyWait) ?? StoreError.wrap(error)
        }
    }

    /// Opens existing books, applying any migrations this version adds.
    /// - Parameter checks: the upper layers' posting checks (see `PostingCheck`).
    /// - Throws: `StoreError.fileMustExist`, `.fileMustBeGonghuiBooks`.
    /// - Parameter migrations: the schema steps of the modules above that keep tables in this file.
    public static func open(at path: String, clock: WallClock = .system, checks: [any PostingCheck] = [],
                            migrations: [SchemaMigration] = [], busyWait: BusyWait = BusyWait()) throws -> LedgerDatabase {
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.fileMustExist(path: path) }
        do {
            let queue = try openQueue(path, busyWait: busyWait)
            let applicationID = try queue.read { db in try Int32.fetchOne(db, sql: "PRAGMA application_id") }
            guard applicationID == Schema.applicationID else { throw StoreError.fileMustBeGonghuiBooks(path: path) }
            // Checked again under the write lock: another process may be upgrading the same file.
            if try queue.read({ db in try !Schema.isCurrent(db, with: migrations) }) {
                try Schema.migrate(queue, with: migrations, at: clock.now())
            }
            return LedgerDatabase(path: path, queue: queue, clock: clock, checks: checks, busyWait: busyWait)
        } catch let error as StoreError {
            throw error
        } catch {
            if let busy = StoreError.busy(error, path: path, wait: busyWait) { throw busy }
            // Only a file SQLite cannot read as a database is "not books"; an upgrade that failed
            // says why (it was reported as "not books" too, hiding a full disk).
            if let database = error as? DatabaseError, database.resultCode != .SQLITE_NOTADB { throw StoreError.wrap(error) }
            throw StoreError.fileMustBeGonghuiBooks(path: path)
        }
    }

    /// Statement journals kept in memory up to this size (SQLite's default spills past 64 KiB).
    /// A batch insert of 64 rows touches a leaf page of an index for nearly every row, and its
    /// journal went to a temporary file on every batch: a 600,000-declaration payroll import made
    /// 266,104 writes there (≈ 133,000 pages), a 100,000-voucher import 26,402; at 124 KiB none.
    /// Bounded, so a statement over a whole table still spills to disk instead of growing memory.
    /// Under 128 KiB: the spill writes the memory held so far in one write, and the unix VFS
    /// writes at most 128 KiB at a time (`seekAndWriteFd` masks the length with 0x1ffff), so with a
    /// larger limit a statement that spilled failed with "database or disk is full" (issue 16: the
    /// 0021 upgrade of a 600,000-declaration register did, at 4 MiB).
    static let statementJournalInMemoryMax: Int32 = 124 << 10

    /// Whether this process's SQLite took the setting above, and no count of its memory (see
    /// SQLiteSettings.h): false when SQLite was used before the first books were opened (the
    /// settings are process-wide and fixed at SQLite's start). Only speed depends on it.
    public static let processSettingsApplied: Bool = {
        let journal = gonghui_sqlite_statement_journal_in_memory_up_to(statementJournalInMemoryMax)
        let statistics = gonghui_sqlite_memory_statistics_off()
        return journal == SQLITE_OK && statistics == SQLITE_OK
    }()

    private static func openQueue(_ path: String, busyWait: BusyWait) throws -> DatabaseQueue {
        _ = processSettingsApplied
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        let waits = busyWait.waits(path: path)
        configuration.busyMode = waits.busyMode
        configuration.prepareDatabase { db in
            try waits.retrying { try db.execute(sql: "PRAGMA journal_mode = WAL") }
            // NORMAL in WAL mode keeps every commit atomic and consistent; only the last
            // commits before a power cut may be lost.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA cache_size = -16384")
        }
        return try DatabaseQueue(path: path, configuration: configuration)
    }

    /// All organisations whose books this file holds, by code.
    public func organisations() throws -> [Organisation] {
        try queue.read { db in try Organisation.fetchAll(db) }
    }

    /// The books of one organisation. With no code, the file's only organisation that keeps books
    /// (units registered without a chart, such as a union's member units, do not count).
    /// - Throws: `LedgerError.organisationMustExist` or `.organisationMustBeChosen`.
    public func books(for code: String?, user: String) throws -> any Books {
        try sqliteBooks(for: code, user: user)
    }

    /// The books of one organisation, as the SQLite store's own type.
    ///
    /// Every command opens its books here, so it reads only what it needs: a federation's file
    /// registers tens of thousands of units, and reading them all took 55 ms of each command.
    public func sqliteBooks(for code: String?, user: String) throws -> SQLiteBooks {
        if let named = code {
            // The code in any letter case, or the exact name, as the user wrote it.
            guard let organisation = try organisation(named: named) else {
                throw LedgerError.organisationMustExist(code: named)
            }
            // A unit only in the register has no chart: its statements would print blank.
            let keepsBooks = try queue.read { db in
                try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM account WHERE org_id = ?)", arguments: [organisation.id]) ?? false
            }
            guard keepsBooks else { throw LedgerError.organisationMustKeepBooks(code: organisation.code) }
            return SQLiteBooks(database: self, organisation: organisation, user: user)
        }
        let all = try queue.read { db in
            try Organisation.fetchAll(db, sql: "SELECT * FROM organisation WHERE id IN (SELECT org_id FROM account) ORDER BY code")
        }
        guard all.count == 1, let only = all.first else {
            if all.isEmpty { throw LedgerError.organisationMustExist(code: "-") }
            throw LedgerError.organisationMustBeChosen(available: all.map(\.code).joined(separator: ", "))
        }
        return SQLiteBooks(database: self, organisation: only, user: user)
    }

    /// The organisation `text` names (see `OrganisationReference`), or nil.
    private func organisation(named text: String) throws -> Organisation? {
        try queue.read { db in
            // A registered code as written is the usual case and wins over every other reading.
            if let exact = try Organisation.fetchOne(db, sql: "SELECT * FROM organisation WHERE code = ?",
                                                     arguments: [OrganisationReference.exactCode(text)]) {
                return exact
            }
            // Another letter case (by Swift's Unicode rules: codes may be in any script) or a name.
            let register = try Organisation.fetchAll(db)
            guard let code = try OrganisationReference.code(for: text, among: register.map { ($0.code, $0.name) }) else { return nil }
            return register.first { $0.code == code }
        }
    }

    /// Registers an organisation and its chart of accounts in one transaction; `alsoWithin` adds
    /// work of the modules above (e.g. storing the policy) to the same transaction.
    package func addOrganisation(_ new: NewOrganisation, chart: [Account], user: String,
                                alsoWithin: (Database) throws -> Void = { _ in }) throws -> SQLiteBooks {
        try PlainText.requireName(new.name, field: "organisation name")
        try OrganisationCode.check(new.code)
        let organisation = try write { db -> Organisation in
            if try Int.fetchOne(db, sql: "SELECT 1 FROM organisation WHERE code = ?", arguments: [new.code]) != nil {
                throw LedgerError.organisationCodeMustBeUnique(code: new.code)
            }
            try db.execute(sql: """
                INSERT INTO organisation(code, name, kind, first_period, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [new.code, new.name, new.kind, new.firstPeriod.ordinal, clock.now(), user])
            let organisation = Organisation(id: db.lastInsertedRowID, code: new.code, name: new.name,
                                            kind: new.kind, firstPeriod: new.firstPeriod)
            for account in chart {
                try AccountStore.insert(account, organisation: organisation, user: user, db: db)
            }
            try EventLog.record(db, at: clock.now(), organisation: organisation.id, user: user, action: "init",
                                detail: "\(new.code) \(new.name), \(chart.count) accounts")
            try alsoWithin(db)
            return organisation
        }
        return SQLiteBooks(database: self, organisation: organisation, user: user)
    }

    /// Runs `body` in one write transaction: all of its work or none of it. For the modules built
    /// on the store (their tables come from the same migrations); vouchers go through `Books.post`.
    package func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            // IMMEDIATE: a posting session reads the chain head and counters, then writes; the
            // write lock is taken first so no other process can commit in between.
            return try queue.writeWithoutTransaction { db in
                var results: [T] = []   // an array, so a T that is itself optional survives
                try db.inTransaction(.immediate) {
                    results.append(try body(db))
                    try ChangeJournal.commit(db, at: clock.now())
                    return .commit
                }
                guard let result = results.first else { throw StoreError.storage(message: "transaction produced no result") }
                return result
            }
        } catch {
            throw StoreError.busy(error, path: path, wait: busyWait) ?? StoreError.wrap(error)
        }
    }

    /// Runs `body` on a consistent read of the file.
    package func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.read { db in try body(db) }
        } catch {
            throw StoreError.busy(error, path: path, wait: busyWait) ?? StoreError.wrap(error)
        }
    }
}

extension StoreError {
    /// Passes the ledger's own errors through and turns SQLite's into `.storage`.
    static func wrap(_ error: any Error) -> any Error {
        switch error {
        case is LedgerError, is StoreError, is RowsRejected: return error
        // A SQLite error without a message still names its code in its description.
        case let error as DatabaseError: return StoreError.storage(message: error.message ?? "\(error)")
        default: return error
        }
    }
}
