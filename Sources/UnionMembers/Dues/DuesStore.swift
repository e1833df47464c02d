import LedgerCore
import LedgerStore
import UnionCore

/// Where dues assessed and paid are kept: the reads and writes `MemberDues` needs. Implemented by
/// `SQLiteDuesStore` (UnionSQLite).
///
/// ```
/// MemberDues (assess, collect, arrears) over one set of books
///   ├─ duesLines(books:month:), owedDuesLines(books:through:paidBy:)   reads
///   ├─ withDuesAssessment ── DuesAssessmentTransaction                 no vouchers (cash basis)
///   └─ withDuesCollection ── DuesCollectionTransaction                 posts through the one posting path
/// ```
public protocol DuesStore: Sendable {
    /// The month's dues lines of the members whose dues `books` keep, by unit and member number.
    func duesLines(books: Organisation, month: YearMonth) throws -> [DuesLine]
    /// Every line of `books` up to and including `through` that is not exempt, by unit, member number and month,
    /// each line's `paid` counting only the payments dated on or before `paidBy` (what was known that day).
    func owedDuesLines(books: Organisation, through: YearMonth, paidBy: LocalDate) throws -> [DuesLine]
    /// Runs `body` in one write transaction over `books`' assessments; `user` is recorded on every row.
    func withDuesAssessment<T>(books: Organisation, user: String, _ body: (any DuesAssessmentTransaction) throws -> T) throws -> T
    /// Runs `body` in one write transaction of `books` in which it may post vouchers and record payments.
    func withDuesCollection<T>(books: any Books, _ body: (any DuesCollectionTransaction) throws -> T) throws -> T
}

/// An assessment run's reads and writes.
public protocol DuesAssessmentTransaction {
    /// Every registered organisation: which units' members these books keep dues for.
    func organisations() throws -> [RegisteredOrganisation]
    /// Every member who had joined by the end of `month`, with the state in force then and the
    /// month's assessment on record, by member.
    func assessmentCandidates(month: YearMonth) throws -> [DuesCandidate]
    func insertAssessment(memberNumber: String, month: YearMonth, _ assessment: DuesAssessment) throws
    func updateAssessment(memberNumber: String, month: YearMonth, _ assessment: DuesAssessment) throws
    func deleteAssessment(memberNumber: String, month: YearMonth) throws
    /// The dues of the month across the books' assessments, and how many of them are exempt.
    func assessmentTotals(month: YearMonth) throws -> (total: Money, exempt: Int)
    /// Records who did what in the file's event log.
    func recordEvent(action: String, detail: String) throws
}

/// A collection run's reads and writes; its vouchers go through the one posting path.
public protocol DuesCollectionTransaction: ImportedContentLog {
    /// Posts one voucher into the books (every rule of `Books.post`).
    func post(_ draft: VoucherDraft) throws -> PostedVoucher
    /// What each member assessed in these books for `month`, not exempt, still owes (zero and
    /// overpaid lines included), by member.
    func unpaidDues(month: YearMonth) throws -> [(memberNumber: String, owed: Money)]
    /// A member's dues for a month, wherever assessed; nil when no member has this number.
    func standing(memberNumber: String, month: YearMonth) throws -> DuesStanding?
    /// Records a payment against its voucher.
    func recordPayment(_ payment: DuesPayment, voucherID: Int64) throws
}

/// A member, their state in a month, and that month's assessment if one is on record.
public struct DuesCandidate: Sendable, Hashable {
    public var memberNumber: String
    public var unit: String
    public var status: MemberStatus
    public var wageBase: Money
    public var existing: DuesAssessment?
    /// Something has been paid on the month already.
    public var hasPayments: Bool

    public init(memberNumber: String, unit: String, status: MemberStatus, wageBase: Money, existing: DuesAssessment?,
                hasPayments: Bool) {
        self.memberNumber = memberNumber
        self.unit = unit
        self.status = status
        self.wageBase = wageBase
        self.existing = existing
        self.hasPayments = hasPayments
    }
}

/// Where a member's dues for one month stand, for checking a payment.
public struct DuesStanding: Sendable, Hashable {
    /// The month's assessment: in which books (organisation id) and how much.
    public struct Assessment: Sendable, Hashable {
        public var books: Int64
        public var amount: Money

        public init(books: Int64, amount: Money) {
            self.books = books
            self.amount = amount
        }
    }

    /// nil when the month is not assessed for the member.
    public var assessment: Assessment?
    /// Paid so far on the month.
    public var paid: Money

    public init(assessment: Assessment?, paid: Money) {
        self.assessment = assessment
        self.paid = paid
    }
}

/// One member's payment of one month's dues.
public struct DuesPayment: Sendable, Hashable {
    public var memberNumber: String
    public var month: YearMonth
    public var amount: Money
    public var method: DuesPaymentMethod
    public var date: LocalDate

    public init(memberNumber: String, month: YearMonth, amount: Money, method: DuesPaymentMethod, date: LocalDate) {
        self.memberNumber = memberNumber
        self.month = month
        self.amount = amount
        self.method = method
        self.date = date
    }
}
