/// A validated account code: a 3-digit standard code (`501`), then optional 2-digit levels
/// (`50102`, `5010201`). User sub-accounts extend a standard code the same way.
public struct AccountCode: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String
    /// The digits as one integer, a leading 1 keeping leading zeros apart: equal exactly when the
    /// codes are, so equality and hashing use it instead of the string (dictionaries keyed by
    /// code sit on the posting path: hashing a String was ≈ 3% of a voucher import).
    private let digits: UInt64

    /// The deepest level the ledger accepts: 3 + 2 × 4 digits.
    public static let lengthMax = 11

    /// - Throws: `LedgerError.accountCodeMustBeWellFormed`.
    public init(_ text: some StringProtocol) throws(LedgerError) {
        let trimmed = String(text).trimmingSpaces()
        let utf8 = trimmed.utf8
        guard utf8.count >= 3, utf8.count <= AccountCode.lengthMax, utf8.count % 2 == 1,
              utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), utf8.first != 0x30
        else { throw .accountCodeMustBeWellFormed(value: String(text)) }
        self.init(unchecked: trimmed)
    }

    public var description: String { rawValue }

    /// The code one level up, or `nil` for a standard 3-digit code.
    public var parent: AccountCode? {
        guard rawValue.utf8.count > 3 else { return nil }
        return AccountCode(unchecked: String(rawValue.dropLast(2)))
    }

    /// 1 for a standard code, 2 for `50102`, …
    public var level: Int { (rawValue.utf8.count - 1) / 2 }

    /// The standard 3-digit code this account belongs to.
    public var standardCode: AccountCode { AccountCode(unchecked: String(rawValue.prefix(3))) }

    public static func < (lhs: AccountCode, rhs: AccountCode) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The digits as one integer after a leading 1 (`50102` → 150102): one number per code.
    public var packedDigits: UInt64 { digits }

    /// The same packing of bytes read from a file, or nil unless they are 3–11 ASCII digits: a
    /// code found by its bytes without making a String (a plain code of the books, or none).
    @inlinable
    public static func packedDigits<Bytes: Collection>(of bytes: Bytes) -> UInt64? where Bytes.Element == UInt8 {
        guard bytes.count >= 3, bytes.count <= lengthMax, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return pack(bytes)
    }

    /// A leading 1, then each digit (the bytes are ASCII digits). Inlinable, so each caller's byte
    /// type gets its own specialised loop.
    @inlinable
    static func pack<Bytes: Collection>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var digits: UInt64 = 1
        for byte in bytes { digits = digits &* 10 &+ UInt64(byte &- 0x30) }
        return digits
    }

    /// `rawValue` must be 3–11 ASCII digits (a checked code, or part of one).
    init(unchecked rawValue: String) {
        self.rawValue = rawValue
        self.digits = Self.pack(rawValue.utf8)
    }

    public static func == (lhs: AccountCode, rhs: AccountCode) -> Bool { lhs.digits == rhs.digits }

    public func hash(into hasher: inout Hasher) { hasher.combine(digits) }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do { try self.init(text) } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "bad account code \(text)"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension String {
    /// The string without leading and trailing ASCII spaces and tabs (no Foundation needed).
    public func trimmingSpaces() -> String {
        // Most fields have nothing to trim: seen from their first and last bytes (U+3000 is
        // E3 80 80), without walking the scalars.
        let bytes = utf8
        guard let head = bytes.first, let tail = bytes.last else { return self }
        if head != 0x20 && head != 0x09 && head != 0xE3 && tail != 0x20 && tail != 0x09 && tail != 0x80 { return self }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" && $0 != "\u{3000}" }) else { return "" }
        guard let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" && $0 != "\u{3000}" }) else { return "" }
        return String(scalars[first...last])
    }
}
