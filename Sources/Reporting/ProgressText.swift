import Foundation
import LedgerCore

/// The one progress line of a long import ("已导入 120,000 张凭证（第 360,000 行）…"), and when to
/// draw it: not before the import has run a second (a quick one shows nothing), then at most
/// ten times a second.
public struct ProgressText: Sendable {
    public let language: Language
    public let started: TimeInterval
    /// Seconds before the first line (`quietSeconds` unless the run says otherwise).
    public let quietFor: TimeInterval
    private var lastDrawn: TimeInterval?

    public static let quietSeconds: TimeInterval = 1
    public static let secondsBetweenDraws: TimeInterval = 0.1

    public init(language: Language, started: TimeInterval, quietFor: TimeInterval = ProgressText.quietSeconds) {
        self.language = language
        self.started = started
        self.quietFor = quietFor
    }

    /// The line to draw at `now`, or nil when it is too early or too soon after the last one.
    public mutating func line(vouchers: Int, rows: Int, now: TimeInterval) -> String? {
        guard now - started >= quietFor else { return nil }
        if let lastDrawn, now - lastDrawn < Self.secondsBetweenDraws { return nil }
        lastDrawn = now
        drawnSinceCleared = true
        return Self.text(vouchers: vouchers, rows: rows, language: language)
    }

    /// Whether anything was drawn (so the line must be cleared at the end).
    public var hasDrawn: Bool { drawnSinceCleared }
    private var drawnSinceCleared = false

    /// Whether a line is on the screen, which the caller now clears.
    public mutating func takeDrawn() -> Bool {
        defer { drawnSinceCleared = false }
        return drawnSinceCleared
    }

    public static func text(vouchers: Int, rows: Int, language: Language) -> String {
        // Imports that make no vouchers (payroll, members) and allocation count rows only.
        guard vouchers > 0 else { return language.pick("已处理 \(grouped(rows)) 行…", "\(grouped(rows)) rows processed…") }
        return language.pick("已导入 \(grouped(vouchers)) 张凭证（第 \(grouped(rows)) 行）…",
                      "imported \(grouped(vouchers)) vouchers (line \(grouped(rows)))…")
    }

    /// 1234567 → "1,234,567".
    static func grouped(_ number: Int) -> String {
        let digits = Array(String(number.magnitude))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return (number < 0 ? "-" : "") + result
    }
}
