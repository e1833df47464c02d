import LedgerCore
import PropertyBased
import Testing
@testable import UnionCore
@testable import UnionAllocation
@testable import UnionMembers
@testable import UnionStatements

@Suite("the 2% split (DOMAIN §8)")
struct AllocationSplitTests {
    static let policy = try! AllocationPolicy.builtinDefault
    static let terms = try! policy.allocationTerms(for: YearMonth(year: 2026, month: 3))
    static var shares: [Rate] { terms.upward.map(\.share) }

    /// DOMAIN §8.1: payroll ¥500,000.00 → 2% ¥10,000.00, retained ¥6,000.00, upward ¥4,000.00;
    /// tax-40: the tax office collects 4,000; tax-full: it collects 10,000 and 6,000 is returned.
    @Test("¥500,000.00 payroll by channel", arguments: [
        (CollectionChannel.direct, "4000.00", "6000.00"),
        (.tax40, "4000.00", "6000.00"),
        (.taxFull, "10000.00", "6000.00"),
        (.fiscal, "10000.00", "6000.00"),
    ])
    func worldExample(channel: CollectionChannel, receivable: String, retained: String) throws {
        let split = try AllocationSplit.of(wageTotal: try Money(parsing: "500,000.00"), rate: Self.terms.rate,
                                           retained: Self.terms.retained, levelShares: Self.shares, collectorLevel: 0)
        #expect(split.due == yuan("10000.00"))
        #expect(split.upward == yuan("4000.00"))
        #expect(split.retained == (try Money(parsing: retained)))
        #expect(channel.receivable(split) == (try Money(parsing: receivable)))
        // The county keeps 50% of the upward 40% under the default chain; 2,000.00 goes further up.
        #expect(split.collector == yuan("2000.00"))
        #expect(split.above == yuan("2000.00"))
    }

    @Test("the due is half-up to the fen; the parts go by largest remainder", arguments: [
        ("0.25", "0.01", "0.01", "0.00"),       // 0.005 → 0.01; 60/40 of one fen: the kept share takes it
        ("0.24", "0.00", "0.00", "0.00"),
        ("1234.56", "24.69", "14.81", "9.88"),  // 24.6912 → 24.69; 14.814 / 9.876 → 14.81 + 9.88
        ("333.33", "6.67", "4.00", "2.67"),
    ])
    func rounding(wage: String, due: String, retained: String, upward: String) throws {
        let split = try AllocationSplit.of(wageTotal: try Money(parsing: wage), rate: Self.terms.rate, retained: Self.terms.retained,
                                           levelShares: Self.shares, collectorLevel: 0)
        #expect(split.due == (try Money(parsing: due)))
        #expect(split.retained == (try Money(parsing: retained)))
        #expect(split.upward == (try Money(parsing: upward)))
    }

    @Test("a collector higher up keeps the shares of the levels below it", arguments: [(0, "2000.00"), (1, "2800.00"), (2, "3800.00"), (3, "4000.00")])
    func collectorLevel(level: Int, collector: String) throws {
        let split = try AllocationSplit.of(due: try Money(parsing: "10000.00"), retained: Self.terms.retained, levelShares: Self.shares,
                                           collectorLevel: level)
        #expect(split.collector == (try Money(parsing: collector)))
        #expect(split.collector.fen + split.above.fen == split.upward.fen)
    }

