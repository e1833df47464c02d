import PropertyBased
import Testing
@testable import LedgerCore

@Suite("Money.allocated(by:): largest-remainder splits")
struct AllocationTests {
    @Test("splits the 2 % allocation 60/40 (DOMAIN §8.1)")
    func splitsSixtyForty() throws {
        let allocation = try Money(parsing: "¥10,000.00")
        let parts = try allocation.allocated(by: [60, 40])
        #expect(parts.map { $0.formatted() } == ["6,000.00", "4,000.00"])
    }

    @Test("splits by weights", arguments: [
        (100, [1, 1, 1], [34, 33, 33]),
        (2, [1, 1, 1], [1, 1, 0]),                 // ties go to the earlier weight
        (10, [1, 2, 3], [2, 3, 5]),                // the largest remainder (0.67) gets the fen
        (1, [1, 1000], [0, 1]),
        (-100, [1, 1, 1], [-34, -33, -33]),        // negative totals split as magnitude, then negated
        (-10, [1, 2, 3], [-2, -3, -5]),
        (-1, [3, 7], [0, -1]),
        (100, [0, 1, 1], [0, 50, 50]),
        (101, [1, 0, 1], [51, 0, 50]),
        (7, [0, 0, 5], [0, 0, 7]),
        (0, [1, 2], [0, 0]),
        (12_345, [1], [12_345]),
        (1_000_000, [3, 3, 3, 1], [300_000, 300_000, 300_000, 100_000]),
        (Int64.max, [1, 1], [Int64.max / 2 + 1, Int64.max / 2]),
        (Int64.min, [1], [Int64.min]),
        (Int64.min, [1, 1], [Int64.min / 2, Int64.min / 2]),
        (Int64.max, [Int64.max, Int64.max], [Int64.max / 2 + 1, Int64.max / 2]),
    ] as [(Int64, [Int64], [Int64])])
    func splitsByWeights(total: Int64, weights: [Int64], expected: [Int64]) throws {
        #expect(try Money(fen: total).allocated(by: weights).map(\.fen) == expected)
    }

    @Test("refuses weights that cannot split anything", arguments: [
        [Int64](),
        [0],
        [0, 0, 0],
        [-1, 2],
        [5, -5],
        [Int64.max, Int64.max, 2],                 // the weight total overflows
    ])
    func refusesBadWeights(weights: [Int64]) {
        let expected = LedgerError.allocationWeightsMustBePositive(weights: weights.map(String.init).joined(separator: ","))
        #expect(throws: expected) { try Money(fen: 100).allocated(by: weights) }
    }

    @Test("parts sum to the total, each within one fen of its exact share")
    func partsAreExact() async {
        let weights = Gen.int64(in: -3_000...10_000).map { max(0, $0) }   // about a quarter are zero
            .array(of: 1...20)
            .filter { $0.contains { $0 > 0 } }
        await propertyCheck(count: 1_000, input: Gen.int64(in: -1_000_000_000_000...1_000_000_000_000), weights) {
            total, weights in
            Self.checkAllocation(total: total, weights: weights)
        }
    }

    @Test("the share check holds where products need more than 64 bits")
    func partsAreExactForLargeNumbers() async {
        let weights = Gen.int64(in: 0...(Int64.max / 32)).array(of: 1...20).filter { $0.contains { $0 > 0 } }
        await propertyCheck(count: 500, input: Gen.int64(in: -Money.magnitudeMax...Money.magnitudeMax), weights) {
            total, weights in
            Self.checkAllocation(total: total, weights: weights)
        }
    }

    @Test("the leftover fen go to the largest remainders, ties to the earlier weight (against a sorted model)")
    func leftoverFollowsLargestRemainders() async {
        // Few distinct small weights: remainders tie often; up to 40 weights crosses the switch
        // from scanning to sorting at 16.
        let weights = Gen.int64(in: -2...6).map { max(0, $0) }.array(of: 1...40).filter { $0.contains { $0 > 0 } }
        await propertyCheck(count: 1_000, input: Gen.int64(in: -1_000_000...1_000_000), weights) { total, weights in
            #expect((try? Money(fen: total).allocated(by: weights).map(\.fen)) == Self.largestRemainderModel(total: total, weights: weights))
        }
    }

    /// The rule written out plainly: floors, then one fen each down the parts sorted by
    /// remainder (largest first, ties to the earlier weight); negative totals by magnitude.
    static func largestRemainderModel(total: Int64, weights: [Int64]) -> [Int64] {
        let magnitude = total.magnitude, weightTotal = UInt64(weights.reduce(0, +))
        var parts = weights.map { weightTotal.dividingFullWidth(magnitude.multipliedFullWidth(by: UInt64($0))).quotient }
        let remainders = weights.map { weightTotal.dividingFullWidth(magnitude.multipliedFullWidth(by: UInt64($0))).remainder }
        let order = weights.indices.sorted { remainders[$0] != remainders[$1] ? remainders[$0] > remainders[$1] : $0 < $1 }
        for index in order.prefix(Int(magnitude - parts.reduce(0, +))) { parts[index] += 1 }
        return parts.map { total < 0 ? -Int64($0) : Int64($0) }
    }

    static func checkAllocation(total: Int64, weights: [Int64], sourceLocation: SourceLocation = #_sourceLocation) {
        let parts: [Money]
        do {
            parts = try Money(fen: total).allocated(by: weights)
        } catch {
            Issue.record("\(error)", sourceLocation: sourceLocation)
            return
        }
        #expect(parts.count == weights.count, sourceLocation: sourceLocation)
        #expect(parts.reduce(0) { $0 + $1.fen } == total, sourceLocation: sourceLocation)
        let weightTotal = weights.reduce(0, +).magnitude
        for (part, weight) in zip(parts, weights) {
            // Signs never mix.
            #expect(part.fen == 0 || (part.fen < 0) == (total < 0), sourceLocation: sourceLocation)
            // |part − total × w / W| < 1  ⇔  |part × W − total × w| < W, in 128-bit integers.
            let scaledPart = Magnitude128(part.fen.magnitude, times: weightTotal)
            let exactShare = Magnitude128(total.magnitude, times: weight.magnitude)
            #expect(Magnitude128.distance(scaledPart, exactShare) < Magnitude128(high: 0, low: weightTotal),
                    "part \(part.fen) of \(total) by \(weight)/\(weightTotal)", sourceLocation: sourceLocation)
            if weight == 0 { #expect(part.isZero, sourceLocation: sourceLocation) }
        }
    }
}
