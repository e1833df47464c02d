import LedgerStore
import Foundation
import Testing

@Suite("gonghui voucher import")
struct VoucherImportTests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
        try sandbox.initBooks()
    }

    @Test("imports a UTF-8 file with BOM, CRLF, Chinese headers and quoted thousands")
    func importsExcelExport() throws {
        let file = try sandbox.copy(fromRepository: "ledgers/examples/vouchers-utf8-bom.csv")
        let bytes = try sandbox.bytes(file)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "the example keeps its BOM")
        #expect(String(decoding: bytes, as: UTF8.self).contains("\r\n"), "the example keeps its CRLF")

        let result = try sandbox.onBooks("voucher", "import", file)
        result.expectSuccess()
        #expect(result.stdout == "已导入 3 张凭证（6 行）：vouchers-utf8-bom.csv\n")
        #expect(try sandbox.voucherCount() == 3)

        let list = try sandbox.onBooks("voucher", "list", "--format", "csv")
        list.expectSuccess()
        #expect(list.stdout.contains("1,记-2026-01-001,2026-01-05,收到1月拨缴经费,12000.00,记账,,tester\r\n"))
        #expect(list.stdout.contains("3,记-2026-01-003,2026-01-20,收取1月会费,1234.50,记账,,tester\r\n"))
        try sandbox.onBooks("verify").expectSuccess()
    }

    @Test("imports a GB18030 file as Excel saves it on Chinese Windows, detected or named")
    func importsGB18030() throws {
        let file = try sandbox.copy(fromRepository: "ledgers/examples/vouchers-gb18030.csv")
        #expect(String(data: try sandbox.bytes(file), encoding: .utf8) == nil, "the example is not UTF-8")
        let named = try sandbox.onBooks("voucher", "import", file, "--encoding", "gb18030")
        named.expectSuccess()
        #expect(named.stdout == "已导入 3 张凭证（6 行）：vouchers-gb18030.csv\n")
        let list = try sandbox.onBooks("voucher", "list", "--format", "csv")
        #expect(list.stdout.contains("2,记-2026-01-002,2026-01-10,元旦慰问品,3600.00,记账,,tester\r\n"))

        let other = try Sandbox()
        try other.initBooks()
        let detected = try other.onBooks("voucher", "import", try other.copy(fromRepository: "ledgers/examples/vouchers-gb18030.csv"))
        detected.expectSuccess()
        #expect(try other.voucherCount() == 3)
    }

    @Test("importing the same file again is a no-op that says so")
    func secondImportIsNoOp() throws {
        let file = try sandbox.copy(fromRepository: "ledgers/examples/vouchers-utf8-bom.csv")
        try sandbox.onBooks("voucher", "import", file).expectSuccess()
        let before = try sandbox.snapshot()

        let again = try sandbox.onBooks("voucher", "import", file)
        again.expectSuccess()
        #expect(again.stdout ==
            "该文件已于 2026-11-21 18:00:00 导入（vouchers-utf8-bom.csv，3 张凭证），本次未做任何改动\n")
        #expect(try sandbox.snapshot() == before)
        #expect(try sandbox.voucherCount() == 3)

        // The file is recognised by its content, not its name.
        let renamed = try sandbox.copy(fromRepository: "ledgers/examples/vouchers-utf8-bom.csv", as: "renamed.csv")
        let english = try sandbox.onBooks("voucher", "import", renamed, "--lang", "en")
        english.expectSuccess()
        #expect(english.stdout.hasPrefix("This file was already imported at 2026-11-21 18:00:00 (vouchers-utf8-bom.csv, 3 vouchers)"))
        #expect(try sandbox.voucherCount() == 3)
    }

    @Test("English headers in another column order give the same books")
    func englishHeaderAnyOrder() throws {
        let file = try sandbox.copy(fromRepository: "ledgers/examples/vouchers-english-header.csv")
        let header = String(decoding: try sandbox.bytes(file), as: UTF8.self).prefix { $0 != "\n" }
        #expect(header == "summary,credit,debit,account,voucher,date")
        let result = try sandbox.onBooks("voucher", "import", file)
        result.expectSuccess()
        #expect(result.stdout == "已导入 3 张凭证（6 行）：vouchers-english-header.csv\n")

        let chinese = try Sandbox()
        try chinese.initBooks()
        try chinese.onBooks("voucher", "import", chinese.copy(fromRepository: "ledgers/examples/vouchers-utf8-bom.csv"))
            .expectSuccess()
        #expect(try sandbox.trialBalanceJSON() == chinese.trialBalanceJSON())
    }

    @Test("a file with bad rows reports every one as FILE:LINE: FIELD: VALUE: reason and writes nothing")
    func reportsEveryBadRow() throws {
        let file = try sandbox.copy(fromRepository: "ledgers/errors/voucher-import-bad-rows.csv")
        let before = try sandbox.snapshot()

        let result = try sandbox.onBooks("voucher", "import", file)

        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines == [
            "voucher-import-bad-rows.csv:5: 日期: 2026-01-32: 日期无效：“2026-01-32”（应为 YYYY-MM-DD 的真实日期）",
            "voucher-import-bad-rows.csv:6: 借方金额: 12.3abc: 金额格式不正确：“12.3abc”（应如 1,234.50，最多两位小数）",
            "voucher-import-bad-rows.csv:8: 科目编码: 999: 科目不存在：999",
            "voucher-import-bad-rows.csv:10: 贷方金额: 5.00|5.00: 借方金额与贷方金额必须且只能填一个",
            "voucher-import-bad-rows.csv:12: 凭证号: 记-006: 借贷不平衡：借方合计 35.00，贷方合计 30.00",
            "voucher-import-bad-rows.csv:16: 凭证号: 记-001: 凭证 记-001 的行必须相邻（首次出现在第 2 行）",
            "导入失败：6 处错误，未写入任何数据",
        ])
        #expect(try sandbox.snapshot() == before, "a refused import must leave the books file byte-identical")
        #expect(try sandbox.voucherCount() == 0)
    }

    @Test("bad rows are reported in English with --lang en")
    func reportsBadRowsInEnglish() throws {
        let file = try sandbox.copy(fromRepository: "ledgers/errors/voucher-import-bad-rows.csv")
        let result = try sandbox.onBooks("voucher", "import", file, "--lang", "en")
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderrLines.count == 7)
        #expect(result.stderrLines.first == "voucher-import-bad-rows.csv:5: 日期: 2026-01-32: invalid date: \"2026-01-32\" (expected a real YYYY-MM-DD date)")
        #expect(result.stderrLines.last == "import failed: 6 problems; nothing was written")
    }

    @Test("after a refused import the corrected file imports")
    func correctedFileImports() throws {
        let bad = try sandbox.copy(fromRepository: "ledgers/errors/voucher-import-bad-rows.csv")
        #expect(try sandbox.onBooks("voucher", "import", bad).exitCode == 2)
        let good = try sandbox.copy(fromRepository: "ledgers/examples/vouchers-utf8-bom.csv")
        try sandbox.onBooks("voucher", "import", good).expectSuccess()
        #expect(try sandbox.voucherCount() == 3)
    }

    @Test("a header without a required column is bad input", arguments: [
        ("date,voucher,account,debit,credit\n2026-01-05,V1,102,1.00,\n", "表头缺少列：summary/摘要"),
        ("日期,凭证号,借方金额,贷方金额,摘要\n", "表头缺少列：account/科目编码/科目代码"),
    ])
    func missingColumn(contents: String, message: String) throws {
        try Data(contents.utf8).write(to: sandbox.url.appendingPathComponent("header.csv"))
        let before = try sandbox.snapshot()
        let result = try sandbox.onBooks("voucher", "import", "header.csv")
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.contains("header.csv:1: header: "))
        #expect(result.stderr.contains(message), "\(result)")
        #expect(try sandbox.snapshot() == before)
    }

    @Test("a missing file is bad input")
    func missingFile() throws {
        try sandbox.onBooks("voucher", "import", "nope.csv")
            .expectError(exitCode: 2, containing: "无法读取文件 nope.csv")
    }
}
