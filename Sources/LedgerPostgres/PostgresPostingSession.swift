import Foundation
import InputFiles
import LedgerCore
import LedgerStore

/// The one path by which vouchers enter a PostgreSQL book: the same ladder as LedgerSQLite's
/// `PostingSession` (voucher alone → accounts → period → reversal → numbering → range → the upper
/// layers' `PostingCheck`s), then the voucher, its postings and its link in the hash chain.
///
/// Locking (several clerks at once): a session first takes the organisation's advisory lock
/// (`pg_advisory_xact_lock(GHHU, org_id)`: numbering per organisation and month stays consecutive),
/// then the journal head row `FOR UPDATE` (the hash chain is one sequence for the whole store, as
/// in the SQLite file, so voucher writes of every organisation take their turn there). Both are
/// held until the command's transaction ends; a writer that comes second waits, then reads the
/// counters the first one committed. Balances and period counters are kept in memory and written by
/// `finish()`; voucher and posting rows are queued and sent `batchSize` vouchers at a time (by
/// `COPY` when many are queued, as an import does; one INSERT for a few).
final class PostgresPostingSession {
    let session: PostgresSession
    let organisation: Organisation
    let user: String
    let postedAt: String
    private let dateWindow: DateWindow
    private let checks: [any PostingCheck]
    let checkScratch = PostingCheckScratch()

    private(set) var accountsByCode: [AccountCode: StoredAccount] = [:]
    private var periods: [Int: PeriodState] = [:]
    private(set) var balanceDeltas: [BalanceKey: (debit: Int64, credit: Int64)] = [:]
    private var magnitudeBound: UInt64?
    private var importedReferences: [Int: [String: String]] = [:]
    private var previousHash: [UInt8]
    private var lastVoucherID: Int64
    private var postedCount: Int64 = 0
    private var pendingVouchers: [[PostgresValue]] = []
    private var pendingPostings: [[PostgresValue]] = []
    private var pendingApprovals: [[PostgresValue]] = []
    private let batchSize = 2_000

    private struct PeriodState {
        var lastNumber: Int
        var isClosed: Bool
        var touched: Bool
    }

    struct BalanceKey: Hashable {
        var accountID: Int64
        var fund: String
        var ordinal: Int
        var isClosing: Bool
    }

    init(session: PostgresSession, organisation: Organisation, user: String, clock: WallClock, checks: [any PostingCheck],
         yearsAhead: Int = DateWindow.yearsAhead) throws {
        guard !user.hasControlCharacters else { throw LedgerError.textMustNotHoldControlCharacters(field: "user") }
        self.session = session
        self.organisation = organisation
        self.user = user
        self.postedAt = clock.now()
        self.dateWindow = DateWindow(today: clock.today(), yearsAhead: yearsAhead)
        self.checks = checks
        try session.query("SELECT pg_advisory_xact_lock($1::int, $2::int)", [.int(PostgresSchema.lockSpace), .integer(organisation.id)])
        let head = try session.one("SELECT voucher_count, hash FROM journal_head WHERE id = 1 FOR UPDATE")
        previousHash = try HexBytes.decode(try head.text("hash"), row: "journal_head")
        lastVoucherID = try session.one("SELECT COALESCE(MAX(id), 0) AS id FROM voucher").int("id")
        for stored in try PostgresAccounts.all(session, organisation: organisation.id) {
            accountsByCode[stored.account.code] = stored
        }
        for row in try session.query("SELECT ordinal, last_number, closed_at FROM period WHERE org_id = $1",
                                     [.integer(organisation.id)]) {
            // closed_at is NULL for an open month: a true optional.
            periods[Int(try row.int("ordinal"))] = PeriodState(lastNumber: Int(try row.int("last_number")),
                                                               isClosed: try row.optionalText("closed_at") != nil, touched: false)
        }
    }

    /// The account with this code, if it may take postings.
    func postableAccount(_ code: AccountCode) throws(LedgerError) -> StoredAccount {
        guard let stored = accountsByCode[code] else { throw .accountMustExist(code: code.rawValue) }
        guard stored.isLeaf else { throw .accountMustBeLeaf(code: code.rawValue) }
        guard stored.account.isOpen else { throw .accountMustBeOpen(code: code.rawValue) }
        return stored
    }

