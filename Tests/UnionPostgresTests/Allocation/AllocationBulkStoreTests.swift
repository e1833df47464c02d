import Foundation
import LedgerCore
import LedgerStore
import Testing
import UnionAllocation
import UnionCore

/// A federation's thousands of units: more rows than one multi-row INSERT takes (units, payroll
/// declarations and allocations each span statements on PostgreSQL), with the same results on both stores.
@Suite("allocation registers on both stores: thousands of units")
struct AllocationBulkStoreTests {
    typealias V = AllocationValues

    static let unitCount = 3_500

    @Test("thousands of units registered, declared and allocated in a few statements; the arrears add up",
          arguments: AllocationStoreKind.available)
    func thousandsOfUnits(kind: AllocationStoreKind) throws {
        let f = try AllocationBooks(kind)
        // Street federations in the file after their first units, so parents are set once all are in.
        var units = "code,name,kind,parent,channel\n"
        for index in 1...Self.unitCount {
            units += "B\(index),单位\(index),enterprise,\(index % 2 == 0 ? "XF" : "S\(index % 7)"),\(index % 3 == 0 ? "tax-40" : "self")\n"
        }
        for street in 0..<7 { units += "S\(street),街道\(street),street,XF,self\n" }
        let started = Date()
        #expect(try f.importUnits("bulk-units.csv", units) == .imported(rows: Self.unitCount + 7, registered: Self.unitCount + 7, unchanged: 0))
        let payroll = (1...Self.unitCount).map { "B\($0),,2026-01,10,\(100_000 + $0).00\n" }.joined()
        #expect(try f.importPayroll("bulk-payroll.csv", payroll) == .imported(rows: Self.unitCount, new: Self.unitCount, corrected: 0, unchanged: 0))
        let outcome = try f.allocate(1)
        #expect(outcome.allocated == Self.unitCount)
        let elapsed = Date().timeIntervalSince(started)
        #expect(elapsed < 120, "\(kind): \(Self.unitCount) units took \(elapsed) s")

        let directory = try f.store.read { try $0.directory(structureOnly: false) }
        #expect(directory.byCode.count == Self.unitCount + 7 + 6)
        #expect(directory.unit(code: "B1")?.parentID == directory.unit(code: "S1")?.id)
        #expect(directory.unit(code: "B2")?.parentID == directory.unit(code: "XF")?.id)
        #expect(directory.unit(code: "B3")?.channel == .tax40)
        let declared = try f.store.read { try $0.declarations(month: V.month(1)) }
        #expect(declared.count == Self.unitCount && declared.allSatisfy(\.isAllocated))
        let posted = try f.store.read { try $0.allocations(month: V.month(1)) }
        #expect(posted.count == Self.unitCount)
        let summary = try f.arrearsLedger().arrears(asOf: V.day("2026-12-31"))
        #expect(summary.units.count == Self.unitCount)
        #expect(try f.balance("XF", "132") == (try summary.outstanding.subtracting(summary.credit)))
        #expect(try MirrorCheck.run(store: f.store).isEmpty)
    }
}
