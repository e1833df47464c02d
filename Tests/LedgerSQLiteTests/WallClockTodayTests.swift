import LedgerCore
import LedgerStore
import Testing

/// "Today" is the day where the books are kept, not UTC's (UTC is still yesterday until 08:00 in China).
@Suite("the clock's today")
struct WallClockTodayTests {
    @Test("a pinned instant late in the UTC day is the next day locally")
    func pinnedLateInTheDay() throws {
        let clock = try WallClock.pinned("2026-11-21T20:00:00Z")
        #expect(clock.today().description == LocalTime.day("2026-11-21T20:00:00Z"))
        if LocalTime.zone.identifier == "Asia/Shanghai" { #expect(clock.today().description == "2026-11-22") }
        #expect(try WallClock.pinned("2026-11-21T10:00:00Z").today().description == "2026-11-21")
    }
}
