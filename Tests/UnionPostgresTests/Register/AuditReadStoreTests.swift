import Foundation
import LedgerCore
import LedgerStore
import Testing
import UnionAudit
import UnionCore

/// The audit's bulk journal and posting trail on SQLite and on PostgreSQL: the journal equals the
/// ledger's own `Books.vouchers`, on each store and between them.
@Suite("Union registers on both stores: the audit journal and the posting trail")
struct AuditReadStoreTests {
    typealias Fixture = RegisterFixture

    /// The usual approval: prepared by 会计, reviewed by 审核, signed off by the chair the day before.
    static func approval(on date: LocalDate, singleOperator: Bool = false) -> VoucherApproval {
        VoucherApproval(preparedBy: "会计", reviewedBy: singleOperator ? "会计" : "审核", reviewedAt: "\(date)T09:00:00Z",
                        singleOperator: singleOperator, signoff: VoucherApproval.SignOff(by: "王明", date: date), decision: nil)
    }

    static func lines(_ lines: [(String, Side, String)]) throws -> [Posting] {
        try lines.map { Posting(account: try AccountCode($0.0), side: $0.1, amount: try Fixture.money($0.2)) }
    }

    /// Five vouchers of 2026 with what the journal must carry: approvals (with and without, a
    /// collective decision, a single operator), a reversal, a fund, budget lines, counterparties,
    /// a source and attachments. Returns the books and the reversed voucher's id.
    static func journal(_ kind: RegisterStoreKind) throws -> (RegisterStores, any Books) {
        let (stores, books) = try RegisterStores.grassroots(kind)
        try stores.register(user: "组织部").addTenure(organisation: "GH", role: .chair, person: "王明",
                                                      start: Fixture.date("2020-01-01"), end: nil)
        let february = try Fixture.date("2026-02-10")
        _ = try books.post(VoucherDraft(date: february, summary: "职工篮球赛",
                                        postings: try lines([("50102", .debit, "800.00"), ("102", .credit, "800.00")]),
                                        attachments: 1, approval: approval(on: february)))
        let wrong = try books.post(VoucherDraft(date: try Fixture.date("2026-02-11"), summary: "误记",
                                                postings: try lines([("50103", .debit, "300.00"), ("102", .credit, "300.00")])))
        _ = try books.reverse(voucherID: wrong.id, reason: "科目错误", date: nil)
        _ = try books.post(VoucherDraft(date: try Fixture.date("2026-03-02"), summary: "收到专项",
                                        postings: try lines([("102", .debit, "5,000.00"), ("40302", .credit, "5,000.00")]),
                                        fund: "专项:帮扶"))
        let march = try Fixture.date("2026-03-04")
        var decided = approval(on: march, singleOperator: true)
        decided.decision = VoucherApproval.CollectiveDecision(reference: "工会委员会2026-3号", date: march)
        _ = try books.post(VoucherDraft(date: try Fixture.date("2026-03-05"), summary: "预算项目支出", postings: [
            Posting(account: try AccountCode("50102"), side: .debit, amount: try Fixture.money("1,200.00"), memo: "场地",
                    budgetLine: "50102/职工运动会"),
            Posting(account: try AccountCode("102"), side: .credit, amount: try Fixture.money("1,200.00"), counterparty: "GH"),
        ], source: "import.csv:3", attachments: 2, approval: decided))
        return (stores, books)
    }

    static let year = YearMonth(ordinal: 2026 * 12)...YearMonth(ordinal: 2026 * 12 + 11)

