import Foundation
import Testing
@testable import LedgerCore

@Suite("Money(parsing:): amounts as users type them")
struct MoneyParsingTests {
    @Test("accepts the forms Excel users type", arguments: [
        ("1234.5", 123_450),
        ("1,234.50", 123_450),
        ("¥1,234.50", 123_450),
        ("￥12", 1_200),
        ("-0.01", -1),
        ("+3", 300),
        (".5", 50),
        (" 12.30 ", 1_230),
        ("0", 0),
        ("-0", 0),
        ("0.00", 0),
        ("1,234", 123_400),
        ("123,456,789.01", 12_345_678_901),
        ("-¥1,000,000.00", -100_000_000),
        ("999,999,999,999,999.99", Money.magnitudeMax),
        ("-999999999999999.99", -Money.magnitudeMax),
    ] as [(String, Int64)])
    func acceptsTypedAmount(text: String, fen: Int64) throws {
        #expect(try Money(parsing: text).fen == fen)
        #expect(Money.parseFen(text.utf8) == fen)
    }

    @Test("rejects text that is not an amount", arguments: [
        ("1.234", LedgerError.Rule.amountMustBeWellFormed),
        ("12.3abc", .amountMustBeWellFormed),
        ("1,23,4", .amountMustBeWellFormed),
        ("1,2345", .amountMustBeWellFormed),
        ("1234,567.00", .amountMustBeWellFormed),
        (",123", .amountMustBeWellFormed),
        ("1,", .amountMustBeWellFormed),
        ("", .amountMustBeWellFormed),
        ("   ", .amountMustBeWellFormed),
        ("NaN", .amountMustBeWellFormed),
        ("-", .amountMustBeWellFormed),
        ("+", .amountMustBeWellFormed),
        ("¥", .amountMustBeWellFormed),
        (".", .amountMustBeWellFormed),
        ("1e5", .amountMustBeWellFormed),
        ("12..3", .amountMustBeWellFormed),
        ("12.3.4", .amountMustBeWellFormed),
        ("--1", .amountMustBeWellFormed),
        ("¥-12", .amountMustBeWellFormed),
        ("¥ 12", .amountMustBeWellFormed),
        ("1 234", .amountMustBeWellFormed),
        ("12元", .amountMustBeWellFormed),
        ("99999999999999999999abc", .amountMustBeWellFormed),  // junk wins over size
        ("1,000,000,000,000,000.00", .amountMustFitRange),      // just past magnitudeMax
        ("-1000000000000000", .amountMustFitRange),
        ("92233720368547758.07", .amountMustFitRange),          // Int64.max fen
        ("99999999999999999999", .amountMustFitRange),          // past Int64 itself
        ("-99,999,999,999,999,999,999.99", .amountMustFitRange),
    ])
    func rejectsMalformedAmount(text: String, rule: LedgerError.Rule) {
        #expect(brokenRule { () throws(LedgerError) in try Money(parsing: text) } == rule)
        #expect(Money.parseFen(text.utf8) == nil)
    }

    @Test("the error names the text as given")
    func errorCarriesOriginalText() {
        #expect(throws: LedgerError.amountMustBeWellFormed(value: " 12.3abc")) { try Money(parsing: " 12.3abc") }
        #expect(throws: LedgerError.amountMustFitRange(value: "1000000000000000")) {
            try Money(parsing: "1000000000000000")
        }
    }

    @Test("parses a Substring and a byte slice the same way as a String")
    func parsesSlices() throws {
        let line = "x,1,234.50"
        let amount = line.drop(while: { $0 != "1" })
        #expect(try Money(parsing: amount) == Money(fen: 123_450))
        let bytes = Array("xx12.30yy".utf8)
        #expect(Money.parseFen(bytes[2..<7]) == 1_230)
    }

    @Test("decodes from a JSON string and refuses a bad one")
    func decodesFromJSONString() throws {
        // Codable goes through the same parser: a malformed string is a DecodingError.
        struct Box: Decodable { var amount: Money }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Box.self, from: Data(#"{"amount":"12.3abc"}"#.utf8))
        }
        #expect(try JSONDecoder().decode(Box.self, from: Data(#"{"amount":"¥1,234.50"}"#.utf8)).amount.fen == 123_450)
    }
}
