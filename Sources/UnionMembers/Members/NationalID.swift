import UnionCore
import InputFiles
import LedgerCore

/// A resident identity number (公民身份号码) checked under GB 11643-1999: six digits of region
/// (行政区划代码), eight of birth date, three of sequence, and an ISO 7064 MOD 11-2 check character
/// (0–9 or X).
///
/// The full number lives only in memory while a row is imported: the register keeps its keyed
/// hash (`MemberIDKey`) and `masked`. Nothing in this type prints it: `description` is the mask.
///
/// **15-digit legacy numbers** (first-generation cards, two-digit year, no check digit) are
/// accepted and converted to 18 digits the way GB 11643-1999 upgraded them: insert `19` before the
/// year and append the computed check character. Every holder's second-generation card carries
/// exactly that number, so a legacy row and a later 18-digit row hash alike and match the same
/// person. A legacy number has no check digit of its own, so a typo in it cannot be caught:
/// `isLegacy` stays on record and the register shows it.
public struct NationalID: Sendable, Hashable, CustomStringConvertible {
    /// The 18-character number, upper-case X. Internal: hashed, never stored or printed.
    let normalised: String
    /// Converted from a 15-digit legacy number.
    public let isLegacy: Bool
    public let birthDate: LocalDate

    /// ISO 7064 MOD 11-2 weights 2^(17−i) mod 11 for positions 1…17.
    static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    static let checkCharacters: [Character] = ["1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2"]
    /// Province-level codes (GB/T 2260), plus 81/82/83 (Hong Kong, Macao, Taiwan residence permits).
    static let provinceCodes: Set<Int> = [
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
        50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
    ]

    /// Checks a number as typed (spaces around it ignored, lower-case x accepted).
    /// - Parameter today: a birth date after it is refused.
    /// - Throws: `MembershipError.nationalIDMustHave18Characters`, `.nationalIDMustBeDigits`,
    ///   `.nationalIDRegionMustBeValid`, `.nationalIDBirthDateMustBeReal`,
    ///   `.nationalIDBirthDateMustNotBeInFuture`, `.nationalIDCheckDigitMustMatch`. Each carries
    ///   the masked value only.
    public init(parsing text: String, today: LocalDate) throws(MembershipError) {
        let typed = text.trimmingSpaces().uppercased()
        // One code per Character: its ASCII value, 0xFF for any other (never a digit or X). Plain
        // ASCII text (no CR, which pairs with LF into one Character) is its own bytes.
        var codes = typed.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) ? Array(typed.utf8) : typed.map { $0.asciiValue ?? 0xFF }
        // The mask is made only for a message: a good number is masked where it is shown.
        func masked() -> String { NationalID.mask(typed) }
        func isDigit(_ code: UInt8) -> Bool { code >= UInt8(ascii: "0") && code <= UInt8(ascii: "9") }
        var isLegacy = false
        if codes.count == 15 {
            guard codes.allSatisfy(isDigit) else { throw .nationalIDMustBeDigits(masked: masked()) }
            codes = Array(codes[0..<6]) + [UInt8(ascii: "1"), UInt8(ascii: "9")] + Array(codes[6..<15])
            isLegacy = true
        }
        guard codes.count == (isLegacy ? 17 : 18) else {
            throw .nationalIDMustHave18Characters(masked: masked(), length: typed.count)
        }
        guard codes[0..<17].allSatisfy(isDigit), isLegacy || isDigit(codes[17]) || codes[17] == UInt8(ascii: "X") else {
            throw .nationalIDMustBeDigits(masked: masked())
        }
        let digits = codes[0..<17].map { Int($0) - 48 }
        guard NationalID.provinceCodes.contains(digits[0] * 10 + digits[1]) else {
            throw .nationalIDRegionMustBeValid(masked: masked())
        }
        let year = digits[6...9].reduce(0) { $0 * 10 + $1 }
        let month = digits[10] * 10 + digits[11]
        let day = digits[12] * 10 + digits[13]
        guard year >= 1900, let birth = try? LocalDate(year: year, month: month, day: day) else {
            throw .nationalIDBirthDateMustBeReal(masked: masked())
        }
        guard birth <= today else { throw .nationalIDBirthDateMustNotBeInFuture(masked: masked()) }
        let check = UInt8(ascii: NationalID.checkCharacter(digits).unicodeScalars.first ?? "0")
        if isLegacy {
            codes.append(check)
        } else if codes[17] != check {
            throw .nationalIDCheckDigitMustMatch(masked: masked())
        }
        normalised = String(decoding: codes, as: UTF8.self)   // 17 digits and a digit or X: ASCII
        self.isLegacy = isLegacy
        birthDate = birth
    }

    /// The check character for the first 17 digits.
    static func checkCharacter(_ digits: [Int]) -> Character {
        let sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
        return checkCharacters[sum % 11]
    }

    /// The number as the register shows it: region and the last four kept, the birth date hidden,
    /// `110105********123X`.
    public var masked: String { NationalID.mask(normalised) }

    public var description: String { masked }

    /// Masks anything typed into an ID column so that an error message never repeats a number:
    /// 18 characters keep the six region digits and the last four (the birth date goes); 15 keep
    /// region and the last three; other lengths of 14 and up keep six and four, 8–13 keep three
    /// and two, shorter values are all stars.
    public static func mask(_ text: String) -> String {
        // Plain ASCII (no CR) has one byte per Character: masked from its bytes.
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            let bytes = Array(text.utf8)
            let (head, tail) = maskedEnds(bytes.count)
            return String(decoding: bytes.prefix(head) + Array(repeating: UInt8(ascii: "*"), count: bytes.count - head - tail)
                                    + bytes.suffix(tail), as: UTF8.self)
        }
        let characters = Array(text)
        let (head, tail) = maskedEnds(characters.count)
        let hidden = characters.count - head - tail
        return String(characters.prefix(head)) + String(repeating: "*", count: hidden) + String(characters.suffix(tail))
    }

    /// How many characters a mask keeps at each end of a value this long.
    private static func maskedEnds(_ count: Int) -> (head: Int, tail: Int) {
        switch count {
        case 15: (6, 3)
        case 14...: (6, 4)
        case 8...13: (3, 2)
        default: (0, 0)
        }
    }

    /// `text` with every run of 14 or more digits (and X) masked: for values of other fields that
    /// an error message repeats, in case an ID was typed into the wrong column.
    public static func maskingNumbers(in text: String) -> String {
        // Most values hold no run of 14 digits at all: said from the bytes, the text comes back as
        // it is. (A digit Character is one ASCII byte, so a run of them is never longer than the
        // run of digit bytes: no run of 14 bytes, no run of 14 Characters.)
        guard hasLongDigitRun(text.utf8) else { return text }
        var result = ""
        var run = ""
        func flush() {
            result += run.count >= 14 ? mask(run) : run
            run = ""
        }
        for character in text {
            if character.isPlainDigit || ((character == "X" || character == "x") && !run.isEmpty) {
                run.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }
}

extension NationalID {
    /// Whether the bytes hold a run of 14 or more ASCII digits (X or x counting after the first).
    static func hasLongDigitRun(_ bytes: String.UTF8View) -> Bool {
        var run = 0
        for byte in bytes {
            if (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || ((byte == UInt8(ascii: "X") || byte == UInt8(ascii: "x")) && run > 0) {
                run += 1
                if run >= 14 { return true }
            } else {
                run = 0
            }
        }
        return false
    }
}

extension Character {
    var isPlainDigit: Bool { isASCII && isNumber }
}
