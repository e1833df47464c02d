import Foundation
import Testing
import ZIPFoundation

/// The tour's budget part: its budget, adjustment, execution, final accounts and disclosure, as it
/// saves them under `budget/`, compared byte for byte (each XLSX sheet's XML) with
/// reports/expected/tour-*. Regenerate with `GONGHUI_UPDATE_GOLDEN=1` and review the diff.
@Suite("golden budget reports of the tour")
struct TourBudgetGoldenTests {
    static let reports = ["budget-2026", "budget-2026-adjustment-1", "budget-execution-2026", "final-accounts-2026", "disclosure-2026"]

    @Test("the tour's budget, execution, final accounts and disclosure, in every format, match reports/expected/")
    func tourBudgetReports() throws {
        let sandbox = try Sandbox()
        let tour = try sandbox.tourDemo()
        tour.expectSuccess()
        #expect(tour.stdout.contains("超预算支出：预算行 501 职工活动支出 预算 270,000.00"), "the refused voucher is shown")
        #expect(tour.stdout.contains("决算与账簿一致：可以年终结账"))
        for name in Self.reports {
            for suffix in ["txt", "csv", "json", "md", "html"] {
                try Golden.compare(try sandbox.bytes("demo/budget/\(name).\(suffix)"), with: "reports/expected/tour-\(name).\(suffix)")
            }
            // XLSX by content, each sheet: the zip bytes depend on the zlib build.
            let archive = try Archive(data: try sandbox.bytes("demo/budget/\(name).xlsx"), accessMode: .read)
            let sheets = archive.filter { $0.path.hasPrefix("xl/worksheets/sheet") }.sorted { $0.path < $1.path }
            #expect(!sheets.isEmpty)
            for entry in sheets {
                var xml = Data()
                _ = try archive.extract(entry) { xml.append($0) }
                let sheet = (entry.path as NSString).lastPathComponent.replacingOccurrences(of: ".xml", with: "")
                try Golden.compare(xml, with: "reports/expected/tour-\(name).xlsx.\(sheet).xml")
            }
        }
        try sandbox.run("verify", "--db", "demo/tour.sqlite").expectSuccess()
    }
}
