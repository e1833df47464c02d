import InputFiles
import GRDB
import LedgerCore
import LedgerStore

/// Posts vouchers into several organisations' books within one write transaction, through the
/// one posting path.
///
/// Modules that write more than vouchers (the allocation registers, say) get the transaction's
/// `db` for their own tables, so a command does all of its work or none of it. The hash chain
/// runs across the whole file, so only one posting session is open at a time: moving to another
/// organisation finishes the current session first. Post each organisation's vouchers together.
public final class SQLitePostingBatch: PostingBatch {
    /// The transaction's connection, for the storage modules' own tables (never for vouchers).
    package let db: Database
    let user: String
    package let clock: WallClock
    private let checks: [any PostingCheck]
    private let yearsAhead: Int
    private var session: PostingSession?
    private var organisationsByCode: [String: Organisation] = [:]
    /// Vouchers posted so far, per organisation code.
    public private(set) var postedCount: [String: Int] = [:]

    init(db: Database, user: String, clock: WallClock, checks: [any PostingCheck], yearsAhead: Int = DateWindow.yearsAhead) throws {
        self.db = db
        self.yearsAhead = yearsAhead
        self.user = user
        self.clock = clock
        self.checks = checks
        // Only organisations keeping books can take vouchers; a federation registers thousands more.
        // Found from the accounts' side: `EXISTS` per organisation probed the accounts once for
        // each of a federation's units (≈ 15 ms at 50,000) on every write command.
        for organisation in try Organisation.fetchAll(db, sql: """
            SELECT * FROM organisation WHERE id IN (SELECT org_id FROM account)
            """) {
            organisationsByCode[organisation.code] = organisation
        }
    }

    /// The organisations whose books the file keeps (those with a chart of accounts), by code.
    public func organisationsKeepingBooks() throws -> Set<String> {
        Set(try String.fetchAll(db, sql: """
            SELECT code FROM organisation WHERE id IN (SELECT org_id FROM account)
            """))
    }

    /// Posts one voucher into `organisation`'s books.
    @discardableResult
    public func post(_ draft: VoucherDraft, into organisation: String) throws -> PostedVoucher {
        let posted = try session(for: organisation).post(draft)
        postedCount[organisation, default: 0] += 1
        return posted
    }

    /// Throws unless `code` is a postable account in `organisation`'s books.
    /// - Throws: `LedgerError.accountMustExist`, `.accountMustBeLeaf`, `.accountMustBeOpen`.
    public func requireAccount(_ code: AccountCode, in organisation: String) throws {
        _ = try session(for: organisation).postableAccount(code)
    }

    private func session(for code: String) throws -> PostingSession {
        if let session, session.organisation.code == code { return session }
        guard let organisation = organisationsByCode[code] else { throw LedgerError.organisationMustExist(code: code) }
        try session?.finish()
        let next = try PostingSession(db: db, organisation: organisation, user: user, clock: clock, checks: checks,
                                      yearsAhead: yearsAhead)
        session = next
        return next
    }

    func finish() throws {
        try session?.finish()
        session = nil
    }

    /// Records who did what, in the file's event log.
    public func recordEvent(organisation: String?, action: String, detail: String) throws {
        // No organisation, or one that keeps no books: the event is the file's (org_id NULL).
        try EventLog.record(db, at: clock.now(), organisation: organisation.flatMap { organisationsByCode[$0]?.id }, user: user,
                            action: action, detail: detail)
    }
}

extension LedgerDatabase {
    /// Runs `body` with a posting batch inside one write transaction; commits only if all of it succeeds.
    package func withPostingBatch<T>(user: String, _ body: (SQLitePostingBatch) throws -> T) throws -> T {
        try write { db in
            let batch = try SQLitePostingBatch(db: db, user: user, clock: clock, checks: postingChecks, yearsAhead: dateWindowYearsAhead)
            let result = try body(batch)
            try batch.finish()
            return result
        }
    }
}
