import Foundation
import InputFiles
import LedgerCore
import LedgerStore

/// A PostgreSQL database holding the books of one or more organisations: the same schema,
/// posting path and hash chain as the SQLite file (`LedgerDatabase`).
///
/// One connection per store (one command, or one writer of a test); every write is one
/// transaction on it. Writers in other processes are kept apart by the posting path's locks
/// (see `PostgresPostingSession`); a serialization failure or deadlock reruns the command's
/// transaction a bounded number of times, then fails with `StoreError.writersMustNotKeepConflicting`.
public final class PostgresStore: JournaledStore, @unchecked Sendable {
    public let url: PostgresURL
    public let clock: WallClock
    public let postingChecks: [any PostingCheck]
    public let dateWindowYearsAhead: Int
    /// The store's one connection, for the storage modules' own tables.
    package let session: PostgresSession

    public var location: String { url.location }

    private init(url: PostgresURL, session: PostgresSession, clock: WallClock, checks: [any PostingCheck],
                 yearsAhead: Int = DateWindow.yearsAhead) {
        self.url = url
        self.session = session
        self.clock = clock
        self.postingChecks = checks
        self.dateWindowYearsAhead = yearsAhead
    }

    /// The same store with `checks` run after the ones already given. The connection is shared.
    public func withPostingChecks(_ checks: [any PostingCheck]) -> PostgresStore {
        PostgresStore(url: url, session: session, clock: clock, checks: postingChecks + checks, yearsAhead: dateWindowYearsAhead)
    }

    /// The same store with vouchers dated at most `yearsAhead` years after today (the policy's
    /// `vouchers.date_window_years_ahead`). The connection is shared.
    public func withDateWindow(yearsAhead: Int) -> PostgresStore {
        PostgresStore(url: url, session: session, clock: clock, checks: postingChecks, yearsAhead: yearsAhead)
    }

    /// Sets up the schema in an empty database.
    /// - Throws: `StoreError.fileMustNotExist` when the database holds books already.
    public static func create(url: PostgresURL, clock: WallClock = .system, checks: [any PostingCheck] = [],
                              migrations: [PostgresMigration] = []) throws -> PostgresStore {
        let session = try journaledSession(url: url, clock: clock)
        // A database with the schema but no organisation yet (a copy that did not verify) is still empty.
        if try PostgresSchema.holdsBooks(session),
           try !session.query("SELECT 1 AS one FROM organisation LIMIT 1").isEmpty {
            throw StoreError.fileMustNotExist(path: url.location)
        }
        try PostgresSchema.migrate(session, at: clock.now(), extra: migrations)
        return PostgresStore(url: url, session: session, clock: clock, checks: checks)
    }

    /// Opens existing books, applying any steps this version adds.
    /// - Throws: `StoreError.fileMustExist` when the database holds no books.
    public static func open(url: PostgresURL, clock: WallClock = .system, checks: [any PostingCheck] = [],
                            migrations: [PostgresMigration] = []) throws -> PostgresStore {
        let session = try journaledSession(url: url, clock: clock)
        guard try PostgresSchema.holdsBooks(session) else { throw StoreError.fileMustExist(path: url.location) }
        try PostgresSchema.migrate(session, at: clock.now(), extra: migrations)
        return PostgresStore(url: url, session: session, clock: clock, checks: checks)
    }

    /// A connection whose every write transaction ends by linking its changes into the change journal.
    private static func journaledSession(url: PostgresURL, clock: WallClock) throws -> PostgresSession {
        let session = try PostgresSession(url: url)
        session.beforeCommit = { session in try PostgresChangeJournal.commit(session, at: clock.now()) }
        return session
    }

    /// Runs `body` in one transaction (rerun on a serialization failure; see `PostgresSession.transaction`).
    package func write<T>(_ body: () throws -> T) throws -> T {
        try session.transaction(body)
    }

    /// A consistent read (see `PostgresSession.read`).
    package func read<T>(_ body: () throws -> T) throws -> T {
        try session.read(body)
    }

    public func organisations() throws -> [Organisation] {
        try session.query("SELECT * FROM organisation ORDER BY code").map(organisation(from:))
    }

    private func organisation(from row: PostgresRowValues) throws -> Organisation {
        let id = try row.int("id")
        return Organisation(id: id, code: try row.text("code"), name: try row.text("name"), kind: try row.text("kind"),
                            firstPeriod: try StoredValue.month(ordinal: Int(try row.int("first_period")),
                                                               row: "organisation row \(id)", column: "first_period"))
    }

