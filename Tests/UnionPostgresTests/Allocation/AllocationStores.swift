import Foundation
import LedgerCore
import LedgerPostgres
import LedgerSQLite
import LedgerStore
import Testing
import UnionAllocation
import UnionCore
import UnionPostgres
import UnionSQLite

/// The two stores the allocation scenarios run on; PostgreSQL only when a server is there.
enum AllocationStoreKind: String, CustomTestStringConvertible, Sendable {
    /// `sqliteTables`: SQLite with a unit register import's rows moved out of memory to the
    /// temporary tables after two rows (`SQLiteUnitQueue`), as a file past its limit is held.
    case sqlite, postgres, sqliteTables

    /// The kinds a test runs on: SQLite always, PostgreSQL when `PostgresTestServer` has a server.
    static var available: [AllocationStoreKind] { PostgresTestServer.isAvailable ? [.sqlite, .postgres] : [.sqlite] }

    /// The kinds a unit register import runs on: each store, and SQLite's queue both ways.
    static var unitQueues: [AllocationStoreKind] { available + [.sqliteTables] }

    var testDescription: String { rawValue }
}

/// A federation (XF) keeping books, a grassroots union keeping its own books under it (GH101, self),
/// and units registered without books by `org import`, one per other channel — on either store,
/// built through the same public API (as UnionFundsTests' `AllocationFixture` on SQLite).
final class AllocationBooks {
    let kind: AllocationStoreKind
    let folder: URL
    let books: any BooksStore
    let store: any AllocationStore
    /// Set on PostgreSQL: the database (dropped with the fixture) and the store's session for raw SQL.
    let postgres: PostgresStore?
    private let database: TestDatabase?

    static let clock: WallClock = { (try? WallClock.pinned("2026-06-01T09:00:00Z")) ?? .system }()

