import LedgerCore

/// A numeric cell's text, handled as decimal text only: a money amount must come out exactly as
/// typed, and no Double formatting may add 0.1 + 0.2 noise.
enum SheetNumber {
    /// Excel shows 15 significant digits; a stored value with more (a formula's binary noise, as
    /// `0.30000000000000004`) is rounded back to them.
    static let significantDigitsShown = 15

    /// The plain decimal text of a number cell (`1.5E-2` → `0.015`, `1234.5600000000001` → `1234.56`),
    /// nil when the text is not a number.
    static func decimalText(_ text: String) -> String? {
        var characters = Substring(text.trimmingSpaces())
        var negative = false
        if characters.first == "-" { negative = true; characters = characters.dropFirst() } else if characters.first == "+" { characters = characters.dropFirst() }
        var mantissa = characters
        var exponent = 0
        if let e = characters.firstIndex(where: { $0 == "E" || $0 == "e" }) {
            mantissa = characters[..<e]
            guard let value = Int(characters[characters.index(after: e)...]), abs(value) < 400 else { return nil }
            exponent = value
        }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let integer = parts.first else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard !(integer.isEmpty && fraction.isEmpty), (integer + fraction).allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        // digits × 10^(pointAt - digits.count)
        var digits = Array((integer + fraction).utf8).map { Int($0 - 48) }
        var pointAt = integer.count + exponent
        // Drop leading zeros, keeping the point where it is.
        while let first = digits.first, first == 0, digits.count > 1 { digits.removeFirst(); pointAt -= 1 }
        if digits.count > significantDigitsShown {
            let roundUp = digits[significantDigitsShown] >= 5
            digits.removeLast(digits.count - significantDigitsShown)
            if roundUp {
                var index = digits.count - 1
                while index >= 0 {
                    if digits[index] == 9 { digits[index] = 0; index -= 1 } else { digits[index] += 1; break }
                }
                if index < 0 { digits.insert(1, at: 0); pointAt += 1 }
            }
        }
        while digits.count > max(pointAt, 1), digits.last == 0 { digits.removeLast() }
        if digits.allSatisfy({ $0 == 0 }) { return "0" }
        var result = ""
        if pointAt <= 0 {
            result = "0." + String(repeating: "0", count: -pointAt) + digits.map(String.init).joined()
        } else if pointAt >= digits.count {
            result = digits.map(String.init).joined() + String(repeating: "0", count: pointAt - digits.count)
        } else {
            result = digits[..<pointAt].map(String.init).joined() + "." + digits[pointAt...].map(String.init).joined()
        }
        return negative ? "-" + result : result
    }

    /// The `YYYY-MM-DD` of an Excel date serial (the whole days; a time of day is dropped). In the
    /// 1900 system Excel counts a 29 February 1900 that never was, so serials from 61 on are one
    /// day ahead and 60 itself is no date.
    static func date(fromSerial text: String, date1904: Bool) -> String? {
        let wholeText = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        guard let serial = Int(wholeText), serial >= 0, serial < 2_958_466 else { return nil }
        let daysFromEpoch: Int  // days after 1970-01-01
        if date1904 {
            daysFromEpoch = serial - 24_107  // 1904-01-01 is 24 107 days before 1970-01-01
        } else {
            guard serial != 60, serial >= 1 else { return nil }
            daysFromEpoch = (serial < 60 ? serial + 1 : serial) - 25_569  // serial 25 569 is 1970-01-01
        }
        return civilDate(daysFromEpoch)
    }

    /// Howard Hinnant's days-to-civil algorithm.
    private static func civilDate(_ days: Int) -> String {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}
