extension Array where Element == UInt8 {
    /// Appends the text's UTF-8 as one copy (`append(contentsOf: text.utf8)` goes through the
    /// generic sequence path, several times slower for the short texts of a voucher). Used by the
    /// journal chain's encoder and the SQLite batch insert's text arena.
    public mutating func appendUTF8(_ text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }
}
