import Testing
@testable import LedgerCore

@Suite("YearMonth: the accounting period")
struct YearMonthTests {
    @Test("parses YYYY-MM strictly", arguments: [
        ("2026-01", 2026, 1),
        ("2025-12", 2025, 12),
        ("1900-01", 1900, 1),
        ("9999-12", 9999, 12),
        (" 2026-03 ", 2026, 3),
    ] as [(String, Int, Int)])
    func parsesMonth(text: String, year: Int, month: Int) throws {
        let parsed = try YearMonth(parsing: text)
        #expect(parsed.year == year && parsed.month == month)
    }

    @Test("rejects anything else", arguments: [
        "2026-13", "2026-00", "0000-01", "1899-12", "26-01", "2026-01-01",
        "202601", "", "2026-1a", "+2026-01", "2026 -01",
    ])
    func rejectsMonth(text: String) {
        #expect(throws: LedgerError.monthMustBeValid(value: text)) { try YearMonth(parsing: text) }
    }

    @Test("refuses an impossible month from parts")
    func refusesImpossibleParts() {
        #expect(brokenRule { () throws(LedgerError) in try YearMonth(year: 2026, month: 13) } == .monthMustBeValid)
        #expect(brokenRule { () throws(LedgerError) in try YearMonth(year: 10_000, month: 1) } == .monthMustBeValid)
    }

    @Test("steps across year ends", arguments: [
        ("2025-12", "2026-01", "2025-11"),
        ("2026-01", "2026-02", "2025-12"),
        ("2026-05", "2026-06", "2026-04"),
        ("2000-02", "2000-03", "2000-01"),
    ])
    func nextAndPrevious(month: String, next: String, previous: String) throws {
        let parsed = try YearMonth(parsing: month)
        #expect(parsed.next.description == next)
        #expect(parsed.previous.description == previous)
        #expect(parsed.next.previous == parsed)
        #expect(parsed < parsed.next && parsed.previous < parsed)
    }

    @Test("ordinal orders months and round trips")
    func ordinal() throws {
        let month = try YearMonth(year: 2026, month: 1)
        #expect(month.ordinal == 2026 * 12)
        #expect(YearMonth(ordinal: month.ordinal) == month)
        #expect(try YearMonth(year: 2025, month: 12) < month)
        #expect(month.description == "2026-01")
    }

    @Test("counts the days of each month", arguments: [
        ("2024-02", 29), ("2025-02", 28), ("2000-02", 29), ("1900-02", 28), ("2100-02", 28),
        ("2025-04", 30), ("2025-06", 30), ("2025-09", 30), ("2025-11", 30),
        ("2025-01", 31), ("2025-07", 31), ("2025-08", 31), ("2025-12", 31),
    ])
    func dayCount(month: String, days: Int) throws {
        #expect(try YearMonth(parsing: month).dayCount == days)
    }
}

@Suite("LocalDate: YYYY-MM-DD without a time zone")
struct LocalDateTests {
    @Test("parses real dates", arguments: [
        ("2024-02-29", 2024, 2, 29),
        ("2000-02-29", 2000, 2, 29),
        ("2025-01-05", 2025, 1, 5),
        ("1900-01-01", 1900, 1, 1),
        ("9999-12-31", 9999, 12, 31),
        (" 2025-04-30 ", 2025, 4, 30),
    ] as [(String, Int, Int, Int)])
    func parsesDate(text: String, year: Int, month: Int, day: Int) throws {
        let date = try LocalDate(parsing: text)
        #expect(date.year == year && date.month == month && date.day == day)
        #expect(date.description == text.trimmingSpaces())
    }

    // 2025/1/5, 2025-1-5 and full-width digits are read since issue 14 (ExcelTextTests).
    @Test("rejects what Foundation would let through", arguments: [
        "2025-02-29", "1900-02-29", "2100-02-29", "2025-04-31",
        "2025-00-10", "2025-13-01", "2025-01-00", "2025-01-32", "0000-01-01", "20250105",
        "2025-01-05T00:00", "", "-025-01-05",
    ])
    func rejectsDate(text: String) {
        #expect(throws: LedgerError.dateMustBeValid(value: text)) { try LocalDate(parsing: text) }
        #expect(LocalDate.parse(Array(text.utf8)) == nil)
    }

    @Test("the byte parser reads a slice that does not start at zero")
    func parsesSlice() throws {
        let row = Array("x,2025-01-05,y".utf8)
        #expect(LocalDate.parse(row[2..<12]) == (try LocalDate(year: 2025, month: 1, day: 5)))
    }

    @Test("counts days since 1970-01-01", arguments: [
        ("1970-01-01", 0),
        ("1970-01-02", 1),
        ("1969-12-31", -1),
        ("2000-02-29", 11_016),
        ("2000-03-01", 11_017),
        ("2026-01-01", 20_454),
        ("1900-01-01", -25_567),
    ])
    func daysSinceEpoch(text: String, days: Int) throws {
        #expect(try LocalDate(parsing: text).daysSinceEpoch == days)
    }

    @Test("consecutive days differ by one across month, year and leap boundaries",
          arguments: [1900, 1969, 1999, 2000, 2024, 2025, 2100])
    func consecutiveDays(year: Int) throws {
        var expected = try LocalDate(year: year, month: 1, day: 1).daysSinceEpoch
        for month in 1...12 {
            for day in 1...(try YearMonth(year: year, month: month).dayCount) {
                let date = try LocalDate(year: year, month: month, day: day)
                #expect(date.daysSinceEpoch == expected, "\(date)")
                expected += 1
            }
        }
        #expect(try LocalDate(year: year + 1, month: 1, day: 1).daysSinceEpoch == expected)
    }

    @Test("dates order by year, month, day")
    func ordering() throws {
        #expect(try LocalDate(parsing: "2025-12-31") < LocalDate(parsing: "2026-01-01"))
        #expect(try LocalDate(parsing: "2026-01-09") < LocalDate(parsing: "2026-01-10"))
        #expect(try !(LocalDate(parsing: "2026-02-01") < LocalDate(parsing: "2026-01-31")))
    }
}
