import InputFiles
import LedgerCore
import LedgerStore

/// The books of one organisation in a PostgreSQL store, as seen by one user.
public struct PostgresBooks: Books, @unchecked Sendable {
    public let postgres: PostgresStore
    public let organisation: Organisation
    public let user: String

    init(store: PostgresStore, organisation: Organisation, user: String) {
        self.postgres = store
        self.organisation = organisation
        self.user = user
    }

    public var store: any BooksStore { postgres }
    package var session: PostgresSession { postgres.session }

    /// Runs `body` with a posting session inside one transaction; commits only if all of it succeeds.
    func withPostingSession<T>(_ body: (PostgresPostingSession) throws -> T) throws -> T {
        try postgres.write {
            let posting = try PostgresPostingSession(session: session, organisation: organisation, user: user, clock: postgres.clock,
                                                     checks: postgres.postingChecks, yearsAhead: postgres.dateWindowYearsAhead)
            let result = try body(posting)
            try posting.finish()
            return result
        }
    }

    func now() -> String { postgres.clock.now() }

    // MARK: Posting

    @discardableResult
    public func post(_ draft: VoucherDraft, proposedNumber: Int? = nil) throws -> PostedVoucher {
        try withPostingSession { try $0.post(draft, proposedNumber: proposedNumber) }
    }

    public func reverse(voucherID: Int64, reason: String, date: LocalDate? = nil) throws -> PostedVoucher {
        try withPostingSession { posting in
            guard let original = try PostgresVoucherReader.voucher(session, id: voucherID, organisation: organisation) else {
                throw LedgerError.voucherMustExist(id: String(voucherID))
            }
            guard original.kind != .reversal else { throw LedgerError.reversalMustNotBeReversed(id: voucherID) }
            if let reversedBy = original.reversedBy {
                throw LedgerError.voucherMustNotBeReversedTwice(id: voucherID, reversedBy: reversedBy)
            }
            if let date, date < original.date {
                throw LedgerError.reversalMustNotPrecedeOriginal(id: voucherID, originalDate: original.date.description)
            }
            let posted = try posting.post(VoucherDraft.reversal(of: original, on: date ?? original.date, reason: reason))
            try PostgresEventLog.record(session, at: now(), organisation: organisation.id, user: user, action: "voucher.reverse",
                                        detail: "\(original.label) → \(posted.label): \(reason)")
            return posted
        }
    }

    public func transaction<T>(_ body: (any PostingTransaction) throws -> T) throws -> T {
        try postgresTransaction { try body($0) }
    }

    /// The same, with the transaction's connection for the storage modules' own tables.
    package func postgresTransaction<T>(_ body: (PostgresPostingTransaction) throws -> T) throws -> T {
        try withPostingSession { posting in try body(PostgresPostingTransaction(posting: posting)) }
    }

    // MARK: Accounts

    public func accounts() throws -> [StoredAccount] {
        try PostgresAccounts.all(session, organisation: organisation.id)
    }

    public func addAccount(_ account: Account) throws {
        try postgres.write {
            try PostgresAccounts.insert(account, organisation: organisation, user: user, session: session)
            try PostgresEventLog.record(session, at: now(), organisation: organisation.id, user: user, action: "account.add",
                                        detail: "\(account.code) \(account.name)")
        }
    }

    public func closeAccount(_ code: AccountCode) throws {
        try postgres.write {
            let changed = try session.query("UPDATE account SET is_open = 0 WHERE org_id = $1 AND code = $2 RETURNING id",
                                            [.integer(organisation.id), .text(code.rawValue)])
            guard changed.count == 1 else { throw LedgerError.accountMustExist(code: code.rawValue) }
            try PostgresEventLog.record(session, at: now(), organisation: organisation.id, user: user, action: "account.close",
                                        detail: code.rawValue)
        }
    }

    // MARK: Queries

