import Foundation
import Testing

/// Issue 13, item 7: each message says what is really wrong, on one line, with control
/// characters shown rather than acted on; refused input leaves the books byte-identical.
@Suite("hostile: messages say what is wrong")
struct HostileMessageTests {
    let sandbox: Sandbox

    init() throws { sandbox = try Sandbox.withFixtureBooks() }

    func write(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: sandbox.url.appendingPathComponent(name))
    }

    @Test("257 fields are reported as too many fields, not as a quote error")
    func tooManyFields() throws {
        try write("wide.csv", Array(("date,voucher,account,debit,credit,summary\n" + String(repeating: ",", count: 256) + "\n").utf8))
        let before = try sandbox.snapshot()
        let result = try sandbox.onBooks("voucher", "import", "wide.csv")
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("wide.csv:2:") && result.stderr.contains("列数超过 256 列"), "\(result)")
        #expect(!result.stderr.contains("引号"), "\(result)")
        #expect(try sandbox.snapshot() == before)
    }

    @Test("a 40-character unit code is reported as not well formed, not as missing")
    func longCode() throws {
        let code = String(repeating: "A", count: 40)
        try write("units.csv", Array("code,name,kind,parent,channel\n\(code),甲,enterprise,,self\n".utf8))
        let result = try sandbox.onBooks("org", "import", "units.csv")
        #expect(result.exitCode == 2 && result.stderr.contains("单位编码不合规") && !result.stderr.contains("缺少"), "\(result)")
    }

    @Test("--attachments -1 is reported as a bad count, not a missing value")
    func negativeAttachments() throws {
        let before = try sandbox.snapshot()
        let result = try sandbox.onBooks("voucher", "add", "--date", "2026-01-20", "--summary", "x", "--line", "101:借:1.00",
                                         "--line", "102:贷:1.00", "--attachments", "-1")
        result.expectError(exitCode: 2, containing: "附件张数应为 0 或正整数：“-1”")
        #expect(!result.stderr.contains("缺少取值"))
        #expect(try sandbox.snapshot() == before)
    }

    @Test("an unterminated quote in a changeover file is reported as a quote error at its line")
    func changeoverQuote() throws {
        try write("tb.csv", Array("code,closing\n102,\"100.00\n".utf8))
        let result = try sandbox.onBooks("changeover", "tb.csv")
        #expect(result.exitCode == 2 && result.stderr.contains("tb.csv:2:") && result.stderr.contains("引号未闭合"), "\(result)")
    }

    @Test("NUL, line breaks and escape codes in a value are shown escaped, the message on one line")
    func controlCharactersEscaped() throws {
        let result = try sandbox.onBooks("voucher", "add", "--date", "2026\u{1B}[2J-01\n05", "--summary", "x", "--line", "101:借:1.00",
                                         "--line", "102:贷:1.00")
        result.expectError(exitCode: 2, containing: "2026\\u{1B}[2J-01\\n05")
        try write("nul.csv", Array("date,voucher,account,debit,credit,summary\n2026-01-05,1,10".utf8) + [0] + Array("1,1.00,,a\n".utf8))
        let imported = try sandbox.onBooks("voucher", "import", "nul.csv")
        #expect(imported.exitCode == 2 && imported.stderr.contains("10\\u{0}1"), "\(imported)")
        #expect(!imported.stderrData.contains(0), "no raw NUL on stderr")
    }

    @Test("a folder given as an input file is called a folder", arguments: [["voucher", "import", "in"], ["org", "import", "in"],
                                                                            ["member", "import", "in"], ["changeover", "in"]])
    func folderAsInput(arguments: [String]) throws {
        try FileManager.default.createDirectory(atPath: sandbox.path("in"), withIntermediateDirectories: true)
        let result = try sandbox.onBooks(arguments)
        result.expectError(exitCode: 2, containing: "in 是文件夹，不是文件")
    }

    @Test("tour --dir naming a file is a clear exit 2, not a raw Foundation error")
    func tourDirIsFile() throws {
        try write("plain", Array("x".utf8))
        let result = try sandbox.run("tour", "--dir", "plain")
        result.expectError(exitCode: 2, containing: "不是文件夹：plain")
        #expect(!result.stderr.contains("NSCocoaErrorDomain"))
    }

    @Test("verify --format json on clean books prints the result and the journal head")
    func verifyJSON() throws {
        let result = try sandbox.onBooks("verify", "--format", "json")
        result.expectSuccess()
        let document = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        #expect(document["verified"] as? Bool == true)
        let head = try #require(document["journal_head"] as? [String: Any])
        #expect((head["vouchers"] as? Int ?? 0) > 0 && (head["sha256"] as? String)?.count == 64)
    }

    @Test("verify --output writes the result and the journal head to the file")
    func verifyOutput() throws {
        let result = try sandbox.onBooks("verify", "--output", "verify.txt")
        result.expectSuccess()
        let text = String(decoding: try sandbox.bytes("verify.txt"), as: UTF8.self)
        #expect(text.contains("校验通过") && text.contains("日记账末端："), "\(text)")
        try sandbox.onBooks("verify", "--output", "books.sqlite").expectError(exitCode: 2, containing: "账套文件")
    }
}
