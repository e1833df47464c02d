import Foundation
import GRDB
import LedgerCore
import LedgerPostgres
import LedgerSQLite
import LedgerStore
import Testing
import UnionCore
import UnionMembers
import UnionPostgres
import UnionSQLite

/// Which store a member-register scenario runs on. Without a PostgreSQL server only SQLite runs
/// (the PostgreSQL case is left out of the arguments, `PostgresTestServer.skipReason`).
enum MembersStoreKind: String, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    var testDescription: String { rawValue }

    static let available: [MembersStoreKind] = PostgresTestServer.isAvailable ? [.sqlite, .postgres] : [.sqlite]
}

/// A fresh book on either store for the member register and dues: the federation XF (books of its
/// own, chart `federation2021`), its unit DW001 (no books: XF keeps its members' dues) and a
/// grassroots union GH2 with books of its own. The clock is pinned at 2026-11-21.
struct MembersBook {
    static let today = "2026-11-21"

    let kind: MembersStoreKind
    let folder: URL
    let booksStore: any BooksStore
    let members: any MemberStore
    let dues: any DuesStore
    private let sqlite: LedgerDatabase?
    private let postgres: PostgresStore?
    /// Keeps the PostgreSQL test database until the book goes.
    private let database: TestDatabase?

    init(_ kind: MembersStoreKind) throws {
        self.kind = kind
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-members-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let clock = try WallClock.pinned("\(Self.today)T09:00:00Z")
        let start = try YearMonth(year: 2026, month: 1)
        let federation = NewOrganisation(code: "XF", name: "示例县总工会", kind: "county-federation", firstPeriod: start)
        let grassroots = NewOrganisation(code: "GH2", name: "另一工会", kind: "enterprise", firstPeriod: start)
        switch kind {
        case .sqlite:
            let database = try UnionSchema.createBooks(at: folder.appendingPathComponent("books.sqlite").path, clock: clock)
            _ = try database.addOrganisation(federation, chart: try ChartProfile(.federation2021).accounts, user: "tester")
            _ = try database.addOrganisation(grassroots, chart: try ChartProfile(.grassroots2021).accounts, user: "tester")
            let stores = UnionSQLiteStores(database: database)
            try OrganisationRegister(store: stores.organisations, user: "tester")
                .add(code: "DW001", name: "示例机械有限公司工会", kind: "enterprise", parent: "XF", bankName: "工商银行",
                     bankAccount: "6222000011112222", channel: .tax40, firstPeriod: start)
            sqlite = database
            postgres = nil
            self.database = nil
            booksStore = database
            members = stores.members
            dues = stores.dues
        case .postgres:
            let database = try PostgresTestServer.freshDatabase()
            let store = try UnionPostgresStores.createBooks(url: database.url, clock: clock)
            _ = try store.addOrganisation(federation, chart: try ChartProfile(.federation2021).accounts, user: "tester")
            _ = try store.addOrganisation(grassroots, chart: try ChartProfile(.grassroots2021).accounts, user: "tester")
            // The organisation register's store on PostgreSQL is another area's (pgcore): the unit is written as it would.
            // In a transaction of the store's, so the change journal links it.
            _ = try store.session.transaction {
                try store.session.query("""
                    INSERT INTO organisation(code, name, kind, first_period, created_at, created_by, parent_id, bank_name, bank_account, channel)
                    VALUES ('DW001', '示例机械有限公司工会', 'enterprise', $1, $2, 'tester', (SELECT id FROM organisation WHERE code = 'XF'),
                            '工商银行', '6222000011112222', 'tax-40')
                    """, [.int(start.ordinal), .text(clock.now())])
            }
            let stores = UnionPostgresStores(store: store)
            sqlite = nil
            postgres = store
            self.database = database
            booksStore = store
            members = stores.members
            dues = stores.dues
        }
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    var register: MemberRegister { MemberRegister(store: members, user: "tester") }

    func books(_ code: String = "XF") throws -> any Books { try booksStore.books(for: code, user: "tester") }

    /// The dues kept in `code`'s books.
    func memberDues(_ code: String = "XF") throws -> MemberDues { MemberDues(store: dues, books: try books(code)) }

    func write(_ name: String, _ text: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static let header = "member_no,name,id_number,unit_code,department,join_date,status,employment_type,wage_base,wage_effective\n"

    /// Imports member rows (the header is added).
    @discardableResult
    func importMembers(_ rows: String, secret: String? = nil, effective: YearMonth? = nil) throws -> MemberImportOutcome {
        let path = try write("members.csv", Self.header + rows)
        return try register.importMembers(path: path, displayName: "members.csv", effective: effective, idKeySecret: secret)
    }

    /// Collects a payments file (or, without one, the month's payroll batch) into `code`'s books.
    @discardableResult
    func collect(_ month: YearMonth, on date: LocalDate, payments: String? = nil, code: String = "XF") throws -> DuesCollectionOutcome {
        let file = try payments.map { text in (try write("pay.csv", "member_no,amount,method,paid_on,month\n" + text), "pay.csv") }
        return try memberDues(code).collect(month: month, date: date, file: file, accounts: try DuesAccounts(roles: try books(code).chartRoles()))
    }

    /// Runs a statement behind the engine's back (to damage a row, as a hand-edited book would be).
    func tamper(_ sql: String) throws {
        if let sqlite { try sqlite.write { db in try db.execute(sql: sql) } }
        if let postgres { try postgres.session.query(sql) }
    }

    /// The number of rows in `table`.
    func count(_ table: String) throws -> Int {
        if let sqlite { return try sqlite.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? -1 } }
        if let postgres { return Int(try postgres.session.one("SELECT count(*) AS n FROM \(table)").int("n")) }
        return -1
    }
}

func membersMonth(_ text: String) -> YearMonth { (try? YearMonth(parsing: text)) ?? YearMonth(ordinal: 0) }

func membersDay(_ text: String) throws -> LocalDate { try LocalDate(parsing: text) }
