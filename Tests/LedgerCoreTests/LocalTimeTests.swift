import Foundation
import Testing
@testable import LedgerCore

@Suite("local time")
struct LocalTimeTests {
    @Test("UTC instants shown in China Standard Time, or the zone asked for; other text unchanged", arguments: [
        ("2026-11-21T10:00:00Z", "Asia/Shanghai", "2026-11-21 18:00:00"),
        ("2026-11-21T20:30:05Z", "Asia/Shanghai", "2026-11-22 04:30:05"),
        ("2026-11-21T10:00:00Z", "UTC", "2026-11-21 10:00:00"),
        ("2026-11-21T18:00:00+08:00", "UTC", "2026-11-21 10:00:00"),
        ("2026-11-21", "Asia/Shanghai", "2026-11-21"),
        ("", "Asia/Shanghai", ""),
    ])
    func shown(timestamp: String, zone: String, expected: String) throws {
        #expect(LocalTime.shown(timestamp, in: try #require(TimeZone(identifier: zone))) == expected)
    }

    @Test("TZ unset, empty or unknown: Asia/Shanghai; a known TZ is used (leading colon allowed)")
    func zoneFromTZ() {
        #expect(LocalTime.zone(named: nil).identifier == "Asia/Shanghai")
        #expect(LocalTime.zone(named: "").identifier == "Asia/Shanghai")
        #expect(LocalTime.zone(named: "Nowhere/Special").identifier == "Asia/Shanghai")
        #expect(LocalTime.zone(named: ":Europe/Berlin").identifier == "Europe/Berlin")
    }
}
