import InputFiles
import Foundation
import GRDB
import LedgerCore
import LedgerStore

/// The one path by which vouchers enter the books.
///
/// A session lives inside one write transaction. `post` checks every rule in a fixed ladder
/// (voucher alone → accounts → period → reversal → numbering → range → the upper layers'
/// `PostingCheck`s), then writes the voucher, its postings and its link in the hash chain.
/// Balance and period counters are kept in memory and written by `finish()`, still inside the
/// transaction, so a bulk import touches each balance row once. If anything throws, the caller's
/// transaction rolls back and nothing is written.
///
/// Its mutable state is `@exclusivity(unchecked)`: `record` reads and writes it about fourteen
/// times a voucher, never two accesses of one property overlapping, and the run-time check of a
/// class's property (which looks at one thread's accesses only) cost more than the work it
/// guarded (callgrind, 100,000 vouchers: 1.4M checks, ≈ 7% of the thread). Keep it so: an
/// overlapping access to these now goes unnoticed instead of trapping.
final class PostingSession {
    /// The transaction's connection (checks of the storage modules read their own tables through
    /// it), once any batch still being written on the writer's thread is in (`BackgroundRowWriter`).
    /// - Throws: the error of a batch SQLite refused: nothing more is done on the connection after
    ///   one (SQLite may have rolled the transaction back, and a write would then commit alone).
    var db: Database {
        get throws {
            try rowWriter.drain()
            return connection
        }
    }
    private let connection: Database
    /// Writes whole batches of voucher and posting rows on another thread, in `writingRowsInBackground`.
    let rowWriter = BackgroundRowWriter()
    let organisation: Organisation
    let user: String
    let postedAt: String
    /// The latest date a voucher may carry (`DateWindow`).
    let dateWindow: DateWindow
    /// The upper layers' checks, run on every voucher before it is written.
    private let checks: [any PostingCheck]
    /// What those checks keep for the rest of the session.
    let checkScratch = PostingCheckScratch()

    /// The organisation's accounts, by code.
    let accountTable: AccountTable
    @exclusivity(unchecked) private var accountCodesByID: [Int64: AccountCode] = [:]
    @exclusivity(unchecked) private var periods: [Int: PeriodState] = [:]
    @exclusivity(unchecked) private(set) var balanceDeltas = BalanceTable<BalanceKey>()
    /// Σ|debit| + Σ|credit| over the organisation's balance rows, plus every amount posted in this
    /// session: an upper bound of any sum a report can take over the balances. Kept within Int64
    /// (`balanceMustNotOverflow`), so no SQL SUM and no Swift total over them can overflow.
    /// Loaded on the first post.
    @exclusivity(unchecked) private var magnitudeBound: UInt64?
    /// The import whose vouchers are written with their shared texts left to its `import_log` row
    /// (migration 0026, `keepsTexts`), and that row's file name.
    @exclusivity(unchecked) var importKeepingTexts: (id: Int64, file: String)?
    /// Per month: the keys of vouchers imported before (and not reversed), with where they came from.
    @exclusivity(unchecked) var importedReferences: [Int: [String: String]] = [:]
    /// The month `previousImport` looked at last, and its keys.
    @exclusivity(unchecked) var lastImportedReferences: (ordinal: Int, references: [String: String])?
    /// Hashes each voucher's link as its row is written; its `previous` is the journal's last
    /// link once the rows are flushed.
    private let chain: ChainLinker
    /// The canonical encoding of the voucher being posted (`JournalChain`), its buffer reused.
    @exclusivity(unchecked) private var canonical = JournalChain.Writer()
    @exclusivity(unchecked) private var lastVoucherID: Int64
    /// The index that finds an earlier import's voucher by its reference, made once when needed.
    static let repeatLookupIndex = "voucher_import_repeat_lookup"
    @exclusivity(unchecked) var hasRepeatLookupIndex = false
    /// Vouchers posted in this session, added to the journal head at `finish()`.
    @exclusivity(unchecked) private var postedCount: Int64 = 0
    let vouchers: BatchInsert
    let postings: BatchInsert
    /// Postings with a budget line or counterparty. Kept apart so the common posting without
    /// dimensions binds and stores nothing more than before they existed.
    let dimensionedPostings: BatchInsert

