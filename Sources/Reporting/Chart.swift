import LedgerCore

extension Report {
    /// A bar chart as data: each bar a label and an amount. HTML draws it as inline SVG (no script,
    /// no network); the table and Markdown formats as rows of text bars; bar lengths are computed
    /// in integers from the exact amounts.
    public struct Chart: Sendable {
        public struct Bar: Sendable, Hashable {
            public var label: String
            public var amount: Money
            /// The amount as printed beside the bar (`12.34` in 万元, with its share).
            public var display: String

            public init(label: String, amount: Money, display: String) {
                self.label = label
                self.amount = amount
                self.display = display
            }
        }

        public var caption: String
        public var bars: [Bar]

        public init(caption: String, bars: [Bar]) {
            self.caption = caption
            self.bars = bars
        }

        /// Each bar's length in `units` of the longest (negative amounts draw nothing).
        func lengths(units: Int64) -> [Int64] {
            let largest = bars.map { max($0.amount.fen, 0) }.max() ?? 0
            guard largest > 0 else { return bars.map { _ in 0 } }
            return bars.map { bar in
                let fen = max(bar.amount.fen, 0)
                let (high, low) = fen.magnitude.multipliedFullWidth(by: UInt64(units))
                return Int64(UInt64(largest).dividingFullWidth((high, low)).quotient)
            }
        }

        /// The chart as text lines: `label  ██████  display`, labels padded to one width.
        func textLines(units: Int64 = 30) -> [String] {
            let width = bars.map { TableRenderer.displayWidth($0.label) }.max() ?? 0
            return zip(bars, lengths(units: units)).map { bar, length in
                let padding = String(repeating: " ", count: width - TableRenderer.displayWidth(bar.label))
                let block = String(repeating: "█", count: Int(length))
                return "\(bar.label)\(padding)  \(block)\(block.isEmpty ? "" : " ")\(bar.display)"
            }
        }
    }
}
