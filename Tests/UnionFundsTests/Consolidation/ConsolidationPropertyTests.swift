import Foundation
import LedgerCore
import LedgerStore
import PropertyBased
import Testing
@testable import UnionCore
@testable import UnionStatements

/// For random federations (one to three grassroots unions under XF) and random postings between
/// the levels — grants paid and accrued, remittances due and paid, each booked by one side or by
/// both — and ordinary postings: the schedule's amounts are what the test posted, the eliminated
/// part is what both sides agree on, and every consolidated line is the sum of the books' own
/// forms less what was eliminated on its accounts. The balance sheet balances.
@Suite("consolidation properties")
struct ConsolidationPropertyTests {
    struct Step: Sendable, CustomStringConvertible {
        /// 0 grant paid, 1 grant accrued, 2 remittance due, 3 remittance paid, 4 dues, 5 federation's own spending.
        var action: Int
        var lower: Int
        var fen: Int64
        /// Whether the other side books it too (for 0–3); which side books alone otherwise is by `fen`'s parity.
        var both: Bool
        var description: String { "(\(action) \(lower) \(fen) \(both))" }
    }

    @Test("consolidated = the books' sum − eliminations, line by line; eliminated = what both sides agree on")
    func consolidatedIsSumLessEliminations() async {
        let step = zip(Gen.int(in: 0...5), Gen.int(in: 0...2), Gen.int64(in: 1...500_000), Gen.bool).map {
            Step(action: $0, lower: $1, fen: $2, both: $3)
        }
        await propertyCheck(count: 12, input: zip(Gen.int(in: 1...3), step.array(of: 1...14))) { units, steps in
            do { try Self.check(units: units, steps: steps) } catch { Issue.record("\(error) for \(units) \(steps)") }
        }
    }

    /// Per lower union and kind: what the higher union's books and the lower union's hold.
    struct Oracle {
        var upper: [String: Money] = [:]
        var lower: [String: Money] = [:]
        mutating func add(_ side: WritableKeyPath<Oracle, [String: Money]>, _ key: String, _ fen: Int64) throws {
            self[keyPath: side][key] = try (self[keyPath: side][key] ?? .zero).adding(Money(fen: fen))
        }
    }

