/// The shape of an organisation or unit code. Codes name files (one dunning notice per unit) and
/// travel in CSV and JSON, so they hold only characters safe everywhere: no `/`, `\`, `..`,
/// spaces or control characters, which would let a notice escape its folder or collide with another.
public enum OrganisationCode {
    public static let lengthMax = 32

    /// True for a code of 1–32 letters, digits, `-`, `_` or `.`, not starting with `.` and without `..`.
    public static func isWellFormed(_ code: String) -> Bool {
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
