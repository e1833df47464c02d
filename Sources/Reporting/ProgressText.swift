import Foundation
import LedgerCore

/// The one progress line of a long import ("已导入 120,000 张凭证（第 360,000 行）…"), and when to
/// draw it: not before the import has run a second (a quick one shows nothing), then at most
/// ten times a second.
public struct ProgressText: Sendable {
    public let language: Language
    public let started: TimeInterval
    private var lastDrawn: TimeInterval?

    public static let quietSeconds: TimeInterval = 1
    public static let secondsBetweenDraws: TimeInterval = 0.1

    public init(language: Language, started: TimeInterval) {
        self.language = language
        self.started = started
    }

    /// The line to draw at `now`, or nil when it is too early or too soon after the last one.
    public mutating func line(vouchers: Int, rows: Int, now: TimeInterval) -> String? {
        guard now - started >= Self.quietSeconds else { return nil }
        if let lastDrawn, now - lastDrawn < Self.secondsBetweenDraws { return nil }
        lastDrawn = now
        return Self.text(vouchers: vouchers, rows: rows, language: language)
    }

    /// Whether anything was drawn (so the line must be cleared at the end).
    public var hasDrawn: Bool { lastDrawn != nil }

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
