import PropertyBased
import Testing
@testable import LedgerCore

@Suite("Rate: exact rates with named rounding")
struct RateTests {
    @Test("2 % of a ¥500,000.00 payroll is ¥10,000.00 (工会法 art. 43)")
    func twoPercentOfPayroll() throws {
        let payroll = try Money(parsing: "500,000.00")
        #expect(try Rate(basisPoints: 200).applied(to: payroll).formatted() == "10,000.00")
    }

    @Test("dues of 0.5 % on a ¥4,560 base are ¥22.80 (DOMAIN §8.2)")
    func duesRate() throws {
        #expect(try Rate(basisPoints: 50).applied(to: Money(fen: 456_000)) == Money(fen: 2_280))
    }

    @Test("rounds halves and non-halves as named", arguments: [
        // amount fen, numerator, denominator, halfUp, halfEven, down
        (1, 1, 2, 1, 0, 0),                 // 0.5
        (3, 1, 2, 2, 2, 1),                 // 1.5
        (5, 1, 2, 3, 2, 2),                 // 2.5
        (-1, 1, 2, -1, 0, 0),               // −0.5: half-up goes away from zero
        (-3, 1, 2, -2, -2, -1),
        (-5, 1, 2, -3, -2, -2),
        (3, 1, 5, 1, 1, 0),                 // 0.6
        (2, 1, 5, 0, 0, 0),                 // 0.4
        (-3, 1, 5, -1, -1, 0),
        (100, 50, 10_000, 1, 0, 0),         // 0.5 fen from basis points
        (300, 50, 10_000, 2, 2, 1),         // 1.5
        (12_345, 50, 10_000, 62, 62, 61),   // 61.725
        (-12_345, 50, 10_000, -62, -62, -61),
        (1_234_567, 7, 3, 2_880_656, 2_880_656, 2_880_656),   // 2880656.33…
        (0, 200, 10_000, 0, 0, 0),
        (999, 0, 1, 0, 0, 0),
    ] as [(Int64, Int64, Int64, Int64, Int64, Int64)])
    func rounds(amount: Int64, numerator: Int64, denominator: Int64, halfUp: Int64, halfEven: Int64, down: Int64) throws {
        let rate = try Rate(numerator: numerator, denominator: denominator)
        let money = Money(fen: amount)
        #expect(try rate.applied(to: money, rounding: .halfUp).fen == halfUp)
        #expect(try rate.applied(to: money, rounding: .halfEven).fen == halfEven)
        #expect(try rate.applied(to: money, rounding: .down).fen == down)
    }

    @Test("half-up is the default rounding")
    func halfUpIsDefault() throws {
        let half = try Rate(numerator: 1, denominator: 2)
        #expect(try half.applied(to: Money(fen: 5)) == Money(fen: 3))
    }

    @Test("per-mille rates state late fees (DOMAIN §8.3)")
    func perMille() throws {
        let daily = try Rate(perMille: 5)
        #expect(daily.numerator == 5 && daily.denominator == 1_000)
        #expect(try daily.applied(to: Money(fen: 400_000)) == Money(fen: 2_000))
        // ¥4,000 × 0.005 × 20 days = ¥400.
        let twentyDays = try Rate(numerator: 5 * 20, denominator: 1_000)
        #expect(try twentyDays.applied(to: Money(fen: 400_000)) == Money(fen: 40_000))
        #expect(try Rate(basisPoints: 200).description == "200/10000")
    }

    @Test("refuses negative or undefined rates", arguments: [
        (-1, 10_000),
        (1, 0),
        (1, -3),
        (-1, -1),
        (Int64.min, 1),
    ] as [(Int64, Int64)])
    func refusesInvalidRate(numerator: Int64, denominator: Int64) {
        #expect(throws: LedgerError.rateMustBeValid(value: "\(numerator)/\(denominator)")) {
            try Rate(numerator: numerator, denominator: denominator)
        }
    }

    @Test("refuses negative basis points and per-mille")
    func refusesNegativeShorthands() {
        #expect(brokenRule { () throws(LedgerError) in try Rate(basisPoints: -200) } == .rateMustBeValid)
        #expect(brokenRule { () throws(LedgerError) in try Rate(perMille: -5) } == .rateMustBeValid)
    }

    @Test("a result that does not fit is rejected", arguments: [
        (Int64.max, Int64.max, 1),
        (Money.magnitudeMax, 2, 1),
        (-Money.magnitudeMax, 3, 2),
        (Int64.min, 1, 1),
    ] as [(Int64, Int64, Int64)])
    func resultMustFit(amount: Int64, numerator: Int64, denominator: Int64) throws {
        let rate = try Rate(numerator: numerator, denominator: denominator)
        #expect(brokenRule { () throws(LedgerError) in try rate.applied(to: Money(fen: amount)) } == .amountMustFitRange)
    }

    @Test("roundings agree within a fen and are symmetric in sign")
    func roundingsAgree() async {
        await propertyCheck(count: 1_000, input: Gen.int64(in: -1_000_000_000_000...1_000_000_000_000),
                            Gen.int64(in: 0...20_000), Gen.int64(in: 1...20_000)) { amount, numerator, denominator in
            let rate = try Rate(numerator: numerator, denominator: denominator)
            let down = try rate.applied(to: Money(fen: amount), rounding: .down).fen
            let halfUp = try rate.applied(to: Money(fen: amount), rounding: .halfUp).fen
            let halfEven = try rate.applied(to: Money(fen: amount), rounding: .halfEven).fen
            #expect((halfUp - down).magnitude <= 1 && (halfEven - down).magnitude <= 1)
            #expect(halfEven.magnitude <= halfUp.magnitude)
            #expect(try rate.applied(to: Money(fen: -amount), rounding: .halfUp).fen == -halfUp)
            #expect(try rate.applied(to: Money(fen: -amount), rounding: .halfEven).fen == -halfEven)
            // down is the truncated exact product: |down × d| ≤ |amount × n| < (|down| + 1) × d.
            let exact = Magnitude128(amount.magnitude, times: numerator.magnitude)
            #expect(Magnitude128(down.magnitude, times: denominator.magnitude) <= exact)
            #expect(exact < Magnitude128(down.magnitude + 1, times: denominator.magnitude))
        }
    }
}
