import LedgerStore
import Foundation
import Testing

/// The binary embeds copies of repository data files (UnionCore's BuiltinChart, GonghuiTour's
/// TourData). Each copy is checked here through what the binary does with it (ChartProfileTests
/// also compares BuiltinChart with its file byte for byte).
@Suite("built-in data matches ledgers/")
struct DataCopyTests {
    let sandbox: Sandbox

    init() throws { sandbox = try Sandbox() }

    /// CSV data rows (after the header), as arrays of fields; the files involved quote nothing.
    private func rows(_ text: String) -> [[String]] {
        text.replacingOccurrences(of: "\u{FEFF}", with: "").replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n").dropFirst()
            .map { $0.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } }
    }

    @Test("init's default chart lists exactly the accounts of ledgers/charts/grassroots-basic.csv")
    func builtinChartMatchesFile() throws {
        let chart = rows(String(decoding: try Repository.bytes("ledgers/charts/grassroots-basic.csv"), as: UTF8.self))
        #expect(chart.count == 34)
        try sandbox.initBooks()

        let chinese = try sandbox.onBooks("account", "list", "--format", "csv")
        chinese.expectSuccess()
        let listed = rows(chinese.stdout)
        #expect(listed.map { $0[0] } == chart.map { $0[0] }, "codes")
        #expect(listed.map { $0[1] } == chart.map { $0[1] }, "Chinese names")

        let english = try sandbox.onBooks("account", "list", "--format", "csv", "--lang", "en")
        english.expectSuccess()
        #expect(rows(english.stdout).map { $0[1] } == chart.map { $0[2] }, "English names")
    }

    @Test("the tour writes ledgers/examples/demo-vouchers-2026-01.csv byte for byte")
    func tourDataMatchesExample() throws {
        try sandbox.tourDemo().expectSuccess()
        let written = try sandbox.bytes("demo/demo-vouchers-2026-01.csv")
        let example = try Repository.bytes("ledgers/examples/demo-vouchers-2026-01.csv")
        #expect(written == example,
                "tour wrote \(written.count) bytes, the example has \(example.count); last bytes \(Array(written.suffix(4))) vs \(Array(example.suffix(4)))")
    }
}
