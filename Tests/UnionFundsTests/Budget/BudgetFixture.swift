import Foundation
import InputFiles
import LedgerCore
import LedgerSQLite
import LedgerStore
import UnionSQLite
@testable import UnionCore
@testable import UnionStatements

/// A union's books on an official 2021 chart with its budgets, in a temporary folder: the budget
/// tests' fixture. Grassroots by default; `.official2021County` for the stabilisation-fund rules.
struct BudgetBooks {
    let folder: URL
    let database: LedgerDatabase
    let books: any Books
    let stores: UnionSQLiteStores
    let book: BudgetBook

    init(profile: ChartProfile.Name = .official2021Grassroots, kind: String = "enterprise") throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-budget-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let base = try UnionSchema.createBooks(at: folder.appendingPathComponent("books.sqlite").path,
                                             clock: try WallClock.pinned("2026-01-05T09:00:00Z"))
        database = UnionSQLiteStores.withBudgetControl(base)
        books = try database.addOrganisation(
            NewOrganisation(code: "GH", name: "示例工会", kind: kind, firstPeriod: try YearMonth(year: 2026, month: 1)),
            chart: try ChartProfile(profile).accounts, user: "会计")
        stores = UnionSQLiteStores(database: database)
        book = BudgetBook(store: stores.budgets, books: books)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    static let header = "科目编码,类别,项目,本年预算数\n"

    /// The basic budget the tests start from: revenue 100,000.00; spending 501 60,000.00, 504 10,000.00,
    /// project 50102/运动会 5,000.00; 510 1,000.00.
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

    /// Drafts a budget (or an adjustment with `reason`) from CSV rows under the header.
    @discardableResult
    func draft(_ rows: String = BudgetBooks.standard, reason: String? = nil, policy: BudgetPolicy = .standard) throws -> BudgetSheet {
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

    /// Posts a voucher; `budgetLine` tags every expenditure posting.
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
}

extension BudgetPolicy {
    /// The standard policy with another control mode.
    func with(control: Control) -> BudgetPolicy {
        var copy = self
        copy.control = control
        return copy
    }
}
