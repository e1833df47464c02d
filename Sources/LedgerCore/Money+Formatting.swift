extension Money {
    /// `1,234.50`, `-0.01`: thousands separators and exactly two decimals.
    public func formatted() -> String { Money.format(fen: fen, grouping: true) }

    /// `1234.50`: two decimals, no separators (JSON, CSV for machines, canonical encodings).
    public var plainString: String { Money.format(fen: fen, grouping: false) }

    static func format(fen: Int64, grouping: Bool) -> String {
        // Written right to left into a few bytes on the stack: reports format every amount, and
        // building Strings digit by digit cost ≈ 2,000 instructions an amount.
        // Int64.min has no positive counterpart; work in UInt64.
        var magnitude = fen.magnitude
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            var start = buffer.count
            func put(_ byte: UInt8) {
                start -= 1
                buffer[start] = byte
            }
            let cents = magnitude % 100
            magnitude /= 100
            put(0x30 + UInt8(cents % 10))
            put(0x30 + UInt8(cents / 10))
            put(UInt8(ascii: "."))
            var digits = 0
            repeat {
                if grouping && digits > 0 && digits % 3 == 0 { put(UInt8(ascii: ",")) }
                put(0x30 + UInt8(magnitude % 10))
                magnitude /= 10
                digits += 1
            } while magnitude > 0
            if fen < 0 { put(UInt8(ascii: "-")) }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
        }
    }
}
