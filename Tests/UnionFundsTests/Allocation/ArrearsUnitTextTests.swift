import Foundation
import LedgerCore
import PropertyBased
import Reporting
import Testing
@testable import UnionAllocation

/// The arrears document's unit writes its own text for the streamed array (`PrettyJSONObject`):
/// byte for byte what the encoder gives for it, whatever the unit holds.
@Suite("the arrears unit's own JSON text")
struct ArrearsUnitTextTests {
    static let texts = ["U1", "", "单位/“引号”\n\t\\\"", "a\u{1}b\u{7F}", "😀\u{2028}"]
    static let amounts: [Int64] = [0, 1, -1, 12_345_678_901, -99, .max, .min + 1]

    static func encoded(_ unit: ArrearsJSON.Unit) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode([unit]), as: UTF8.self)
    }

    static func written(_ unit: ArrearsJSON.Unit) -> String {
        var bytes = Array("[\n".utf8)
        unit.appendPrettyJSON(to: &bytes, indent: 2)
        bytes.append(contentsOf: "\n]".utf8)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test("any unit: the encoder's bytes")
    func anyUnit() async {
        let count = Self.amounts.count, textCount = Self.texts.count
        await propertyCheck(count: 200, input: Gen.int(in: 0...(textCount - 1)).array(of: 2),
                            Gen.int(in: 0...(count - 1)).array(of: 6), Gen.int(in: 0...12)) { texts, amounts, shape in
            let unit = UnitArrears(
                code: Self.texts[texts[0]], name: Self.texts[texts[1]], due: Money(fen: Self.amounts[amounts[0]]),
                paid: Money(fen: Self.amounts[amounts[1]]), outstanding: Money(fen: Self.amounts[amounts[2]]),
                credit: Money(fen: Self.amounts[amounts[3]]), lateFee: Money(fen: Self.amounts[amounts[4]]),
                oldestUnpaid: shape % 3 == 0 ? nil : YearMonth(ordinal: 2026 * 12 + shape), unpaidMonths: shape * amounts[5] - 3,
                bucket: shape % 6 == 5 ? nil : AgingBucket.allCases[shape % AgingBucket.allCases.count],
                status: EnforcementStatus.allCases[shape % EnforcementStatus.allCases.count], statusDate: nil, months: [])
            let document = ArrearsJSON.Unit(unit)
            do {
                #expect(Self.written(document) == (try Self.encoded(document)))
            } catch {
                Issue.record("\(error)")
            }
        }
    }
}
