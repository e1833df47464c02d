import Foundation
import PropertyBased
import Testing
@testable import LedgerCore

@Suite("Money.formatted() and plainString")
struct MoneyFormattingTests {
    @Test("formats with separators and exactly two decimals", arguments: [
        (123_450, "1,234.50", "1234.50"),
        (-1, "-0.01", "-0.01"),
        (0, "0.00", "0.00"),
        (5, "0.05", "0.05"),
        (100, "1.00", "1.00"),
        (99_999, "999.99", "999.99"),
        (100_000, "1,000.00", "1000.00"),
        (100_000_000, "1,000,000.00", "1000000.00"),
        (-123_456_789, "-1,234,567.89", "-1234567.89"),
        (Money.magnitudeMax, "999,999,999,999,999.99", "999999999999999.99"),
        (Int64.max, "92,233,720,368,547,758.07", "92233720368547758.07"),
        (Int64.min, "-92,233,720,368,547,758.08", "-92233720368547758.08"),
    ] as [(Int64, String, String)])
    func formatsAmount(fen: Int64, grouped: String, plain: String) {
        let money = Money(fen: fen)
        #expect(money.formatted() == grouped)
        #expect(money.plainString == plain)
        #expect(money.description == grouped)
    }

    @Test("the same text as the rule written out with Strings, at every size and sign")
    func matchesModel() async {
        // Amounts of every digit count: a random amount with a random number of its digits cut off.
        await propertyCheck(count: 2_000, input: Gen.int64(in: Int64.min...Int64.max), Gen.int(in: 0...18)) { amount, cut in
            var divisor: Int64 = 1
            for _ in 0..<cut { divisor *= 10 }
            let fen = amount / divisor
            #expect(Money(fen: fen).formatted() == Self.model(fen, grouping: true))
            #expect(Money(fen: fen).plainString == Self.model(fen, grouping: false))
        }
    }

    /// The format as it was first written: the yuan's digits, a comma before each group of three
    /// when grouping, two decimals.
    static func model(_ fen: Int64, grouping: Bool) -> String {
        var digits = String(fen.magnitude / 100)
        if grouping && digits.count > 3 {
            var grouped = ""
            for (offset, character) in digits.enumerated() {
                if offset > 0 && (digits.count - offset) % 3 == 0 { grouped.append(",") }
                grouped.append(character)
            }
            digits = grouped
        }
        let cents = fen.magnitude % 100
        return (fen < 0 ? "-" : "") + digits + "." + (cents < 10 ? "0\(cents)" : "\(cents)")
    }

    @Test("format then parse gives the same fen")
    func roundTrip() async {
        await propertyCheck(count: 2_000, input: Gen.int64(in: -99_999_999_999_999...99_999_999_999_999)) { fen throws in
            let money = Money(fen: fen)
            #expect(try Money(parsing: money.formatted()) == money)
            #expect(try Money(parsing: money.plainString) == money)
        }
    }

    @Test("format then parse gives the same fen for small amounts")
    func roundTripSmall() async {
        // The wide generator rarely lands below a thousand yuan, where the zero padding lives.
        await propertyCheck(count: 1_000, input: Gen.int64(in: -100_000...100_000)) { fen throws in
            let money = Money(fen: fen)
            #expect(try Money(parsing: money.formatted()) == money)
            #expect(try Money(parsing: money.plainString) == money)
        }
    }

    @Test("the ends of the accepted range round trip", arguments: [
        Money.magnitudeMax, -Money.magnitudeMax, 1, -1, 0,
    ] as [Int64])
    func roundTripAtRangeEnds(fen: Int64) throws {
        #expect(try Money(parsing: Money(fen: fen).formatted()).fen == fen)
        #expect(try Money(parsing: Money(fen: fen).plainString).fen == fen)
    }

    @Test("encodes to JSON as a decimal string, never a float")
    func encodesAsString() throws {
        let data = try JSONEncoder().encode([Money(fen: 123_450), Money(fen: -1)])
        #expect(String(decoding: data, as: UTF8.self) == #"["1234.50","-0.01"]"#)
        #expect(try JSONDecoder().decode([Money].self, from: data) == [Money(fen: 123_450), Money(fen: -1)])
    }
}

@Suite("Money arithmetic")
struct MoneyArithmeticTests {
    @Test("adds, subtracts and sums exactly")
    func addsExactly() throws {
        let a = Money(fen: 29), b = Money(fen: 1)
        #expect(try a.adding(b) == Money(fen: 30))
        #expect(try a.subtracting(b) == Money(fen: 28))
        #expect(try Money.sum([Money(fen: 10), Money(fen: 20), Money(fen: -5)]) == Money(fen: 25))
        #expect(try Money.sum([Money]()) == .zero)
        #expect(Money(fen: 5).negated == Money(fen: -5))
        #expect(Money(fen: -5).isNegative && Money(fen: 5).isPositive && Money.zero.isZero)
        #expect(Money(fen: -5) < Money(fen: 3))
    }

    @Test("overflow is a rejection, not a wrap", arguments: [
        (Int64.max, 1, true),
        (Int64.min, -1, true),
        (Int64.min, 1, false),
    ] as [(Int64, Int64, Bool)])
    func overflowThrows(lhs: Int64, rhs: Int64, adding: Bool) {
        let rule = brokenRule { () throws(LedgerError) in
            adding ? try Money(fen: lhs).adding(Money(fen: rhs)) : try Money(fen: lhs).subtracting(Money(fen: rhs))
        }
        #expect(rule == .amountMustFitRange)
    }

    @Test("a sum that overflows is rejected")
    func sumOverflowThrows() {
        #expect(brokenRule { () throws(LedgerError) in try Money.sum([Money(fen: .max), Money(fen: 1)]) }
            == .amountMustFitRange)
    }
}
