import Foundation
import InputFiles
import LedgerCore
import LedgerPostgres
import LedgerSQLite
import LedgerStore
import Testing
import UnionAudit
import UnionCore
import UnionPostgres
import UnionSQLite
import UnionStatements

/// Which store a budget or findings scenario runs on.
enum BudgetStoreKind: String, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    var testDescription: String { rawValue }

    /// The stores the scenarios run on: SQLite always, PostgreSQL when a server is up (without
    /// one the PostgreSQL cases are not generated; the schema suite says why it skipped).
    static let available: [BudgetStoreKind] = PostgresTestServer.isAvailable ? [.sqlite, .postgres] : [.sqlite]
}

/// A union's books on the official 2021 grassroots chart with budget control on, on either store,
/// opened the way the CLI opens them: the budget tests' fixture for both stores (the SQLite one is
/// UnionFundsTests' `BudgetBooks`). Organisation GH from January 2026, clock pinned, so both
/// stores write the same rows; 王明 chair since 2020 (tenure `chair`) for the findings register.
final class BudgetStores: @unchecked Sendable {
    let kind: BudgetStoreKind
    let folder: URL
    let books: any Books
    let budgets: any BudgetStore
    let findings: any FindingsRegister
    let policies: any PolicyStore
    let book: BudgetBook
    /// The chair's tenure id.
    private(set) var chair: Int64 = 0
    private let sqlite: LedgerDatabase?
    private let postgres: PostgresStore?
    /// Keeps the PostgreSQL test database until the fixture goes.
    private let database: TestDatabase?

    static let clock: WallClock = (try? WallClock.pinned("2026-01-05T09:00:00Z")) ?? .system

    init(_ kind: BudgetStoreKind) throws {
        self.kind = kind
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-pgbudget-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let organisation = NewOrganisation(code: "GH", name: "示例工会", kind: "enterprise", firstPeriod: try YearMonth(year: 2026, month: 1))
        let chart = try ChartProfile(.official2021Grassroots).accounts
        switch kind {
        case .sqlite:
            let base = try UnionSchema.createBooks(at: folder.appendingPathComponent("books.sqlite").path, clock: Self.clock)
            let controlled = UnionSQLiteStores.withBudgetControl(base)
            books = try controlled.addOrganisation(organisation, chart: chart, user: "会计")
            let stores = UnionSQLiteStores(database: controlled)
            (budgets, findings, policies) = (stores.budgets, stores.findingsRegister, stores.policies)
            (sqlite, postgres, database) = (controlled, nil, nil)
        case .postgres:
            let fresh = try PostgresTestServer.freshDatabase()
            let base = try UnionPostgresStores.createBooks(url: fresh.url, clock: Self.clock)
            let controlled = UnionPostgresStores.withBudgetControl(base)
            books = try controlled.addOrganisation(organisation, chart: chart, user: "会计")
            let stores = UnionPostgresStores(store: controlled)
            (budgets, findings, policies) = (stores.budgets, stores.findingsRegister, stores.policies)
            (sqlite, postgres, database) = (nil, controlled, fresh)
        }
        book = BudgetBook(store: budgets, books: books)
        chair = try insertTenure(person: "王明", from: "2020-01-01")
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    // MARK: Behind the engine's back

    /// Runs one statement on the store directly (a hand edit, a dropped trigger).
    func execute(_ sql: String) throws {
        if let sqlite { try sqlite.write { db in try db.execute(sql: sql) } }
        if let postgres { try postgres.session.query(sql) }
    }

    /// The number one query returns in its column `n`.
    func number(_ sql: String) throws -> Int64 {
        if let sqlite { return try sqlite.read { db in try Int64.fetchOne(db, sql: sql) ?? -1 } }
        guard let postgres else { return -1 }
        return try postgres.session.one(sql).int("n")
    }

    /// A chair's term, written as the organisation register writes it.
    func insertTenure(person: String, from: String) throws -> Int64 {
        try execute("""
            INSERT INTO tenure(org_id, role, person, start_date, recorded_by) VALUES (\(books.organisation.id), 'chair', '\(person)', '\(from)', '组织部')
            """)
        return try number("SELECT max(id) AS n FROM tenure")
    }

    /// Disables a trigger, so a test can store what the engine never would.
    func dropTrigger(_ name: String, on table: String) throws {
        try execute(kind == .sqlite ? "DROP TRIGGER \(name)" : "DROP TRIGGER \(name) ON \(table)")
    }

    // MARK: The budget scenarios (as UnionFundsTests' BudgetBooks)

    static let header = "科目编码,类别,项目,本年预算数\n"

    /// Revenue 100,000.00; spending 501 60,000.00, 504 10,000.00, project 50102/运动会 5,000.00; 510 1,000.00.
    static let standard = """
        402,收入,,90000.00
        401,收入,,10000.00
        501,基本支出,,60000.00
        504,基本支出,,10000.00
        50102,项目支出,运动会,5000.00
        510,基本支出,,1000.00

        """

    func write(_ name: String, _ text: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @discardableResult
    func draft(_ rows: String = BudgetStores.standard, reason: String? = nil, policy: BudgetPolicy = .standard) throws -> BudgetSheet {
        let path = try write("budget.csv", Self.header + rows)
        return try book.draft(rows: try BudgetFile.read(path: path, displayName: "budget.csv"), file: "budget.csv", year: 2026,
                              reason: reason, policy: policy)
    }

    /// Records every step of the chain, on consecutive days from `day`.
    func approveAll(_ subject: ApprovalSubject = .budget, from day: String = "2026-01-10", policy: BudgetPolicy = .standard) throws {
        var date = try LocalDate(parsing: day)
        for step in policy.approvalChain {
            _ = try book.approve(year: 2026, subject: subject, step: step, date: date, signer: "签署人", meeting: "第一届第1次会议",
                                 opinion: "同意", policy: policy)
            date = try LocalDate(year: date.year, month: date.month, day: min(date.day + 1, 28))
        }
    }

    /// Money in the bank, a drafted standard budget, approved 2026-01-10…12.
    func approvedBudget() throws {
        try post("2026-01-02", [("102", .debit, "500000.00"), ("32205", .credit, "500000.00")])
        try draft()
        try approveAll()
    }

    @discardableResult
    func post(_ day: String, _ lines: [(String, Side, String)], budgetLine: String? = nil) throws -> PostedVoucher {
        try books.post(VoucherDraft(date: LocalDate(parsing: day), summary: "测试", postings: try lines.map {
            var posting = Posting(account: try AccountCode($0.0), side: $0.1, amount: try Money(parsing: $0.2))
            posting.budgetLine = budgetLine
            return posting
        }))
    }

    /// Spends `amount` on `account` from the bank.
    @discardableResult
    func spend(_ day: String, _ account: String, _ amount: String, project: String? = nil) throws -> PostedVoucher {
        try post(day, [(account, .debit, amount), ("102", .credit, amount)], budgetLine: project)
    }

    func setPolicy(_ json: String) throws {
        try policies.storePolicy(try PolicyDocument(json: Data(json.utf8), source: "test.json"), user: "会计")
    }
}

func budgetDay(_ text: String) throws -> LocalDate { try LocalDate(parsing: text) }
func budgetMoney(_ text: String) -> Money { (try? Money(parsing: text)) ?? .zero }
