import Foundation
import GRDB
import LedgerCore
import LedgerSQLite
import Testing
import UnionSQLite
@testable import UnionCore
@testable import UnionAllocation

/// The preparatory fund (建会筹备金) after the union is formed: the refund on formation returns the
/// refundable share of the months before formation that were paid; a month before formation paid
/// later is refunded when its money comes in, and no money is ever refunded twice.
@Suite("preparatory fund refunds after formation")
struct PreparatoryRefundTests {
    /// PR, a preparatory-fund employer, declared January and February (10,000 due each, 6,000 of
    /// it held for refund); it paid January; its union is formed on 2026-03-20.
    static func formed() throws -> (AllocationFixture, RemittanceBook) {
        let f = try AllocationFixture()
        _ = try f.importPayroll("p.csv", "PR,,2026-01,10,500000.00\nPR,,2026-02,10,500000.00\n")
        let allocator = PayrollAllocator(store: f.store, user: "tester", policy: f.policy)
        _ = try allocator.allocate(month: try YearMonth(year: 2026, month: 1))
        _ = try allocator.allocate(month: try YearMonth(year: 2026, month: 2))
        let book = RemittanceBook(store: f.store, user: "tester")
        try book.record(RemittanceEntry(unit: "PR", date: day("2026-02-15"), amount: yuan("10000.00")))
        #expect(try book.refundPreparatoryFund(unit: "PR", on: day("2026-03-20"), newChannel: .direct).refunded == yuan("6000.00"))
        return (f, book)
    }

    /// The refund register, in order: (date, amount in fen).
    static func refunds(_ f: AllocationFixture) throws -> [String] {
        try f.database.read { db in
            try Row.fetchAll(db, sql: "SELECT date, amount_fen FROM preparatory_refund ORDER BY id").map { row in
                "\(row[0] as String) \(row[1] as Int64)"
            }
        }
    }

    @Test("a month before formation paid after the refund is refunded when its money comes in: a second refund for the new amount only")
    func latePaymentIsRefunded() throws {
        let (f, book) = try Self.formed()
        defer { f.remove() }
        // February, a month before formation, paid late in April.
        let outcome = try book.record(RemittanceEntry(unit: "PR", date: day("2026-04-10"), amount: yuan("10000.00"),
                                                      month: try YearMonth(year: 2026, month: 2)))
        #expect(outcome.refunded == yuan("6000.00"))
        #expect(outcome.vouchers == ["XF": 2], "the receipt and the refund, at the federation")
        #expect(try f.balance("XF", "22203", through: "2026-04") == .zero, "nothing of the fund is held any more")
        #expect(try Self.refunds(f) == ["2026-03-20 600000", "2026-04-10 600000"])
        // Nothing left to refund: a refund by hand is refused, as before.
        #expect(throws: AllocationError.refundMustNotBeRepeated(code: "PR", date: "2026-03-20")) {
            try book.refundPreparatoryFund(unit: "PR", on: day("2026-04-20"), newChannel: .direct)
        }
        // Money beyond the months before formation is a credit, not fund: nothing more is refunded.
        #expect(try book.record(RemittanceEntry(unit: "PR", date: day("2026-05-10"), amount: yuan("3000.00"))).refunded == .zero)
        #expect(try Self.refunds(f).count == 2)
        #expect(try f.database.verify().isEmpty)
        #expect(try MirrorCheck.run(store: f.store).isEmpty)
    }

    @Test("a receipt before formation refunds nothing by itself: the fund is held until the union is formed")
    func noRefundBeforeFormation() throws {
        let f = try AllocationFixture()
        defer { f.remove() }
        _ = try f.importPayroll("p.csv", "PR,,2026-01,10,500000.00\n")
        _ = try PayrollAllocator(store: f.store, user: "tester", policy: f.policy).allocate(month: try YearMonth(year: 2026, month: 1))
        let outcome = try RemittanceBook(store: f.store, user: "tester")
            .record(RemittanceEntry(unit: "PR", date: day("2026-02-15"), amount: yuan("10000.00")))
        #expect(outcome.refunded == .zero && outcome.vouchers == ["XF": 1])
        #expect(try f.balance("XF", "22203", through: "2026-02") == yuan("6000.00"))
        #expect(try Self.refunds(f).isEmpty)
    }

    @Test("a share left held after the refund (a receipt recorded by an earlier version) is refunded by a second remit refund, once")
    func stuckShareIsRefundedOnce() throws {
        let (f, book) = try Self.formed()
        defer { f.remove() }
        // Earlier versions recorded a receipt after formation without refunding its share.
        try f.database.write { db in
            try db.execute(sql: """
                INSERT INTO remittance(unit_id, date, amount_fen, month, payer, ref, source, recorded_at, recorded_by)
                VALUES ((SELECT id FROM organisation WHERE code = 'PR'), '2026-04-10', 1000000, NULL, 'unit', '', 'test', '2026-04-10', 't')
                """)
        }
        let second = try book.refundPreparatoryFund(unit: "PR", on: day("2026-04-20"), newChannel: .direct)
        #expect(second.refunded == yuan("6000.00") && second.vouchers == ["XF": 1])
        #expect(try Self.refunds(f) == ["2026-03-20 600000", "2026-04-20 600000"])
        #expect(throws: AllocationError.refundMustNotBeRepeated(code: "PR", date: "2026-03-20")) {
            try book.refundPreparatoryFund(unit: "PR", on: day("2026-04-21"), newChannel: .direct)
        }
    }
}
