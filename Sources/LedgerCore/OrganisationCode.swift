/// The shape of an organisation or unit code. Codes name files (one dunning notice per unit) and
/// travel in CSV and JSON, so they hold only characters safe everywhere: no `/`, `\`, `..`,
/// spaces or control characters, which would let a notice escape its folder or collide with another.
public enum OrganisationCode {
    public static let lengthMax = 32

    /// True for a code of 1–32 letters, digits, `-`, `_` or `.`, not starting with `.` and without `..`.
    public static func isWellFormed(_ code: String) -> Bool {
        // Most codes are ASCII: read as bytes, the answer the Unicode properties give for ASCII
        // (an import checks every row's code: the properties were a fifth of `org import`).
        var asciiOnly = true
        var previousWasDot = false
        var count = 0
        for byte in code.utf8 {
            count += 1
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"):
                previousWasDot = false
            case UInt8(ascii: "."):
                if count == 1 || previousWasDot { return false }
                previousWasDot = true
            default:
                asciiOnly = false
            }
            if !asciiOnly { break }
        }
        if asciiOnly { return count > 0 && count <= lengthMax }
        return isWellFormedByScalars(code)
    }

    /// The rule read scalar by scalar through their Unicode properties, for any code.
    static func isWellFormedByScalars(_ code: String) -> Bool {
        guard !code.isEmpty, code.count <= lengthMax, !code.hasPrefix("."), !code.contains("..") else { return false }
        return code.unicodeScalars.allSatisfy { scalar in
            scalar == "-" || scalar == "_" || scalar == "."
                || (scalar.properties.isAlphabetic || scalar.properties.numericType != nil) && !scalar.properties.isWhitespace
                    && scalar.properties.generalCategory != .control && scalar.properties.generalCategory != .format
        }
    }

    /// - Throws: `LedgerError.organisationCodeMustBeWellFormed` for a code that is not.
    public static func check(_ code: String) throws(LedgerError) {
        guard isWellFormed(code) else { throw .organisationCodeMustBeWellFormed(value: code) }
    }
}
