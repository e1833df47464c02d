extension Money {
    /// Parses an amount as users type it in Excel: `1234.5`, `1,234.50`, `¥1,234.50`, `-0.01`.
    ///
    /// Rules: an optional leading `-` (or `+`), an optional `¥`/`￥`, digits with optional
    /// thousands separators in groups of three, and at most two decimals. Surrounding spaces are
    /// ignored. Anything else (`1.234`, `12.3abc`, `1,23,4`, empty, `NaN`) is rejected.
    /// - Throws: `LedgerError.amountMustBeWellFormed` or `.amountMustFitRange`.
    public init(parsing text: some StringProtocol) throws(LedgerError) {
        var scan = Money.scanFen(text.utf8)
        // Full-width digits and separators (１，２３４．５０), as a Chinese input method types them.
        if scan == .malformed, let halfWidth = ExcelText.halfWidth(text) { scan = Money.scanFen(halfWidth.utf8) }
        switch scan {
        case .fen(let fen): self.init(fen: fen)
        case .malformed: throw .amountMustBeWellFormed(value: String(text))
        case .outOfRange: throw .amountMustFitRange(value: String(text))
        }
    }

    /// `init(parsing:)` for a String, compiled here for its bytes: the generic one runs
    /// unspecialised in other modules (about 2,800 instructions an amount in a payroll import).
    public init(parsing text: String) throws(LedgerError) {
        let scan = text.withUTF8Bytes { Money.scanFen($0) }
        if scan == .malformed {
            try self.init(parsing: Substring(text))   // full-width digits, and the error's wording
            return
        }
        switch scan {
        case .fen(let fen): self.init(fen: fen)
        case .malformed: throw .amountMustBeWellFormed(value: text)
        case .outOfRange: throw .amountMustFitRange(value: text)
        }
    }

    /// The byte-level parser behind `init(parsing:)`; `nil` when malformed or out of range.
    ///
    /// Exposed for bulk imports that already hold UTF-8 bytes.
    /// - Complexity: O(n) in the length of the text, no allocation.
    public static func parseFen<C: Collection>(_ bytes: C) -> Int64? where C.Element == UInt8 {
        if case .fen(let fen) = scanFen(bytes) { return fen }
        return parseHalfWidthFen(bytes)
    }

    /// The slow path for bulk imports: full-width digits made ASCII, then scanned again.
    static func parseHalfWidthFen<C: Collection>(_ bytes: C) -> Int64? where C.Element == UInt8 {
        guard bytes.count <= 120, let halfWidth = ExcelText.halfWidth(String(decoding: bytes, as: UTF8.self)),
              case .fen(let fen) = scanFen(halfWidth.utf8) else { return nil }
        return fen
    }

    /// `parseFen` for a byte buffer, compiled for that type here so callers in other modules do
    /// not run the unspecialised generic (about 10× slower in a bulk import).
    public static func parseFen(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        if case .fen(let fen) = scanFen(bytes) { return fen }
        return parseHalfWidthFen(bytes)
    }

    enum FenScan: Equatable {
        case fen(Int64)
        case malformed
        /// Well formed, but beyond `magnitudeMax` (or beyond Int64 altogether).
        case outOfRange
    }

    /// The scanner behind `parseFen` and `init(parsing:)`, which tells a malformed text from a
    /// well-formed one that is too large, so `99999999999999999999` is out of range, not malformed.
    static func scanFen<C: Collection>(_ bytes: C) -> FenScan where C.Element == UInt8 {
        var index = bytes.startIndex
        let end = bytes.endIndex
        // Trim ASCII spaces.
        while index < end, bytes[index] == 0x20 { index = bytes.index(after: index) }
        var last = end
        while last > index {
            let before = bytes.index(index, offsetBy: bytes.distance(from: index, to: last) - 1)
            if bytes[before] == 0x20 { last = before } else { break }
        }
        var negative = false
        if index < last, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index = bytes.index(after: index)
        }
        index = skipYuanSign(bytes, from: index, to: last)
        var integer: Int64 = 0
        var digitsInGroup = 0
        var groups = 0          // number of separators seen
        var integerDigits = 0
        var overflowed = false
        while index < last {
            let byte = bytes[index]
            if byte >= 0x30 && byte <= 0x39 {
                let (times10, o1) = integer.multipliedReportingOverflow(by: 10)
                let (next, o2) = times10.addingReportingOverflow(Int64(byte - 0x30))
                // Keep scanning so trailing junk still reads as malformed.
                if o1 || o2 { overflowed = true } else { integer = next }
                digitsInGroup += 1
                integerDigits += 1
            } else if byte == UInt8(ascii: ",") {
                // The first group has 1–3 digits, every later group exactly 3.
                if digitsInGroup == 0 || digitsInGroup > 3 || (groups > 0 && digitsInGroup != 3) { return .malformed }
                groups += 1
                digitsInGroup = 0
            } else {
                break
            }
            index = bytes.index(after: index)
        }
        if groups > 0 && digitsInGroup != 3 { return .malformed }
        var fraction: Int64 = 0
        var fractionDigits = 0
        if index < last, bytes[index] == UInt8(ascii: ".") {
            index = bytes.index(after: index)
            while index < last {
                let byte = bytes[index]
                guard byte >= 0x30 && byte <= 0x39, fractionDigits < 2 else { return .malformed }
                fraction = fraction * 10 + Int64(byte - 0x30)
                fractionDigits += 1
                index = bytes.index(after: index)
            }
            if fractionDigits == 0 && integerDigits == 0 { return .malformed }
        }
        guard index == last, integerDigits + fractionDigits > 0 else { return .malformed }
        if fractionDigits == 1 { fraction *= 10 }
        let (scaled, o1) = integer.multipliedReportingOverflow(by: 100)
        let (fen, o2) = scaled.addingReportingOverflow(fraction)
        guard !overflowed, !o1, !o2, fen <= Money.magnitudeMax else { return .outOfRange }
        return .fen(negative ? -fen : fen)
    }

    private static func skipYuanSign<C: Collection>(_ bytes: C, from start: C.Index, to end: C.Index) -> C.Index
    where C.Element == UInt8 {
        // "¥" is C2 A5, fullwidth "￥" is EF BF A5 in UTF-8. Compared byte by byte: no allocation.
        guard start < end else { return start }
        let first = bytes[start]
        guard first == 0xC2 || first == 0xEF else { return start }
        var index = bytes.index(after: start)
        let rest: (UInt8, UInt8?) = first == 0xC2 ? (0xA5, nil) : (0xBF, 0xA5)
        guard index < end, bytes[index] == rest.0 else { return start }
        index = bytes.index(after: index)
        if let third = rest.1 {
            guard index < end, bytes[index] == third else { return start }
            index = bytes.index(after: index)
        }
        return index
    }
}