    /// Where a voucher with this key was imported before in this month, if it was and has not been reversed.
    func previousImport(ordinal: Int, reference: String) throws -> String? {
        if importedReferences[ordinal] == nil {
            try flushRows()
            var references: [String: String] = [:]
            for row in try session.query("""
                SELECT v.external_ref, v.source FROM voucher v
                WHERE v.org_id = $1 AND v.ordinal = $2 AND v.import_id IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM voucher r WHERE r.reverses_id = v.id)
                """, [.integer(organisation.id), .int(ordinal)]) {
                references[try row.text("external_ref")] = try row.text("source")
            }
            importedReferences[ordinal] = references
        }
        return importedReferences[ordinal]?[reference]
    }

    /// Posts one voucher (see the type for the ladder).
    @discardableResult
    func post(_ draft: VoucherDraft, proposedNumber: Int? = nil, importID: Int64? = nil) throws -> PostedVoucher {
        // 1. The voucher on its own, and its approval record.
        let debitTotal = try VoucherChecks.checkAlone(draft)
        try draft.approval?.validate()
        // 2. Accounts.
        let accountIDs = try draft.postings.map { try postableAccount($0.account).id }
        // 3. The month must be open.
        let ordinal = draft.period.ordinal
        try checkPeriodOpen(draft.period)
        try dateWindow.require(draft.date, earliest: organisation.firstPeriod)
        var period = periods[ordinal] ?? PeriodState(lastNumber: 0, isClosed: false, touched: false)
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
        // 6. Every sum over the balances still fits in Int64 fen.
        var bound = try currentMagnitudeBound()
        var newDeltas: [(key: BalanceKey, debit: Int64, credit: Int64)] = []
        for (index, posting) in draft.postings.enumerated() {
            let amount = posting.amount.fen, isDebit = posting.side == .debit
            let (sum, boundOverflow) = bound.addingReportingOverflow(amount.magnitude)
            let key = BalanceKey(accountID: accountIDs[index], fund: draft.fund, ordinal: ordinal, isClosing: draft.kind == .closing)
            // A key not seen before starts from zero: a true default.
            let current = newDeltas.last(where: { $0.key == key }).map { ($0.debit, $0.credit) } ?? balanceDeltas[key] ?? (0, 0)
            let (debit, debitOverflow) = current.0.addingReportingOverflow(isDebit ? amount : 0)
            let (credit, creditOverflow) = current.1.addingReportingOverflow(isDebit ? 0 : amount)
            guard !boundOverflow, sum <= UInt64(Int64.max), !debitOverflow, !creditOverflow else {
                throw LedgerError.balanceMustNotOverflow(account: posting.account.rawValue, period: draft.period.description)
            }
            bound = sum
            newDeltas.append((key, debit, credit))
        }
        // 7. The upper layers' checks, reading the books as they stand.
        if !checks.isEmpty {
            let candidate = CheckedVoucher(organisation: organisation, draft: draft,
                                           accounts: try draft.postings.map { try postableAccount($0.account).account },
                                           number: number, total: debitTotal, user: user)
            let context = PostgresPostingCheckContext(session: self)
            for check in checks { try check.check(candidate, in: context) }
        }

        // Every rule holds: write.
        let id = lastVoucherID + 1
        let entry = JournalChain.Entry(
            id: id, organisation: organisation.code, date: draft.date.description, number: number,
            kind: draft.kind.rawValue, reverses: draft.reverses, summary: draft.summary, preparedBy: user,
            postedAt: postedAt, source: draft.source, externalReference: draft.externalReference,
            postings: draft.postings.map {
                JournalChain.Line(code: $0.account.rawValue, side: $0.side == .debit ? "D" : "C", amountFen: $0.amount.fen,
                                  memo: $0.memo, budgetLine: $0.budgetLine, counterparty: $0.counterparty)
            },
            version: .current, attachments: draft.attachments, approval: draft.approval.map(JournalChain.ApprovalText.init),
            fund: draft.fund)
        let hash = JournalChain.hash(previous: previousHash, entry: entry)
        pendingVouchers.append([
            .integer(id), .integer(organisation.id), .text(entry.date), .int(ordinal), .int(number), .text(draft.summary),
            .text(draft.kind.rawValue), .optional(draft.reverses), .integer(debitTotal.fen), .text(user), .text(postedAt),
            .text(draft.source), .text(draft.externalReference), .optional(importID), .text(JournalChain.hex(hash)),
            .int(draft.attachments), .int(JournalChain.Version.current.rawValue), .text(draft.fund),
        ])
        if let approval = draft.approval {
            let text = JournalChain.ApprovalText(approval)
            pendingApprovals.append([.integer(id), .text(text.preparedBy), .text(text.reviewedBy), .text(text.reviewedAt),
                                     .int(approval.singleOperator ? 1 : 0), .text(text.signoffBy), .text(text.signoffDate),
                                     .text(text.decisionReference), .text(text.decisionDate), .integer(organisation.id)])
        }
        for (index, posting) in draft.postings.enumerated() {
            pendingPostings.append([.integer(organisation.id), .integer(id), .int(index + 1), .integer(accountIDs[index]),
                                    .text(posting.side == .debit ? "D" : "C"), .integer(posting.amount.fen), .text(posting.memo),
                                    .optional(posting.budgetLine), .optional(posting.counterparty)])
        }
        for delta in newDeltas { balanceDeltas[delta.key] = (delta.debit, delta.credit) }
        if pendingVouchers.count >= batchSize { try flushRows() }
        period.lastNumber = number
        period.touched = true
        periods[ordinal] = period
        lastVoucherID = id
        previousHash = hash
        postedCount += 1
        magnitudeBound = bound
        return PostedVoucher(id: id, organisation: organisation.code, date: draft.date, number: number,
                             summary: draft.summary, kind: draft.kind, postings: draft.postings,
                             reverses: draft.reverses, reversedBy: nil, preparedBy: draft.approval?.preparedBy ?? user,
                             source: draft.source, externalReference: draft.externalReference,
                             attachments: draft.attachments, approval: draft.approval, postedBy: user, fund: draft.fund)
    }

