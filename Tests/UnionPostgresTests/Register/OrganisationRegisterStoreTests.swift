import Foundation
import LedgerCore
import LedgerStore
import Testing
import UnionCore

/// The organisation register and tenures (`OrganisationRegister`, as the CLI uses it) on SQLite
/// and on PostgreSQL: the same lists, the same refusals, the same strict reading.
@Suite("Union registers on both stores: the organisation register and tenures")
struct OrganisationRegisterStoreTests {
    typealias Fixture = RegisterFixture

    @Test("lists organisations with parent, channel, bank account and whether their books are here",
          arguments: RegisterStoreKind.available)
    func listsOrganisations(_ kind: RegisterStoreKind) throws {
        let stores = try RegisterStores.federation(kind)
        let register = stores.register()
        let listed = try register.list()
        #expect(listed.map(\.code) == ["DW001", "XF"])
        #expect(listed[0] == RegisteredOrganisation(code: "DW001", name: "示例机械有限公司工会", kind: "enterprise", parent: "XF",
                                                    bankName: "工商银行", bankAccount: "6222000011112222", channel: .tax40,
                                                    keepsBooks: false))
        #expect(listed[1].parent == nil && listed[1].keepsBooks && listed[1].channel == .direct && listed[1].bankName.isEmpty)
        try register.update(code: "DW001", parent: nil, bankName: nil, bankAccount: "6222000099998888", channel: .taxFull)
        let updated = try register.list()[0]
        #expect(updated.channel == .taxFull && updated.bankAccount == "6222000099998888" && updated.bankName == "工商银行")
        #expect(updated.parent == "XF")
        // A second unit under DW001 (a 分会), then DW001's own parent moved: the chain is read back.
        try register.add(code: "FH01", name: "一车间分会", kind: "enterprise", parent: "DW001", firstPeriod: RegisterStores.start)
        try register.add(code: "SZ", name: "示例市总工会", kind: "city-federation", parent: nil, firstPeriod: RegisterStores.start)
        try register.update(code: "XF", parent: "SZ", bankName: "农业银行", bankAccount: nil, channel: nil)
        let byCode = Dictionary(uniqueKeysWithValues: try register.list().map { ($0.code, $0) })
        #expect(byCode["FH01"]?.parent == "DW001" && byCode["XF"]?.parent == "SZ" && byCode["XF"]?.bankName == "农业银行")
        #expect(try register.list().map(\.code) == ["DW001", "FH01", "SZ", "XF"])
    }

    @Test("records terms and finds who held office on a date", arguments: RegisterStoreKind.available)
    func recordsTerms(_ kind: RegisterStoreKind) throws {
        let stores = try RegisterStores.federation(kind)
        let register = stores.register()
        let first = try register.addTenure(organisation: "XF", role: .chair, person: "王明", start: Fixture.date("2021-03-01"), end: nil)
        try register.endTenure(id: first, on: Fixture.date("2023-12-31"), reason: "任期届满")
        let second = try register.addTenure(organisation: "XF", role: .chair, person: "李红", start: Fixture.date("2024-01-01"), end: nil)
        try register.addTenure(organisation: "XF", role: .viceChair, person: "甲", start: Fixture.date("2024-01-01"), end: nil)
        try register.addTenure(organisation: "XF", role: .viceChair, person: "乙", start: Fixture.date("2024-01-01"), end: nil)
        try register.addTenure(organisation: "DW001", role: .cashier, person: "钱五", start: Fixture.date("2022-05-01"),
                               end: Fixture.date("2025-04-30"))
        let tenures = try register.tenures(organisation: "XF")
        let midway = try Fixture.date("2023-06-30"), later = try Fixture.date("2026-11-21")
        #expect(tenures.filter { $0.role == .chair && $0.covers(midway) }.map(\.person) == ["王明"])
        #expect(tenures.filter { $0.role == .chair && $0.covers(later) }.map(\.person) == ["李红"])
        #expect(tenures.map(\.person) == ["王明", "李红", "甲", "乙"])
        #expect(tenures[0] == Tenure(id: first, organisation: "XF", role: .chair, person: "王明", start: try Fixture.date("2021-03-01"),
                                     end: try Fixture.date("2023-12-31"), endReason: "任期届满"))
        #expect(tenures[1].id == second && tenures[1].end == nil && tenures[1].endReason.isEmpty)
        let unit = try register.tenures(organisation: "DW001")
        let lastDay = try Fixture.date("2025-04-30")
        #expect(unit.map(\.person) == ["钱五"] && unit.first?.end == lastDay)
        #expect(throws: LedgerError.organisationMustExist(code: "ZZ")) { try register.tenures(organisation: "ZZ") }
    }

    /// One refusal per rule the register enforces over its store, with the error it must give.
    static let refusals: [(name: String, scenario: @Sendable (OrganisationRegister) throws -> Void, expected: any Error & Sendable)] = [
        ("a code already registered", { register in
            try register.add(code: "DW001", name: "另一个工会", kind: "enterprise", parent: nil, firstPeriod: RegisterStores.start)
        }, LedgerError.organisationCodeMustBeUnique(code: "DW001")),
        ("the books' own code", { register in
            try register.add(code: "XF", name: "另一个工会", kind: "enterprise", parent: nil, firstPeriod: RegisterStores.start)
        }, LedgerError.organisationCodeMustBeUnique(code: "XF")),
        ("an unknown parent", { register in
            try register.add(code: "DW002", name: "新工会", kind: "enterprise", parent: "ZZ", firstPeriod: RegisterStores.start)
        }, LedgerError.organisationMustExist(code: "ZZ")),
        ("an unknown kind", { register in
            try register.add(code: "DW002", name: "新工会", kind: "factory", parent: "XF", firstPeriod: RegisterStores.start)
        }, UnionFundsError.organisationKindMustBeKnown(value: "factory")),
        ("updating an unknown organisation", { register in
            try register.update(code: "ZZ", parent: nil, bankName: nil, bankAccount: "1", channel: nil)
        }, LedgerError.organisationMustExist(code: "ZZ")),
        ("a parent below the organisation", { register in
            try register.update(code: "XF", parent: "DW001", bankName: nil, bankAccount: nil, channel: nil)
        }, UnionFundsError.parentMustNotLoop(code: "XF", parent: "DW001")),
        ("two chairs at once", { register in
            try register.addTenure(organisation: "XF", role: .chair, person: "王明", start: RegisterFixture.date("2021-03-01"), end: nil)
            try register.addTenure(organisation: "XF", role: .chair, person: "李红", start: RegisterFixture.date("2024-01-01"), end: nil)
        }, UnionFundsError.tenuresMustNotOverlap(role: "chair", person: "王明", from: "2021-03-01", to: "…")),
        ("the accountant as cashier", { register in
            try register.addTenure(organisation: "XF", role: .accountant, person: "赵四", start: RegisterFixture.date("2022-01-01"), end: nil)
            try register.addTenure(organisation: "XF", role: .cashier, person: "赵四", start: RegisterFixture.date("2023-01-01"), end: nil)
        }, UnionFundsError.accountantMustNotBeCashier(person: "赵四")),
        ("ending a term that is not there", { register in
            try register.endTenure(id: 99, on: RegisterFixture.date("2026-01-01"), reason: "x")
        }, UnionFundsError.tenureMustExist(id: 99)),
        ("a term ending before it starts", { register in
            _ = try register.addTenure(organisation: "XF", role: .cashier, person: "钱五", start: RegisterFixture.date("2026-05-01"),
                                   end: RegisterFixture.date("2026-04-30"))
        }, UnionFundsError.tenureMustEndAfterStart(start: "2026-05-01", end: "2026-04-30")),
        ("ending a term before it started", { register in
            let id = try register.addTenure(organisation: "XF", role: .chair, person: "王明", start: RegisterFixture.date("2021-03-01"), end: nil)
            try register.endTenure(id: id, on: RegisterFixture.date("2021-02-28"), reason: "x")
        }, UnionFundsError.tenureMustEndAfterStart(start: "2021-03-01", end: "2021-02-28")),
        ("a term of an unknown organisation", { register in
            _ = try register.addTenure(organisation: "ZZ", role: .chair, person: "王明", start: RegisterFixture.date("2021-03-01"), end: nil)
        }, LedgerError.organisationMustExist(code: "ZZ")),
    ]

    @Test("each rule refuses with the same error on both stores, and the refused call writes nothing",
          arguments: RegisterStoreKind.available, Self.refusals.indices)
    func refuses(_ kind: RegisterStoreKind, _ index: Int) throws {
        let (name, scenario, expected) = Self.refusals[index]
        let stores = try RegisterStores.federation(kind)
        let register = stores.register()
        let before = try register.list()
        do {
            try scenario(register)
            Issue.record("\(name): nothing was refused")
        } catch {
            #expect(String(reflecting: error) == String(reflecting: expected), "\(name)")
        }
        #expect(try register.list() == before, "\(name)")
    }

    @Test("an error mid-way through a transaction leaves nothing written", arguments: RegisterStoreKind.available)
    func oneTransaction(_ kind: RegisterStoreKind) throws {
        let stores = try RegisterStores.federation(kind)
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try stores.organisations.withOrganisationTransaction(user: "tester") { (transaction) throws -> Void in
                try transaction.insertOrganisation(RegisteredOrganisation(code: "DW002", name: "新工会", kind: "enterprise", parent: "XF",
                                                                          bankName: "", bankAccount: "", channel: .fiscal, keepsBooks: false),
                                                   firstPeriod: RegisterStores.start)
                try transaction.updateOrganisation(code: "DW001", parent: nil, bankName: "建设银行", bankAccount: nil, channel: .preparatory)
                let id = try transaction.insertTenure(organisation: "XF", role: .chair, person: "王明", start: RegisterFixture.date("2021-03-01"),
                                                      end: nil)
                // Inside the transaction its own writes are seen.
                #expect(try transaction.organisation(code: "DW002")?.channel == .fiscal)
                #expect(try transaction.tenure(id: id)?.person == "王明")
                #expect(try transaction.tenures(organisation: "XF").count == 1)
                throw Stop()
            }
        }
        let listed = try stores.register().list()
        #expect(listed.map(\.code) == ["DW001", "XF"])
        #expect(listed[0].bankName == "工商银行" && listed[0].channel == .tax40)
        #expect(try stores.register().tenures(organisation: "XF").isEmpty)
    }

    @Test("the transaction reads back what it wrote: a term by id, with its organisation", arguments: RegisterStoreKind.available)
    func transactionReads(_ kind: RegisterStoreKind) throws {
        let stores = try RegisterStores.federation(kind)
        let id = try stores.register().addTenure(organisation: "DW001", role: .financeHead, person: "孙六",
                                                 start: Fixture.date("2024-02-29"), end: nil)
        let read = try stores.organisations.withOrganisationTransaction(user: "tester") { transaction in
            (try transaction.tenure(id: id), try transaction.tenure(id: id + 1000), try transaction.organisation(code: "ZZ"))
        }
        #expect(read.0 == Tenure(id: id, organisation: "DW001", role: .financeHead, person: "孙六", start: try Fixture.date("2024-02-29"),
                                 end: nil))
        #expect(read.1 == nil && read.2 == nil)
    }

    @Test("a stored value that does not read is a storage error naming table, row and column, never a default",
          arguments: RegisterStoreKind.available)
    func strictReading(_ kind: RegisterStoreKind) throws {
        let stores = try RegisterStores.federation(kind)
        let register = stores.register()
        let id = try register.addTenure(organisation: "XF", role: .chair, person: "王明", start: Fixture.date("2021-03-01"), end: nil)
        // The CHECK (end_date >= start_date) compares text: a month 13 slips through it on both stores.
        try stores.tamper("UPDATE tenure SET end_date = '2024-13-01' WHERE id = \(id)")
        #expect(throws: StoreError.storage(message: "tenure row \(id): end_date '2024-13-01' is not a date")) {
            try register.tenures(organisation: "XF")
        }
        #expect(throws: StoreError.storage(message: "tenure row \(id): end_date '2024-13-01' is not a date")) {
            try register.endTenure(id: id, on: RegisterFixture.date("2024-12-31"), reason: "x")
        }
    }

    @Test("a channel or role the CHECKs would refuse, put there behind the engine's back, is refused on reading",
          arguments: RegisterStoreKind.available)
    func strictChoices(_ kind: RegisterStoreKind) throws {
        let stores = try RegisterStores.federation(kind)
        let register = stores.register()
        let id = try register.addTenure(organisation: "XF", role: .chair, person: "王明", start: Fixture.date("2021-03-01"), end: nil)
        switch kind {
        case .sqlite:
            try stores.tamper("PRAGMA ignore_check_constraints = ON")
        case .postgres:
            try stores.tamper("ALTER TABLE organisation DROP CONSTRAINT organisation_channel_check")
            try stores.tamper("ALTER TABLE tenure DROP CONSTRAINT tenure_role_check")
        }
        try stores.tamper("UPDATE organisation SET channel = 'post' WHERE code = 'DW001'")
        try stores.tamper("UPDATE tenure SET role = 'treasurer' WHERE id = \(id)")
        #expect(throws: StoreError.storage(message: "organisation row DW001: channel 'post' is not a CollectionChannel")) {
            try register.list()
        }
        #expect(throws: StoreError.storage(message: "tenure row \(id): role 'treasurer' is not a OfficerRole")) {
            try register.tenures(organisation: "XF")
        }
    }
}
