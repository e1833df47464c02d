import LedgerCore
import LedgerStore

/// Posts vouchers into several organisations' books within one PostgreSQL transaction, through
/// the one posting path — the counterpart of LedgerSQLite's `SQLitePostingBatch`.
///
/// Modules that write more than vouchers (the allocation registers) use `session` for their own
/// tables, so a command does all of its work or none of it. The hash chain runs across the whole
/// store, so one posting session is open at a time: moving to another organisation finishes the
/// current one first (its rows, balances, counters and the journal head are written), and the
/// next one takes that organisation's advisory lock. Post each organisation's vouchers together.
public final class PostgresPostingBatch: PostingBatch {
    /// The transaction's connection, for the storage modules' own tables (never for vouchers).
    package let session: PostgresSession
    package let user: String
    package let clock: WallClock
    private let store: PostgresStore
    private var posting: PostgresPostingSession?
    private var organisationsByCode: [String: Organisation] = [:]
    /// Vouchers posted so far, per organisation code.
    public private(set) var postedCount: [String: Int] = [:]

    init(store: PostgresStore, user: String) throws {
        self.store = store
        self.session = store.session
        self.user = user
        self.clock = store.clock
        // Only organisations keeping books can take vouchers; a federation registers thousands more.
        for row in try session.query("""
            SELECT * FROM organisation o WHERE EXISTS (SELECT 1 FROM account a WHERE a.org_id = o.id)
            """) {
            let id = try row.int("id")
            let organisation = Organisation(
                id: id, code: try row.text("code"), name: try row.text("name"), kind: try row.text("kind"),
                firstPeriod: try StoredValue.month(ordinal: Int(try row.int("first_period")), row: "organisation row \(id)",
                                                   column: "first_period"))
            organisationsByCode[organisation.code] = organisation
        }
    }

    public func organisationsKeepingBooks() throws -> Set<String> { Set(organisationsByCode.keys) }

    @discardableResult
    public func post(_ draft: VoucherDraft, into organisation: String) throws -> PostedVoucher {
        let posted = try posting(for: organisation).post(draft)
        postedCount[organisation, default: 0] += 1
        return posted
    }

    public func requireAccount(_ code: AccountCode, in organisation: String) throws {
        _ = try posting(for: organisation).postableAccount(code)
    }

    /// Writes the rows queued so far, so that the registers' rows may refer to the vouchers.
    package func flush() throws { try posting?.flushRows() }

    private func posting(for code: String) throws -> PostgresPostingSession {
        if let posting, posting.organisation.code == code { return posting }
        guard let organisation = organisationsByCode[code] else { throw LedgerError.organisationMustExist(code: code) }
        try posting?.finish()
        let next = try PostgresPostingSession(session: session, organisation: organisation, user: user, clock: clock,
                                              checks: store.postingChecks, yearsAhead: store.dateWindowYearsAhead)
        posting = next
        return next
    }

    func finish() throws {
        try posting?.finish()
        posting = nil
    }

    public func recordEvent(organisation: String?, action: String, detail: String) throws {
        // No organisation, or one that keeps no books: the event is the store's (org_id NULL).
        try PostgresEventLog.record(session, at: clock.now(), organisation: organisation.flatMap { organisationsByCode[$0]?.id },
                                    user: user, action: action, detail: detail)
    }
}

extension PostgresPostingBatch: ImportedContentLog {
    /// Store-wide: the registers a batch writes (units, payroll, receipts) belong to no one organisation.
    public func importedContent(kind: String, digest: String) throws -> ImportedContent? {
        try PostgresImportContent.find(session, organisation: nil, kind: kind, digest: digest)
    }

    public func recordImportedContent(kind: String, digest: String, fileName: String, rows: Int) throws {
        try PostgresImportContent.record(session, organisation: nil, kind: kind, digest: digest, fileName: fileName, rows: rows,
                                         at: clock.now(), user: user)
    }
}

extension PostgresStore {
    /// Runs `body` with a posting batch inside one transaction (rerun whole on a serialization
    /// failure); commits only if all of it succeeds.
    package func withPostingBatch<T>(user: String, _ body: (PostgresPostingBatch) throws -> T) throws -> T {
        guard !user.hasControlCharacters else { throw LedgerError.textMustNotHoldControlCharacters(field: "user") }
        return try write {
            let batch = try PostgresPostingBatch(store: self, user: user)
            let result = try body(batch)
            try batch.finish()
            return result
        }
    }
}