    static func check(units: Int, steps: [Step]) throws {
        let codes = (1...units).map { "GH\(100 + $0)" }
        let f = try ConsolidationFixture(grassroots: codes.map { ($0, .direct) })
        defer { f.remove() }
        for code in ["XF"] + codes {
            try f.post(code, "2026-01-02", [("102", true, 100_000_000, nil), ("32205", false, 100_000_000, nil)], summary: "期初")
        }
        var oracle = Oracle()
        for (index, step) in steps.enumerated() {
            let lower = codes[step.lower % units]
            let date = String(format: "2026-%02d-%02d", 2 + index % 11, 1 + index % 28)
            let upperBooks = step.both || step.fen % 2 == 0, lowerBooks = step.both || step.fen % 2 == 1
            // The lower side names its higher union only sometimes: without a name it is its collector anyway.
            let named: String? = step.fen % 3 == 0 ? nil : "XF"
            switch step.action {
            case 0:
                if upperBooks { try f.post("XF", date, [("50801", true, step.fen, lower), ("102", false, step.fen, nil)]); try oracle.add(\.upper, "\(lower)|grant", step.fen) }
                if lowerBooks { try f.post(lower, date, [("102", true, step.fen, nil), ("40301", false, step.fen, named)]); try oracle.add(\.lower, "\(lower)|grant", step.fen) }
            case 1:
                if upperBooks {
                    try f.post("XF", date, [("50801", true, step.fen, lower), ("21201", false, step.fen, lower)])
                    try oracle.add(\.upper, "\(lower)|grant", step.fen); try oracle.add(\.upper, "\(lower)|grantPayable", step.fen)
                }
                if lowerBooks {
                    try f.post(lower, date, [("13101", true, step.fen, named), ("40301", false, step.fen, named)])
                    try oracle.add(\.lower, "\(lower)|grant", step.fen); try oracle.add(\.lower, "\(lower)|grantPayable", step.fen)
                }
            case 2:
                if upperBooks { try f.post("XF", date, [("132", true, step.fen, lower), ("402", false, step.fen, nil)]); try oracle.add(\.upper, "\(lower)|remittance", step.fen) }
                if lowerBooks {
                    try f.post(lower, date, [("102", true, step.fen * 2, nil), ("402", false, step.fen, nil), ("211", false, step.fen, named)])
                    try oracle.add(\.lower, "\(lower)|remittance", step.fen)
                }
            case 3:
                if upperBooks { try f.post("XF", date, [("102", true, step.fen, nil), ("132", false, step.fen, lower)]); try oracle.add(\.upper, "\(lower)|remittance", -step.fen) }
                if lowerBooks { try f.post(lower, date, [("211", true, step.fen, named), ("102", false, step.fen, nil)]); try oracle.add(\.lower, "\(lower)|remittance", -step.fen) }
            case 4:
                try f.post(lower, date, [("101", true, step.fen, nil), ("401", false, step.fen, nil)])
            default:
                try f.post("XF", date, [("50501", true, step.fen, nil), ("102", false, step.fen, nil)])
            }
        }

        let statements = try f.consolidated()
        var eliminated: [EliminationKind: Money] = [:]
        for pair in statements.schedule.pairs {
            let key = "\(pair.lower)|\(pair.kind.rawValue)"
            #expect(pair.upper == "XF")
            if pair.time != .opening {
                #expect(pair.upperAmount == oracle.upper[key] ?? .zero, "\(key) higher side")
                #expect(pair.lowerAmount == oracle.lower[key] ?? .zero, "\(key) lower side")
            }
            #expect(pair.eliminated == EliminationSchedule.agreed(pair.upperAmount, pair.lowerAmount))
            #expect(pair.difference == (try pair.upperAmount.subtracting(pair.lowerAmount)))
            if pair.time != .opening { eliminated[pair.kind] = try (eliminated[pair.kind] ?? .zero).adding(pair.eliminated) }
        }
        // Every pair the test touched is on the schedule.
        for key in Set(oracle.upper.keys).union(oracle.lower.keys) {
            let parts = key.split(separator: "|").map(String.init)
            #expect(statements.schedule.pairs.contains { $0.lower == parts[0] && $0.kind.rawValue == parts[1] }, "\(key) missing")
        }
        func e(_ kinds: EliminationKind...) throws -> Money { try Money.sum(kinds.map { eliminated[$0] ?? .zero }) }
        func sum(_ line: Int, _ kind: StatementForm.Kind, column: Int) throws -> Money {
            try Money.sum((["XF"] + codes).map { try f.statement($0, kind).value(line: line, column: column) })
        }
        let sheet = statements.balanceSheet, income = statements.incomeExpenditure
        let expectedSheet: [Int: Money] = [
            6: try e(.grantPayable), 7: try e(.remittance), 21: try e(.grantPayable, .remittance),
            24: try e(.remittance), 25: try e(.grantPayable), 28: try e(.grantPayable, .remittance), 37: .zero, 38: try e(.grantPayable, .remittance),
        ]
        for (line, less) in expectedSheet {
            #expect(sheet.value(line: line, column: 1) == (try sum(line, .balanceSheet, column: 1).subtracting(less)), "01表 line \(line)")
        }
        let expectedIncome: [Int: Money] = [5: try e(.grant), 8: try e(.grant), 15: try e(.grant), 23: try e(.grant), 6: .zero, 7: .zero, 27: .zero]
        for (line, less) in expectedIncome {
            #expect(income.value(line: line, column: 0) == (try sum(line, .incomeExpenditure, column: 0).subtracting(less)), "02表 line \(line)")
        }
        #expect(sheet.balances)
    }
}
