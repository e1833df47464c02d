import Foundation
import GRDB
import LedgerCore
import LedgerPostgres
import LedgerSQLite
import LedgerStore
import Testing
import UnionAudit
import UnionCore
import UnionPostgres
import UnionSQLite

/// The two stores the register scenarios run on. Without a PostgreSQL server only SQLite runs
/// (the PostgreSQL case is left out, as the suites that need a server are skipped).
enum RegisterStoreKind: String, Sendable, CaseIterable, CustomTestStringConvertible {
    case sqlite, postgres

    static var available: [RegisterStoreKind] { PostgresTestServer.isAvailable ? allCases : [.sqlite] }

    var testDescription: String { rawValue }
}

/// New union books on one store, seen through the protocols the rule modules use: the organisation
/// register, the policy store, the audit's journal and trail, `addOrganisation(…, policy:)` and
/// `withUnionChecks`. Raw SQL (`tamper`) goes behind the engine's back for the strict-reading scenarios.
final class RegisterStores: @unchecked Sendable {
    let kind: RegisterStoreKind
    let booksStore: any BooksStore
    let organisations: any OrganisationStore
    let policies: any PolicyStore
    let auditJournal: any AuditJournal
    let postingTrail: any PostingTrail
    private let add: (NewOrganisation, [Account], String, PolicyDocument?) throws -> any Books
    private let checked: (@escaping @Sendable (UnionFundsError) -> Void) throws -> any BooksStore
    private let execute: (String) throws -> Void
    /// What must live as long as the books: the temporary folder or the test database.
    private let folder: URL?
    private let database: TestDatabase?

    /// The clock every scenario runs under: mid-June 2026.
    static let now = "2026-06-15T09:00:00Z"

    init(_ kind: RegisterStoreKind) throws {
        self.kind = kind
        let clock = try WallClock.pinned(Self.now)
        switch kind {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-register-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let ledger = try UnionSchema.createBooks(at: folder.appendingPathComponent("books.sqlite").path, clock: clock)
            let stores = UnionSQLiteStores(database: ledger)
            self.folder = folder
            database = nil
            booksStore = ledger
            organisations = stores.organisations
            policies = stores.policies
            auditJournal = stores.auditJournal
            postingTrail = stores.postingTrail
            add = { try stores.addOrganisation($0, chart: $1, user: $2, policy: $3) }
            checked = { warn in try UnionSQLiteStores.withUnionChecks(ledger, warn: warn) }
            execute = { sql in try ledger.write { db in try db.execute(sql: sql) } }
        case .postgres:
            let database = try PostgresTestServer.freshDatabase()
            let store = try UnionPostgresStores.createBooks(url: database.url, clock: clock)
            let stores = UnionPostgresStores(store: store)
            folder = nil
            self.database = database
            booksStore = store
            organisations = stores.organisations
            policies = stores.policies
            auditJournal = stores.auditJournal
            postingTrail = stores.postingTrail
            add = { try stores.addOrganisation($0, chart: $1, user: $2, policy: $3) }
            checked = { warn in try UnionPostgresStores.withUnionChecks(store, warn: warn) }
            execute = { sql in _ = try store.session.query(sql) }
        }
    }

    deinit {
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    /// Registers an organisation with its chart and, when given, a policy, in one transaction.
    @discardableResult
    func addOrganisation(_ new: NewOrganisation, chart: [Account], user: String = "tester",
                         policy: PolicyDocument? = nil) throws -> any Books {
        try add(new, chart, user, policy)
    }

    /// The same books with the union posting checks, under the policy stored now.
    func withUnionChecks(warn: @escaping @Sendable (UnionFundsError) -> Void = { _ in }) throws -> any BooksStore {
        try checked(warn)
    }

    /// Runs one statement on the store behind the engine's back.
    func tamper(_ sql: String) throws {
        try execute(sql)
    }

    /// The register as the CLI uses it.
    func register(user: String = "tester") -> OrganisationRegister {
        OrganisationRegister(store: organisations, user: user)
    }

    // MARK: Fixtures

    static let start = YearMonth(ordinal: 2026 * 12)

    /// A county federation keeping its books here (XF), and one unit registered under it (DW001),
    /// as UnionFundsTests' `FederationFile`.
    static func federation(_ kind: RegisterStoreKind) throws -> RegisterStores {
        let stores = try RegisterStores(kind)
        try stores.addOrganisation(NewOrganisation(code: "XF", name: "示例县总工会", kind: "county-federation", firstPeriod: start),
                                   chart: try ChartProfile(.federation2021).accounts)
        try stores.register().add(code: "DW001", name: "示例机械有限公司工会", kind: "enterprise", parent: "XF",
                                  bankName: "工商银行", bankAccount: "6222000011112222", channel: .tax40, firstPeriod: start)
        return stores
    }

    /// A grassroots union on the official 2021 chart (GH), from January 2026.
    static func grassroots(_ kind: RegisterStoreKind, policy: PolicyDocument? = nil) throws -> (RegisterStores, any Books) {
        let stores = try RegisterStores(kind)
        let books = try stores.addOrganisation(NewOrganisation(code: "GH", name: "示例工会", kind: "enterprise", firstPeriod: start),
                                               chart: try ChartProfile(.official2021Grassroots).accounts, user: "会计", policy: policy)
        return (stores, books)
    }
}

/// Shorthands the register scenarios share.
enum RegisterFixture {
    static func date(_ text: String) throws -> LocalDate { try LocalDate(parsing: text) }

    static func money(_ text: String) throws -> Money { try Money(parsing: text) }

    /// The built-in default policy with its vouchers entry changed by `edit` (a JSON text replacement).
    static func defaultPolicy(replacing old: String, with new: String, name: String = "edited") throws -> PolicyDocument {
        let fallback = try BuiltinPolicies.fallback()
        let text = String(decoding: fallback.json, as: UTF8.self)
            .replacingOccurrences(of: old, with: new)
            .replacingOccurrences(of: "\"name\": \"default\"", with: "\"name\": \"\(name)\"")
        return try PolicyDocument(json: Data(text.utf8), source: "\(name).json")
    }
}
