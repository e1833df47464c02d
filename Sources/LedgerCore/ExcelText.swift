/// What Excel and Chinese input methods put in cells: full-width digits and punctuation
/// (`２０２６／２／３`, `１，２３４．５０`), and dates written `2026/2/3`, `2026-2-3`, `2026.2.3` or
/// `2026年2月3日`. Parsers try the strict form first and come here only when it fails, so the
/// common case costs nothing.
public enum ExcelText {
    /// The text with full-width digits, signs and separators made ASCII (an ideographic space
    /// becomes a space); nil when there was nothing to change.
    public static func halfWidth(_ text: some StringProtocol) -> String? {
        var changed = false
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E:   // ！ … ～ → ! … ~
                scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
                changed = true
            case 0x3000:            // ideographic space
                scalars.append(" ")
                changed = true
            default:
                scalars.append(scalar)
            }
        }
        return changed ? String(scalars) : nil
    }

    /// Year, month and (when `withDay`) day from `2026/2/3`, `2026-2-3`, `2026.2.3`, `2026年2月3日`,
    /// `2026年2月`, full-width digits included; nil for anything else. The parts are not checked
    /// against the calendar here.
    static func dateParts(_ text: some StringProtocol, withDay: Bool) -> (year: Int, month: Int, day: Int)? {
        let normal = halfWidth(text) ?? String(text)
        var parts: [Int] = []
        var digits = ""
        var separators = 0
        for character in normal.trimmingSpaces() {
            if let digit = character.wholeNumberValue, character.isASCII {
                digits.append(Character(String(digit)))
                continue
            }
            guard "-/.年月日".contains(character), !digits.isEmpty, let value = Int(digits) else { return nil }
            parts.append(value)
            digits = ""
            separators += 1
        }
        if !digits.isEmpty {
            guard let value = Int(digits) else { return nil }
            parts.append(value)
        }
        let wanted = withDay ? 3 : 2
        guard parts.count == wanted, separators >= wanted - 1, (1000...9999).contains(parts[0]) else { return nil }
        return (parts[0], parts[1], withDay ? parts[2] : 1)
    }
}

extension LocalDate {
    /// A date as Excel or a Chinese user writes it, when it is not `YYYY-MM-DD`.
    static func parseLenient<C: RandomAccessCollection>(_ bytes: C) -> LocalDate? where C.Element == UInt8, C.Index == Int {
        guard bytes.count <= 40, let parts = ExcelText.dateParts(String(decoding: bytes, as: UTF8.self), withDay: true) else {
            return nil
        }
        return try? LocalDate(year: parts.year, month: parts.month, day: parts.day)
    }
}

extension YearMonth {
    /// A month as Excel or a Chinese user writes it (`2026/2`, `2026年2月`), when it is not `YYYY-MM`.
    static func parseLenient(_ text: some StringProtocol) -> YearMonth? {
        guard text.count <= 40, let parts = ExcelText.dateParts(text, withDay: false) else { return nil }
        return try? YearMonth(year: parts.year, month: parts.month)
    }
}

/// An account as a user names it: its code, or its exact name when one account of the chart has it.
public enum AccountReference {
    /// - Throws: `LedgerError.accountMustExist` when no account has the name,
    ///   `.accountNameMustBeUnique` (with the candidates' codes) when several do.
    public static func resolve(_ text: some StringProtocol, in accounts: [Account]) throws(LedgerError) -> AccountCode {
        let trimmed = String(text).trimmingSpaces()
        let normal = ExcelText.halfWidth(trimmed) ?? trimmed
        // Digits are a code, well formed or not: only text is looked up as a name.
        if normal.allSatisfy({ $0.isASCII && $0.isNumber }) { return try AccountCode(normal) }
        let named = accounts.filter { $0.name == trimmed || $0.nameEnglish.caseInsensitiveCompare(trimmed) }
        guard let first = named.first else { throw .accountMustExist(code: trimmed) }
        guard named.count == 1 else {
            throw .accountNameMustBeUnique(name: trimmed, candidates: named.map { "\($0.code) \($0.name)" }.joined(separator: "、"))
        }
        return first.code
    }
}

private extension String {
    func caseInsensitiveCompare(_ other: String) -> Bool { !isEmpty && lowercased() == other.lowercased() }
}
