/// A calendar month: the accounting period (工会会计制度: periods are the year and the month).
public struct YearMonth: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public static let yearRange = 1900...9999

    /// - Throws: `LedgerError.monthMustBeValid`.
    public init(year: Int, month: Int) throws(LedgerError) {
        guard YearMonth.yearRange.contains(year), (1...12).contains(month) else {
            throw .monthMustBeValid(value: "\(year)-\(month)")
        }
        self.year = year
        self.month = month
    }

    /// Parses `YYYY-MM` strictly (two-digit month, nothing else).
    /// - Throws: `LedgerError.monthMustBeValid`.
    public init(parsing text: some StringProtocol) throws(LedgerError) {
        let bytes = Array(String(text).trimmingSpaces().utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
              let year = parseDigits(bytes[0..<4]), let month = parseDigits(bytes[5..<7])
        else {
            guard let lenient = YearMonth.parseLenient(text) else { throw .monthMustBeValid(value: String(text)) }
            self = lenient
            return
        }
        do { try self.init(year: year, month: month) } catch { throw .monthMustBeValid(value: String(text)) }
    }

    init(uncheckedYear year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// The month as `2026-01`.
    public var description: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }

    /// A single integer that orders months: year × 12 + month − 1.
    public var ordinal: Int { year * 12 + month - 1 }

    /// The month with this ordinal; for ordinals the ledger computed itself.
    public init(ordinal: Int) {
        self.init(uncheckedYear: ordinal / 12, month: ordinal % 12 + 1)
    }

    /// The month with this ordinal, for ordinals read from storage.
    /// - Throws: `LedgerError.monthMustBeValid` unless the month is within `yearRange`.
    public init(checkedOrdinal ordinal: Int) throws(LedgerError) {
        guard ordinal >= YearMonth.yearRange.lowerBound * 12, ordinal < (YearMonth.yearRange.upperBound + 1) * 12 else {
            throw .monthMustBeValid(value: "ordinal \(ordinal)")
        }
        self.init(ordinal: ordinal)
    }

    public var next: YearMonth { YearMonth(ordinal: ordinal + 1) }
    /// The month's first day.
    public var firstDay: LocalDate { LocalDate(uncheckedYear: year, month: month, day: 1) }
    /// The month's last day.
    public var lastDay: LocalDate { LocalDate(uncheckedYear: year, month: month, day: dayCount) }
    public var previous: YearMonth { YearMonth(ordinal: ordinal - 1) }

    public var dayCount: Int {
        switch month {
        case 2: LocalDate.isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { lhs.ordinal < rhs.ordinal }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do { try self.init(parsing: text) } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "bad month \(text)"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// A calendar date with no time zone, written `YYYY-MM-DD`.
public struct LocalDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// - Throws: `LedgerError.dateMustBeValid` for an impossible date (2026-02-30).
    public init(year: Int, month: Int, day: Int) throws(LedgerError) {
        guard YearMonth.yearRange.contains(year), (1...12).contains(month), day >= 1,
              day <= YearMonth(uncheckedYear: year, month: month).dayCount
        else { throw .dateMustBeValid(value: "\(year)-\(month)-\(day)") }
        self.year = year
        self.month = month
        self.day = day
    }

    /// For dates built from parts already known to be valid (a month's first day).
    init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` strictly: Foundation's formatters accept `2025/1/5` and roll
    /// `2025-02-29` over to March, so dates are parsed by hand.
    /// - Throws: `LedgerError.dateMustBeValid`.
    public init(parsing text: some StringProtocol) throws(LedgerError) {
        guard let date = LocalDate.parse(Array(String(text).trimmingSpaces().utf8)) ?? LocalDate.parseLenient(Array(String(text).trimmingSpaces().utf8)) else {
            throw .dateMustBeValid(value: String(text))
        }
        self = date
    }

    /// `parse` for a byte buffer, specialised here for bulk imports in other modules.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> LocalDate? {
        parseGeneric(bytes) ?? parseLenient(bytes)
    }

    /// The byte-level parser for bulk imports; `nil` when not a real `YYYY-MM-DD` date.
    public static func parse<C: RandomAccessCollection>(_ bytes: C) -> LocalDate? where C.Element == UInt8, C.Index == Int {
        parseGeneric(bytes) ?? parseLenient(bytes)
    }

    static func parseGeneric<C: RandomAccessCollection>(_ bytes: C) -> LocalDate? where C.Element == UInt8, C.Index == Int {
        guard bytes.count == 10 else { return nil }
        let base = bytes.startIndex
        guard bytes[base + 4] == UInt8(ascii: "-"), bytes[base + 7] == UInt8(ascii: "-"),
              let year = parseDigits(bytes[base..<base + 4]),
              let month = parseDigits(bytes[base + 5..<base + 7]),
              let day = parseDigits(bytes[base + 8..<base + 10])
        else { return nil }
        return try? LocalDate(year: year, month: month, day: day)
    }

    public var yearMonth: YearMonth { YearMonth(uncheckedYear: year, month: month) }

    public var description: String {
        // Built from digits directly: this runs once per imported voucher.
        let digits: [UInt8] = [
            UInt8(48 + year / 1000 % 10), UInt8(48 + year / 100 % 10), UInt8(48 + year / 10 % 10), UInt8(48 + year % 10),
            45, UInt8(48 + month / 10), UInt8(48 + month % 10), 45, UInt8(48 + day / 10), UInt8(48 + day % 10),
        ]
        return String(decoding: digits, as: UTF8.self)
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for day counts such as late fees.
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do { try self.init(parsing: text) } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "bad date \(text)"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

func parseDigits<C: Collection>(_ bytes: C) -> Int? where C.Element == UInt8 {
    guard !bytes.isEmpty else { return nil }
    var value = 0
    for byte in bytes {
        guard byte >= 0x30 && byte <= 0x39 else { return nil }
        value = value * 10 + Int(byte - 0x30)
    }
    return value
}
