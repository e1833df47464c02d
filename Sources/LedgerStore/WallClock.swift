import Foundation
import LedgerCore

/// Where "now" comes from: the system clock, or a pinned instant for reproducible examples and
/// tests. Passed in by the caller (the CLI reads `GONGHUI_NOW`); the library never reads the
/// environment itself.
public struct WallClock: Sendable, Equatable {
    /// The pinned timestamp (ISO 8601, UTC), or nil for the system clock.
    public let pinned: String?
    private let pinnedDay: LocalDate?

    /// The system clock.
    public static let system = WallClock(pinned: nil, pinnedDay: nil)

    private init(pinned: String?, pinnedDay: LocalDate?) {
        self.pinned = pinned
        self.pinnedDay = pinnedDay
    }

    /// A clock that always answers `timestamp`.
    /// - Throws: `LedgerError.dateMustBeValid` unless it starts with a real date (`2026-03-01T…`).
    public static func pinned(_ timestamp: String) throws -> WallClock {
        _ = try LocalDate(parsing: String(timestamp.prefix(10)))
        // The day where the books are kept: 2026-11-21T20:00:00Z is already the 22nd in China.
        let day = try LocalDate(parsing: LocalTime.day(timestamp))
        return WallClock(pinned: timestamp, pinnedDay: day)
    }

    /// Now, as ISO 8601 UTC (what writes record).
    public func now() -> String {
        if let pinned { return pinned }
        return Date().ISO8601Format()
    }

    /// Today's date where the books are kept (`LocalTime.zone`: TZ, else China Standard Time), not
    /// UTC's, which is still yesterday until 08:00 in China.
    public func today() -> LocalDate {
        if let pinnedDay { return pinnedDay }
        let parts = Calendar(identifier: .gregorian).dateComponents(in: LocalTime.zone, from: Date())
        // The system calendar always yields a real date.
        guard let year = parts.year, let month = parts.month, let day = parts.day,
              let date = try? LocalDate(year: year, month: month, day: day) else {
            preconditionFailure("the system calendar gave no date")
        }
        return date
    }
}
