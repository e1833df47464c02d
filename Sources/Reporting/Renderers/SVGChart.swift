/// Draws a `Report.Chart` as an inline SVG horizontal bar chart: labels on the left, bars in
/// proportion (integer widths from the exact amounts), the printed amount after each bar.
enum SVGChart {
    static let palette = ["#1f4e79", "#c00000", "#548235", "#bf8f00", "#7030a0", "#2e75b6", "#843c0c", "#375623"]

    static func render(_ chart: Report.Chart) -> String {
        let rowHeight = 22, labelWidth = 170, barWidthMax: Int64 = 330, valueWidth = 150
        let width = labelWidth + Int(barWidthMax) + valueWidth
        let height = rowHeight * max(chart.bars.count, 1) + 8
        var svg = ["<figure class=\"chart\">",
                   "<figcaption>\(HTMLRenderer.escape(chart.caption))</figcaption>",
                   "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" font-size=\"12\">",
                   "<title>\(HTMLRenderer.escape(chart.caption))</title>"]
        for (index, (bar, length)) in zip(chart.bars, chart.lengths(units: barWidthMax)).enumerated() {
            let y = 4 + index * rowHeight
            let colour = palette[index % palette.count]
            svg.append("<text x=\"\(labelWidth - 6)\" y=\"\(y + 15)\" text-anchor=\"end\">\(HTMLRenderer.escape(bar.label))</text>")
            svg.append("<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(length)\" height=\"\(rowHeight - 6)\" fill=\"\(colour)\"/>")
            svg.append("<text x=\"\(labelWidth + Int(length) + 6)\" y=\"\(y + 15)\">\(HTMLRenderer.escape(bar.display))</text>")
        }
        svg += ["</svg>", "</figure>"]
        return svg.joined(separator: "\n")
    }
}
