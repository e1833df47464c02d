import Foundation
import GRDB
import LedgerCore
import LedgerSQLite
import LedgerStore
import UnionAudit
import UnionCore
import UnionSQLite

/// A grassroots union on the official 2021 chart in a temporary SQLite file, from January 2025 (so
/// a year before the audited 2026 exists), with 王明 as chair since 2020 and the built-in default
/// policy. Vouchers are posted with the approval record a test wants, through the one posting path.
final class AuditFixture {
    let folder: URL
    let path: String
    let database: LedgerDatabase
    let books: any Books
    let stores: UnionSQLiteStores
    /// Sources a scenario fakes (budgets, payroll, dues) in place of the file's.
    var budget: (any BudgetFacts)?
    /// Audit as if the books had no budget module at all.
    var withoutBudgets = false
    var payroll: (any PayrollFacts)?
    var dues: (any DuesFacts)?

    static let chair = "王明"
    static let year = YearMonth(ordinal: 2026 * 12)...YearMonth(ordinal: 2026 * 12 + 11)

    init(chair: Bool = true, clock: WallClock = .system) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-audit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("books.sqlite").path
        database = try UnionSchema.createBooks(at: path, clock: clock)
        books = try database.addOrganisation(
            NewOrganisation(code: "GH", name: "示例工会", kind: "enterprise", firstPeriod: try YearMonth(year: 2025, month: 1)),
            chart: try ChartProfile(.official2021Grassroots).accounts, user: "会计")
        stores = UnionSQLiteStores(database: database)
        if chair { try addTenure(person: Self.chair, from: "2020-01-01", to: nil) }
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    @discardableResult
    func addTenure(person: String, from: String, to: String?, role: OfficerRole = .chair) throws -> Int64 {
        try OrganisationRegister(store: stores.organisations, user: "组织部").addTenure(
            organisation: "GH", role: role, person: person, start: try LocalDate(parsing: from), end: try to.map { try LocalDate(parsing: $0) })
    }

    /// The audit's context over the file, with the faked sources in place.
    func context() throws -> AuditContext {
        let policy = try stores.policies.current()
        var facts = stores.auditFacts
        facts.budget = withoutBudgets ? nil : budget ?? BudgetStoreFacts(store: stores.budgets, books: books, policy: policy)
        if let payroll { facts.payroll = payroll }
        if let dues { facts.dues = dues }
        return try AuditContext(books: books, policy: policy, facts: facts)
    }

    /// What one check finds over 2026.
    func findings(_ check: any Check, period: ClosedRange<YearMonth> = AuditFixture.year) throws -> [Finding] {
        try check.findings(in: try context(), period: period)
    }

    /// The usual approval: prepared by 会计, reviewed by 审核, signed off by the chair the day before.
    static func approval(on date: LocalDate, signoff: String? = AuditFixture.chair, decision: VoucherApproval.CollectiveDecision? = nil,
                         preparedBy: String = "会计", reviewedBy: String = "审核", singleOperator: Bool = false) -> VoucherApproval {
        VoucherApproval(preparedBy: preparedBy, reviewedBy: reviewedBy, reviewedAt: "\(date)T09:00:00Z", singleOperator: singleOperator,
                        signoff: signoff.map { VoucherApproval.SignOff(by: $0, date: date) }, decision: decision)
    }

    /// Posts one voucher: lines are (code, side, amount).
    @discardableResult
    func post(_ day: String, _ summary: String, _ lines: [(String, Side, String)], approval: VoucherApproval?? = .none,
              attachments: Int = 1, fund: String = "", source: String = "") throws -> PostedVoucher {
        let date = try LocalDate(parsing: day)
        let record: VoucherApproval? = switch approval {
        case .none: Self.approval(on: date)
        case .some(let given): given
        }
        return try books.post(VoucherDraft(date: date, summary: summary, postings: try lines.map {
            Posting(account: try AccountCode($0.0), side: $0.1, amount: try Money(parsing: $0.2))
        }, source: source, attachments: attachments, approval: record, fund: fund))
    }

    /// Spending paid from the bank: 借 `account` 贷 102.
    @discardableResult
    func spend(_ day: String, _ summary: String, _ amount: String, account: String = "50102", approval: VoucherApproval?? = .none,
               attachments: Int = 1, fund: String = "") throws -> PostedVoucher {
        try post(day, summary, [(account, .debit, amount), ("102", .credit, amount)], approval: approval, attachments: attachments, fund: fund)
    }

    /// Closes every month from the books' first through `last` (months close in order).
    func closeThrough(_ last: YearMonth) throws {
        for ordinal in (2025 * 12)...last.ordinal { try books.closeMonth(YearMonth(ordinal: ordinal)) }
    }

    /// Runs raw SQL on the file behind the engine's back (tampering scenarios).
    func tamper(_ sql: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: sql) }
    }
}

/// Budgets as a budget module would report them.
struct FakeBudget: BudgetFacts {
    var lines: [BudgetLineFact]?
    var adjustments: [BudgetAdjustmentFact] = []
    func budgetLines(organisation: String, year: Int, through: YearMonth) throws -> [BudgetLineFact]? { lines }
    func budgetAdjustments(organisation: String, year: Int) throws -> [BudgetAdjustmentFact] { adjustments }
}

/// Payroll declarations as the allocation register would report them.
struct FakePayroll: PayrollFacts {
    var months: [DeclaredPayrollMonth]
    func declaredPayroll(unit: String, months range: ClosedRange<YearMonth>) throws -> [DeclaredPayrollMonth] {
        months.filter { range.contains($0.month) }
    }
    func allocationRate(for month: YearMonth) throws -> Rate { try Rate(basisPoints: 200) }
}

/// Dues as the dues register would report them.
struct FakeDues: DuesFacts {
    var months: [DuesMonthFact]
    func dues(books: Organisation, months range: ClosedRange<YearMonth>) throws -> [DuesMonthFact] {
        months.filter { range.contains($0.month) }
    }
}

/// A month or an amount written in a test.
func auditMonth(_ text: String) -> YearMonth { (try? YearMonth(parsing: text)) ?? YearMonth(ordinal: 0) }
func auditMoney(_ text: String) -> Money { (try? Money(parsing: text)) ?? .zero }
