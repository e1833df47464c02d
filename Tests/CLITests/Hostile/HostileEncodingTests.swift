import Foundation
import Testing

/// Issue 13, item 3: input text is decoded strictly. A file is UTF-8 or GB18030 throughout; a mix,
/// invalid bytes (anywhere, also past the first 4 MiB chunk) and U+FFFD are refused at their line
/// and column, exit 2, books byte-identical. Plausible GB18030 is still read.
@Suite("hostile: encodings")
struct HostileEncodingTests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
        try sandbox.onBooks("init", "--org-code", "XF", "--org-name", "示例县总工会", "--kind", "county-federation",
                            "--start", "2026-01", "--chart", "2021-federation").expectSuccess()
    }

    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    func gbk(_ text: String) throws -> [UInt8] { [UInt8](try #require(text.data(using: Self.gb18030))) }

    func write(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: sandbox.url.appendingPathComponent(name))
    }

    /// Units DW001…DW00n in UTF-8, the `gbkRow`-th (1-based data row) with its name in GBK bytes.
    func unitsFile(rows: Int, gbkRow: Int?) throws -> [UInt8] {
        var bytes = Array("单位编码,单位名称,类型,上级单位,缴费方式\n".utf8)
        for row in 1...rows {
            let name = "示例机械第\(row)有限公司工会"
            bytes += Array("DW00\(row),".utf8) + (row == gbkRow ? try gbk(name) : Array(name.utf8)) + Array(",enterprise,XF,self\n".utf8)
        }
        return bytes
    }

    @Test("a UTF-8 unit file with one name pasted in GBK is refused at that line, not read whole as GB18030")
    func mixedOrgImport() throws {
        try write("units.csv", try unitsFile(rows: 5, gbkRow: 3))
        let before = try sandbox.snapshot()
        let result = try sandbox.onBooks("org", "import", "units.csv")
        result.expectError(exitCode: 2, containing: "混用了 UTF-8 与 GBK/GB18030")
        #expect(result.stderr.contains("第 4 行第 7 个字符"), "header is line 1; the GBK name starts after `DW003,`\n\(result)")
        #expect(try sandbox.snapshot() == before)
    }

    @Test("the same file all in GB18030 is read, with the right names")
    func gb18030Throughout() throws {
        let text = String(decoding: try unitsFile(rows: 5, gbkRow: nil), as: UTF8.self)
        try write("units.csv", try gbk(text))
        try sandbox.onBooks("org", "import", "units.csv").expectSuccess()
        #expect(try sandbox.onBooks("org", "list").stdout.contains("示例机械第3有限公司工会"))
    }

    @Test("--encoding gb18030 on valid UTF-8 text is refused with a hint, not read as mojibake")
    func gb18030AskedForUTF8() throws {
        try write("units.csv", try unitsFile(rows: 2, gbkRow: nil))
        let before = try sandbox.snapshot()
        let result = try sandbox.onBooks("org", "import", "units.csv", "--encoding", "gb18030")
        result.expectError(exitCode: 2, containing: "是有效的 UTF-8 文本")
        #expect(result.stderr.contains("--encoding utf8"))
        #expect(try sandbox.snapshot() == before)
    }

    @Test("--encoding utf8 on GB18030 bytes names the first bad line and column")
    func utf8AskedForGB18030() throws {
        try write("units.csv", Array("code,name,kind,parent,channel\nDW001,".utf8) + (try gbk("甲工会")) + Array(",enterprise,XF,self\n".utf8))
        let result = try sandbox.onBooks("org", "import", "units.csv", "--encoding", "utf8")
        result.expectError(exitCode: 2, containing: "第 2 行第 7 个字符处的字节不是有效的 UTF-8")
    }

    @Test("invalid bytes never become U+FFFD: payroll, remit and org imports refuse them, naming line and column",
          arguments: [("org", "code,name,kind,parent,channel\nDW001,甲工会,enterprise,XF,self\nDW002,乙\u{FF}工会,enterprise,XF,self\n"),
                      ("payroll", "unit_code,unit_name,month,headcount,wage_total\nDW001,甲工会,2026-01,10,1000.00\nDW001,\u{FF},2026-02,10,1000.00\n"),
                      ("remit", "单位编码,日期,金额,单据号\nDW001,2026-02-15,100.00,R1\nDW001,2026-02-16,100.00,R\u{FF}\n")])
    func invalidBytes(command: String, text: String) throws {
        // \u{FF} stands for the raw byte 0xFF, which is neither UTF-8 nor GB18030.
        let bytes = Array(text.utf8).split(separator: 0xC3, omittingEmptySubsequences: false)
            .enumerated().flatMap { index, part in index == 0 ? Array(part) : [0xFF] + part.dropFirst() }
        try write("in.csv", Array(bytes))
        let before = try sandbox.snapshot()
        let result = try sandbox.onBooks(command, "import", "in.csv")
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.contains("第 3 行"), "\(result)")
        #expect(!result.stdout.contains("\u{FFFD}") && !result.stderr.contains("\u{FFFD}"))
        #expect(try sandbox.snapshot() == before)
    }

    @Test("a bad byte past the first 4 MiB is refused too, at its line")
    func badBytePastFirstChunk() throws {
        var bytes = Array("单位编码,日期,金额,单据号\n".utf8)
        bytes += [UInt8](repeating: 0x0A, count: 5 << 20)  // blank lines: skipped, but they push the row into the second chunk
        bytes += Array("DW001,2026-02-16,100.00,R".utf8) + [0xFF] + Array("\n".utf8)
        try write("late.csv", bytes)
        let before = try sandbox.snapshot()
        let result = try sandbox.onBooks("remit", "import", "late.csv")
        result.expectError(exitCode: 2, containing: "第 \((5 << 20) + 2) 行第 26 个字符")
        #expect(try sandbox.snapshot() == before)
    }

    @Test("an ASCII start then GBK past the first 4 MiB is plausibly GB18030 throughout: read")
    func lateGB18030IsRead() throws {
        var bytes = Array("code,name,kind,parent,channel\n".utf8)
        bytes += [UInt8](repeating: 0x0A, count: 5 << 20)
        bytes += Array("DW001,".utf8) + (try gbk("迟到的工会")) + Array(",enterprise,XF,self\n".utf8)
        try write("units.csv", bytes)
        try sandbox.onBooks("org", "import", "units.csv").expectSuccess()
        #expect(try sandbox.onBooks("org", "list").stdout.contains("迟到的工会"))
    }

    @Test("U+FFFD in a UTF-8 file (an earlier lossy conversion) is refused, not stored")
    func replacementCharacter() throws {
        try write("units.csv", Array("code,name,kind,parent,channel\nDW001,甲\u{FFFD}工会,enterprise,XF,self\n".utf8))
        let before = try sandbox.snapshot()
        let result = try sandbox.onBooks("org", "import", "units.csv")
        result.expectError(exitCode: 2, containing: "第 2 行第 8 个字符是替换字符")
        #expect(try sandbox.snapshot() == before)
    }

    @Test("voucher import: a UTF-8 file with one GBK summary is refused at that line")
    func mixedVoucherImport() throws {
        let sandbox = try Sandbox()
        try sandbox.initBooks()
        var bytes = Array("date,voucher,account,debit,credit,summary\n2026-01-05,1,1002,100.00,,收到会费\n2026-01-05,1,3011,,100.00,收到会费\n".utf8)
        bytes += Array("2026-01-06,2,1002,50.00,,".utf8) + (try gbk("收到捐款")) + Array("\n2026-01-06,2,3011,,50.00,收到捐款\n".utf8)
        try Data(bytes).write(to: sandbox.url.appendingPathComponent("v.csv"))
        let before = try sandbox.snapshot()
        let result = try sandbox.onBooks("voucher", "import", "v.csv")
        result.expectError(exitCode: 2, containing: "第 4 行第 26 个字符")
        #expect(try sandbox.snapshot() == before)
    }

    @Test("changeover reads the GB18030 trial balance gonghui writes, honours --encoding, and refuses utf8 for it at line 1")
    func changeoverGB18030() throws {
        let old = ["--db", "old.sqlite"], new = ["--db", "new.sqlite"]
        try sandbox.run(["init", "--org-code", "OLD", "--org-name", "旧账", "--kind", "enterprise", "--start", "2021-01",
                         "--chart", "2009"] + old).expectSuccess()
        try sandbox.run(["voucher", "add", "--date", "2021-06-01", "--summary", "旧账", "--line", "102:借:80000", "--line", "331:贷:80000"] + old)
            .expectSuccess()
        try sandbox.run(["voucher", "review", "--month", "2021-06", "--user", "复核员"] + old).expectSuccess()
        try sandbox.run(["voucher", "post", "--month", "2021-06"] + old).expectSuccess()
        try sandbox.run(["report", "trial-balance", "--from", "2021-01", "--to", "2021-12", "--format", "csv", "--encoding", "gb18030",
                         "--output", "tb.csv"] + old).expectSuccess()
        #expect(String(validating: try sandbox.bytes("tb.csv"), as: UTF8.self) == nil, "the file really is GB18030")
        try sandbox.run(["init", "--org-code", "NEW", "--org-name", "新账", "--kind", "enterprise", "--start", "2022-01",
                         "--chart", "2021"] + new).expectSuccess()
        let before = try sandbox.snapshot("new.sqlite")
        try sandbox.run(["changeover", "tb.csv", "--assign", "331=32205", "--encoding", "utf8"] + new)
            .expectError(exitCode: 2, containing: "第 1 行第 1 个字符处的字节不是有效的 UTF-8")
        #expect(try sandbox.snapshot("new.sqlite") == before)
        let opened = try sandbox.run(["changeover", "tb.csv", "--assign", "331=32205", "--encoding", "gb18030"] + new)
        opened.expectSuccess()
        #expect(opened.stdout.contains("合计 80,000.00"))
    }
}
