import LedgerCore
extension Array where Element == UInt8 {
    /// Appends the text's UTF-8 as one copy (`append(contentsOf: text.utf8)` goes through the
    /// generic sequence path, several times slower for the short texts of a voucher). Used by the
    /// SQLite batch insert's text arena.
    public mutating func appendUTF8(_ text: String) {
        // Read in place (`withUTF8Bytes`): a copy to call the mutating `withUTF8` cost a retain
        // and a release per text.
        text.withUTF8Bytes { append(contentsOf: $0) }
    }
}