    public func trialBalance(from: YearMonth, to: YearMonth, excludingClosingEntries: Bool = false) throws -> TrialBalance {
        guard from <= to else { throw LedgerError.periodRangeMustBeOrdered(from: from.description, to: to.description) }
        return try postgres.read {
            let accounts = try PostgresAccounts.all(session, organisation: organisation.id)
            let codes = Dictionary(uniqueKeysWithValues: accounts.map { ($0.id, $0.account.code) })
            var movements: [AccountCode: (before: Int64, debit: Int64, credit: Int64)] = [:]
            // Sums as numeric, taken back as text and checked: no overflow passes unseen.
            for row in try session.query("""
                SELECT account_id,
                       SUM(CASE WHEN ordinal < $1 THEN debit_fen ELSE 0 END)::text AS before_debit,
                       SUM(CASE WHEN ordinal < $1 THEN credit_fen ELSE 0 END)::text AS before_credit,
                       SUM(CASE WHEN ordinal >= $1 THEN debit_fen ELSE 0 END)::text AS debit,
                       SUM(CASE WHEN ordinal >= $1 THEN credit_fen ELSE 0 END)::text AS credit
                FROM balance WHERE org_id = $2 AND ordinal <= $3 AND closing <= $4
                GROUP BY account_id
                """, [.int(from.ordinal), .integer(organisation.id), .int(to.ordinal), .int(excludingClosingEntries ? 0 : 1)]) {
                let accountID = try row.int("account_id")
                guard let code = codes[accountID] else {
                    throw StoreError.storage(message: "balance row (account #\(accountID)): the account is not in \(organisation.code)'s chart")
                }
                let sums = try ["before_debit", "before_credit", "debit", "credit"].map { column -> Int64 in
                    guard let value = Int64(try row.text(column)) else {
                        throw StoreError.storage(message: "balance of \(code): the sum exceeds the ledger's range")
                    }
                    return value
                }
                let before = try Money(fen: sums[0]).subtracting(Money(fen: sums[1]))
                movements[code] = (before.fen, sums[2], sums[3])
            }
            let active = accounts.filter { stored in
                guard stored.isLeaf, let movement = movements[stored.account.code] else { return false }
                return movement.before != 0 || movement.debit != 0 || movement.credit != 0
            }
            return try TrialBalance(organisation: organisation.code, from: from, to: to,
                                    accounts: active.map(\.account), movements: movements)
        }
    }

    public func activeRange() throws -> (from: YearMonth, to: YearMonth) {
        let row = try session.one("SELECT MIN(ordinal) AS low, MAX(ordinal) AS high FROM period WHERE org_id = $1",
                                  [.integer(organisation.id)])
        let first = organisation.firstPeriod
        let low = try row.optionalInt("low").map(Int.init), high = try row.optionalInt("high").map(Int.init)
        return (try StoredValue.month(ordinal: min(low ?? first.ordinal, first.ordinal), row: "period of \(organisation.code)"),
                try StoredValue.month(ordinal: high ?? first.ordinal, row: "period of \(organisation.code)"))
    }

