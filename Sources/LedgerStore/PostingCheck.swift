import LedgerCore

/// A rule of an upper layer that the one posting path runs on every voucher (budget control:
/// "an expenditure charged to a budget line may not exceed the line").
///
/// The posting path calls every check of the store after the ledger's own rules hold (accounts,
/// open month, reversal, numbering, range) and before anything of the voucher is written, inside
/// the command's one transaction: a check that throws refuses the voucher, and the command writes
/// nothing. Every entry point posts through it: `post`, `reverse`, `postDrafts`, `importVouchers`,
/// `PostingTransaction.post`, `PostingBatch.post`, and the year close.
///
/// ```swift
/// struct BudgetLineLimit: PostingCheck {
///     var limits: [String: Money]            // per budget line, for the year
///     func check(_ voucher: CheckedVoucher, in context: any PostingCheckContext) throws {
///         let year = voucher.draft.date.year
///         var spent: [String: PostingTotals] = [:]
///         for (posting, account) in voucher.lines where account.kind == .expenditure {
///             guard let line = posting.budgetLine, let limit = limits[line] else { continue }
///             let before = try spent[line] ?? context.postingTotals(.budgetLine(line), accountKind: .expenditure,
///                 from: YearMonth(year: year, month: 1), to: YearMonth(year: year, month: 12))
///             let after = try before.adding(posting)
///             spent[line] = after
///             if try after.balance(on: .debit) > limit { throw BudgetError.lineMustNotBeExceeded(line) }
///         }
///     }
/// }
/// let store = try LedgerDatabase.open(at: path, clock: clock, checks: [BudgetLineLimit(limits: …)])
/// ```
public protocol PostingCheck: Sendable {
    /// Throws to refuse `voucher`. Throw a `RuleError` (or a `LedgerError`): an import then reports
    /// it as a problem of the voucher's row, with every other bad row.
    /// - Parameters:
    ///   - voucher: the voucher as it will be written, with its accounts and number.
    ///   - context: the books as they stand inside the transaction, including every voucher posted
    ///     earlier in it (earlier rows of the same import), but not `voucher` itself.
    func check(_ voucher: CheckedVoucher, in context: any PostingCheckContext) throws
}

/// A voucher that passed every rule of the ledger and is about to be written.
public struct CheckedVoucher: Sendable {
    /// The organisation whose books take it.
    public var organisation: Organisation
    public var draft: VoucherDraft
    /// The account of each posting, in posting order.
    public var accounts: [Account]
    /// The number it will get (consecutive in its month).
    public var number: Int
    /// Σ debit = Σ credit.
    public var total: Money
    /// Who is posting it.
    public var user: String

    public init(organisation: Organisation, draft: VoucherDraft, accounts: [Account], number: Int, total: Money, user: String) {
        precondition(accounts.count == draft.postings.count, "one account per posting")
        self.organisation = organisation
        self.draft = draft
        self.accounts = accounts
        self.number = number
        self.total = total
        self.user = user
    }

    /// Each posting with its account, in order.
    public var lines: Zip2Sequence<[Posting], [Account]> { zip(draft.postings, accounts) }
}

/// What a posting check may read, inside the posting transaction.
///
/// Totals include the vouchers posted earlier in the same transaction and exclude the voucher
/// being checked, so a check adds the voucher's own amounts to what it reads.
public protocol PostingCheckContext {
    /// The organisation whose books are being posted.
    var organisation: Organisation { get }

    /// The account with this code in these books, if any.
    func account(_ code: AccountCode) -> Account?

    /// Debits and credits posted to an account and its sub-accounts in a range of months, from the
    /// maintained balances. Period-end carry-forward entries (结转) are left out: they move a
    /// year's result, they are not activity.
    /// - Parameter fund: only this restricted fund (`""`: unrestricted money); `nil`: every fund.
    /// - Complexity: O(accounts × months), never O(postings).
    func accountTotals(_ code: AccountCode, fund: String?, from: YearMonth, to: YearMonth) throws -> PostingTotals

    /// Debits and credits of the postings that carry a dimension (a budget line, a counterparty)
    /// in a range of months, optionally only on accounts of one kind. Carry-forward entries are
    /// left out.
    /// - Complexity: O(postings carrying the dimension), through an index.
    func postingTotals(_ dimension: PostingDimension, accountKind: Account.Kind?, from: YearMonth, to: YearMonth) throws -> PostingTotals

    /// The net movement (debit − credit) of an account and its sub-accounts on each day that has
    /// postings, from the first day of `from` on (nil: every day of the books), in date order.
    /// - Complexity: O(postings in those months), one query; a check reads it once per session.
    func dailyMovements(_ code: AccountCode, from: YearMonth?) throws -> [DailyMovement]

    /// Space that lives as long as the posting session (one command's transaction): a check reads
    /// what it needs once and keeps it current voucher by voucher, instead of querying per voucher.
    var scratch: PostingCheckScratch { get }
}

/// Per-session state of the posting checks, by the check's own key type.
public final class PostingCheckScratch: @unchecked Sendable {
    // A posting session runs on one thread; nothing here is shared across sessions.
    // Each value is boxed with its type's identity, so reading it back is a comparison and an
    // unchecked downcast instead of a dynamic cast from `Any` (which runs once per voucher).
    @exclusivity(unchecked) private var values: [ObjectIdentifier: (type: ObjectIdentifier, box: AnyObject)] = [:]

    private final class Box<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    public init() {}

    /// The value stored under `key`, made by `make` the first time it is asked for in the session.
    public func value<Key, Value>(for key: Key.Type, _ make: () throws -> Value) rethrows -> Value {
        if let known = values[ObjectIdentifier(key)], known.type == ObjectIdentifier(Value.self) {
            return unsafeDowncast(known.box, to: Box<Value>.self).value
        }
        let made = try make()
        set(made, for: key)
        return made
    }

    /// Replaces the value stored under `key`.
    public func set<Key, Value>(_ value: Value, for key: Key.Type) {
        values[ObjectIdentifier(key)] = (ObjectIdentifier(Value.self), Box(value))
    }
}

/// A dimension of a posting that a check can total by.
public enum PostingDimension: Hashable, Sendable {
    /// 预算项目: the budget line an amount is charged to.
    case budgetLine(String)
    /// 往来单位: the counterparty organisation's code.
    case counterparty(String)
}

/// Σ debit and Σ credit of some postings.
/// One day's net movement of an account (debit − credit).
public struct DailyMovement: Hashable, Sendable {
    public var date: LocalDate
    public var net: Money

    public init(date: LocalDate, net: Money) {
        self.date = date
        self.net = net
    }
}

public struct PostingTotals: Hashable, Sendable {
    public var debit: Money
    public var credit: Money

    public static let zero = PostingTotals(debit: .zero, credit: .zero)

    public init(debit: Money, credit: Money) {
        self.debit = debit
        self.credit = credit
    }

    /// The balance on `side`: debit − credit for `.debit` (what an expenditure line has spent),
    /// credit − debit for `.credit`.
    /// - Throws: `LedgerError.amountMustFitRange` on overflow.
    public func balance(on side: Side) throws(LedgerError) -> Money {
        side == .debit ? try debit.subtracting(credit) : try credit.subtracting(debit)
    }

    /// These totals with one more posting.
    /// - Throws: `LedgerError.amountMustFitRange` on overflow.
    public func adding(_ posting: Posting) throws(LedgerError) -> PostingTotals {
        posting.side == .debit
            ? PostingTotals(debit: try debit.adding(posting.amount), credit: credit)
            : PostingTotals(debit: debit, credit: try credit.adding(posting.amount))
    }
}
