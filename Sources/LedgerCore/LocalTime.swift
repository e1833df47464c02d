import Foundation

/// Timestamps as people read them: stored in UTC with their offset (`2026-11-21T10:00:00Z`, what
/// `WallClock` writes, so stored values never change meaning), shown in local time
/// (`2026-11-21 18:00:00`): the zone `TZ` names, else Asia/Shanghai, where the books are kept.
public enum LocalTime {
    /// The display zone. `TZ` is read here, once, as the C library itself reads it; an unknown or
    /// empty `TZ` falls back to China Standard Time.
    public static let zone: TimeZone = zone(named: ProcessInfo.processInfo.environment["TZ"])

    static func zone(named name: String?) -> TimeZone {
        let trimmed = (name ?? "").hasPrefix(":") ? String((name ?? "").dropFirst()) : (name ?? "")
        if !trimmed.isEmpty, let named = TimeZone(identifier: trimmed) ?? TimeZone(abbreviation: trimmed) { return named }
        return TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600) ?? .current
    }

    /// `timestamp` (ISO 8601 with an offset) in the display zone, `YYYY-MM-DD HH:MM:SS`; any other
    /// text (an empty field, a date alone) is returned as it is.
    public static func shown(_ timestamp: String, in zone: TimeZone = LocalTime.zone) -> String {
        guard timestamp.count > 10, let date = parsed(timestamp) else { return timestamp }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        guard let year = parts.year, let month = parts.month, let day = parts.day,
              let hour = parts.hour, let minute = parts.minute, let second = parts.second else { return timestamp }
        return String(format: "%04d-%02d-%02d %02d:%02d:%02d", year, month, day, hour, minute, second)
    }

    /// The local date of `timestamp`, `YYYY-MM-DD`: a stored `2026-11-21T20:00:00Z` is 2026-11-22
    /// in China. Text that is not a timestamp gives its first ten characters, as before.
    public static func day(_ timestamp: String, in zone: TimeZone = LocalTime.zone) -> String {
        String(shown(timestamp, in: zone).prefix(10))
    }

    private static func parsed(_ timestamp: String) -> Date? {
        if let date = try? Date(timestamp, strategy: .iso8601) { return date }
        let fractional = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        return try? fractional.parse(timestamp)
    }
}