    /// - Throws: `.periodMustBeWithinBooks`, `.periodMustBeOpen`.
    func checkPeriodOpen(_ month: YearMonth) throws(LedgerError) {
        guard month.ordinal >= organisation.firstPeriod.ordinal else {
            throw .periodMustBeWithinBooks(period: month.description, firstPeriod: organisation.firstPeriod.description)
        }
        guard !(periods[month.ordinal]?.isClosed ?? false) else { throw .periodMustBeOpen(period: month.description) }
    }

    /// A reversal mirrors an original of these books that is neither a reversal nor reversed already.
    private func checkReversal(_ draft: VoucherDraft, of originalID: Int64) throws {
        try flushRows()   // the original may have been posted earlier in this session
        guard let original = try PostgresVoucherReader.voucher(session, id: originalID, organisation: organisation) else {
            throw LedgerError.voucherMustExist(id: String(originalID))
        }
        guard original.kind != .reversal else { throw LedgerError.reversalMustNotBeReversed(id: originalID) }
        if let reversedBy = original.reversedBy {
            throw LedgerError.voucherMustNotBeReversedTwice(id: originalID, reversedBy: reversedBy)
        }
        guard draft.date >= original.date else {
            throw LedgerError.reversalMustNotPrecedeOriginal(id: originalID, originalDate: original.date.description)
        }
        let mirrors = original.postings.count == draft.postings.count
            && zip(original.postings, draft.postings).allSatisfy {
                $0.account == $1.account && $0.side == $1.side && $0.amount.negated == $1.amount
                    && $0.budgetLine == $1.budgetLine && $0.counterparty == $1.counterparty
            }
        guard mirrors else { throw LedgerError.reversalMustMirrorOriginal(id: originalID) }
    }

    /// Sends queued voucher, approval and posting rows (vouchers first: the others reference them).
    func flushRows() throws {
        try insert(table: "voucher", columns: [
            "id", "org_id", "date", "ordinal", "number", "summary", "kind", "reverses_id", "total_fen", "prepared_by",
            "posted_at", "source", "external_ref", "import_id", "hash", "attachments", "chain_version", "fund",
        ], rows: &pendingVouchers)
        try insert(table: "voucher_approval", columns: [
            "voucher_id", "prepared_by", "reviewed_by", "reviewed_at", "single_operator", "signoff_by", "signoff_date",
            "decision_ref", "decision_date", "org_id",
        ], rows: &pendingApprovals)
        try insert(table: "posting", columns: [
            "org_id", "voucher_id", "line", "account_id", "side", "amount_fen", "memo", "budget_line", "counterparty",
        ], rows: &pendingPostings)
    }

    private func insert(table: String, columns: [String], rows: inout [[PostgresValue]]) throws {
        try PostgresRows.write(session, table: table, columns: columns, rows: rows)
        rows.removeAll(keepingCapacity: true)
    }