    public func books(for code: String?, user: String) throws -> any Books { try postgresBooks(for: code, user: user) }

    /// The books of one organisation; with no code, the store's only organisation that keeps books.
    public func postgresBooks(for code: String?, user: String) throws -> PostgresBooks {
        if let named = code {
            // The code in any letter case, or the exact name, as the user wrote it.
            guard let organisation = try organisation(named: named) else {
                throw LedgerError.organisationMustExist(code: named)
            }
            // This organisation's accounts only: a consolidation opens a thousand books one by one.
            let keepsBooks = try session.one("SELECT EXISTS(SELECT 1 FROM account WHERE org_id = $1) AS keeps",
                                             [.integer(organisation.id)]).bool("keeps")
            guard keepsBooks else { throw LedgerError.organisationMustKeepBooks(code: organisation.code) }
            return PostgresBooks(store: self, organisation: organisation, user: user)
        }
        // Only the organisations keeping books: a federation registers tens of thousands of units.
        let all = try session.query("""
            SELECT * FROM organisation WHERE id IN (SELECT org_id FROM account) ORDER BY code
            """).map(organisation(from:))
        guard all.count == 1, let only = all.first else {
            if all.isEmpty { throw LedgerError.organisationMustExist(code: "-") }
            throw LedgerError.organisationMustBeChosen(available: all.map(\.code).joined(separator: ", "))
        }
        return PostgresBooks(store: self, organisation: only, user: user)
    }

    /// The organisation `text` names (see `OrganisationReference`), or nil.
    private func organisation(named text: String) throws -> Organisation? {
        // A registered code as written is the usual case and wins over every other reading.
        if let exact = try session.query("SELECT * FROM organisation WHERE code = $1",
                                         [.text(OrganisationReference.exactCode(text))]).first {
            return try organisation(from: exact)
        }
        // Another letter case (by Swift's Unicode rules: codes may be in any script) or a name.
        let register = try organisations()
        guard let code = try OrganisationReference.code(for: text, among: register.map { ($0.code, $0.name) }) else { return nil }
        return register.first { $0.code == code }
    }

    /// Registers an organisation and its chart of accounts in one transaction.
    /// `alsoWithin` runs last in the same transaction (the union layer stores the policy there).
    public func addOrganisation(_ new: NewOrganisation, chart: [Account], user: String,
                                alsoWithin: (PostgresSession) throws -> Void = { _ in }) throws -> PostgresBooks {
        try PlainText.requireName(new.name, field: "organisation name")
        try OrganisationCode.check(new.code)
        let organisation = try write { () throws -> Organisation in
            guard try session.query("SELECT 1 AS one FROM organisation WHERE code = $1", [.text(new.code)]).isEmpty else {
                throw LedgerError.organisationCodeMustBeUnique(code: new.code)
            }
            let id = try session.one("""
                INSERT INTO organisation(code, name, kind, first_period, created_at, created_by)
                VALUES ($1, $2, $3, $4, $5, $6) RETURNING id
                """, [.text(new.code), .text(new.name), .text(new.kind), .int(new.firstPeriod.ordinal), .text(clock.now()),
                      .text(user)]).int("id")
            let organisation = Organisation(id: id, code: new.code, name: new.name, kind: new.kind, firstPeriod: new.firstPeriod)
            for account in chart { try PostgresAccounts.insert(account, organisation: organisation, user: user, session: session) }
            try PostgresEventLog.record(session, at: clock.now(), organisation: id, user: user, action: "init",
                                        detail: "\(new.code) \(new.name), \(chart.count) accounts")
            try alsoWithin(session)
            return organisation
        }
        return PostgresBooks(store: self, organisation: organisation, user: user)
    }

    public func journalHead() throws -> (vouchers: Int64, hash: String) {
        let row = try session.one("SELECT voucher_count, hash FROM journal_head WHERE id = 1")
        return (try row.int("voucher_count"), try row.text("hash"))
    }

    public func verify() throws -> [VerifyFinding] {
        try read { try PostgresVerifier(session: session).run() }
    }

    /// SQLite's online backup has no PostgreSQL counterpart in this module: `gonghui backup FILE`
    /// copies a PostgreSQL book whole into a new SQLite file (the union layer's copy, verified
    /// there), and the server's own tool is pg_dump.
    public func backup(to destination: String) throws {
        throw StoreError.commandMustSupportStore(command: "backup (use pg_dump, or gonghui copy --to FILE.sqlite)", location: location)
    }
}