    public func subsidiaryLedger(account code: AccountCode, from: YearMonth, to: YearMonth) throws -> SubsidiaryLedger {
        guard from <= to else { throw LedgerError.periodRangeMustBeOrdered(from: from.description, to: to.description) }
        return try postgres.read {
            let all = try PostgresAccounts.all(session, organisation: organisation.id)
            guard let account = all.first(where: { $0.account.code == code })?.account else {
                throw LedgerError.accountMustExist(code: code.rawValue)
            }
            let members = all.filter { $0.account.code.rawValue.hasPrefix(code.rawValue) }
            let ids = PostgresValue.text("{" + members.map { String($0.id) }.joined(separator: ",") + "}")
            let before = try session.one("""
                SELECT COALESCE(SUM(debit_fen), 0)::bigint AS d, COALESCE(SUM(credit_fen), 0)::bigint AS c FROM balance
                WHERE org_id = $1 AND ordinal < $2 AND account_id = ANY($3::bigint[])
                """, [.integer(organisation.id), .int(from.ordinal), ids])
            let debitBefore = Money(fen: try before.int("d")), creditBefore = Money(fen: try before.int("c"))
            let opening = account.normalSide == .debit ? try debitBefore.subtracting(creditBefore)
                                                       : try creditBefore.subtracting(debitBefore)
            let codes = Dictionary(uniqueKeysWithValues: members.map { ($0.id, $0.account.code) })
            let lines = try session.query("""
                SELECT v.id, v.date, v.number, v.summary, p.memo, p.side, p.amount_fen, p.account_id
                FROM voucher v JOIN posting p ON p.voucher_id = v.id
                WHERE v.org_id = $1 AND v.ordinal BETWEEN $2 AND $3 AND p.org_id = $1 AND p.account_id = ANY($4::bigint[])
                ORDER BY v.date, v.ordinal, v.number, p.line
                """, [.integer(organisation.id), .int(from.ordinal), .int(to.ordinal), ids]).map { row -> SubsidiaryLedger.Line in
                let voucherID = try row.int("id")
                let date = try StoredValue.date(try row.text("date"), row: "voucher row \(voucherID)")
                let memo = try row.text("memo"), summary = try row.text("summary")
                guard let account = codes[try row.int("account_id")] else {
                    throw StoreError.storage(message: "posting row (voucher \(voucherID)): account #\(try row.int("account_id")) is not in the ledger's accounts")
                }
                return SubsidiaryLedger.Line(
                    date: date, voucherID: voucherID, voucherLabel: PostedVoucher.label(date: date, number: Int(try row.int("number"))),
                    summary: memo.isEmpty ? summary : memo, account: account,
                    side: try StoredValue.side(try row.text("side"), row: "posting row (voucher \(voucherID))"),
                    amount: Money(fen: try row.int("amount_fen")))
            }
            return SubsidiaryLedger(account: account, from: from, to: to, opening: opening, lines: lines)
        }
    }

    public func fundBalances(year: Int) throws -> [FundBalance] {
        try fundBalances(from: try YearMonth(year: year, month: 1), to: try YearMonth(year: year, month: 12), excludingClosingEntries: true)
    }

    public func fundBalances(from january: YearMonth, to december: YearMonth, excludingClosingEntries: Bool) throws -> [FundBalance] {
        guard january <= december else {
            throw LedgerError.periodRangeMustBeOrdered(from: january.description, to: december.description)
        }
        return try session.query("""
            SELECT b.fund,
                   SUM(CASE WHEN a.kind = 'netAssets' AND b.ordinal < $2 THEN b.credit_fen - b.debit_fen ELSE 0 END)::bigint AS opening,
                   SUM(CASE WHEN a.kind = 'revenue' AND b.ordinal BETWEEN $2 AND $3 AND b.closing <= $4
                            THEN b.credit_fen - b.debit_fen ELSE 0 END)::bigint AS revenue,
                   SUM(CASE WHEN a.kind = 'expenditure' AND b.ordinal BETWEEN $2 AND $3 AND b.closing <= $4
                            THEN b.debit_fen - b.credit_fen ELSE 0 END)::bigint AS expenditure
            FROM balance b JOIN account a ON a.id = b.account_id
            WHERE b.org_id = $1 AND b.fund <> '' AND b.ordinal <= $3
            GROUP BY b.fund ORDER BY b.fund
            """, [.integer(organisation.id), .int(january.ordinal), .int(december.ordinal), .int(excludingClosingEntries ? 0 : 1)])
            .compactMap { row in
                let fund = FundBalance(fund: try row.text("fund"), opening: Money(fen: try row.int("opening")),
                                       revenue: Money(fen: try row.int("revenue")), expenditure: Money(fen: try row.int("expenditure")))
                return fund.opening.isZero && fund.revenue.isZero && fund.expenditure.isZero ? nil : fund
            }
    }

    public func openingEntries(year: Int) throws -> [AccountCode: Money] {
        var result: [AccountCode: Money] = [:]
        for row in try session.query("""
            SELECT a.code, SUM(CASE p.side WHEN 'D' THEN p.amount_fen ELSE -p.amount_fen END)::bigint AS net
            FROM voucher v JOIN posting p ON p.voucher_id = v.id JOIN account a ON a.id = p.account_id
            WHERE v.org_id = $1 AND v.kind = 'opening' AND v.date BETWEEN $2 AND $3
            GROUP BY a.code
            """, [.integer(organisation.id), .text("\(year)-01-01"), .text("\(year)-12-31")]) {
            result[try StoredValue.accountCode(try row.text("code"), row: "account of an opening voucher")] = Money(fen: try row.int("net"))
        }
        return result
    }

