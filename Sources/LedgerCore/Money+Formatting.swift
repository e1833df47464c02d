extension Money {
    /// `1,234.50`, `-0.01`: thousands separators and exactly two decimals.
    public func formatted() -> String { Money.format(fen: fen, grouping: true) }

    /// `1234.50`: two decimals, no separators (JSON, CSV for machines, canonical encodings).
    public var plainString: String { Money.format(fen: fen, grouping: false) }

    static func format(fen: Int64, grouping: Bool) -> String {
        // Int64.min has no positive counterpart; work in UInt64.
        let magnitude = fen.magnitude
        let yuan = magnitude / 100
        let cents = magnitude % 100
        var digits = String(yuan)
        if grouping && digits.utf8.count > 3 {
            var grouped = ""
            let count = digits.count
            for (offset, character) in digits.enumerated() {
                if offset > 0 && (count - offset) % 3 == 0 { grouped.append(",") }
                grouped.append(character)
            }
            digits = grouped
        }
        let centText = cents < 10 ? "0\(cents)" : "\(cents)"
        return (fen < 0 ? "-" : "") + digits + "." + centText
    }
}
