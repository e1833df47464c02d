import Foundation
import Testing
import ZIPFoundation

/// `report consolidated` on the tour's county federation (XF) and its two grassroots unions
/// keeping books in the same file (GH101 self, GH102 tax-full), 22 units without books: the
/// statements, the elimination schedule (a grant both books record is eliminated, one GH102 has
/// not booked is a difference), every format against reports/expected/consolidated-2026.*.
/// Regenerate with `GONGHUI_UPDATE_GOLDEN=1` and review the diff.
@Suite("report consolidated")
struct ConsolidationCLITests {
    static let formats = [("table", "txt"), ("csv", "csv"), ("json", "json"), ("md", "md"), ("html", "html")]

    @Test("the tour's county federation: statements, schedule, findings; every format matches reports/expected/")
    func tourFederation() throws {
        let sandbox = try Sandbox()
        try sandbox.tourDemo().expectSuccess()
        let books = ["--db", "demo/federation.sqlite"]
        let arguments = ["report", "consolidated", "--org", "XF", "--year", "2026"] + books

        let table = try sandbox.run(arguments)
        table.expectSuccess()
        for text in ["汇总会计报表（含抵销）", "工会01表 资产负债表", "工会02表 收入支出表", "抵销明细表", "资产总计 = 负债与净资产总计",
                     "DW001 示例机械有限公司工会（上级 XF）的账套不在本文件，未汇总", "差额 5,000.00 未抵销"] {
            #expect(table.stdout.contains(text), "lacks \(text.debugDescription)\n\(table.stdout)")
        }

        let json = try sandbox.run(arguments + ["--format", "json"])
        json.expectSuccess()
        let document = try #require(try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any])
        #expect(document["federation"] as? String == "XF")
        #expect(document["balanced"] as? Bool == true)
        let organisations = try #require(document["organisations"] as? [[String: Any]])
        #expect(organisations.filter { $0["status"] as? String == "consolidated" }.compactMap { $0["code"] as? String } == ["XF", "GH101", "GH102"])
        #expect(organisations.filter { $0["status"] as? String == "notInStore" }.count == 22)
        let eliminations = try #require(document["eliminations"] as? [[String: Any]])
        func row(_ lower: String, _ kind: String) -> [String: String] {
            (eliminations.first { $0["lower"] as? String == lower && $0["kind"] as? String == kind } ?? [:])
                .compactMapValues { $0 as? String }
        }
        #expect(row("GH101", "grant")["upperAmount"] == "20000.00")
        #expect(row("GH101", "grant")["eliminated"] == "20000.00")
        #expect(row("GH101", "grant")["difference"] == "0.00")
        #expect(row("GH102", "grant")["eliminated"] == "0.00")
        #expect(row("GH102", "grant")["difference"] == "5000.00")
        #expect(row("GH102", "grantPayable")["difference"] == "5000.00")
        #expect(row("GH101", "remittance")["time"] == "closing")
        #expect(row("GH102", "transferPayable")["difference"] == "0.00")
        let findings = try #require(document["findings"] as? [[String: Any]])
        #expect(findings.filter { $0["finding"] as? String == "difference" }.count == 2)
        #expect(findings.filter { $0["finding"] as? String == "notInStore" }.count == 22)
        // The grant to GH101 is out of both sides; the one GH102 has not booked stays (XF's 508 and 21201).
        let income = try #require(document["incomeExpenditure"] as? [String: Any])
        let lines = try #require(income["lines"] as? [[String: Any]])
        let grants = lines.first { $0["line"] as? Int == 23 }?["values"] as? [String: Any]
        #expect(grants?["thisYear"] as? String == "5000.00", "补助下级支出: 25,000 in XF's books less the 20,000 eliminated")
        let received = lines.first { $0["line"] as? Int == 8 }?["values"] as? [String: Any]
        #expect(received?["thisYear"] as? String == "0.00", "上级补助收入: GH101's 20,000 eliminated")

        let english = try sandbox.run(arguments + ["--lang", "en"])
        english.expectSuccess()
        for text in ["Consolidated statements (with eliminations)", "Elimination schedule", "not in the store",
                     "Total assets = total liabilities and net assets"] {
            #expect(english.stdout.contains(text), "lacks \(text.debugDescription)\n\(english.stdout)")
        }

        for (format, suffix) in Self.formats {
            let result = try sandbox.run(arguments + ["--format", format])
            result.expectSuccess()
            try Golden.compare(result.stdoutData, with: "reports/expected/consolidated-2026.\(suffix)")
        }
        try Golden.compare(english.stdoutData, with: "reports/expected/consolidated-2026-en.txt")
        try sandbox.run(arguments + ["--format", "xlsx", "--output", "consolidated.xlsx"]).expectSuccess()
        let archive = try Archive(data: try sandbox.bytes("consolidated.xlsx"), accessMode: .read)
        let sheets = archive.filter { $0.path.hasPrefix("xl/worksheets/sheet") }.sorted { $0.path < $1.path }
        #expect(sheets.count == 5, "scope, 01表, 02表, schedule, findings")
        for entry in sheets {
            var xml = Data()
            _ = try archive.extract(entry) { xml.append($0) }
            let sheet = (entry.path as NSString).lastPathComponent.replacingOccurrences(of: ".xml", with: "")
            try Golden.compare(xml, with: "reports/expected/consolidated-2026.xlsx.\(sheet).xml")
        }

        // A grassroots union with nothing below: its own statements, an empty schedule, said so.
        let grassroots = try sandbox.run(["report", "consolidated", "--org", "GH101", "--year", "2026", "--format", "json"] + books)
        grassroots.expectSuccess()
        let own = try #require(try JSONSerialization.jsonObject(with: grassroots.stdoutData) as? [String: Any])
        #expect((own["eliminations"] as? [Any])?.isEmpty == true)
        #expect((own["organisations"] as? [Any])?.count == 1)
        let ownTable = try sandbox.run(["report", "consolidated", "--org", "GH101", "--year", "2026"] + books)
        #expect(ownTable.stdout.contains("GH101 之下没有账套在本文件中的工会：汇总数即本级账面数，抵销明细表为空。"))

        // --levels 0: the federation's own books; nothing below is looked at.
        let top = try sandbox.run(["report", "consolidated", "--org", "XF", "--year", "2026", "--levels", "0", "--format", "json"] + books)
        top.expectSuccess()
        let topDocument = try #require(try JSONSerialization.jsonObject(with: top.stdoutData) as? [String: Any])
        #expect((topDocument["organisations"] as? [Any])?.count == 1)
        #expect((topDocument["findings"] as? [Any])?.isEmpty == true)

        // A unit without books, and a code nobody registered, are refused.
        let unit = try sandbox.run(["report", "consolidated", "--org", "DW001", "--year", "2026"] + books)
        #expect(unit.exitCode != 0)
        #expect(unit.stderr.contains("DW001"))
        let unknown = try sandbox.run(["report", "consolidated", "--org", "NOPE", "--year", "2026"] + books)
        #expect(unknown.exitCode != 0)
        #expect(unknown.stderr.contains("NOPE"))
        try sandbox.run(["verify"] + books).expectSuccess()
    }
}
