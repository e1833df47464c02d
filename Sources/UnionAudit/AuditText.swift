import LedgerCore
import UnionCore

/// The few phrases every check's explanation shares, in both languages.
enum AuditText {
    /// How many voucher labels an explanation spells out before it says "and N more".
    static let labelsShownMax = 8

    /// `记-2026-01-003、记-2026-01-007` (the first few, then 等 N 张).
    static func labels(_ vouchers: [PostedVoucher]) -> (zh: String, en: String) {
        let shown = vouchers.prefix(labelsShownMax).map(\.label)
        let more = vouchers.count - shown.count
        return (shown.joined(separator: "、") + (more > 0 ? " 等 \(vouchers.count) 张" : ""),
                shown.joined(separator: ", ") + (more > 0 ? " and \(more) more" : ""))
    }

    /// The voucher's summary, quoted.
    static func quoted(_ voucher: PostedVoucher) -> (zh: String, en: String) {
        ("\(voucher.label)「\(voucher.summary)」", "\(voucher.label) “\(voucher.summary)”")
    }

    /// Σ, checked.
    static func sum(_ amounts: [Money]) throws -> Money { try Money.sum(amounts) }

    /// `12.5%`: `part / whole` to one decimal, half up; `—` when the whole is zero.
    static func percent(_ part: Money, of whole: Money) -> String {
        guard whole.fen != 0 else { return "—" }
        let (scaled, overflow) = part.fen.multipliedReportingOverflow(by: 1_000)
        guard !overflow else { return "—" }
        let tenths = (2 * scaled + whole.fen) / (2 * whole.fen)
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return "\(sign)\(magnitude / 10).\(magnitude % 10)%"
    }
}

extension Rate {
    /// True when `part / whole` ≥ this rate (compared exactly, in 128-bit products).
    func isReached(by part: Money, of whole: Money) -> Bool {
        // part / whole ≥ n / d  ⇔  part × d ≥ n × whole (whole > 0).
        guard whole.fen > 0 else { return true }
        let left = part.fen.multipliedFullWidth(by: denominator)
        let right = numerator.multipliedFullWidth(by: whole.fen)
        return (left.high, left.low) >= (right.high, right.low)
    }
}

extension LocalDate {
    /// The day `days` after 1970-01-01 (Howard Hinnant's civil_from_days), the inverse of `daysSinceEpoch`.
    init(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self = (try? LocalDate(year: year, month: month, day: day)) ?? LocalDate.farFuture
    }
}
