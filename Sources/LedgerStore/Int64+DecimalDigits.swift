extension Int64 {
    /// The number as `String(number)` spells it (`-` and up to 19 digits), written back to front on
    /// the stack and handed to `body`: no String made. Shared by the journal chain's encoder and the
    /// change images a bulk writer makes (`Array.appendDecimal`).
    @inlinable
    public func withDecimalDigits<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        var magnitude = self.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        return try withUnsafeMutableBytes(of: &digits) { raw in
            var start = 24
            repeat {
                start -= 1
                raw[start] = UInt8(truncatingIfNeeded: 0x30 + magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if self < 0 {
                start -= 1
                raw[start] = 0x2D
            }
            return try body(UnsafeRawBufferPointer(rebasing: raw[start...]))
        }
    }
}

extension Array where Element == UInt8 {
    /// Appends the number as `String(number)` spells it, as SQLite writes an integer as text.
    @inlinable
    public mutating func appendDecimal(_ number: Int64) {
        number.withDecimalDigits { append(contentsOf: $0.assumingMemoryBound(to: UInt8.self)) }
    }
}
