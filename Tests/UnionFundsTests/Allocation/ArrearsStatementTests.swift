import LedgerCore
import Testing
@testable import UnionAllocation
@testable import UnionCore

/// Arrears and the mirror check from registers given as values: no database.
@Suite("arrears and the mirror check (pure)")
struct ArrearsStatementTests {
    typealias F = PureAllocationFixture

    static func due(_ month: String, _ date: String, _ amount: String) throws -> ReceiptMatching.MonthDue {
        ReceiptMatching.MonthDue(month: try YearMonth(parsing: month), dueDate: day(date), receivable: yuan(amount))
    }

    /// GH101 pays January late and part of it, then overpays; TF pays half; PR has owed for over a year; T40 is paid up.
    static func registers() throws -> ArrearsRegisters {
        ArrearsRegisters(
            months: [
                F.gh101.id: [try due("2026-01", "2026-02-15", "4000.00"), try due("2026-02", "2026-03-15", "4000.00")],
                F.tf.id: [try due("2026-01", "2026-02-15", "10000.00")],
                F.prep.id: [try due("2024-12", "2025-01-15", "10000.00")],
                F.t40.id: [try due("2026-01", "2026-02-15", "4000.00")],
            ],
            receipts: [
                F.gh101.id: [.init(date: day("2026-02-15"), amount: yuan("3000.00")), .init(date: day("2026-03-20"), amount: yuan("6000.00"))],
                F.tf.id: [.init(date: day("2026-02-15"), amount: yuan("5000.00"))],
                F.t40.id: [.init(date: day("2026-02-15"), amount: yuan("4000.00"))],
            ],
            statuses: [F.tf.id: EnforcementRecord(status: .notice, date: day("2026-03-01"))])
    }

    @Test("per unit and in total: due = paid + outstanding − credit; late fees per month; sorted by outstanding")
    func statement() throws {
        let summary = try ArrearsStatement.summarise(try Self.registers(), directory: F.directory, asOf: day("2026-03-31"),
                                                     lateFee: F.policy.lateFee)
        #expect(summary.units.map(\.code) == ["PR", "TF", "GH101", "T40"])
        let gh = summary.units[2]
        #expect(gh.due == yuan("8000.00") && gh.paid == yuan("9000.00") && gh.outstanding == .zero && gh.credit == yuan("1000.00"))
        #expect(gh.lateFee == yuan("265.00"), "January's last 1,000 33 days late, February's 4,000 five days late")
        let tf = summary.units[1]
        #expect(tf.outstanding == yuan("5000.00") && tf.lateFee == yuan("1100.00"), "5,000 × 5‰ × 44 days")
        #expect(tf.status == .notice && tf.statusDate == day("2026-03-01") && tf.bucket == .upTo3 && tf.unpaidMonths == 1)
        let december = try YearMonth(parsing: "2024-12")
        #expect(summary.units[0].bucket == .over12 && summary.units[0].oldestUnpaid == december)
        #expect(summary.due == yuan("32000.00") && summary.paid == yuan("18000.00"))
        #expect(summary.outstanding == yuan("15000.00") && summary.credit == yuan("1000.00"))
        #expect(try summary.paid.adding(summary.outstanding).subtracting(summary.credit) == summary.due)
        #expect(summary.aging == [.upTo3: AgingTotal(units: 1, outstanding: yuan("5000.00")),
                                  .over12: AgingTotal(units: 1, outstanding: yuan("10000.00"))])
        #expect(summary.units.allSatisfy { $0.months.isEmpty }, "months only when asked for")
    }

    @Test("only the units below an organisation, month by month for a notice")
    func underAndMonths() throws {
        let below = try ArrearsStatement.summarise(try Self.registers(), directory: F.directory, asOf: day("2026-03-31"),
                                                   lateFee: F.policy.lateFee, under: F.street.id)
        #expect(below.units.map(\.code) == ["T40"])
        let detail = try ArrearsStatement.summarise(try Self.registers(), directory: F.directory, asOf: day("2026-03-31"),
                                                    lateFee: F.policy.lateFee, withMonths: true)
        let tf = try #require(detail.units.first { $0.code == "TF" })
        #expect(tf.months == [MonthArrears(month: try YearMonth(parsing: "2026-01"), dueDate: day("2026-02-15"), due: yuan("10000.00"),
                                           paid: yuan("5000.00"), outstanding: yuan("5000.00"), daysLate: 44, lateFee: yuan("1100.00"))])
        // GH101 owes nothing, but its late fees are listed month by month.
        #expect(detail.units.first { $0.code == "GH101" }?.months.map(\.lateFee) == [yuan("165.00"), yuan("100.00")])
    }

    @Test("a late fee too large to hold is refused, never wrapped")
    func lateFeeOverflow() throws {
        #expect(throws: LedgerError.self) {
            try LateFee.fee(principal: Money(fen: Money.magnitudeMax), dueDate: day("2000-01-01"), payments: [],
                            asOf: day("2099-12-31"), terms: F.policy.lateFee)
        }
    }

    static let february = YearMonth(ordinal: 2026 * 12 + 1)

    static func mirror(unitPayable: String) throws -> [MirrorFinding] {
        try MirrorCheck.compare(
            allocations: [AllocationMovement(unitID: F.gh101.id, collectorID: F.xf.id, channel: .direct, month: february, receivable: yuan("4000.00")),
                          AllocationMovement(unitID: F.tf.id, collectorID: F.xf.id, channel: .taxFull, month: february, receivable: yuan("10000.00"))],
            receipts: [ReceiptMovement(unitID: F.gh101.id, payer: .unit, month: february, amount: yuan("3000.00"))],
            directory: F.directory,
            books: MirrorBooks(receivableFromLower: [F.xf.id: ["单位拨缴": [february: yuan("4000.00")], "税务代收": [february: yuan("10000.00")],
                                                               "GH101": [february: yuan("-3000.00")]]],
                               payableToHigher: [F.gh101.id: ["XF": [february: yuan(unitPayable)]]]))
    }

    @Test("the mirror and control checks agree when books and registers move alike")
    func mirrorAgrees() throws {
        #expect(try Self.mirror(unitPayable: "1000.00").isEmpty)
    }

    @Test("the mirror check names the unit and month whose books disagree")
    func mirrorDisagrees() throws {
        #expect(try Self.mirror(unitPayable: "1100.00") == [MirrorFinding(unit: "GH101", federation: "XF", month: Self.february,
                                                                           unitPayable: yuan("1100.00"), federationReceivable: yuan("1000.00"))])
    }
}
