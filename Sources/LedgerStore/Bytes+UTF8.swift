extension Array where Element == UInt8 {
    /// Appends the text's UTF-8 as one copy (`append(contentsOf: text.utf8)` goes through the
    /// generic sequence path, several times slower for the short texts of a voucher). Used by the
    /// SQLite batch insert's text arena.
    public mutating func appendUTF8(_ text: String) {
        // Read in place: `withUTF8` is mutating, and the copy it needs cost a retain and a release
        // per text. Every native string is contiguous; a bridged one takes the second path.
        let appended: Void? = text.utf8.withContiguousStorageIfAvailable { append(contentsOf: $0) }
        if appended == nil {
            var text = text
            text.withUTF8 { append(contentsOf: $0) }
        }
    }
}
