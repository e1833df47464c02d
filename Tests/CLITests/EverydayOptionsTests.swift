import Foundation
import Testing
import ZIPFoundation

/// A treasurer's everyday tool (issue 14): one name per concept with the old spellings hidden but
/// accepted, listings that say when they are cut short, and a notice that prints on one page.
@Suite("one name per concept, complete listings, one-page notices")
struct EverydayOptionsTests {
    let sandbox: Sandbox

    init() throws { sandbox = try Sandbox() }

    @Test("org set --unit (old --code), org tenure end --date (old --on), member list/show --as-of (old --month)")
    func conventionalNames() throws {
        try sandbox.initMemberBooks()
        for (command, new, old) in [(["org", "set"], "--unit <unit>", "--code"), (["org", "tenure", "end"], "--date <date>", "--on"),
                                    (["member", "list"], "--as-of <as-of>", "--month"), (["member", "show"], "--as-of <as-of>", "--month")] {
            let help = try sandbox.run(command + ["--help"])
            #expect(help.stdout.contains(new) && !help.stdout.contains(old + " <"), "\(command)\n\(help.stdout)")
        }
        let stats = try sandbox.run("stats", "membership", "--help")
        #expect(stats.stdout.contains("org set --unit") && !stats.stdout.contains("--code"), "\(stats.stdout)")

        try sandbox.onBooks("org", "set", "--unit", "DW001", "--bank-name", "新银行").expectSuccess()
        try sandbox.onBooks("org", "set", "--code", "DW001", "--bank-account", "62001").expectSuccess()
        let shown = try sandbox.onBooks("org", "show", "DW001")
        #expect(shown.stdout.contains("新银行") && shown.stdout.contains("62001"), "\(shown)")
        try sandbox.onBooks("org", "set", "--bank-name", "x").expectError(exitCode: 2, containing: "--unit")

        try sandbox.onBooks("org", "tenure", "add", "--role", "主席", "--person", "王明", "--from", "2021-03-01").expectSuccess()
        try sandbox.onBooks("org", "tenure", "add", "--role", "出纳", "--person", "赵敏", "--from", "2021-03-01").expectSuccess()
        try sandbox.onBooks("org", "tenure", "end", "1", "--date", "2023-12-31", "--reason", "任期届满").expectSuccess()
        try sandbox.onBooks("org", "tenure", "end", "2", "--on", "2023-12-31", "--reason", "调离").expectSuccess()
        let terms = try sandbox.onBooks("org", "tenure", "list", "--format", "csv")
        #expect(terms.stdout.components(separatedBy: "2023-12-31").count == 3, "\(terms)")
        try sandbox.onBooks("org", "tenure", "end", "1", "--reason", "x").expectError(exitCode: 2, containing: "--date")

        let file = try sandbox.copy(fromRepository: "ledgers/examples/members-utf8.csv")
        try sandbox.onBooks("member", "import", file, "--effective", "2026-01").expectSuccess()
        let asOf = try sandbox.onBooks("member", "list", "--as-of", "2026-06", "--format", "csv")
        asOf.expectSuccess()
        #expect(asOf.stdout.contains("M00007"), "\(asOf)")
        #expect(try sandbox.onBooks("member", "list", "--month", "2026-06", "--format", "csv").stdout == asOf.stdout)
        #expect(try sandbox.onBooks("member", "list", "--as-of", "2026-06-15", "--format", "csv").stdout == asOf.stdout)
        let show = try sandbox.onBooks("member", "show", "M00007", "--as-of", "2026-06", "--format", "csv")
        show.expectSuccess()
        #expect(try sandbox.onBooks("member", "show", "M00007", "--month", "2026-06", "--format", "csv").stdout == show.stdout)
    }

    @Test("close with 12 unposted drafts names ten and says there are twelve; all named when ten or fewer")
    func closeSaysHowManyDrafts() throws {
        try sandbox.initBooks()
        for day in 5...16 {
            try sandbox.onBooks("voucher", "add", "--date", "2026-01-\(day)", "--summary", "收取会费", "--line", "102:借:1", "--line", "401:贷:1")
                .expectSuccess()
        }
        let refused = try sandbox.onBooks("close", "--month", "2026-01")
        refused.expectError(exitCode: 1, containing: "草稿 1、2、3、4、5、6、7、8、9、10；仅显示前 10 张，共 12 张")
        #expect(refused.stderr.contains("voucher drafts --month 2026-01"), "\(refused)")
        try sandbox.onBooks("close", "--month", "2026-01", "--lang", "en")
            .expectError(exitCode: 1, containing: "drafts 1, 2, 3, 4, 5, 6, 7, 8, 9, 10; the first 10 of 12 shown")
        try sandbox.onBooks("voucher", "delete", "11", "--reason", "重复").expectSuccess()
        try sandbox.onBooks("voucher", "delete", "12", "--reason", "重复").expectSuccess()
        let ten = try sandbox.onBooks("close", "--month", "2026-01")
        ten.expectError(exitCode: 1, containing: "草稿 1、2、3、4、5、6、7、8、9、10）")
        #expect(!ten.stderr.contains("仅显示"), "\(ten)")
    }

    /// The print setup of the first sheet of an XLSX file in the folder.
    func pageSetup(_ name: String) throws -> String {
        let archive = try Archive(data: try sandbox.bytes(name), accessMode: .read)
        let entry = try #require(archive["xl/worksheets/sheet1.xml"])
        var xml = Data()
        _ = try archive.extract(entry) { xml.append($0) }
        let text = String(decoding: xml, as: UTF8.self)
        let start = try #require(text.range(of: "<pageSetup "))
        return String(text[start.lowerBound...].prefix { $0 != ">" })
    }

    @Test("a notice as XLSX fits one page (1×1); the arrears listing fits the width only")
    func noticeOnOnePage() throws {
        try sandbox.onBooks("init", "--org-code", "XF", "--org-name", "示例县总工会", "--kind", "county-federation",
                            "--start", "2026-01", "--chart", "2021-federation").expectSuccess()
        try sandbox.onBooks("org", "add", "--code", "DW002", "--name", "示例纺织有限公司工会", "--kind", "enterprise", "--parent", "XF")
            .expectSuccess()
        var payroll = "unit_code,unit_name,month,headcount,wage_total\n"
        for month in 1...6 { payroll += "DW002,,2026-\(String(format: "%02d", month)),80,300000\n" }
        try sandbox.write("payroll.csv", payroll)
        try sandbox.onBooks("payroll", "import", "payroll.csv").expectSuccess()
        for month in 1...6 { try sandbox.onBooks("allocate", "--month", "2026-\(String(format: "%02d", month))").expectSuccess() }
        try sandbox.onBooks("notice", "--unit", "DW002", "--as-of", "2026-11-01", "--format", "xlsx", "--output", "notice.xlsx")
            .expectSuccess()
        #expect(try pageSetup("notice.xlsx").contains("fitToWidth=\"1\" fitToHeight=\"1\""))
        try sandbox.onBooks("arrears", "--as-of", "2026-11-01", "--format", "xlsx", "--output", "arrears.xlsx").expectSuccess()
        #expect(try pageSetup("arrears.xlsx").contains("fitToWidth=\"1\" fitToHeight=\"0\""))
    }
}
