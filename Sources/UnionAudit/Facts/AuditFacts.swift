import LedgerCore
import LedgerStore
import UnionCore

/// What the audit may read besides the ledger, each behind a read-only protocol the storage module
/// implements (UnionSQLite) and a test can fake. A source left out makes the checks that need it
/// report "not determinable from these books" (`NotDeterminable`), never a clean result.
///
/// ```
/// AuditContext ── books (LedgerStore.Books: vouchers with approval records, trial balances, events)
///   ├─ organisations  UnionCore.OrganisationStore   who was chair when (tenures), the bank account
///   ├─ journal        AuditJournal                  the period's vouchers read in bulk (else Books.vouchers)
///   ├─ trail          PostingTrail                  when each voucher was posted
///   ├─ budget         BudgetFacts                   budget lines, actuals, adjustments and their approvals
///   ├─ payroll        PayrollFacts                  declared payroll and the 2% allocated on it
///   ├─ dues           DuesFacts                     dues assessed and paid per month
///   ├─ members        MemberFacts                   active members on a day
///   └─ register       FindingsRegister              earlier runs and findings (整改), audited persons' comments
/// ```
public struct AuditFacts: Sendable {
    public var organisations: (any OrganisationStore)?
    public var journal: (any AuditJournal)?
    public var trail: (any PostingTrail)?
    public var budget: (any BudgetFacts)?
    public var payroll: (any PayrollFacts)?
    public var dues: (any DuesFacts)?
    public var members: (any MemberFacts)?
    public var register: (any FindingsRegister)?

    public init(organisations: (any OrganisationStore)? = nil, journal: (any AuditJournal)? = nil, trail: (any PostingTrail)? = nil,
                budget: (any BudgetFacts)? = nil,
                payroll: (any PayrollFacts)? = nil, dues: (any DuesFacts)? = nil, members: (any MemberFacts)? = nil,
                register: (any FindingsRegister)? = nil) {
        self.organisations = organisations
        self.journal = journal
        self.trail = trail
        self.budget = budget
        self.payroll = payroll
        self.dues = dues
        self.members = members
        self.register = register
    }

    /// No source besides the ledger.
    public static let none = AuditFacts()
}

/// The posted vouchers of a run of months with their postings and approval records, read in a
/// few statements: an audit reads every voucher of its period, which `Books.vouchers` does one
/// voucher at a time. Must give exactly what `Books.vouchers(from:to:limit:)` gives.
public protocol AuditJournal: Sendable {
    /// Every voucher of `organisation` dated in `months`, in period and number order.
    func vouchers(organisation: String, months: ClosedRange<YearMonth>) throws -> [PostedVoucher]
}

/// When each posted voucher entered the books (记账时间), for back-dated and out-of-period entries.
public protocol PostingTrail: Sendable {
    /// The posting timestamp (ISO 8601, UTC) of every voucher of `organisation` dated in `months`, by voucher id.
    func postingTimes(organisation: String, months: ClosedRange<YearMonth>) throws -> [Int64: String]
}

/// One month's payroll as the unit declared it, and the 2% the register allocated on it.
public struct DeclaredPayrollMonth: Sendable, Hashable {
    public var month: YearMonth
    public var headcount: Int64
    public var wageTotal: Money
    /// The 2% the allocation register recorded for the month (应拨), nil when the month was never allocated.
    public var allocated: Money?

    public init(month: YearMonth, headcount: Int64, wageTotal: Money, allocated: Money?) {
        self.month = month
        self.headcount = headcount
        self.wageTotal = wageTotal
        self.allocated = allocated
    }
}

/// Payroll declarations (工资总额申报) and the 2% allocated on them, for one unit.
public protocol PayrollFacts: Sendable {
    /// The latest declaration of every month in `months` the unit declared, by month; empty when none.
    func declaredPayroll(unit: String, months: ClosedRange<YearMonth>) throws -> [DeclaredPayrollMonth]
    /// The rate in force for the month's payroll (工会法 art. 43: 2%), from the policy.
    func allocationRate(for month: YearMonth) throws -> Rate
}

/// One month's member dues in these books: assessed (应收) and paid (实收).
public struct DuesMonthFact: Sendable, Hashable {
    public var month: YearMonth
    public var members: Int
    public var assessed: Money
    public var paid: Money

    public init(month: YearMonth, members: Int, assessed: Money, paid: Money) {
        self.month = month
        self.members = members
        self.assessed = assessed
        self.paid = paid
    }
}

/// Member dues assessed and paid.
public protocol DuesFacts: Sendable {
    /// The months of `months` with dues assessed in `books`, in order; empty when none was assessed.
    func dues(books: Organisation, months: ClosedRange<YearMonth>) throws -> [DuesMonthFact]
}

/// The member register, as far as the audit needs it.
public protocol MemberFacts: Sendable {
    /// Members of `unit` in good standing (在册) on `date`; nil when the register holds no member of the unit.
    func activeMembers(unit: String, on date: LocalDate) throws -> Int?
}
