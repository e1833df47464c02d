import LedgerCore
import Testing
import UnionAllocation
import UnionCore

/// `arrears show --order register` on both stores: the units handed over one at a time in the
/// order they were registered must be exactly the ranked report's units, with the same totals.
@Suite("arrears in register order: the ranked report's units and totals, streamed")
struct ArrearsRegisterOrderTests {
    typealias V = AllocationValues

    /// The fixture's units, a street federation with two units of its own (registered after a
    /// unit of XF's, so register order is not code order), two months allocated, receipts and a step.
    static func books(_ kind: AllocationStoreKind) throws -> AllocationBooks {
        let f = try AllocationBooks(kind)
        _ = try f.importUnits("more.csv", """
            code,name,kind,parent,channel
            Z9,最后编码单位,enterprise,XF,
            JD,示例街道总工会,street,XF,self
            J2,街道二号单位,enterprise,JD,
            J1,街道一号单位,enterprise,JD,

            """)
        let codes = ["GH101", "T40", "TF", "FI", "PR", "Z9", "J2", "J1"]
        _ = try f.importPayroll("jan.csv", codes.map { "\($0),,2026-01,10,123456.78\n" }.joined())
        _ = try f.importPayroll("feb.csv", codes.dropLast().map { "\($0),,2026-02,12,98765.43\n" }.joined())
        for month in 1...2 { _ = try f.allocate(month) }
        for (unit, date, amount) in [("GH101", "2026-02-10", "2000.00"), ("J2", "2026-02-20", "99999.00"), ("Z9", "2026-03-01", "999.99")] {
            _ = try f.remittance.record(RemittanceEntry(unit: unit, date: V.day(date), amount: V.yuan(amount), reference: ""))
        }
        try f.arrearsLedger().setStatus(unit: "J1", to: .notice, on: V.day("2026-03-25"))
        return f
    }

    static func line(_ unit: UnitArrears) -> String {
        "\(unit.code) \(unit.name) \(unit.due.plainString) \(unit.paid.plainString) \(unit.outstanding.plainString) \(unit.credit.plainString) "
            + "\(unit.lateFee.plainString) \(unit.oldestUnpaid.map { "\($0)" } ?? "-") \(unit.unpaidMonths) \(unit.bucket.map { "\($0)" } ?? "-") "
            + "\(unit.status.rawValue) \(unit.statusDate.map { "\($0)" } ?? "-")"
    }

    static func totals(_ summary: ArrearsSummary) -> String {
        "\(summary.due.plainString) \(summary.paid.plainString) \(summary.outstanding.plainString) \(summary.credit.plainString) "
            + "\(summary.lateFee.plainString) " + AgingBucket.allCases.map { "\($0):\(summary.aging[$0].map { "\($0.units)/\($0.outstanding.plainString)" } ?? "-")" }.joined(separator: ",")
    }

    @Test("every unit once, in row-id order, as the ranked report has it; the same totals and aging; under a street federation its units alone",
          arguments: AllocationStoreKind.available)
    func sameUnitsInRegisterOrder(kind: AllocationStoreKind) throws {
        let f = try Self.books(kind)
        let ledger = try f.arrearsLedger()
        for (asOf, under) in [("2026-02-28", nil), ("2026-04-30", nil), ("2026-04-30", "JD"), ("2026-04-30", "XF"), ("2026-04-30", "J1")] as [(String, String?)] {
            let ranked = try ledger.arrears(asOf: V.day(asOf), under: under)
            var streamed: [UnitArrears] = []
            let totals = try ledger.forEachUnitArrears(asOf: V.day(asOf), under: under) { streamed.append($0) }
            #expect(streamed.map(Self.line).sorted() == ranked.units.map(Self.line).sorted(), "\(asOf) under \(under ?? "-")")
            #expect(totals.units.isEmpty && totals.unitCount == ranked.units.count)
            #expect(Self.totals(totals) == Self.totals(ranked))
            let ids = try f.store.read { reads in try streamed.map { try #require(try reads.organisationID(code: $0.code)) } }
            #expect(ids == ids.sorted(), "register order: \(streamed.map(\.code))")
        }
        var underStreet: [String] = []
        _ = try ledger.forEachUnitArrears(asOf: V.day("2026-04-30"), under: "JD") { underStreet.append($0.code) }
        #expect(underStreet == ["J2", "J1"], "registered J2 first")
        var all: [String] = []
        _ = try ledger.forEachUnitArrears(asOf: V.day("2026-04-30")) { all.append($0.code) }
        #expect(all.suffix(3) == ["Z9", "J2", "J1"] && Set(all).isSuperset(of: ["GH101", "T40", "TF", "FI", "PR"]))
    }

    @Test("a batch of notices: the codes owing at least the floor, ranked, then each of those units month by month as the ranked report has it",
          arguments: AllocationStoreKind.available)
    func noticesInTwoPasses(kind: AllocationStoreKind) throws {
        let f = try Self.books(kind)
        let ledger = try f.arrearsLedger()
        for least in ["0.01", "3000.00", "1000000.00"] {
            let ranked = try ledger.arrears(asOf: V.day("2026-04-30"), withMonths: true).units
                .filter { $0.outstanding.isPositive && $0.outstanding >= V.yuan(least) }
            var codes: [String]?
            var given: [UnitArrears] = []
            let count = try ledger.forEachNotice(asOf: V.day("2026-04-30"), least: V.yuan(least), codes: { (named: [String], payees: NoticePayees) throws in
                codes = named
                let payeeNames = try named.map { try payees.payee(of: $0)?.name }
                #expect(payeeNames.allSatisfy { $0 == "示例县总工会" }, "each pays its federation: \(payeeNames)")
            }) { unit in
                #expect(codes != nil, "the codes come first")
                given.append(unit)
            }
            #expect(codes == ranked.map(\.code), "floor \(least)")
            #expect(count == ranked.count && given.count == ranked.count)
            let months = { (unit: UnitArrears) in Self.line(unit) + " " + unit.months.map { "\($0)" }.joined(separator: ";") }
            #expect(given.map(months).sorted() == ranked.map(months).sorted())
            #expect(given.allSatisfy { !$0.months.isEmpty })
        }
    }

    @Test("an unknown --level is refused before any unit is handed over", arguments: AllocationStoreKind.available)
    func unknownScope(kind: AllocationStoreKind) throws {
        let f = try Self.books(kind)
        let ledger = try f.arrearsLedger()
        #expect(throws: AllocationError.unitMustBeRegistered(code: "NOWHERE")) { try ledger.checkArrears(under: "NOWHERE") }
        var handed = 0
        #expect(throws: AllocationError.unitMustBeRegistered(code: "NOWHERE")) {
            _ = try ledger.forEachUnitArrears(asOf: V.day("2026-04-30"), under: "NOWHERE") { _ in handed += 1 }
        }
        #expect(handed == 0)
        try ledger.checkArrears(under: "JD")
        try ledger.checkArrears(under: nil)
    }
}
