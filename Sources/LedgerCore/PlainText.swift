/// The one check for names and free text a person types (organisation and account names,
/// voucher summaries and memos), on every path that stores them: no control characters (ESC,
/// line breaks, tabs: they break printed forms, CSV and terminals), names at most
/// `nameLengthMax` characters, and no full national ID (18 characters with a valid check digit:
/// it would be stored in clear, printed and chained into the journal).
public enum PlainText {
    /// Organisation and account names (the longest official 单位名称 run to some 60 characters).
    public static let nameLengthMax = 100

    /// A name: present characters only, at most `nameLengthMax`, no national ID.
    /// - Throws: `.textMustNotHoldControlCharacters`, `.nameMustFitLength`, `.textMustNotHoldNationalID`.
    public static func requireName(_ text: String, field: String) throws(LedgerError) {
        if text.hasControlCharacters { throw .textMustNotHoldControlCharacters(field: field) }
        // Counting characters is slow; nearly every name is short enough in bytes to skip it.
        if text.utf8.count > nameLengthMax, text.count > nameLengthMax {
            throw .nameMustFitLength(field: field, length: text.count, max: nameLengthMax)
        }
        try requireNoNationalID(text, field: field)
    }

    /// Free text (a summary, a memo): no full national ID. Control characters and length are the
    /// voucher's own rules (`VoucherDraft.validate`).
    public static func requireNoNationalID(_ text: String, field: String) throws(LedgerError) {
        if containsNationalID(text) { throw .textMustNotHoldNationalID(field: field) }
    }

    /// True when `text` holds 17 digits and a digit or X, not part of a longer run of digits,
    /// whose last character is the GB 11643 check character of the first 17.
    /// - Complexity: one pass over the bytes; only a run of 17 digits is looked at closer.
    public static func containsNationalID(_ text: String) -> Bool {
        guard text.utf8.count >= 18 else { return false }
        // The text's own bytes, not an array of them: the check runs on every summary of an import.
        return text.withUTF8Bytes { bytes in
            var run = 0   // digits immediately before `index`
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte >= 0x30 && byte <= 0x39 {
                    run += 1
                    if run >= 18, isIDRun(bytes, end: index + 1), !isDigit(bytes, index + 1) { return true }
                } else {
                    if run == 17, byte == 0x58 || byte == 0x78, isIDRun(bytes, end: index + 1), !isDigit(bytes, index + 1) { return true }
                    run = 0
                }
                index += 1
            }
            return false
        }
    }

    /// False outside the text: an ID may start at its first byte (`start - 1` is then -1).
    private static func isDigit(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        index >= 0 && index < bytes.count && bytes[index] >= 0x30 && bytes[index] <= 0x39
    }

    /// The 18 bytes ending at `end` are an ID: no digit right before them, and the check matches.
    private static func isIDRun(_ bytes: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        let start = end - 18
        guard start >= 0, !isDigit(bytes, start - 1) else { return false }
        var sum = 0
        for offset in 0..<17 { sum += Int(bytes[start + offset] - 0x30) * weights[offset] }
        let expected = checkCharacters[sum % 11]
        let last = bytes[end - 1] == 0x78 ? 0x58 : bytes[end - 1]
        return last == expected
    }

    private static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    private static let checkCharacters: [UInt8] = Array("10X98765432".utf8)
}

extension String {
    /// Calls `body` with the text's UTF-8 bytes, read in place when they lie contiguous (every
    /// native String does; a small one from a copy on the stack), else from a contiguous copy.
    /// `withUTF8` is mutating, and the `var` copy made to call it costs a retain and a release per
    /// text: per summary, per amount, per field of a listing's JSON.
    @inlinable
    public func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var text = self
        return try text.withUTF8(body)
    }
}