    init(_ kind: AllocationStoreKind) throws {
        self.kind = kind
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-pgalloc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let start = try YearMonth(year: 2026, month: 1)
        let federation = NewOrganisation(code: "XF", name: "示例县总工会", kind: "county-federation", firstPeriod: start)
        let union = NewOrganisation(code: "GH101", name: "示例钢铁有限公司工会", kind: "enterprise", firstPeriod: start)
        switch kind {
        case .sqlite, .sqliteTables:
            let file = try UnionSchema.createBooks(at: folder.appendingPathComponent("books.sqlite").path, clock: Self.clock)
            _ = try file.addOrganisation(federation, chart: try ChartProfile(.federation2021).accounts, user: "tester")
            _ = try file.addOrganisation(union, chart: try ChartProfile(.grassroots2021).accounts, user: "tester")
            try OrganisationRegister(store: UnionSQLiteStores(database: file).organisations, user: "tester")
                .update(code: "GH101", parent: "XF", bankName: nil, bankAccount: nil, channel: .direct)
            books = file
            store = kind == .sqliteTables ? SQLiteAllocationStore(database: file, unitsInMemoryMax: 2) : UnionSQLiteStores(database: file).allocation
            postgres = nil
            database = nil
        case .postgres:
            let fresh = try PostgresTestServer.freshDatabase()
            let server = try UnionPostgresStores.createBooks(url: fresh.url, clock: Self.clock)
            _ = try server.addOrganisation(federation, chart: try ChartProfile(.federation2021).accounts, user: "tester")
            _ = try server.addOrganisation(union, chart: try ChartProfile(.grassroots2021).accounts, user: "tester")
            // The organisation register's store is another area's; the same change as `org set` makes,
            // in a transaction of the store's, so the change journal links it.
            _ = try server.session.transaction {
                try server.session.query("""
                    UPDATE organisation SET parent_id = (SELECT id FROM organisation WHERE code = 'XF'), channel = 'self' WHERE code = 'GH101'
                    """)
            }
            books = server
            store = UnionPostgresStores(store: server).allocation
            postgres = server
            database = fresh
        }
        let units = try importUnits("units.csv", """
            code,name,kind,parent,channel
            T40,T40单位,enterprise,XF,tax-40
            TF,TF单位,enterprise,XF,tax-full
            FI,FI单位,enterprise,XF,fiscal
            PR,PR单位,enterprise,XF,prep

            """)
        #expect(units == .imported(rows: 4, registered: 4, unchanged: 0))
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func importUnits(_ name: String, _ text: String) throws -> UnitImportOutcome {
        try UnitImport(store: store, user: "tester").importFile(path: try write(name, text), displayName: name,
                                                                channels: try store.policy().channelTerms(on: Self.clock.today()))
    }

    func importPayroll(_ name: String, _ rows: String) throws -> PayrollImportOutcome {
        try PayrollRegister(store: store, user: "tester").importFile(
            path: try write(name, "unit_code,unit_name,month,headcount,wage_total\n" + rows), displayName: name)
    }

    func allocate(_ month: Int) throws -> AllocationOutcome {
        try PayrollAllocator(store: store, user: "tester", policy: try store.policy()).allocate(month: try YearMonth(year: 2026, month: month))
    }

    var remittance: RemittanceBook { RemittanceBook(store: store, user: "tester") }

    func arrearsLedger() throws -> ArrearsLedger { ArrearsLedger(store: store, user: "tester", policy: try store.policy()) }

    func balance(_ organisation: String, _ account: String, through month: String = "2026-12") throws -> Money {
        let trial = try books.books(for: organisation, user: "tester")
            .trialBalance(from: try YearMonth(year: 2026, month: 1), to: try YearMonth(parsing: month))
        return trial.rows.first { $0.account.code.rawValue == account }?.closing ?? .zero
    }

    /// Every voucher in the organisation's books, one line each: what both stores must agree on.
    func journal(_ organisation: String) throws -> [String] {
        try books.books(for: organisation, user: "tester").vouchers().map { voucher in
            "\(voucher.date) \(voucher.number) \(voucher.kind) \(voucher.summary) [\(voucher.externalReference)] "
                + voucher.postings.map { "\($0.side == .debit ? "借" : "贷") \($0.account.rawValue) \($0.amount.plainString) \($0.memo)" }
                .joined(separator: " / ")
        }
    }

    /// The arrears table as `arrears` prints it, one line per unit and month.
    func arrearsTable(asOf: String) throws -> [String] {
        let summary = try arrearsLedger().arrears(asOf: try LocalDate(parsing: asOf), withMonths: true)
        var lines = summary.units.map { unit in
            "\(unit.code) due \(unit.due.plainString) paid \(unit.paid.plainString) out \(unit.outstanding.plainString) "
                + "credit \(unit.credit.plainString) fee \(unit.lateFee.plainString) oldest \(unit.oldestUnpaid.map { "\($0)" } ?? "-") "
                + "bucket \(unit.bucket.map { "\($0)" } ?? "-") \(unit.status.rawValue) \(unit.statusDate.map { "\($0)" } ?? "-") "
                + unit.months.map { "\($0.month):\($0.outstanding.plainString)/\($0.daysLate)/\($0.lateFee.plainString)" }.joined(separator: ",")
        }
        lines.append("total due \(summary.due.plainString) paid \(summary.paid.plainString) out \(summary.outstanding.plainString) "
                     + "credit \(summary.credit.plainString) fee \(summary.lateFee.plainString)")
        return lines
    }
}

/// Short forms for the scenarios' dates and amounts; a literal that does not parse is a test failure.
enum AllocationValues {
    static func day(_ text: String) -> LocalDate {
        do { return try LocalDate(parsing: text) } catch {
            Issue.record("not a date: \(text)")
            return YearMonth(ordinal: 0).firstDay
        }
    }

    static func yuan(_ text: String) -> Money {
        do { return try Money(parsing: text) } catch {
            Issue.record("not an amount: \(text)")
            return .zero
        }
    }

    /// A month of 2026.
    static func month(_ month: Int) -> YearMonth { YearMonth(ordinal: 2026 * 12 + month - 1) }
}