    @Test("the bulk journal equals Books.vouchers: approvals, reversals, funds, dimensions, imports",
          arguments: RegisterStoreKind.available)
    func journalEqualsBooks(_ kind: RegisterStoreKind) throws {
        let (stores, books) = try Self.journal(kind)
        let bulk = try stores.auditJournal.vouchers(organisation: "GH", months: Self.year)
        let ledger = try books.vouchers(from: Self.year.lowerBound, to: Self.year.upperBound, limit: Int.max)
        #expect(bulk == ledger)
        #expect(bulk.count == 5)
        #expect(bulk.map(\.kind) == [.normal, .normal, .reversal, .normal, .normal])
        #expect(bulk[1].reversedBy == bulk[2].id && bulk[2].reverses == bulk[1].id)
        #expect(bulk[3].fund == "专项:帮扶" && bulk[4].approval?.decision?.reference == "工会委员会2026-3号")
        #expect(bulk[4].postings.map(\.budgetLine) == ["50102/职工运动会", nil] && bulk[4].attachments == 2)
        // A part of the year: only its vouchers.
        let marchOnly = YearMonth(ordinal: 2026 * 12 + 2)
        let march = try stores.auditJournal.vouchers(organisation: "GH", months: marchOnly...marchOnly)
        #expect(march.map(\.summary) == ["收到专项", "预算项目支出"])
        #expect(try stores.auditJournal.vouchers(organisation: "GH", months: Self.year.upperBound...Self.year.upperBound).isEmpty)
        #expect(throws: LedgerError.organisationMustExist(code: "ZZ")) {
            try stores.auditJournal.vouchers(organisation: "ZZ", months: Self.year)
        }
    }

    @Test("the same vouchers read back the same from SQLite and from PostgreSQL",
          .enabled(if: PostgresTestServer.isAvailable, PostgresTestServer.skipReason))
    func storesAgree() throws {
        let (sqlite, _) = try Self.journal(.sqlite)
        let (postgres, _) = try Self.journal(.postgres)
        let fromSQLite = try sqlite.auditJournal.vouchers(organisation: "GH", months: Self.year)
        let fromPostgres = try postgres.auditJournal.vouchers(organisation: "GH", months: Self.year)
        #expect(fromSQLite == fromPostgres)
        #expect(try sqlite.postingTrail.postingTimes(organisation: "GH", months: Self.year)
                == (try postgres.postingTrail.postingTimes(organisation: "GH", months: Self.year)))
        #expect(try sqlite.register().tenures(organisation: "GH") == (try postgres.register().tenures(organisation: "GH")))
    }

    @Test("the posting trail gives each voucher's posting time, for the months asked", arguments: RegisterStoreKind.available)
    func postingTrail(_ kind: RegisterStoreKind) throws {
        let (stores, books) = try Self.journal(kind)
        let vouchers = try books.vouchers(from: nil, to: nil, limit: .max)
        let times = try stores.postingTrail.postingTimes(organisation: "GH", months: Self.year)
        #expect(times == Dictionary(uniqueKeysWithValues: vouchers.map { ($0.id, RegisterStores.now) }))
        let february = YearMonth(ordinal: 2026 * 12 + 1)
        let inFebruary = try stores.postingTrail.postingTimes(organisation: "GH", months: february...february)
        #expect(Set(inFebruary.keys) == Set(vouchers.filter { $0.date.yearMonth == february }.map(\.id)))
        #expect(inFebruary.count == 3)
        #expect(throws: LedgerError.organisationMustExist(code: "ZZ")) {
            try stores.postingTrail.postingTimes(organisation: "ZZ", months: Self.year)
        }
    }

    @Test("an approval record edited behind the engine's back is a storage error naming its row",
          arguments: RegisterStoreKind.available)
    func strictJournal(_ kind: RegisterStoreKind) throws {
        let (stores, books) = try Self.journal(kind)
        let first = try #require(try books.vouchers(from: nil, to: nil, limit: 1).first)
        switch kind {
        case .sqlite: try stores.tamper("DROP TRIGGER voucher_approval_is_immutable_update")
        case .postgres: try stores.tamper("ALTER TABLE voucher_approval DISABLE TRIGGER voucher_approval_is_immutable")
        }
        try stores.tamper("UPDATE voucher_approval SET signoff_date = '2026-02-30' WHERE voucher_id = \(first.id)")
        #expect(throws: StoreError.storage(message: "voucher_approval row \(first.id): signoff_date '2026-02-30' is not a date")) {
            try stores.auditJournal.vouchers(organisation: "GH", months: Self.year)
        }
    }

    @Test("the vouchers' approval records are immutable on both stores", arguments: RegisterStoreKind.available)
    func approvalsImmutable(_ kind: RegisterStoreKind) throws {
        let (stores, books) = try Self.journal(kind)
        let first = try #require(try books.vouchers(from: nil, to: nil, limit: 1).first)
        do {
            try stores.tamper("UPDATE voucher_approval SET signoff_by = '别人' WHERE voucher_id = \(first.id)")
            Issue.record("an approval record was changed")
        } catch {
            #expect("\(error)".contains("immutable"), "\(error)")
        }
        #expect(try stores.auditJournal.vouchers(organisation: "GH", months: Self.year).first == first)
    }
}
