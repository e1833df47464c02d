import InputFiles
import LedgerCore

/// The books of one organisation, as seen by one user: every read and write of a command on the
/// ledger goes through here. Implemented by each store (`SQLiteBooks` in LedgerSQLite).
///
/// Every write runs in one transaction of the store and through its one posting path: it does all
/// of its work or none of it.
public protocol Books: Sendable {
    /// The store that holds these books.
    var store: any BooksStore { get }
    var organisation: Organisation { get }
    /// Recorded on every write (`--user` or `GONGHUI_USER`).
    var user: String { get }

    // MARK: Posting (the one posting path)

    /// Posts one voucher. The number is assigned (or checked, when `proposedNumber` is given).
    /// - Throws: the posting path's `LedgerError` rules; nothing is written then.
    func post(_ draft: VoucherDraft, proposedNumber: Int?) throws -> PostedVoucher
    /// Posts the red-ink reversal of a voucher (红字冲销): same accounts and sides, negated amounts.
    func reverse(voucherID: Int64, reason: String, date: LocalDate?) throws -> PostedVoucher
    /// Runs `body` in one write transaction in which it may post vouchers; commits only if all of it succeeds.
    func transaction<T>(_ body: (any PostingTransaction) throws -> T) throws -> T
    /// Imports vouchers from a CSV file as one transaction (every row checked, all or nothing).
    func importVouchers(path: String, displayName: String, encoding: InputEncoding) throws -> ImportOutcome

    // MARK: Voucher workflow (填制 → 审核 → 记账)

    func enterVoucher(_ draft: VoucherDraft, signoff: VoucherApproval.SignOff?,
                      decision: VoucherApproval.CollectiveDecision?, rules: ApprovalRules) throws -> DraftVoucher
    func review(draftIDs: [Int64], rules: ApprovalRules) throws -> [DraftVoucher]
    func cancelReview(draftID: Int64) throws -> DraftVoucher
    func signOff(draftID: Int64, signoff: VoucherApproval.SignOff?, decision: VoucherApproval.CollectiveDecision?,
                 rules: ApprovalRules) throws -> DraftVoucher
    func deleteDraft(id: Int64, reason: String) throws
    func postDrafts(ids: [Int64]?, month: YearMonth?, rules: ApprovalRules) throws -> [PostedVoucher]
    func drafts(status: DraftVoucher.Status?, month: YearMonth?) throws -> [DraftVoucher]
    func draft(id: Int64) throws -> DraftVoucher

    // MARK: Accounts

    func accounts() throws -> [StoredAccount]
    func addAccount(_ account: Account) throws
    func closeAccount(_ code: AccountCode) throws

    // MARK: Periods and close

    func closeMonth(_ month: YearMonth) throws
    func reopenMonth(_ month: YearMonth, reason: String) throws
    func periodEvents() throws -> [(at: String, user: String, action: String, detail: String)]
    func closedMonths() throws -> [YearMonth]
    /// Closes a year (年终结账): revenue and expenditure carried into net assets, December closed.
    /// Unrestricted balances of the accounts a route names go to its own account (财政拨款 money to
    /// 财政拨款结转), the rest to `target`. Then rolls balances up as `rollUps` say, all before
    /// December is closed, in one transaction.
    func closeYear(_ year: Int, carryForwardTo target: AccountCode, restrictedTo: AccountCode?,
                   routes: [YearEndRoute], rollUps: [YearEndRollUp]) throws -> YearCloseResult

    // MARK: Queries (from maintained balances where they can be)

    func trialBalance(from: YearMonth, to: YearMonth, excludingClosingEntries: Bool) throws -> TrialBalance
    /// The first and last month that have a period record.
    func activeRange() throws -> (from: YearMonth, to: YearMonth)
    func subsidiaryLedger(account code: AccountCode, from: YearMonth, to: YearMonth) throws -> SubsidiaryLedger
    func fundBalances(year: Int) throws -> [FundBalance]
    /// Restricted funds over a range of months, closing entries left out or kept.
    func fundBalances(from: YearMonth, to: YearMonth, excludingClosingEntries: Bool) throws -> [FundBalance]
    /// What opening vouchers (建账) of the year put into each account.
    func openingEntries(year: Int) throws -> [AccountCode: Money]
    func voucher(id: Int64) throws -> PostedVoucher
    func vouchers(from: YearMonth?, to: YearMonth?, limit: Int) throws -> [PostedVoucher]
    /// How many vouchers a range of months holds (nil: an open end).
    func voucherCount(from: YearMonth?, to: YearMonth?) throws -> Int
    /// Every posted voucher of the range (nil: an open end), one at a time as it is read, in
    /// period and number order: whole journals are exported without being held in memory.
    func forEachPostedVoucher(from: YearMonth?, to: YearMonth?, _ body: (JournalVoucher) throws -> Void) throws
    /// The vouchers of a range (nil: an open end), at most `limit`, one list line at a time as
    /// they are read, in period and number order: `voucher list` streams without holding them.
    func forEachVoucherListEntry(from: YearMonth?, to: YearMonth?, limit: Int, _ body: (VoucherListEntry) throws -> Void) throws
    /// A subsidiary ledger's account and opening balance, without its lines (`lines` is empty).
    func subsidiaryLedgerHead(account code: AccountCode, from: YearMonth, to: YearMonth) throws -> SubsidiaryLedger
    /// The lines of a subsidiary ledger one at a time as they are read, in date order.
    func forEachSubsidiaryLedgerLine(account code: AccountCode, from: YearMonth, to: YearMonth,
                                     _ body: (SubsidiaryLedger.Line) throws -> Void) throws
}

