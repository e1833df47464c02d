import Foundation
import GRDB
import LedgerCore
import LedgerSQLite
import LedgerStore
import Testing
import UnionSQLite
@testable import UnionCore
@testable import UnionAllocation
@testable import UnionMembers
@testable import UnionStatements

/// A fresh federation file with one unit registered under it.
struct FederationFile {
    let folder: URL
    let database: LedgerDatabase
    let stores: UnionSQLiteStores
    let register: OrganisationRegister

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-union-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        database = try UnionSchema.createBooks(at: folder.appendingPathComponent("books.sqlite").path)
        let start = try YearMonth(year: 2026, month: 1)
        _ = try database.addOrganisation(NewOrganisation(code: "XF", name: "示例县总工会", kind: "county-federation", firstPeriod: start),
                                         chart: try ChartProfile(.federation2021).accounts, user: "tester")
        stores = UnionSQLiteStores(database: database)
        register = OrganisationRegister(store: stores.organisations, user: "tester")
        try register.add(code: "DW001", name: "示例机械有限公司工会", kind: "enterprise", parent: "XF",
                         bankName: "工商银行", bankAccount: "6222000011112222", channel: .tax40, firstPeriod: start)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}

func day(_ text: String) -> LocalDate { try! LocalDate(parsing: text) }

@Suite("organisation register and tenures")
struct OrganisationRegisterTests {
    @Test("lists organisations with parent, channel, bank account and whether their books are here")
    func listsOrganisations() throws {
        let file = try FederationFile()
        defer { file.remove() }
        let listed = try file.register.list()
        #expect(listed.map(\.code) == ["DW001", "XF"])
        #expect(listed[0].parent == "XF" && listed[0].channel == .tax40 && !listed[0].keepsBooks)
        #expect(listed[0].bankAccount == "6222000011112222")
        #expect(listed[1].parent == nil && listed[1].keepsBooks)
        try file.register.update(code: "DW001", parent: nil, bankName: nil, bankAccount: "6222000099998888", channel: .taxFull)
        #expect(try file.register.list()[0].channel == .taxFull)
    }

    @Test("records terms and finds who held office on a date")
    func recordsTerms() throws {
        let file = try FederationFile()
        defer { file.remove() }
        let first = try file.register.addTenure(organisation: "XF", role: .chair, person: "王明", start: day("2021-03-01"), end: nil)
        try file.register.endTenure(id: first, on: day("2023-12-31"), reason: "任期届满")
        try file.register.addTenure(organisation: "XF", role: .chair, person: "李红", start: day("2024-01-01"), end: nil)
        try file.register.addTenure(organisation: "XF", role: .viceChair, person: "甲", start: day("2024-01-01"), end: nil)
        try file.register.addTenure(organisation: "XF", role: .viceChair, person: "乙", start: day("2024-01-01"), end: nil)
        let tenures = try file.register.tenures(organisation: "XF")
        #expect(tenures.filter { $0.role == .chair && $0.covers(day("2023-06-30")) }.map(\.person) == ["王明"])
        #expect(tenures.filter { $0.role == .chair && $0.covers(day("2026-11-21")) }.map(\.person) == ["李红"])
        #expect(tenures.first?.endReason == "任期届满")
    }

    @Test("each union rule refuses its scenario, and every rule has one", arguments: Self.scenarios.indices)
    func refuses(_ index: Int) throws {
        let (scenario, expected) = Self.scenarios[index]
        let file = try FederationFile()
        defer { file.remove() }
        do {
            try scenario(file)
            Issue.record("\(expected) was not triggered")
        } catch let error as UnionFundsError {
            #expect(error.ruleKey == expected)
            // The key is the case's own name: the catalogue cannot drift from the enum.
            #expect(error.rule == String(String(describing: error).prefix { $0 != "(" }))
            #expect(!error.message(in: .zh).isEmpty && error.message(in: .zh) != error.message(in: .en))
        }
    }

    @Test("roles resolve from the stored role, or from a shipped profile's code and name for older books")
    func resolvesRoles() throws {
        let file = try FederationFile()
        defer { file.remove() }
        let roles = try file.database.books(for: "XF", user: "tester").chartRoles()
        #expect(try roles.code(.cash).rawValue == "101")
        #expect(roles.role(of: try AccountCode("101")) == .cash)
        let unnamed = Account(code: try AccountCode("221"), name: "应付上级经费", kind: .liability)
        #expect(try ChartRoles(organisation: "X", accounts: [unnamed]).code(.payableToHigher).rawValue == "221")
        let renamed = Account(code: try AccountCode("221"), name: "别的科目", kind: .liability)
        #expect(ChartRoles(organisation: "X", accounts: [renamed]).codeIfPresent(.payableToHigher) == nil)
    }