    struct PeriodState {
        var lastNumber: Int
        var isClosed: Bool
        var touched: Bool
    }

    @exclusivity(unchecked) private(set) var funds = FundNumbers()

    /// The per-voucher lists `record` fills, kept between vouchers for their storage.
    struct Scratch {
        var accountIDs: [Int64] = []
        var accounts: [Account] = []
        var deltas: [(key: BalanceKey, debit: Int64, credit: Int64)] = []
    }
    @exclusivity(unchecked) private var scratch = Scratch()

    struct BalanceKey: Hashable {
        var accountID: Int64
        var fund: Int32
        var ordinal: Int
        var isClosing: Bool
    }

    init(db: Database, organisation: Organisation, user: String, clock: WallClock, checks: [any PostingCheck],
         yearsAhead: Int = DateWindow.yearsAhead) throws {
        guard !user.hasControlCharacters else { throw LedgerError.textMustNotHoldControlCharacters(field: "user") }
        self.connection = db
        self.organisation = organisation
        self.user = user
        self.postedAt = clock.now()
        self.dateWindow = DateWindow(today: clock.today(), yearsAhead: yearsAhead)
        self.checks = checks
        let accounts = try AccountStore.all(db, organisation: organisation.id)
        accountTable = AccountTable(accounts)
        for stored in accounts { accountCodesByID[stored.id] = stored.account.code }
        // Every period of the organisation, read once (a few rows a year).
        for row in try Row.fetchAll(db, sql: "SELECT ordinal, last_number, closed_at FROM period WHERE org_id = ?",
                                    arguments: [organisation.id]) {
            // closed_at is NULL for an open month: a true optional.
            periods[row["ordinal"]] = PeriodState(lastNumber: row["last_number"],
                                                  isClosed: (row["closed_at"] as String?) != nil, touched: false)
        }
        // The chain runs across the whole file in voucher-id order; an empty journal starts
        // from id 0 and the genesis hash (true optionals: there is no last voucher yet).
        let last = try Row.fetchOne(db, sql: "SELECT id, hash FROM voucher ORDER BY id DESC LIMIT 1")
        lastVoucherID = last?["id"] ?? 0
        let lastHash = (last?["hash"] as Data?).map { Array($0) } ?? JournalChain.genesis
        let voucherBatch = 64
        chain = ChainLinker(previous: lastHash, rowsMax: voucherBatch)
        vouchers = BatchInsert(db, table: "voucher", columns: [
            "id", "org_id", "date", "ordinal", "number", "summary", "kind", "reverses_id", "total_fen",
            "prepared_by", "posted_at", "source", "external_ref", "import_id", "hash", "attachments", "chain_version", "fund",
            "source_line",
        ], batchSize: voucherBatch, chain: chain)
        postings = BatchInsert(db, table: "posting", columns: [
            "org_id", "voucher_id", "line", "account_id", "side", "amount_fen", "memo",
        ], batchSize: 256, flushesWhenFull: false)
        dimensionedPostings = BatchInsert(db, table: "posting", columns: [
            "org_id", "voucher_id", "line", "account_id", "side", "amount_fen", "memo", "budget_line", "counterparty",
        ], batchSize: 256, flushesWhenFull: false)
    }

    /// Posts one voucher.
    /// - Parameters:
    ///   - proposedNumber: a number the user wrote on the voucher; it must be the next one.
    ///   - importID: the import that brought it, if any.
    /// - Returns: the posted voucher with its id and number.
    @discardableResult
    func post(_ draft: VoucherDraft, proposedNumber: Int? = nil, importID: Int64? = nil) throws -> PostedVoucher {
        let (id, number) = try record(draft, proposedNumber: proposedNumber, importID: importID)
        return PostedVoucher(id: id, organisation: organisation.code, date: draft.date, number: number,
                             summary: draft.summary, kind: draft.kind, postings: draft.postings,
                             reverses: draft.reverses, reversedBy: nil, preparedBy: draft.approval?.preparedBy ?? user,
                             source: draft.source, externalReference: draft.externalReference,
                             attachments: draft.attachments, approval: draft.approval, postedBy: user, fund: draft.fund)
    }