extension Books {
    // Streamed reads over the whole-array ones, for a store that has nothing better.
    public func forEachVoucherListEntry(from: YearMonth?, to: YearMonth?, limit: Int, _ body: (VoucherListEntry) throws -> Void) throws {
        for voucher in try vouchers(from: from, to: to, limit: limit) { try body(VoucherListEntry(voucher)) }
    }

    public func subsidiaryLedgerHead(account code: AccountCode, from: YearMonth, to: YearMonth) throws -> SubsidiaryLedger {
        var ledger = try subsidiaryLedger(account: code, from: from, to: to)
        ledger.lines = []
        return ledger
    }

    public func forEachSubsidiaryLedgerLine(account code: AccountCode, from: YearMonth, to: YearMonth,
                                            _ body: (SubsidiaryLedger.Line) throws -> Void) throws {
        for line in try subsidiaryLedger(account: code, from: from, to: to).lines { try body(line) }
    }

    /// The store's clock.
    public var clock: WallClock { store.clock }

    @discardableResult
    public func post(_ draft: VoucherDraft) throws -> PostedVoucher { try post(draft, proposedNumber: nil) }

    public func reverse(voucherID: Int64, reason: String) throws -> PostedVoucher {
        try reverse(voucherID: voucherID, reason: reason, date: nil)
    }

    public func importVouchers(path: String, displayName: String) throws -> ImportOutcome {
        try importVouchers(path: path, displayName: displayName, encoding: .automatic)
    }

    public func enterVoucher(_ draft: VoucherDraft, rules: ApprovalRules) throws -> DraftVoucher {
        try enterVoucher(draft, signoff: nil, decision: nil, rules: rules)
    }

    public func enterVoucher(_ draft: VoucherDraft, signoff: VoucherApproval.SignOff?, rules: ApprovalRules) throws -> DraftVoucher {
        try enterVoucher(draft, signoff: signoff, decision: nil, rules: rules)
    }

    public func enterVoucher(_ draft: VoucherDraft, decision: VoucherApproval.CollectiveDecision?, rules: ApprovalRules) throws -> DraftVoucher {
        try enterVoucher(draft, signoff: nil, decision: decision, rules: rules)
    }

    public func drafts() throws -> [DraftVoucher] { try drafts(status: nil, month: nil) }

    /// Closes a year with unrestricted money only.
    @discardableResult
    public func closeYear(_ year: Int, carryForwardTo target: AccountCode) throws -> PostedVoucher? {
        try closeYear(year, carryForwardTo: target, restrictedTo: nil, routes: [], rollUps: []).unrestricted
    }

    public func closeYear(_ year: Int, carryForwardTo target: AccountCode, restrictedTo: AccountCode?) throws -> YearCloseResult {
        try closeYear(year, carryForwardTo: target, restrictedTo: restrictedTo, routes: [], rollUps: [])
    }

    public func trialBalance(from: YearMonth, to: YearMonth) throws -> TrialBalance {
        try trialBalance(from: from, to: to, excludingClosingEntries: false)
    }

    /// Every voucher in a range of months: never cut short.
    public func vouchers(from: YearMonth? = nil, to: YearMonth? = nil) throws -> [PostedVoucher] {
        try vouchers(from: from, to: to, limit: Int.max)
    }
}

/// One write transaction of a command that posts vouchers and records what they stand for.
public protocol PostingTransaction: ImportedContentLog {
    /// Posts one voucher through the posting path (every rule of `Books.post`).
    @discardableResult
    func post(_ draft: VoucherDraft) throws -> PostedVoucher
}

/// Posts vouchers into several organisations' books within one write transaction, through the
/// one posting path. Post each organisation's vouchers together: the journal runs across the store.
public protocol PostingBatch {
    /// Vouchers posted so far, per organisation code.
    var postedCount: [String: Int] { get }
    /// The organisations whose books the store keeps (those with a chart of accounts), by code.
    func organisationsKeepingBooks() throws -> Set<String>
    /// Posts one voucher into `organisation`'s books.
    @discardableResult
    func post(_ draft: VoucherDraft, into organisation: String) throws -> PostedVoucher
    /// Throws unless `code` is a postable account in `organisation`'s books.
    func requireAccount(_ code: AccountCode, in organisation: String) throws
    /// Records who did what, in the store's event log.
    func recordEvent(organisation: String?, action: String, detail: String) throws
}

/// A store of books: one SQLite file, or a PostgreSQL database. Holds one or more organisations.
public protocol BooksStore: AnyObject, Sendable {
    /// Where the store is (a file path or a connection string without its password).
    var location: String { get }
    /// Where "now" comes from for every write.
    var clock: WallClock { get }
    /// The upper layers' checks the posting path runs on every voucher (see `PostingCheck`).
    var postingChecks: [any PostingCheck] { get }
    /// How many years after today a voucher may be dated (the policy's `vouchers.date_window_years_ahead`).
    var dateWindowYearsAhead: Int { get }
    /// All organisations the store holds, by code.
    func organisations() throws -> [Organisation]
    /// The books of one organisation; with no code, the store's only organisation that keeps books.
    func books(for code: String?, user: String) throws -> any Books
    /// Recomputes everything the posting path maintains and re-checks every invariant.
    func verify() throws -> [VerifyFinding]
    /// The journal's head: vouchers chained and the last hash.
    func journalHead() throws -> (vouchers: Int64, hash: String)
    /// A consistent copy of the whole store at `destination`.
    func backup(to destination: String) throws
}
