import LedgerStore
import Foundation
import Testing
import ZIPFoundation

@Suite("--format xlsx and --output")
struct OutputFileTests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox.withFixtureBooks()
    }

    /// The folder's files, to check that a refused command wrote none.
    func files() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: sandbox.url.path).sorted()
    }

    /// path → text of each part of an XLSX file.
    func parts(_ data: Data) throws -> [String: String] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return parts
    }

    @Test("report trial-balance --format xlsx --output writes a workbook with the expected parts and numbers")
    func trialBalanceWorkbook() throws {
        let result = try sandbox.onBooks("report", "trial-balance", "--format", "xlsx", "--output", "x.xlsx")
        result.expectSuccess()
        #expect(result.stdout == "已写入 x.xlsx\n")
        let parts = try parts(try sandbox.bytes("x.xlsx"))
        #expect(Set(parts.keys) == ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                                    "xl/styles.xml", "xl/worksheets/sheet1.xml"])
        #expect(parts["xl/workbook.xml"]?.contains(#"<sheet name="科目余额表" sheetId="1" r:id="rId1"/>"#) == true)
        let sheet = try #require(parts["xl/worksheets/sheet1.xml"])
        #expect(sheet.contains(#"<t xml:space="preserve">编制单位：示例科技有限公司工会</t>"#))
        #expect(sheet.contains(#"<t xml:space="preserve">银行存款</t></is></c><c r="C7" s="8" t="inlineStr"><is><t xml:space="preserve">借</t></is></c><c r="D7" s="2"><v>0.00</v></c><c r="E7" s="2"><v>13234.50</v></c>"#))
        #expect(sheet.contains(#"<v>16834.50</v>"#))
        #expect(try sandbox.permissions("x.xlsx") == 0o644)
    }

    @Test("every format can be written to a file: the same bytes as on stdout", arguments: ["table", "csv", "json", "md", "html", "xlsx"])
    func everyFormat(format: String) throws {
        let printed = try sandbox.onBooks("voucher", "list", "--format", format)
        printed.expectSuccess()
        let written = try sandbox.onBooks("voucher", "list", "--format", format, "--output", "out." + format)
        written.expectSuccess()
        #expect(written.stdout == (format == "json" ? "" : "已写入 out.\(format)\n"), "JSON output stays clean")
        #expect(try sandbox.bytes("out." + format) == printed.stdoutData)
        #expect(try sandbox.permissions("out." + format) == 0o644)
    }

    @Test("a voucher list in XLSX has real date cells")
    func voucherDates() throws {
        try sandbox.onBooks("voucher", "list", "--format", "xlsx", "--output", "v.xlsx").expectSuccess()
        let sheet = try #require(try parts(try sandbox.bytes("v.xlsx"))["xl/worksheets/sheet1.xml"])
        #expect(sheet.contains(#"<c r="C5" s="4"><v>"#), "\(sheet)")
    }

    @Test("GB18030 CSV into a file, without BOM; options before the subcommand work too")
    func gb18030File() throws {
        let result = try sandbox.run(["--output", "gbk.csv", "--encoding", "gb18030", "--format", "csv",
                                      "report", "trial-balance", "--db", Sandbox.books])
        result.expectSuccess()
        let bytes = try sandbox.bytes("gbk.csv")
        #expect(!bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(data: bytes, encoding: String.Encoding(rawValue: 0x8000_0632))
        #expect(text?.hasPrefix("科目编码,科目名称") == true)
        #expect(text?.contains("102,银行存款,借,0.00,13234.50,3600.00,9634.50\r\n") == true)
    }

    @Test("an existing report file is replaced whole")
    func replaces() throws {
        try Data(String(repeating: "old ", count: 10_000).utf8).write(to: sandbox.url.appendingPathComponent("r.md"))
        try sandbox.onBooks("report", "trial-balance", "--format", "md", "--output", "r.md").expectSuccess()
        #expect(String(decoding: try sandbox.bytes("r.md"), as: UTF8.self).hasPrefix("# 科目余额表\n"))
        #expect(!String(decoding: try sandbox.bytes("r.md"), as: UTF8.self).contains("old"))
    }

    @Test("a bad --output path exits 2 and writes nothing", arguments: [
        ("sub", "--output 指向的是文件夹：sub"),
        (".", "--output 指向的是文件夹：."),
        ("missing/x.xlsx", "--output 所在的文件夹不存在：missing"),
        ("", "无法写入"),
    ])
    func badPath(output: String, message: String) throws {
        try FileManager.default.createDirectory(at: sandbox.url.appendingPathComponent("sub"), withIntermediateDirectories: false)
        let before = try files()
        try sandbox.onBooks("report", "trial-balance", "--format", "xlsx", "--output", output)
            .expectError(exitCode: 2, containing: message)
        #expect(try files() == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.path("sub")).isEmpty)
    }

    @Test("--format xlsx to a terminal is refused with exit 2")
    func xlsxToTerminal() throws {
        // `script` runs the command on a pseudo-terminal; without it there is no terminal to test.
        let script = URL(fileURLWithPath: "/usr/bin/script")
        guard FileManager.default.isExecutableFile(atPath: script.path), let binary = CLI.binary else { return }
        let command = "'\(binary.path)' report trial-balance --format xlsx --lang en --db \(Sandbox.books)"
        let result = try CLI.runProcess(script, ["-q", "-e", "-c", command, "/dev/null"], in: sandbox.url,
                                        environment: ProcessInfo.processInfo.environment.merging(CLI.fixedEnvironment) { $1 })
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stdout.contains("xlsx is a binary file and will not be written to a terminal"), "\(result)")
        #expect(!result.stdoutData.contains(0x00), "no binary on the terminal")
    }

    @Test("the tour refuses --output and xlsx: it narrates on the terminal")
    func tourRefuses() throws {
        try sandbox.run("tour", "--dir", "demo", "--output", "t.txt").expectError(exitCode: 2, containing: "tour 只输出到终端")
        #expect(!sandbox.exists("demo") && !sandbox.exists("t.txt"))
    }
}