    @Test("a new parent may not sit below the organisation; the walk up is bounded")
    func parentLoops() throws {
        let parents = ["GH1": "XF", "FH1": "GH1", "XF": nil] as [String: String?]
        let parentOf: (String) -> String? = { parents[$0] ?? nil }
        try OrganisationRules.checkParent("XF", of: "FH1", parentOf: parentOf)
        #expect(throws: UnionFundsError.parentMustNotLoop(code: "XF", parent: "FH1")) {
            try OrganisationRules.checkParent("FH1", of: "XF", parentOf: parentOf)
        }
        #expect(throws: UnionFundsError.parentMustNotLoop(code: "XF", parent: "XF")) {
            try OrganisationRules.checkParent("XF", of: "XF", parentOf: parentOf)
        }
        // A chain that already loops elsewhere ends after chainDepthMax steps instead of spinning.
        try OrganisationRules.checkParent("A", of: "Z") { $0 == "A" ? "B" : "A" }
    }

    @Test("one chair at a time, vice-chairs several, accountant and cashier never the same person at once")
    func termRules() throws {
        let chair = Tenure(id: 1, organisation: "XF", role: .chair, person: "王明", start: day("2021-03-01"), end: day("2023-12-31"))
        let accountant = Tenure(id: 2, organisation: "XF", role: .accountant, person: "赵四", start: day("2022-01-01"), end: nil)
        let existing = [chair, accountant]
        try OrganisationRules.checkNewTerm(role: .chair, person: "李红", start: day("2024-01-01"), end: nil, against: existing)
        #expect(throws: UnionFundsError.tenuresMustNotOverlap(role: "chair", person: "王明", from: "2021-03-01", to: "2023-12-31")) {
            try OrganisationRules.checkNewTerm(role: .chair, person: "李红", start: day("2023-12-31"), end: nil, against: existing)
        }
        let vice = Tenure(id: 3, organisation: "XF", role: .viceChair, person: "甲", start: day("2024-01-01"), end: nil)
        try OrganisationRules.checkNewTerm(role: .viceChair, person: "乙", start: day("2024-01-01"), end: nil, against: existing + [vice])
        #expect(throws: UnionFundsError.accountantMustNotBeCashier(person: "赵四")) {
            try OrganisationRules.checkNewTerm(role: .cashier, person: "赵四", start: day("2030-01-01"), end: nil, against: existing)
        }
        try OrganisationRules.checkNewTerm(role: .cashier, person: "钱五", start: day("2022-01-01"), end: nil, against: existing)
        try OrganisationRules.checkNewTerm(role: .cashier, person: "赵四", start: day("2020-01-01"), end: day("2021-12-31"), against: existing)
        #expect(throws: UnionFundsError.tenureMustEndAfterStart(start: "2021-03-01", end: "2021-02-28")) {
            try OrganisationRules.checkEnd(day("2021-02-28"), of: chair)
        }
        try OrganisationRules.checkEnd(day("2021-03-01"), of: chair)
    }

    @Test("a stored value that does not read is a storage error naming table, row and column, never a default")
    func strictReading() throws {
        let file = try FederationFile()
        defer { file.remove() }
        let id = try file.register.addTenure(organisation: "XF", role: .chair, person: "王明", start: day("2021-03-01"), end: nil)
        // The CHECK (end_date >= start_date) compares text: a month 13 slips through it.
        try file.database.write { db in
            try db.execute(sql: "UPDATE tenure SET end_date = '2024-13-01' WHERE id = ?", arguments: [id])
        }
        #expect(throws: StoreError.storage(message: "tenure row \(id): end_date '2024-13-01' is not a date")) {
            try file.register.tenures(organisation: "XF")
        }
        try file.database.write { db in
            try db.execute(sql: """
                INSERT INTO policy(name, source, document, sha256, set_at, set_by)
                VALUES ('broken', 'edited.json', CAST('{}' AS BLOB), ?, '2026-01-01T00:00:00Z', 'someone')
                """, arguments: [String(repeating: "0", count: 64)])
        }
        do {
            _ = try file.stores.policies.current()
            Issue.record("a broken stored policy was read")
        } catch let error as StoreError {
            #expect(error.message(in: .en).hasPrefix("storage error: policy row 1: document is not a policy"))
        }
    }

    @Test("the scenarios cover every UnionFundsError rule, each once")
    func catalogueIsComplete() {
        let covered = Self.scenarios.map(\.1)
        #expect(Set(covered) == Set(UnionFundsError.Rule.allCases))
        #expect(covered.count == Set(covered).count)
    }

    static let scenarios: [(@Sendable (FederationFile) throws -> Void, UnionFundsError.Rule)] = [
        ({ _ in _ = try CollectionChannel(parsing: "post") }, .channelMustBeKnown),
        ({ _ in _ = try OfficerRole(parsing: "treasurer") }, .roleMustBeKnown),
        ({ f in try f.register.update(code: "XF", parent: "DW001", bankName: nil, bankAccount: nil, channel: nil) }, .parentMustNotLoop),
        ({ f in
            try f.register.addTenure(organisation: "XF", role: .chair, person: "王明", start: day("2021-03-01"), end: nil)
            try f.register.addTenure(organisation: "XF", role: .chair, person: "李红", start: day("2024-01-01"), end: nil)
        }, .tenuresMustNotOverlap),
        ({ f in
            try f.register.addTenure(organisation: "XF", role: .accountant, person: "赵四", start: day("2022-01-01"), end: nil)
            try f.register.addTenure(organisation: "XF", role: .cashier, person: "赵四", start: day("2023-01-01"), end: nil)
        }, .accountantMustNotBeCashier),
        ({ f in try f.register.endTenure(id: 99, on: day("2026-01-01"), reason: "x") }, .tenureMustExist),
        ({ f in
            _ = try f.register.addTenure(organisation: "XF", role: .cashier, person: "钱五", start: day("2026-05-01"), end: day("2026-04-30"))
        }, .tenureMustEndAfterStart),
        ({ _ in
            _ = try Changeover.openingVoucher(balances: [Changeover.Balance(code: try AccountCode("999"), closing: Money(fen: 1))],
                                              legacy: try ChartProfile(.legacy2009), mapping: try ChartMapping.shipped(),
                                              level: .grassroots, date: day("2022-01-01"), sourceName: "tb.csv")
        }, .legacyAccountMustBeMapped),
        ({ _ in _ = try Changeover.balances(fromCSV: "a,b\n", fileName: "tb.csv") }, .trialBalanceMustNameColumns),
        ({ _ in
            _ = try Changeover.openingVoucher(balances: [Changeover.Balance(code: try AccountCode("331"), closing: Money(fen: 1))],
                                              legacy: try ChartProfile(.legacy2009), mapping: try ChartMapping.shipped(),
                                              level: .grassroots, date: day("2022-01-01"), sourceName: "tb.csv")
        }, .changeoverMustBeDecided),
        ({ _ in
            _ = try Changeover.openingVoucher(balances: [], legacy: try ChartProfile(.legacy2009), mapping: try ChartMapping.shipped(),
                                              level: .grassroots, date: day("2022-01-01"), sourceName: "tb.csv")
        }, .openingBalancesMustNotBeEmpty),
        ({ _ in _ = try PolicyDocument(json: Data(#"{"name":"x","title":"t","late_fees":[]}"#.utf8), source: "p.json") },
         .policyMustBeValid),
        ({ _ in
            // A chart with no 应付上级经费: a rule that needs that role is refused, not posted elsewhere.
            let chart = [Account(code: try AccountCode("101"), name: "库存现金", kind: .asset, role: "cash")]
            _ = try ChartRoles(organisation: "XF", accounts: chart).code(.payableToHigher)
        }, .accountRoleMustBeInChart),
        ({ _ in
            let document = try PolicyDocument(json: Data(#"{"name":"x","title":"t","dues":[]}"#.utf8), source: "p.json")
            struct Anything: Decodable, Sendable {}
            _ = try document.section("dues", as: Anything.self).entry(on: day("2026-01-01"))
        }, .policyMustCoverDate),
        ({ _ in _ = try OrganisationKind.resolve("factory") }, .organisationKindMustBeKnown),
        ({ f in
            // Spending from a bank account that holds nothing.
            let books = try f.database.withPostingChecks([CashBalanceCheck(handling: .refuse)]).books(for: "XF", user: "tester")
            let bank = try books.chartRoles().code(.bank), spending = try AccountCode("50602")
            _ = try books.post(VoucherDraft(date: day("2026-01-10"), summary: "活动", postings: [
                Posting(account: spending, side: .debit, amount: Money(fen: 100)),
                Posting(account: bank, side: .credit, amount: Money(fen: 100)),
            ]))
        }, .cashMustNotGoNegative),
    ]
}
