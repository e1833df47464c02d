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
