import LedgerCore
import LedgerStore
import PropertyBased
import Testing
import UnionAllocation
import UnionCore

/// Units' allocation months read in one pass (a receipts import that books most units) against
/// each unit's rows summed on their own, as a unit's position reads them.
@Suite("allocation months read in one pass")
struct AllocationMonthsByUnitTests {
    /// Rows of a register, each drawn as one number: (unit 1–12, month 0–4, channel, day,
    /// receivable), several for a unit's month (an adjustment, a second channel) among them.
    static let rows = Gen.int(in: 0...Int(Int32.max)).array(of: 0...80).map { numbers in
        numbers.map { n in
            (n % 12 + 1, (n / 12) % 5, (n / 60) % CollectionChannel.allCases.count, (n / 300) % 28 + 1, (n / 8_400) % 250_000 - 5_000)
        }
    }

    @Test("each unit asked for gets its rows by month and channel, summed and due by the earliest date; any other unit gets nil")
    func matchesEachUnitSummedAlone() async {
        await propertyCheck(count: 300, input: Self.rows, Gen.int(in: 1...12).array(of: 0...12)) { picked, asked in
            let rows = try picked.map { unit, month, channel, day, fen in
                (unit: Int64(unit), row: UnitAllocationMonth(
                    month: YearMonth(ordinal: 24_312 + month), channel: CollectionChannel.allCases[channel],
                    dueDate: try LocalDate(year: 2026, month: 2 + month, day: day),
                    receivable: Money(fen: Int64(fen)), retained: Money(fen: Int64(fen / 3))))
            }
            let units = Set(asked.map(Int64.init))
            var byUnit = AllocationMonthsByUnit(units: Array(units))
            // As the store reads them: month by month, each in (unit, channel text) order.
            let ordered = rows.sorted { ($0.row.month, $0.unit, $0.row.channel.rawValue) < ($1.row.month, $1.unit, $1.row.channel.rawValue) }
            var month: YearMonth?
            for (unit, row) in ordered {
                if month != row.month {
                    byUnit.startMonth(row.month)
                    month = row.month
                }
                try byUnit.add(unitID: unit, channel: row.channel, dueDate: row.dueDate, receivable: row.receivable, retained: row.retained)
            }
            #expect(byUnit.unitCount == units.count)
            for unit in Int64(0)...13 {
                let expected = units.contains(unit) ? try UnitAllocationMonth.summedByMonthAndChannel(rows.filter { $0.unit == unit }.map(\.row)) : nil
                #expect(byUnit.allocations(unitID: unit) == expected, "unit \(unit)")
            }
        }
    }

    @Test("rows handed over out of unit or channel order are refused, not summed wrongly")
    func outOfOrderRefused() throws {
        let month = YearMonth(ordinal: 24_312)
        let due = try LocalDate(year: 2026, month: 2, day: 15)
        var units = AllocationMonthsByUnit(units: [3, 5])
        units.startMonth(month)
        try units.add(unitID: 5, channel: .direct, dueDate: due, receivable: Money(fen: 100), retained: Money(fen: 60))
        #expect(throws: StoreError.self) {
            try units.add(unitID: 3, channel: .direct, dueDate: due, receivable: Money(fen: 100), retained: Money(fen: 60))
        }
        var channels = AllocationMonthsByUnit(units: [3])
        channels.startMonth(month)
        try channels.add(unitID: 3, channel: .tax40, dueDate: due, receivable: Money(fen: 100), retained: Money(fen: 60))
        #expect(throws: StoreError.self) {
            try channels.add(unitID: 3, channel: .direct, dueDate: due, receivable: Money(fen: 100), retained: Money(fen: 60))
        }
    }

    @Test("a unit's rows summed by month and channel keep every fen and the earliest due date")
    func summedKeepsEveryFen() async {
        await propertyCheck(count: 300, input: Self.rows) { picked in
            let rows = try picked.map { _, month, channel, day, fen in
                UnitAllocationMonth(month: YearMonth(ordinal: 24_312 + month), channel: CollectionChannel.allCases[channel],
                                    dueDate: try LocalDate(year: 2026, month: 2 + month, day: day),
                                    receivable: Money(fen: Int64(fen)), retained: Money(fen: Int64(fen / 3)))
            }
            let summed = try UnitAllocationMonth.summedByMonthAndChannel(rows)
            #expect(summed.map { "\($0.month) \($0.channel.rawValue)" } == Set(rows.map { "\($0.month) \($0.channel.rawValue)" }).sorted())
            for month in summed {
                let parts = rows.filter { $0.month == month.month && $0.channel == month.channel }
                #expect(month.receivable.fen == parts.map(\.receivable.fen).reduce(0, +))
                #expect(month.retained.fen == parts.map(\.retained.fen).reduce(0, +))
                #expect(month.dueDate == parts.map(\.dueDate).min())
            }
        }
    }
}
