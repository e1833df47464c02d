import LedgerCore
import PropertyBased
import Testing
import UnionAllocation
import UnionCore

/// `AllocationPlan.pending` keeps each unit's latest revision not yet allocated, in the array it is
/// given: against the rule written out plainly with new arrays, as it was first built.
@Suite("a month's pending declarations")
struct PendingDeclarationsTests {
    private static func plainly(_ revisions: [MonthDeclaration]) -> [MonthDeclaration] {
        var latest: [MonthDeclaration] = []
        for revision in revisions {
            if let last = latest.last, last.unitID == revision.unitID {
                latest[latest.count - 1] = revision
            } else {
                latest.append(revision)
            }
        }
        return latest.filter { !$0.isAllocated }
    }

    @Test("each unit's latest revision, when not allocated yet, in unit order")
    func latestNotAllocated() async {
        // Per unit: how many revisions (1–4) and which of them are allocated.
        await propertyCheck(count: 300, input: Gen.int(in: 1...4).array(of: 0...60), Gen.bool.array(of: 0...240)) { revisionCounts, allocated in
            var revisions: [MonthDeclaration] = []
            for (unit, count) in revisionCounts.enumerated() {
                for revision in 1...count {
                    let index = revisions.count
                    revisions.append(MonthDeclaration(
                        id: Int64(index + 1), unitID: Int64(unit * 2 + 1), unitCode: "U\(unit)", parentID: nil,
                        revision: Int64(revision), wageTotal: Money(fen: Int64(index * 100)), channel: .direct,
                        isAllocated: index < allocated.count && allocated[index]))
                }
            }
            #expect(AllocationPlan.pending(revisions) == Self.plainly(revisions))
        }
    }
}
