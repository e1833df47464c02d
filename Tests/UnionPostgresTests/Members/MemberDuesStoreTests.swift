import Foundation
import LedgerCore
import LedgerSQLite
import LedgerStore
import Testing
import UnionCore
import UnionMembers
import UnionPostgres
import UnionSQLite

/// Dues (`MemberDues`) on both stores: assessment, collection through the one posting path,
/// the payments file's refusals, arrears, and one transaction per run — the same results on each.
@Suite("Member dues on SQLite and PostgreSQL")
struct MemberDuesStoreTests {
    /// A1 and A2 in DW001 (XF keeps their dues), B1 in XF, C1 in GH2 (books of its own).
    static let rows = """
        A1,甲,,DW001,,2020-01-01,active,合同制,5000,
        A2,乙,,DW001,,2020-01-01,retained-exempt,农民工,3000,
        B1,丙,,XF,,2019-03-01,active,劳务派遣,8000,
        C1,丁,,GH2,,2019-03-01,active,合同制,4000,

        """
    static let february = membersMonth("2026-02")

    static func dues(_ wage: Int64) throws -> Money { try DuesRule.standard.dues(onWage: Money(fen: wage)) }

    @Test("assessment: the books' own members and their units', exempt statuses, totals; again changes nothing",
          arguments: MembersStoreKind.available)
    func assess(_ kind: MembersStoreKind) throws {
        let book = try MembersBook(kind)
        defer { book.remove() }
        try book.importMembers(Self.rows)
        let outcome = try book.memberDues().assess(month: Self.february, rule: .standard)
        #expect((outcome.assessed, outcome.reassessed, outcome.unchanged, outcome.exempt) == (3, 0, 0, 1))
        #expect(outcome.total == (try Self.dues(500_000).adding(try Self.dues(800_000))))
        let lines = try book.memberDues().lines(month: Self.february)
        #expect(lines.map(\.memberNumber) == ["A1", "A2", "B1"])
        #expect(lines[0] == DuesLine(memberNumber: "A1", name: "甲", unit: "DW001", month: Self.february, base: Money(fen: 500_000),
                                     amount: try Self.dues(500_000), paid: .zero, exempt: false))
        #expect(lines[1].exempt && lines[1].amount == .zero)
        let events = try book.count("event")
        let again = try book.memberDues().assess(month: Self.february, rule: .standard)
        #expect((again.assessed, again.reassessed, again.unchanged) == (0, 0, 3))
        #expect(try book.count("event") == events, "assessing again with nothing to change writes nothing")
        // A back-dated wage change: the unpaid assessment follows it.
        try book.importMembers("A1,甲,,DW001,,2020-01-01,active,合同制,6000,2026-01\n")
        let reassessed = try book.memberDues().assess(month: Self.february, rule: .standard)
        #expect((reassessed.reassessed, reassessed.unchanged) == (1, 2))
        #expect(try book.memberDues().lines(month: Self.february).first?.amount == (try Self.dues(600_000)))
        // A back-dated withdrawal: nothing owed, the assessment goes.
        try book.importMembers("B1,丙,,XF,,2019-03-01,withdrawn,劳务派遣,8000,2026-01\n")
        #expect(try book.memberDues().assess(month: Self.february, rule: .standard).reassessed == 1)
        #expect(try book.memberDues().lines(month: Self.february).map(\.memberNumber) == ["A1", "A2"])
        // GH2's books keep C1's dues only.
        #expect(try book.memberDues("GH2").assess(month: Self.february, rule: .standard).assessed == 1)
        #expect(try book.memberDues("GH2").lines(month: Self.february).map(\.memberNumber) == ["C1"])
        #expect(try book.count("dues_assessment") == 3)
    }

    @Test("the payroll batch pays what is owed in one voucher; a paid assessment is not reassessed", arguments: MembersStoreKind.available)
    func payrollBatch(_ kind: MembersStoreKind) throws {
        let book = try MembersBook(kind)
        defer { book.remove() }
        try book.importMembers(Self.rows)
        _ = try book.memberDues().assess(month: Self.february, rule: .standard)
        let batch = try book.collect(Self.february, on: try membersDay("2026-02-20"))
        #expect(batch.payments == 2 && batch.vouchers.count == 1)
        #expect(batch.total == (try Self.dues(500_000).adding(try Self.dues(800_000))))
        let voucher = try #require(batch.vouchers.first)
        #expect(voucher.summary == "收取 2026-02 会费（工资代扣，2 人次）")
        #expect(try book.books().voucher(id: voucher.id).postings == voucher.postings)
        #expect(try book.memberDues().lines(month: Self.february).allSatisfy { $0.paid == $0.amount })
        #expect(try book.count("dues_payment p JOIN organisation o ON o.id = p.org_id WHERE o.code = 'XF'") == 2,
                "each payment carries the books of its voucher")
        // Nothing left to collect: no voucher.
        #expect(try book.collect(Self.february, on: try membersDay("2026-02-21")).vouchers.isEmpty)
        #expect(try book.books().voucherCount(from: nil, to: nil) == 1)
        // Paid: a wage change no longer moves the assessment.
        try book.importMembers("A1,甲,,DW001,,2020-01-01,active,合同制,9000,2026-01\n")
        #expect(try book.memberDues().assess(month: Self.february, rule: .standard).paidNotReassessed == 1)
    }

    @Test("a payments file: rows checked against what is owed, every bad row refused with nothing written, once per month",
          arguments: MembersStoreKind.available)
    func paymentsFile(_ kind: MembersStoreKind) throws {
        let book = try MembersBook(kind)
        defer { book.remove() }
        try book.importMembers(Self.rows)
        _ = try book.memberDues().assess(month: Self.february, rule: .standard)
        _ = try book.memberDues("GH2").assess(month: Self.february, rule: .standard)
        let owedA1 = try Self.dues(500_000)
        let paid = try book.collect(Self.february, on: try membersDay("2026-02-25"),
                                    payments: "A1,10.00,bank,2026-02-05,\nA1,\(try owedA1.subtracting(Money(fen: 1_000)).plainString),现金,,\n")
        let days = [try membersDay("2026-02-05"), try membersDay("2026-02-25")]
        #expect(paid.payments == 2 && paid.vouchers.map(\.date) == days)
        #expect(try book.memberDues().lines(month: Self.february).first?.paid == owedA1)
        let payments = try book.count("dues_payment"), vouchers = try book.books().voucherCount(from: nil, to: nil)
        for (row, rule) in [("A1,0.01,bank,,", MembershipError.Rule.paymentMustNotExceedOutstanding),
                            ("C1,1.00,bank,,", .memberMustBelongToBooks),
                            ("B1,1.00,bank,,2026-03", .duesMustBeAssessed),
                            ("NOPE,1.00,bank,,", .memberMustExist)] {
            #expect(membershipRules { try book.collect(Self.february, on: try membersDay("2026-02-26"), payments: "B1,1.00,bank,,\n" + row + "\n") }
                    == [rule], "\(row)")
        }
        #expect(try (book.count("dues_payment"), book.books().voucherCount(from: nil, to: nil)) == (payments, vouchers))
        // The same file again does nothing.
        let text = "B1,1.00,bank,,\n"
        #expect(try book.collect(Self.february, on: try membersDay("2026-02-26"), payments: text).alreadyImported == nil)
        #expect(try book.collect(Self.february, on: try membersDay("2026-02-26"), payments: text).alreadyImported != nil)
        #expect(try book.count("dues_payment") == payments + 1)
    }

    @Test("arrears: unpaid months, six in a row flagged, payments after the as-of date not counted", arguments: MembersStoreKind.available)
    func arrears(_ kind: MembersStoreKind) throws {
        let book = try MembersBook(kind)
        defer { book.remove() }
        try book.importMembers(Self.rows)
        for month in 1...7 { _ = try book.memberDues().assess(month: membersMonth("2026-0\(month)"), rule: .standard) }
        try book.collect(membersMonth("2026-01"), on: try membersDay("2026-01-20"))   // January paid by payroll
        try book.collect(membersMonth("2026-02"), on: try membersDay("2026-08-05"), payments: "A1,5.00,bank,,\n")
        let july = try book.memberDues().arrears(asOf: try membersDay("2026-07-31"))
        #expect(july.map(\.memberNumber) == ["A1", "B1"])
        #expect(july[0].unpaidMonths == (2...7).map { membersMonth("2026-0\($0)") })
        let sixMonths = Money(fen: try Self.dues(500_000).fen * 6)
        #expect(july[0].amount == sixMonths)
        #expect(july[0].longestRun == 6 && july[0].isWithdrawalCandidate)
        let august = try book.memberDues().arrears(asOf: try membersDay("2026-08-31"))
        #expect(august[0].amount == (try sixMonths.subtracting(Money(fen: 500))))
        #expect(august[0].unpaidMonths.count == 6, "partly paid still counts")
    }

    @Test("one transaction: a failure after posting leaves neither voucher nor payment nor assessment", arguments: MembersStoreKind.available)
    func oneTransaction(_ kind: MembersStoreKind) throws {
        let book = try MembersBook(kind)
        defer { book.remove() }
        try book.importMembers(Self.rows)
        struct Interrupted: Error {}
        #expect(throws: Interrupted.self) {
            try book.dues.withDuesAssessment(books: try book.books().organisation, user: "tester") { transaction in
                try transaction.insertAssessment(memberNumber: "A1", month: Self.february,
                                                 DuesAssessment(base: Money(fen: 500_000), amount: Money(fen: 2_500), exempt: false))
                #expect(try transaction.assessmentTotals(month: Self.february) == (Money(fen: 2_500), 0))
                throw Interrupted()
            }
        }
        #expect(try book.count("dues_assessment") == 0)
        _ = try book.memberDues().assess(month: Self.february, rule: .standard)
        let accounts = try DuesAccounts(roles: try book.books().chartRoles())
        let payment = DuesPayment(memberNumber: "A1", month: Self.february, amount: Money(fen: 100), method: .bank,
                                  date: try membersDay("2026-02-20"))
        let draft = VoucherDraft(date: payment.date, summary: "会费", postings: [
            Posting(account: accounts.bank, side: .debit, amount: payment.amount),
            Posting(account: accounts.revenue, side: .credit, amount: payment.amount),
        ], source: "test")
        #expect(throws: Interrupted.self) {
            try book.dues.withDuesCollection(books: try book.books()) { transaction in
                let voucher = try transaction.post(draft)
                try transaction.recordPayment(payment, voucherID: voucher.id)
                #expect(try transaction.standing(memberNumber: "A1", month: Self.february)?.paid == payment.amount)
                throw Interrupted()
            }
        }
        // A payment for a month not assessed: refused by the store, the voucher goes with it.
        var stray = payment
        stray.month = membersMonth("2026-05")
        #expect(MemberRegisterStoreTests.isStorageError {
            try book.dues.withDuesCollection(books: try book.books()) { transaction in
                try transaction.recordPayment(stray, voucherID: try transaction.post(draft).id)
            }
        })
        #expect(try (book.count("dues_payment"), book.books().voucherCount(from: nil, to: nil)) == (0, 0))
    }

    @Test("a stored month that does not read is a storage error naming the row, alike on both stores", arguments: MembersStoreKind.available)
    func strictReading(_ kind: MembersStoreKind) throws {
        let book = try MembersBook(kind)
        defer { book.remove() }
        try book.importMembers(Self.rows)
        _ = try book.memberDues().assess(month: Self.february, rule: .standard)
        try book.tamper("UPDATE dues_assessment SET ordinal = -3 WHERE member_id = (SELECT id FROM member WHERE member_no = 'A1')")
        #expect(throws: StoreError.storage(message: "dues_assessment row A1 -3: ordinal -3 is not a month")) {
            try book.memberDues().arrears(asOf: try membersDay("2026-11-21"))
        }
    }

    @Test("dues on PostgreSQL are collected into PostgreSQL books only: other books are a clear error",
          .enabled(if: PostgresTestServer.isAvailable, PostgresTestServer.skipReason))
    func otherBooks() throws {
        let postgres = try MembersBook(.postgres), sqlite = try MembersBook(.sqlite)
        defer { postgres.remove(); sqlite.remove() }
        #expect(MemberRegisterStoreTests.isStorageError {
            try postgres.dues.withDuesCollection(books: try sqlite.books()) { _ in }
        })
    }
}
