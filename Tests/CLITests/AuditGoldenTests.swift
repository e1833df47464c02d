import Foundation
import Testing
import ZIPFoundation

/// The tour's audit, compared byte for byte with reports/expected/: the 经审会's review of 2026
/// (which finds the two problems the tour plants), the departure audit of 王明 (who leaves on
/// 2026-09-30) and the standards self-assessment, in Markdown, HTML and JSON, and the Word
/// document's `word/document.xml`. Regenerate with `GONGHUI_UPDATE_GOLDEN=1` and review the diff.
@Suite("golden audit reports of the tour")
struct AuditGoldenTests {
    static let reports: [(name: String, arguments: [String])] = [
        ("audit-review-2026", ["audit", "review", "--from", "2026-01", "--to", "2026-12"]),
        ("audit-departure-2026", ["audit", "departure", "--person", "王明"]),
        ("audit-self-assessment-2026", ["audit", "self-assess", "--year", "2026"]),
    ]

    @Test("the tour's review report, departure audit and self-assessment match reports/expected/")
    func tourAudit() throws {
        let sandbox = try Sandbox()
        let tour = try sandbox.tourDemo()
        tour.expectSuccess()
        #expect(tour.stdout.contains("两处埋设的问题均已发现"), "\(tour.stdout.suffix(3_000))")
        for report in Self.reports {
            let base = report.arguments + ["--db", "demo/tour.sqlite"]
            for (format, suffix) in [("md", "md"), ("html", "html"), ("json", "json")] {
                let result = try sandbox.run(base + ["--format", format])
                result.expectSuccess()
                try Golden.compare(result.stdoutData, with: "reports/expected/\(report.name).\(suffix)")
            }
            // Word is compared by its content: the zip bytes depend on the zlib build.
            guard report.name != "audit-self-assessment-2026" else { continue }
            let file = "\(report.name).docx"
            try sandbox.run(base + ["--format", "docx", "--output", file]).expectSuccess()
            let archive = try Archive(data: try sandbox.bytes(file), accessMode: .read)
            let entry = try #require(archive["word/document.xml"])
            var xml = Data()
            _ = try archive.extract(entry) { xml.append($0) }
            try Golden.compare(xml, with: "reports/expected/\(report.name).docx.document.xml")
        }
    }
}
