import PropertyBased
import Testing
@testable import Reporting

/// A table line written into one String gives the text of the cells padded, joined and trimmed.
@Suite("table lines")
struct TableLineTests {
    // Empty cells, spaces only, trailing spaces, wide characters, a combining mark, and an Arabic
    // number sign (U+0600), which joins the character after it into one grapheme.
    static let cells = ["", "", " ", "  ", "a", "1,234.50", "-0.01", "工会", "示例工会 ", " 单位", "e\u{301}", "x\u{600}",
                        "\u{600}", "ＡＢ", "abc  ", "2026-01"]

    @Test("the same text as padding each cell, joining with two spaces and trimming the end")
    func matchesJoinedParts() async {
        let row = Gen.int(in: 0...99_999).array(of: 1...7)
        await propertyCheck(count: 1_000, input: row, Gen.int(in: 0...3).array(of: 7)) { picks, extra in
            let cells = picks.map { Self.cells[$0 % Self.cells.count] }
            let columns = picks.indices.map { Report.Column("c\($0)", key: "c\($0)", alignment: picks[$0] % 3 == 0 ? .right : .left) }
            // Each column at least as wide as its cell, some wider; a short row leaves columns blank.
            let widths = cells.indices.map { TableRenderer.displayWidth(cells[$0]) + extra[$0] }
            let shown = Array(cells.prefix(max(1, cells.count - picks[0] % 2)))
            #expect(TableRenderer.line(shown, columns, widths) == Self.model(shown, columns, widths),
                    "\(shown.map { Array($0.unicodeScalars) }) \(widths)")
        }
    }

    @Test("a space the last character takes in stays; every other trailing space goes")
    func trailingSpaces() {
        let left = Report.Column("a", key: "a"), right = Report.Column("b", key: "b", alignment: .right)
        #expect(TableRenderer.line(["x\u{600}", ""], [left, right], [4, 3]) == "x\u{600} ")
        #expect(TableRenderer.line(["工会 ", ""], [left, right], [6, 3]) == "工会")
        #expect(TableRenderer.line(["", "  "], [left, right], [2, 2]) == "")
        #expect(TableRenderer.line(["a", "1.00"], [left, right], [3, 6]) == "a      1.00")
    }

    @Test("ASCII and wide text measure as terminals show them")
    func widths() {
        #expect(TableRenderer.displayWidth("1,234.50") == 8)
        #expect(TableRenderer.displayWidth("示例工会") == 8)
        #expect(TableRenderer.displayWidth("e\u{301}") == 2, "a combining mark counts as a scalar, as before")
        #expect(TableRenderer.displayWidth("") == 0)
    }

    /// The line as it was first written.
    static func model(_ cells: [String], _ columns: [Report.Column], _ widths: [Int]) -> String {
        var parts: [String] = []
        for (index, column) in columns.enumerated() {
            let cell = index < cells.count ? cells[index] : ""
            let padding = String(repeating: " ", count: max(0, widths[index] - TableRenderer.displayWidth(cell)))
            parts.append(column.alignment == .right ? padding + cell : cell + padding)
        }
        var text = parts.joined(separator: "  ")
        while text.last == " " { text.removeLast() }
        return text
    }
}