    /// Posts one voucher, as `post` does, without making the `PostedVoucher` a bulk import drops.
    /// - Parameter line: the line of the file the voucher starts on, when its source is
    ///   `ImportedVoucherText.source(file:line:)` of the import named to `keepsTexts(ofImport:file:)`.
    /// - Returns: the voucher's id and number.
    func record(_ draft: VoucherDraft, proposedNumber: Int? = nil, importID: Int64? = nil,
                line: Int? = nil) throws -> (id: Int64, number: Int) {
        // 1. The voucher on its own, and its approval record.
        let debitTotal = try Self.checkAlone(draft)
        try draft.approval?.validate()
        // 2. Accounts. This voucher's lists reuse the last one's storage (three allocations a
        // voucher otherwise).
        var accountIDs = scratch.accountIDs, accounts = scratch.accounts, newDeltas = scratch.deltas
        scratch = Scratch()
        defer { scratch = Scratch(accountIDs: accountIDs, accounts: accounts, deltas: newDeltas) }
        accountIDs.removeAll(keepingCapacity: true)
        // The accounts as the upper layers' checks see them, looked up in the same pass.
        accounts.removeAll(keepingCapacity: true)
        newDeltas.removeAll(keepingCapacity: true)
        for index in draft.postings.indices {
            let entry = try postableAccountEntry(draft.postings[index].account)
            accountIDs.append(accountTable.ids[entry])
            if !checks.isEmpty { accounts.append(accountTable.accounts[entry].account) }
        }
        // 3. The month must be open.
        let ordinal = draft.period.ordinal
        var period = try openPeriodState(draft.period)
        try dateWindow.require(draft.date, earliest: organisation.firstPeriod)
        // 4. A reversal mirrors an original that has not been reversed and is not itself a reversal.
        if draft.kind == .reversal {
            guard let originalID = draft.reverses else { throw LedgerError.reversalMustMirrorOriginal(id: 0) }
            try checkReversal(draft, of: originalID)
        } else if let reverses = draft.reverses {
            throw LedgerError.reversalMustMirrorOriginal(id: reverses)
        }
        // 5. Numbering stays consecutive per organisation and month.
        let number = period.lastNumber + 1
        if let proposedNumber, proposedNumber != number {
            throw LedgerError.voucherNumberMustBeNext(expected: number, given: proposedNumber)
        }
        // 6. Every sum over the balances still fits in Int64 fen. Worked out before anything is
        // queued: a voucher that fails here leaves no trace in the session.
        var bound = try currentMagnitudeBound()
        let fund = funds.number(draft.fund)
        for index in draft.postings.indices {   // by index: the lines' strings are not needed here
            let amount = draft.postings[index].amount.fen, isDebit = draft.postings[index].side == .debit
            let (sum, boundOverflow) = bound.addingReportingOverflow(amount.magnitude)
            // Within the bound, no balance below can overflow either; both are checked all the same.
            let key = BalanceKey(accountID: accountIDs[index], fund: fund, ordinal: ordinal, isClosing: draft.kind == .closing)
            // A key not seen before starts from zero: a true default, not a stand-in for bad data.
            let current = newDeltas.last(where: { $0.key == key }).map { ($0.debit, $0.credit) } ?? balanceDeltas.find(key).map { balanceDeltas.sums(at: $0) } ?? (0, 0)
            let (debit, debitOverflow) = current.0.addingReportingOverflow(isDebit ? amount : 0)
            let (credit, creditOverflow) = current.1.addingReportingOverflow(isDebit ? 0 : amount)
            guard !boundOverflow, sum <= UInt64(Int64.max), !debitOverflow, !creditOverflow else {
                throw LedgerError.balanceMustNotOverflow(account: draft.postings[index].account.rawValue,
                                                         period: draft.period.description)
            }
            bound = sum
            newDeltas.append((key, debit, credit))
        }
        // 7. The upper layers' checks (budget control, …), reading the books as they stand.
        if !checks.isEmpty {
            let candidate = CheckedVoucher(organisation: organisation, draft: draft,
                                           accounts: accounts,
                                           number: number, total: debitTotal, user: user)
            let context = SQLitePostingCheckContext(session: self)
            for check in checks { try check.check(candidate, in: context) }
        }

        // Every rule holds: write.
        let id = lastVoucherID + 1
        let date = draft.date.description
        // The chain's link, encoded straight from the draft into a buffer reused voucher after voucher,
        // and hashed when the row is written (`ChainLinker`).
        canonical.reset()
        canonical.header(version: .current, id: id, organisation: organisation.code, date: date, number: number,
                         kind: draft.kind.rawValue, reverses: draft.reverses, summary: draft.summary, preparedBy: user,
                         postedAt: postedAt, source: draft.source, externalReference: draft.externalReference,
                         attachments: draft.attachments, fund: draft.fund, approval: draft.approval.map(JournalChain.ApprovalText.init))
        // The lines read in place: a copy of each cost a retain and a release per text.
        for index in draft.postings.indices {
            canonical.line(version: .current, code: draft.postings[index].account.rawValue, side: StoredValue.code(draft.postings[index].side),
                           amountFen: draft.postings[index].amount.fen, memo: draft.postings[index].memo,
                           budgetLine: draft.postings[index].budgetLine, counterparty: draft.postings[index].counterparty)
        }

        // Postings wait until their vouchers are in SQLite; then whole batches of them follow.
        let organisationID = organisation.id, user = self.user, postedAt = self.postedAt
        // An imported voucher's texts are its import's (the chain above hashed them in full).
        let sourceLine = sourceLine(of: draft, importID: importID, line: line)
        try vouchers.row { row in
            row.add(id)
            row.add(organisationID)
            row.add(terminatedText: date)   // the three a CHECK calls a function on
            row.add(Int64(ordinal))
            row.add(Int64(number))
            row.add(terminatedText: draft.summary)
            row.add(text: draft.kind.rawValue)
            row.add(draft.reverses)
            row.add(debitTotal.fen)
            row.add(text: sourceLine == nil ? user : "")
            row.add(text: sourceLine == nil ? postedAt : "")
            row.add(text: sourceLine == nil ? draft.source : "")
            row.add(text: draft.externalReference)
            row.add(importID)
            row.add(chainLink: canonical)
            row.add(Int64(draft.attachments))
            row.add(Int64(JournalChain.Version.current.rawValue))
            row.add(terminatedText: draft.fund)
            row.add(sourceLine)
        }
        if let approval = draft.approval { try insertApproval(approval, voucherID: id) }
        for index in draft.postings.indices {
            let accountID = accountIDs[index]
            let hasDimensions = draft.postings[index].budgetLine != nil || draft.postings[index].counterparty != nil
            try (hasDimensions ? dimensionedPostings : postings).row { row in
                row.add(organisationID)
                row.add(id)
                row.add(Int64(index + 1))
                row.add(accountID)
                row.add(text: StoredValue.code(draft.postings[index].side))
                row.add(draft.postings[index].amount.fen)
                row.add(text: draft.postings[index].memo)
                if hasDimensions {
                    row.add(text: draft.postings[index].budgetLine)   // NULL: no such dimension
                    row.add(text: draft.postings[index].counterparty)
                }
            }
        }
        for delta in newDeltas { balanceDeltas.set(balanceDeltas.entry(for: delta.key), debit: delta.debit, credit: delta.credit) }

        if vouchers.pendingRowCount == 0 {
            try postings.flush(fullBatchesOnly: true)
            try dimensionedPostings.flush(fullBatchesOnly: true)
        }
        period.lastNumber = number
        period.touched = true
        periods[ordinal] = period
        lastVoucherID = id
        postedCount += 1
        magnitudeBound = bound
        return (id, number)
    }