    /// Writes queued rows, balances, period counters and the journal head. Call once, before commit.
    func finish() throws {
        try flushRows()
        if postedCount > 0 {
            try session.query("UPDATE journal_head SET voucher_count = voucher_count + $1, hash = $2 WHERE id = 1",
                              [.integer(postedCount), .text(JournalChain.hex(previousHash))])
            postedCount = 0
        }
        var balanceRows: [[PostgresValue]] = []
        for (key, delta) in balanceDeltas.sorted(by: { ($0.key.accountID, $0.key.ordinal, $0.key.fund) < ($1.key.accountID, $1.key.ordinal, $1.key.fund) }) {
            balanceRows.append([.integer(organisation.id), .integer(key.accountID), .text(key.fund), .int(key.ordinal),
                                .int(key.isClosing ? 1 : 0), .integer(delta.debit), .integer(delta.credit)])
        }
        try PostgresRows.insert(session, table: "balance",
                                columns: ["org_id", "account_id", "fund", "ordinal", "closing", "debit_fen", "credit_fen"],
                                rows: balanceRows, suffix: """
                                 ON CONFLICT(org_id, account_id, fund, ordinal, closing) DO UPDATE SET
                                 debit_fen = balance.debit_fen + excluded.debit_fen, credit_fen = balance.credit_fen + excluded.credit_fen
                                """)
        balanceDeltas.removeAll()
        for (ordinal, state) in periods.sorted(by: { $0.key < $1.key }) where state.touched {
            try session.query("""
                INSERT INTO period(org_id, ordinal, last_number) VALUES ($1, $2, $3)
                ON CONFLICT(org_id, ordinal) DO UPDATE SET last_number = excluded.last_number
                """, [.integer(organisation.id), .int(ordinal), .int(state.lastNumber)])
            periods[ordinal]?.touched = false
        }
    }

    /// Σ|debit| + Σ|credit| of the organisation's stored balances (read once), plus this session's.
    private func currentMagnitudeBound() throws -> UInt64 {
        if let magnitudeBound { return magnitudeBound }
        // numeric sums: they cannot overflow in the server; the total is checked here.
        let row = try session.one("""
            SELECT COALESCE(SUM(ABS(debit_fen)), 0)::text AS d, COALESCE(SUM(ABS(credit_fen)), 0)::text AS c
            FROM balance WHERE org_id = $1
            """, [.integer(organisation.id)])
        guard let debit = UInt64(try row.text("d")), let credit = UInt64(try row.text("c")),
              case let (sum, overflow) = debit.addingReportingOverflow(credit), !overflow, sum <= UInt64(Int64.max) else {
            throw StoreError.storage(message: "balance: the stored amounts of organisation \(organisation.code) already exceed the ledger's range")
        }
        magnitudeBound = sum
        return sum
    }
}

/// Rows written in bulk: by `COPY` when there are many, else multi-row INSERTs.
package enum PostgresRows {
    /// From this many rows on, `COPY` (one more round trip than an INSERT, but no parameters to
    /// parse and no statement to plan) is the cheaper way.
    static let copyThreshold = 16

    package static func write(_ session: PostgresSession, table: String, columns: [String], rows: [[PostgresValue]]) throws {
        if rows.count >= copyThreshold {
            try session.copy(into: table, columns: columns, rows: rows)
        } else {
            try insert(session, table: table, columns: columns, rows: rows)
        }
    }

    /// Multi-row INSERTs, in statements of at most ~30,000 parameters.
    package static func insert(_ session: PostgresSession, table: String, columns: [String], rows: [[PostgresValue]],
                       suffix: String = "") throws {
        guard !rows.isEmpty else { return }
        let perStatement = max(1, 30_000 / columns.count)
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(rows.count, start + perStatement)]
            var sql = "INSERT INTO \(table)(\(columns.map { $0 == "user" ? "\"user\"" : $0 }.joined(separator: ", "))) VALUES "
            var values: [PostgresValue] = []
            values.reserveCapacity(chunk.count * columns.count)
            var first = true
            for row in chunk {
                sql += first ? "(" : ",("
                first = false
                for index in row.indices {
                    values.append(row[index])
                    sql += (index == 0 ? "$" : ",$") + String(values.count)
                }
                sql += ")"
            }
            try session.query(sql + suffix, values)
            start += chunk.count
        }
    }
}

/// Hex text of a stored hash, back to bytes.
enum HexBytes {
    static func decode(_ text: String, row: String) throws -> [UInt8] {
        let digits = Array(text.utf8)
        guard digits.count % 2 == 0 else { throw StoreError.storage(message: "\(row): hash '\(text)' is not hex") }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        func value(_ digit: UInt8) -> UInt8? {
            switch digit {
            case 0x30...0x39: digit - 0x30
            case 0x61...0x66: digit - 0x61 + 10
            default: nil
            }
        }
        var index = 0
        while index < digits.count {
            guard let high = value(digits[index]), let low = value(digits[index + 1]) else {
                throw StoreError.storage(message: "\(row): hash '\(text)' is not hex")
            }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }
}