    @Test("the shipped policies give each section's terms", arguments: [
        ("default", "50%", LateFeeTerms.Cap.none, "60%"), ("beijing", "60%", .none, "100%"), ("chongqing", "60%", .principal, "60%"),
    ])
    func shippedPolicies(name: String, countyShare: String, cap: LateFeeTerms.Cap, refund: String) throws {
        let document = try #require(BuiltinPolicies.document(named: name))
        let policy = try AllocationPolicy(document: document)
        let month = YearMonth(ordinal: 2026 * 12)
        let terms = try policy.allocationTerms(for: month)
        let two = try PolicyRate(parsing: "2%").rate, county = try PolicyRate(parsing: countyShare).rate
        let refundShare = try PolicyRate(parsing: refund).rate
        #expect(terms.rate == two && terms.upward[0].share == county)
        #expect(try AllocationPolicy.terms(policy.lateFee, on: day("2026-03-01"), section: "late_fee").cap == cap)
        #expect(try policy.preparatoryTerms(for: month).refundShare == refundShare)
        #expect(try policy.dueDate(for: month) == day("2026-02-15"))
        #expect(try policy.channelTerms(on: day("2026-01-01")).channel(forKind: "organ") == .fiscal)
    }

    @Test("any payroll and any weights split into parts that sum exactly to the due")
    func partsSumToDue() async {
        let weights = Gen.int64(in: 0...1_000).array(of: 1...6).filter { $0.contains { $0 > 0 } }
        await propertyCheck(count: 400, input: Gen.int64(in: 0...100_000_000_000), Gen.int64(in: 0...100), weights, Gen.int(in: 0...5)) {
            wage, kept, levelWeights, level in
            do {
                let total = levelWeights.reduce(0, +)
                let shares = try levelWeights.map { try Rate(numerator: $0, denominator: total) }
                let split = try AllocationSplit.of(wageTotal: Money(fen: wage), rate: try Rate(basisPoints: 200),
                                                   retained: try Rate(numerator: kept, denominator: 100), levelShares: shares,
                                                   collectorLevel: min(level, shares.count - 1))
                #expect(split.retained.fen + split.upward.fen == split.due.fen)
                #expect(split.collector.fen + split.above.fen == split.upward.fen)
                #expect(split.retained.fen >= 0 && split.upward.fen >= 0 && split.collector.fen >= 0 && split.above.fen >= 0)
                #expect(abs(split.due.fen * 50 - wage) <= 25)
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }

    @Test("the due is within half a fen of wage × rate, and the retained and upward shares each within one fen of theirs")
    func partsWithinOneFen() async {
        await propertyCheck(count: 400, input: Gen.int64(in: 0...100_000_000_000), Gen.int64(in: 1...400), Gen.int64(in: 0...100)) {
            wage, basisPoints, kept in
            do {
                let rate = try Rate(basisPoints: basisPoints), retained = try Rate(numerator: kept, denominator: 100)
                let split = try AllocationSplit.of(wageTotal: Money(fen: wage), rate: rate, retained: retained,
                                                   levelShares: Self.shares, collectorLevel: 0)
                // Exact shares as fractions: due ≈ wage × bp / 10,000; retained ≈ due × kept / 100.
                #expect(abs(split.due.fen * 10_000 - wage * basisPoints) <= 5_000)
                #expect(abs(split.retained.fen * 100 - split.due.fen * kept) < 100)
                #expect(abs(split.upward.fen * 100 - split.due.fen * (100 - kept)) < 100)
                #expect(split.retained.fen + split.upward.fen == split.due.fen)
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }

    @Test("sums of splits too large to hold are refused, never wrapped")
    func overflow() throws {
        let huge = AllocationSplit(due: Money(fen: .max), retained: Money(fen: .max), upward: .zero, collector: .zero, above: .zero)
        #expect(throws: LedgerError.self) { try huge.adding(huge) }
        #expect(throws: LedgerError.self) { try huge.negatedForTest.subtracting(huge) }
        #expect(try huge.subtracting(huge) == .zero)
    }
}

extension AllocationSplit {
    /// Every part negated (from +max, so negation itself never traps).
    var negatedForTest: AllocationSplit {
        AllocationSplit(due: due.negated, retained: retained.negated, upward: upward.negated, collector: collector.negated, above: above.negated)
    }
}

/// An amount written in yuan, for test tables.
func yuan(_ text: String) -> Money { try! Money(parsing: text) }