    public func voucher(id: Int64) throws -> PostedVoucher {
        guard let voucher = try PostgresVoucherReader.voucher(session, id: id, organisation: organisation) else {
            throw LedgerError.voucherMustExist(id: String(id))
        }
        return voucher
    }

    public func vouchers(from: YearMonth? = nil, to: YearMonth? = nil, limit: Int = .max) throws -> [PostedVoucher] {
        try postgres.read { try PostgresVoucherReader.vouchers(session, organisation: organisation, from: from, to: to, limit: limit) }
    }

    public func voucherCount(from: YearMonth? = nil, to: YearMonth? = nil) throws -> Int {
        Int(try session.one("SELECT COUNT(*) AS n FROM voucher WHERE org_id = $1 AND ordinal BETWEEN $2 AND $3",
                            [.integer(organisation.id), .int(from?.ordinal ?? 0), .int(to?.ordinal ?? Int(Int32.max))]).int("n"))
    }

    public func forEachPostedVoucher(from: YearMonth?, to: YearMonth?, _ body: (JournalVoucher) throws -> Void) throws {
        // A thousand vouchers at a time, in period and number order: never the whole journal in memory.
        try postgres.read {
            var after: (ordinal: Int64, number: Int64) = (-1, 0)
            while true {
                let page = try PostgresVoucherReader.vouchers(
                    session, organisation: organisation,
                    where: "v.ordinal BETWEEN $2 AND $3 AND (v.ordinal, v.number) > ($4, $5)",
                    [.int(from?.ordinal ?? 0), .int(to?.ordinal ?? Int(Int32.max)), .integer(after.ordinal), .integer(after.number)],
                    limit: 1_000)
                guard let last = page.last else { return }
                var labels: [Int64: String] = [:]
                let reversed = Set(page.compactMap(\.reverses))
                if !reversed.isEmpty {
                    for row in try session.query("SELECT id, date, number FROM voucher WHERE id = ANY($1::bigint[])",
                                                 [.text("{" + reversed.map(String.init).joined(separator: ",") + "}")]) {
                        let id = try row.int("id")
                        labels[id] = PostedVoucher.label(date: try StoredValue.date(try row.text("date"), row: "voucher row \(id)"),
                                                         number: Int(try row.int("number")))
                    }
                }
                for voucher in page { try body(JournalVoucher(voucher: voucher, reversedLabel: voucher.reverses.flatMap { labels[$0] })) }
                after = (Int64(last.date.yearMonth.ordinal), Int64(last.number))
            }
        }
    }
}

/// One write transaction of a command that posts vouchers (see `PostingTransaction`).
/// One write transaction of a command that posts vouchers into one organisation's books and
/// records what they stand for (dues payments): the storage modules' own rows go through `session`.
package struct PostgresPostingTransaction: PostingTransaction {
    let posting: PostgresPostingSession
    /// The transaction's connection, for the storage modules' own tables (never for vouchers).
    package var session: PostgresSession { posting.session }
    /// The books the transaction posts into.
    package var organisation: Organisation { posting.organisation }
    package var user: String { posting.user }
    package var postedAt: String { posting.postedAt }

    @discardableResult
    package func post(_ draft: VoucherDraft) throws -> PostedVoucher {
        let posted = try posting.post(draft)
        try posting.flushRows()
        return posted
    }

    package func importedContent(kind: String, digest: String) throws -> ImportedContent? {
        try PostgresImportContent.find(posting.session, organisation: posting.organisation.id, kind: kind, digest: digest)
    }

    package func recordImportedContent(kind: String, digest: String, fileName: String, rows: Int) throws {
        try PostgresImportContent.record(posting.session, organisation: posting.organisation.id, kind: kind, digest: digest,
                                         fileName: fileName, rows: rows, at: posting.postedAt, user: posting.user)
    }
}
