import LedgerCore
import LedgerStore
import UnionCore

/// One audit rule (审计检查项): a stable id, a title, the document and article it rests on, how
/// much a breach weighs, and the function that looks for breaches. A new rule is one file under
/// `UnionAudit/Checks/` and one line in `AuditCatalogue.all`, with a test (beancount's plugins,
/// TigerBeetle's named rules).
///
/// Checks return what they find as values and throw only when the books cannot be read: an
/// audit lists every problem, it does not stop at the first.
public protocol Check: Sendable {
    /// Stable across versions (`remittance.late`, `voucher.withoutSignoff`): reports, scripts and
    /// the review report key on it.
    static var id: String { get }
    /// What the check looks at, as a reader would put it.
    var title: (zh: String, en: String) { get }
    /// The rule's source: the document and its article (e.g. `《基层工会经费收支管理办法》第十条`).
    var basis: String { get }
    /// How much a breach weighs; a finding may say otherwise when the check knows better.
    var severity: Severity { get }
    /// Everything the check finds in the context's books over the months of `period`.
    /// - Throws: only storage errors; what is wrong with the books is a `Finding`.
    func findings(in context: AuditContext, period: ClosedRange<YearMonth>) throws -> [Finding]
}

extension Check {
    /// The check's id, from an instance.
    public var id: String { Self.id }
}

/// What a check may read: the audited organisation's books (through the ledger's protocols) and
/// the roles its chart gives to accounts, so a check names roles, never codes.
public struct AuditContext: Sendable {
    public let books: any Books
    public let roles: ChartRoles

    public init(books: any Books, roles: ChartRoles) {
        self.books = books
        self.roles = roles
    }

    /// The context for one organisation's books, its roles read from its chart.
    public init(books: any Books) throws {
        self.init(books: books, roles: try books.chartRoles())
    }

    /// The store holding the books (for rules across organisations, e.g. the mirror check).
    public var store: any BooksStore { books.store }
}