    /// The approval record travels with the voucher (no foreign key, like postings: `verify`
    /// hashes it with the voucher, so a lost or altered record breaks the chain).
    private func insertApproval(_ approval: VoucherApproval, voucherID: Int64) throws {
        // The same text the chain hashed: an absent sign-off or decision is stored as ''.
        let text = JournalChain.ApprovalText(approval)
        try db.execute(sql: """
            INSERT INTO voucher_approval(voucher_id, prepared_by, reviewed_by, reviewed_at, single_operator,
                                         signoff_by, signoff_date, decision_ref, decision_date, org_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [voucherID, text.preparedBy, text.reviewedBy, text.reviewedAt, approval.singleOperator ? 1 : 0,
                              text.signoffBy, text.signoffDate, text.decisionReference, text.decisionDate, organisation.id])
    }

    /// Sends queued voucher and posting rows to SQLite (vouchers first: postings reference them).
    func flushRows() throws {
        // A batch refused on the writer's thread stops the session here too, whatever the scope did.
        try rowWriter.drain()
        try vouchers.flush()
        try postings.flush()
        try dimensionedPostings.flush()
    }

    /// Writes queued rows, balances, period counters and the journal head. Call once, before commit.
    func finish() throws {
        try flushRows()
        if hasRepeatLookupIndex {
            try db.execute(sql: "DROP INDEX IF EXISTS \(Self.repeatLookupIndex)")
            hasRepeatLookupIndex = false
        }
        if postedCount > 0 {
            try db.execute(sql: """
                INSERT INTO journal_head(id, voucher_count, hash) VALUES (1, ?, ?)
                ON CONFLICT(id) DO UPDATE SET voucher_count = voucher_count + excluded.voucher_count, hash = excluded.hash
                """, arguments: [postedCount, Data(chain.previous)])
            postedCount = 0
        }
        let upsertBalance = try RawStatement(db, """
            INSERT INTO balance(org_id, account_id, fund, ordinal, closing, debit_fen, credit_fen) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(org_id, account_id, fund, ordinal, closing)
            DO UPDATE SET debit_fen = debit_fen + excluded.debit_fen, credit_fen = credit_fen + excluded.credit_fen
            """)
        let keys = balanceDeltas.keys
        for entry in keys.indices.sorted(by: {
            (keys[$0].accountID, keys[$0].ordinal, keys[$0].fund, keys[$0].isClosing ? 1 : 0)
                < (keys[$1].accountID, keys[$1].ordinal, keys[$1].fund, keys[$1].isClosing ? 1 : 0)
        }) {
            let key = keys[entry], delta = balanceDeltas.sums(at: entry)
            upsertBalance.bind(1, organisation.id)
            upsertBalance.bind(2, key.accountID)
            upsertBalance.bind(3, funds.name(key.fund))
            upsertBalance.bind(4, key.ordinal)
            upsertBalance.bind(5, key.isClosing ? 1 : 0)
            upsertBalance.bind(6, delta.debit)
            upsertBalance.bind(7, delta.credit)
            try upsertBalance.run()
        }
        balanceDeltas.removeAll()
        // In month order: the change journal hashes the rows in the order they are written.
        for (ordinal, state) in periods.sorted(by: { $0.key < $1.key }) where state.touched {
            try db.execute(sql: """
                INSERT INTO period(org_id, ordinal, last_number) VALUES (?, ?, ?)
                ON CONFLICT(org_id, ordinal) DO UPDATE SET last_number = excluded.last_number
                """, arguments: [organisation.id, ordinal, state.lastNumber])
            periods[ordinal]?.touched = false
        }
    }

    /// A month without a period row has no vouchers yet and is open: a true default.
    func periodState(_ ordinal: Int) -> PeriodState {
        periods[ordinal] ?? PeriodState(lastNumber: 0, isClosed: false, touched: false)
    }

    /// Σ|debit| + Σ|credit| of the organisation's stored balances (read once), plus this session's.
    private func currentMagnitudeBound() throws -> UInt64 {
        if let magnitudeBound { return magnitudeBound }
        // Two sums added in Swift: SQLite's SUM raises an error on overflow, its `+` would
        // quietly turn into a float.
        guard let row = try Row.fetchOne(db, sql: """
            SELECT COALESCE(SUM(ABS(debit_fen)), 0) AS d, COALESCE(SUM(ABS(credit_fen)), 0) AS c FROM balance WHERE org_id = ?
            """, arguments: [organisation.id]) else {
            throw StoreError.storage(message: "balance: the aggregate query returned no row")
        }
        let debit: Int64 = row["d"], credit: Int64 = row["c"]
        let (sum, overflow) = debit.addingReportingOverflow(credit)
        guard !overflow, sum >= 0 else {
            throw StoreError.storage(message: "balance: the stored amounts of organisation \(organisation.code) already exceed the ledger's range")
        }
        magnitudeBound = UInt64(sum)
        return UInt64(sum)
    }
}
