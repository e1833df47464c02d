import Foundation
import LedgerCore
import LedgerSQLite
import LedgerStore
import UnionSQLite
@testable import UnionCore
@testable import UnionAllocation
@testable import UnionStatements

/// A county federation (XF, official county+ chart) with grassroots unions keeping their books in
/// the same file (official grassroots chart), a unit registered without books (DW001), and, when
/// asked, XF's own parent, a city federation keeping books (CF).
struct ConsolidationFixture {
    let folder: URL
    let database: LedgerDatabase
    let store: any AllocationStore

    init(grassroots: [(code: String, channel: CollectionChannel)] = [("GH101", .direct), ("GH102", .taxFull)], city: Bool = false) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-consolidation-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        database = try UnionSchema.createBooks(at: folder.appendingPathComponent("books.sqlite").path)
        let start = try YearMonth(year: 2026, month: 1)
        let register = OrganisationRegister(store: UnionSQLiteStores(database: database).organisations, user: "tester")
        if city {
            _ = try database.addOrganisation(NewOrganisation(code: "CF", name: "示例市总工会", kind: "city-federation", firstPeriod: start),
                                             chart: try ChartProfile(.official2021County).accounts, user: "tester")
        }
        _ = try database.addOrganisation(NewOrganisation(code: "XF", name: "示例县总工会", kind: "county-federation", firstPeriod: start),
                                         chart: try ChartProfile(.official2021County).accounts, user: "tester")
        if city { try register.update(code: "XF", parent: "CF", bankName: nil, bankAccount: nil, channel: nil) }
        for (code, channel) in grassroots {
            _ = try database.addOrganisation(NewOrganisation(code: code, name: "\(code)工会", kind: "enterprise", firstPeriod: start),
                                             chart: try ChartProfile(.official2021Grassroots).accounts, user: "tester")
            try register.update(code: code, parent: "XF", bankName: nil, bankAccount: nil, channel: channel)
        }
        try register.add(code: "DW001", name: "示例机械有限公司工会", kind: "enterprise", parent: "XF", channel: .direct, firstPeriod: start)
        store = UnionSQLiteStores(database: database).allocation
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func books(_ code: String) throws -> any Books { try database.books(for: code, user: "tester") }

    /// Posts one voucher: (account, debit?, amount in fen, counterparty).
    @discardableResult
    func post(_ organisation: String, _ date: String, _ lines: [(String, Bool, Int64, String?)], summary: String = "测试") throws -> PostedVoucher {
        try books(organisation).post(VoucherDraft(date: try LocalDate(parsing: date), summary: summary, postings: try lines.map {
            Posting(account: try AccountCode($0.0), side: $0.1 ? .debit : .credit, amount: Money(fen: $0.2), counterparty: $0.3)
        }))
    }

    func balance(_ organisation: String, _ account: String, year: Int = 2026) throws -> Money {
        let trial = try books(organisation).trialBalance(from: try YearMonth(year: year, month: 1), to: try YearMonth(year: year + 1, month: 12))
        var sum = Money.zero
        for row in trial.rows where row.account.code.isWithin(try AccountCode(account)) { sum = try sum.adding(row.closing) }
        return sum
    }

    func consolidated(_ federation: String = "XF", year: Int = 2026, levels: Int? = nil) throws -> ConsolidatedStatements {
        try ConsolidatedStatements.make(store: database, register: try UnionSQLiteStores(database: database).organisations.organisations(),
                                        federation: federation, year: year, levels: levels, user: "tester", language: .zh)
    }

    /// One book's own annual form.
    func statement(_ organisation: String, _ kind: StatementForm.Kind, year: Int = 2026) throws -> OfficialStatement {
        try OfficialStatement.make(books: try books(organisation), form: kind, period: .year(year), detail: false, language: .zh)
    }
}

extension OfficialStatement {
    /// The value of line `number` in column `column`.
    func value(line number: Int, column: Int) -> Money {
        rows.first { $0.line.number == number }?.values[column] ?? .zero
    }
}
