import Foundation
import InputFiles
import LedgerCore
import LedgerStore
import Testing
import UnionCore

/// The policy store, `addOrganisation(…, policy:)` and `withUnionChecks` on SQLite and on
/// PostgreSQL: the same history, the same all-or-nothing registration, the same refusals.
@Suite("Union registers on both stores: the policy, addOrganisation and the union posting checks")
struct PolicyAndChecksStoreTests {
    typealias Fixture = RegisterFixture

    @Test("books are kept under the built-in default until a policy is set; each change is kept as history",
          arguments: RegisterStoreKind.available)
    func storedPolicies(_ kind: RegisterStoreKind) throws {
        let stores = try RegisterStores.federation(kind)
        let policies = stores.policies
        #expect(try policies.latestPolicy() == nil)
        #expect(try policies.current().source == "built-in:default")
        #expect(try policies.policyHistory().isEmpty)
        let beijing = try #require(BuiltinPolicies.document(named: "beijing"))
        try policies.storePolicy(beijing, user: "tester")
        #expect(try policies.current().name == beijing.name)
        #expect(try policies.current().json == beijing.json)
        #expect(try policies.current().source == beijing.source)
        let edited = try Fixture.defaultPolicy(replacing: "\"refuse\"", with: "\"warn\"")
        try policies.storePolicy(edited, user: "财务")
        #expect(try policies.latestPolicy()?.json == edited.json)
        let history = try policies.policyHistory()
        #expect(history == [
            PolicyRecord(name: beijing.name, source: beijing.source, sha256: ContentDigest.sha256Hex(beijing.json),
                         setAt: RegisterStores.now, setBy: "tester"),
            PolicyRecord(name: "edited", source: "edited.json", sha256: ContentDigest.sha256Hex(edited.json),
                         setAt: RegisterStores.now, setBy: "财务"),
        ])
    }

    @Test("a stored policy that no longer reads is a storage error naming its row", arguments: RegisterStoreKind.available)
    func brokenPolicy(_ kind: RegisterStoreKind) throws {
        let stores = try RegisterStores.federation(kind)
        let document = kind == .sqlite ? "CAST('{}' AS BLOB)" : "convert_to('{}', 'UTF8')"
        try stores.tamper("""
            INSERT INTO policy(name, source, document, sha256, set_at, set_by)
            VALUES ('broken', 'edited.json', \(document), '\(String(repeating: "0", count: 64))', '2026-01-01T00:00:00Z', 'someone')
            """)
        do {
            _ = try stores.policies.current()
            Issue.record("a broken stored policy was read")
        } catch let error as StoreError {
            #expect(error.message(in: .en).hasPrefix("storage error: policy row 1: document is not a policy"), "\(error)")
        }
        // The history still lists it: it is what the books were set to.
        #expect(try stores.policies.policyHistory().map(\.name) == ["broken"])
        #expect(throws: StoreError.self) { try stores.withUnionChecks() }
    }

    @Test("policy rows are history: changing or deleting one is refused", arguments: RegisterStoreKind.available)
    func policyRowsAreHistory(_ kind: RegisterStoreKind) throws {
        let stores = try RegisterStores.federation(kind)
        let beijing = try #require(BuiltinPolicies.document(named: "beijing"))
        try stores.policies.storePolicy(beijing, user: "tester")
        for statement in ["UPDATE policy SET set_by = 'someone else'", "DELETE FROM policy"] {
            do {
                try stores.tamper(statement)
                Issue.record("\(statement) was let through")
            } catch {
                #expect("\(error)".contains("policy rows are history"), "\(statement): \(error)")
            }
        }
        #expect(try stores.policies.policyHistory().map(\.setBy) == ["tester"])
    }

    @Test("addOrganisation with a policy writes both; a refusal leaves neither", arguments: RegisterStoreKind.available)
    func addOrganisationWithPolicy(_ kind: RegisterStoreKind) throws {
        let beijing = try #require(BuiltinPolicies.document(named: "beijing"))
        let (stores, books) = try RegisterStores.grassroots(kind, policy: beijing)
        #expect(books.organisation.code == "GH" && books.organisation.name == "示例工会")
        #expect(try books.accounts().count == (try ChartProfile(.official2021Grassroots).accounts.count))
        #expect(try stores.policies.current().json == beijing.json)
        #expect(try stores.policies.policyHistory().map(\.setBy) == ["会计"])
        #expect(try stores.register().list().map(\.code) == ["GH"])
        #expect(try stores.register().list().first?.keepsBooks == true)

        // The code is taken: neither the organisation nor the second policy is written.
        let edited = try Fixture.defaultPolicy(replacing: "\"refuse\"", with: "\"warn\"")
        let chart = try ChartProfile(.official2021Grassroots).accounts
        #expect(throws: LedgerError.organisationCodeMustBeUnique(code: "GH")) {
            try stores.addOrganisation(NewOrganisation(code: "GH", name: "另一个工会", kind: "enterprise", firstPeriod: RegisterStores.start),
                                       chart: chart, policy: edited)
        }
        // A chart that fails half-way: the organisation and its first accounts are rolled back with it.
        let orphan = Account(code: try AccountCode("90101"), name: "无上级科目", kind: .asset)
        #expect(throws: LedgerError.accountParentMustExist(code: "901")) {
            try stores.addOrganisation(NewOrganisation(code: "GH2", name: "第二工会", kind: "enterprise", firstPeriod: RegisterStores.start),
                                       chart: chart + [orphan], policy: edited)
        }
        // The policy is stored last: when it is refused, the organisation and its chart go too.
        switch stores.kind {
        case .sqlite:
            try stores.tamper("CREATE TRIGGER policy_refused BEFORE INSERT ON policy BEGIN SELECT RAISE(ABORT, 'no new policy'); END")
        case .postgres:
            try stores.tamper("""
                CREATE TRIGGER policy_refused BEFORE INSERT ON policy FOR EACH ROW EXECUTE FUNCTION gonghui_refuse('no new policy')
                """)
        }
        #expect(throws: StoreError.storage(message: "no new policy")) {
            try stores.addOrganisation(NewOrganisation(code: "GH3", name: "第三工会", kind: "enterprise", firstPeriod: RegisterStores.start),
                                       chart: chart, policy: edited)
        }
        #expect(try stores.booksStore.organisations().map(\.code) == ["GH"])
        #expect(try stores.policies.policyHistory().count == 1)
        #expect(try stores.policies.current().json == beijing.json)
        // Without a policy the same registration goes through.
        try stores.addOrganisation(NewOrganisation(code: "GH3", name: "第三工会", kind: "enterprise", firstPeriod: RegisterStores.start),
                                   chart: chart)
        #expect(try stores.booksStore.organisations().map(\.code) == ["GH", "GH3"])
        #expect(try stores.policies.policyHistory().count == 1)
    }

    /// Spending 100 fen from the bank account, which holds nothing.
    static func overdraft(_ books: any Books) throws -> VoucherDraft {
        VoucherDraft(date: try Fixture.date("2026-03-10"), summary: "活动", postings: [
            Posting(account: try AccountCode("50102"), side: .debit, amount: Money(fen: 100)),
            Posting(account: try books.chartRoles().code(.bank), side: .credit, amount: Money(fen: 100)),
        ])
    }

    @Test("withUnionChecks refuses an overdraft under the default policy; the books without it let it through",
          arguments: RegisterStoreKind.available)
    func refusesOverdraft(_ kind: RegisterStoreKind) throws {
        let (stores, plain) = try RegisterStores.grassroots(kind)
        let checked = try stores.withUnionChecks().books(for: "GH", user: "会计")
        do {
            _ = try checked.post(try Self.overdraft(checked))
            Issue.record("the overdraft was posted")
        } catch let error as UnionFundsError {
            #expect(error == .cashMustNotGoNegative(account: "102", name: "银行存款", date: "2026-03-10", on: "2026-03-10", balance: "-1.00"))
        }
        #expect(try plain.vouchers(from: nil, to: nil, limit: .max).isEmpty)
        // Money in first: the same spending is within the balance.
        _ = try checked.post(VoucherDraft(date: try Fixture.date("2026-03-01"), summary: "收到拨款", postings: [
            Posting(account: try AccountCode("102"), side: .debit, amount: Money(fen: 100)),
            Posting(account: try AccountCode("40302"), side: .credit, amount: Money(fen: 100)),
        ]))
        _ = try checked.post(try Self.overdraft(checked))
        // Without the union checks the ledger alone does not look at the balance.
        _ = try plain.post(try Self.overdraft(plain))
        #expect(try plain.vouchers(from: nil, to: nil, limit: .max).count == 3)
    }

    @Test("a policy with negative_cash = warn posts the overdraft and says so", arguments: RegisterStoreKind.available)
    func warnsOfOverdraft(_ kind: RegisterStoreKind) throws {
        let warnPolicy = try Fixture.defaultPolicy(replacing: "\"refuse\"", with: "\"warn\"")
        let (stores, _) = try RegisterStores.grassroots(kind, policy: warnPolicy)
        let warnings = RegisterWarnings()
        let checked = try stores.withUnionChecks(warn: { warnings.append($0) }).books(for: "GH", user: "会计")
        let posted = try checked.post(try Self.overdraft(checked))
        #expect(posted.number == 1)
        #expect(warnings.all == [.cashMustNotGoNegative(account: "102", name: "银行存款", date: "2026-03-10", on: "2026-03-10", balance: "-1.00")])
    }

    @Test("the date window comes from the policy in force", arguments: RegisterStoreKind.available)
    func dateWindow(_ kind: RegisterStoreKind) throws {
        let nextYear = VoucherDraft(date: try Fixture.date("2027-01-05"), summary: "预收", postings: [
            Posting(account: try AccountCode("102"), side: .debit, amount: Money(fen: 100)),
            Posting(account: try AccountCode("40302"), side: .credit, amount: Money(fen: 100)),
        ])
        let thisYearOnly = try Fixture.defaultPolicy(replacing: "\"negative_cash\": \"refuse\"",
                                                     with: "\"negative_cash\": \"refuse\", \"date_window_years_ahead\": 0")
        let (stores, _) = try RegisterStores.grassroots(kind, policy: thisYearOnly)
        let narrow = try stores.withUnionChecks().books(for: "GH", user: "会计")
        #expect(throws: LedgerError.dateMustBeWithinWindow(date: "2027-01-05", from: "2026-01-01", to: "2026-12-31")) {
            try narrow.post(nextYear)
        }
        // The built-in default allows next year's dates.
        try stores.policies.storePolicy(try BuiltinPolicies.fallback(), user: "tester")
        let wide = try stores.withUnionChecks().books(for: "GH", user: "会计")
        #expect(try wide.post(nextYear).date == (try Fixture.date("2027-01-05")))
    }
}

/// The overdrafts a `warn` policy let through, as told.
final class RegisterWarnings: @unchecked Sendable {
    private let lock = NSLock()
    private var told: [UnionFundsError] = []

    func append(_ warning: UnionFundsError) {
        lock.lock()
        defer { lock.unlock() }
        told.append(warning)
    }

    var all: [UnionFundsError] {
        lock.lock()
        defer { lock.unlock() }
        return told
    }
}
