import LedgerStore
import InputFiles
import Foundation
import LedgerCore
@testable import LedgerSQLite
import Testing

@Suite("voucher import")
struct VoucherImportTests {
    static let fixture = """
        \u{FEFF}日期,凭证号,科目编码,借方金额,贷方金额,摘要\r
        2026-01-05,记-001,102,"12,000.00",,收到1月拨缴经费\r
        2026-01-05,记-001,402,,"12,000.00",收到1月拨缴经费\r
        2026-01-10,记-002,50105,"3,600.00",,元旦慰问品\r
        2026-01-10,记-002,102,,"3,600.00",元旦慰问品\r
        2026-01-20,记-003,102,"1,234.50",,收取1月会费\r
        2026-01-20,记-003,401,,"1,234.50",收取1月会费\r

        """

    @Test("optional 专项 and 附件张数 columns give each voucher its fund and attachments; balances are kept per fund")
    func importsFundAndAttachments() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let file = try t.write("funded.csv", """
            日期,凭证号,科目编码,借方金额,贷方金额,摘要,专项,附件张数
            2026-01-05,记-001,102,5000.00,,收到专项帮扶资金,专项:困难帮扶,1
            2026-01-05,记-001,40302,,5000.00,收到专项帮扶资金,,
            2026-01-20,记-002,503,800.00,,发放帮扶金,专项:困难帮扶,6
            2026-01-20,记-002,102,,800.00,发放帮扶金,专项:困难帮扶,6
            2026-01-21,记-003,401,,10.00,会费,,
            2026-01-21,记-003,102,10.00,,会费,,

            """)
        #expect(try t.books.importVouchers(path: file, displayName: "funded.csv") == .imported(vouchers: 3, rows: 6))
        let vouchers = try t.books.vouchers()
        #expect(vouchers.map(\.fund) == ["专项:困难帮扶", "专项:困难帮扶", ""])
        #expect(vouchers.map(\.attachments) == [1, 6, 0])
        let funds = try t.books.fundBalances(year: 2026)
        #expect(funds == [FundBalance(fund: "专项:困难帮扶", opening: .zero, revenue: yuan("5,000.00"), expenditure: yuan("800.00"))])
        #expect(try t.database.verify().isEmpty)
    }

    @Test("imports Chinese headers, BOM, CRLF and quoted thousands; a second import is a no-op")
    func importsFixtureOnce() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let file = try t.write("vouchers.csv", Self.fixture)
        #expect(try t.books.importVouchers(path: file, displayName: "vouchers.csv") == .imported(vouchers: 3, rows: 6))
        let vouchers = try t.books.vouchers()
        #expect(vouchers.map(\.number) == [1, 2, 3])
        #expect(vouchers.map(\.externalReference) == ["记-001", "记-002", "记-003"])
        #expect(vouchers[0].source == "vouchers.csv:2")
        #expect(vouchers[2].total == yuan("1,234.50"))
        let before = try t.fileBytes()
        guard case .alreadyImported(_, _, let count) = try t.books.importVouchers(path: file, displayName: "again.csv") else {
            Issue.record("second import should be recognised")
            return
        }
        #expect(count == 3)
        #expect(try t.books.vouchers().count == 3)
        #expect(try t.fileBytes() == before)
        #expect(try t.database.verify().isEmpty)
    }

    @Test("English headers in any order, memos kept per line")
    func englishHeadersAnyOrder() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let file = try t.write("en.csv", """
            summary,credit,debit,account,voucher,date
            Festival gifts,,300.00,50105,V1,2026-01-10
            Festival gifts,200.00,,102,V1,2026-01-10
            Paid in cash,100.00,,101,V1,2026-01-10

            """)
        #expect(try t.books.importVouchers(path: file, displayName: "en.csv") == .imported(vouchers: 1, rows: 3))
        let voucher = try t.books.voucher(id: 1)
        #expect(voucher.summary == "Festival gifts")
        #expect(voucher.postings.map(\.memo) == ["", "", "Paid in cash"])
    }

    @Test("reports every bad row with file, line, field and value, and writes nothing")
    func reportsEveryBadRow() throws {
        let t = try TestBooks()
        defer { t.remove() }
        try t.books.post(simpleVoucher("2026-01-02", "102", "331", "100.00"))
        let before = try t.fileBytes()
        let file = try t.write("bad.csv", """
            date,voucher,account,debit,credit,summary
            2026-01-05,1,102,100.00,,ok
            2026-01-05,1,402,,100.00,ok
            2026-02-30,2,102,5.00,,bad date
            2026-02-30,2,401,,5.00,bad date
            2026-01-06,3,102,12.3abc,,bad amount
            2026-01-06,3,401,,12.30,bad amount
            2026-01-07,4,999,1.00,,unknown account
            2026-01-07,4,401,,1.00,unknown account
            2026-01-08,5,102,1.00,1.00,both sides
            2026-01-09,6,102,10.00,,unbalanced
            2026-01-09,6,401,,9.99,unbalanced

            """)
        do {
            _ = try t.books.importVouchers(path: file, displayName: "bad.csv")
            Issue.record("the import should have been rejected")
        } catch let rejected as ImportRejected {
            let lines = rejected.problems.map { "\($0.line):\($0.field):\($0.value):\($0.rule)" }
            #expect(lines == [
                "4:date:2026-02-30:dateMustBeValid",
                "5:date:2026-02-30:dateMustBeValid",
                "6:debit:12.3abc:amountMustBeWellFormed",
                "8:account:999:accountMustExist",
                "10:credit:1.00|1.00:rowMustHaveDebitOrCredit",
                "11:voucher:6:postingsMustBalance",
            ])
            #expect(rejected.problems[0].message(in: .zh).hasPrefix("bad.csv:4: date: 2026-02-30: "))
        }
        #expect(try t.fileBytes() == before, "a failed import leaves the file byte-identical")
        #expect(try t.books.vouchers().count == 1)
    }

    @Test("GB18030 files, as Excel saves them on Chinese Windows, are detected and decoded")
    func importsGB18030() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let text = Self.fixture.replacingOccurrences(of: "\u{FEFF}", with: "")
        let gb18030 = String.Encoding(rawValue: 0x8000_0632)
        let bytes = try #require(text.data(using: gb18030))
        #expect(String(data: bytes, encoding: .utf8) == nil, "the sample must not also be valid UTF-8")
        let file = try t.writeBytes("gbk.csv", Array(bytes))
        #expect(try t.books.importVouchers(path: file, displayName: "gbk.csv") == .imported(vouchers: 3, rows: 6))
        #expect(try t.books.voucher(id: 2).summary == "元旦慰问品")
    }

    @Test("a GB18030 character split across two read chunks decodes whole")
    func gb18030AcrossChunks() throws {
        let t = try TestBooks()
        defer { t.remove() }
        var text = "日期,凭证号,科目编码,借方金额,贷方金额,摘要\n"
        let gb18030 = String.Encoding(rawValue: 0x8000_0632)
        let index = 50_000   // ≈ 5 MB in GB18030: more than one read chunk
        for number in 1...index {
            text += "2026-01-15,\(number),102,1.00,,工会经费收入第\(number)笔\n2026-01-15,\(number),402,,1.00,工会经费收入第\(number)笔\n"
        }
        let encoded = try #require(text.data(using: gb18030))
        #expect(encoded.count > CSVFileStream.chunkSize)
        let file = try t.writeBytes("big-gbk.csv", Array(encoded))
        #expect(try t.books.importVouchers(path: file, displayName: "big-gbk.csv") == .imported(vouchers: index, rows: 2 * index))
        #expect(try t.books.voucher(id: Int64(index)).summary == "工会经费收入第\(index)笔")
        #expect(try t.database.verify().isEmpty)
    }

    @Test("a voucher reversed after import can be imported again, corrected")
    func reimportAfterReversal() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let header = "date,voucher,account,debit,credit,summary\n"
        _ = try t.books.importVouchers(path: try t.write("a.csv", header + "2026-01-05,记-001,102,1.00,,x\n2026-01-05,记-001,401,,1.00,x\n"),
                                       displayName: "a.csv")
        _ = try t.books.reverse(voucherID: 1, reason: "金额错误")
        let corrected = header + "2026-01-05,记-001,102,10.00,,x\n2026-01-05,记-001,401,,10.00,x\n"
        #expect(try t.books.importVouchers(path: try t.write("b.csv", corrected), displayName: "b.csv") == .imported(vouchers: 1, rows: 2))
        #expect(try t.database.verify().isEmpty)
    }

    @Test("rows of bare commas and blank lines are skipped")
    func skipsBlankRows() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let file = try t.write("blank.csv", "date,voucher,account,debit,credit,summary\n\n2026-01-05,1,102,1.00,,x\n2026-01-05,1,401,,1.00,x\n,,,,,\n , , ,,,\n")
        #expect(try t.books.importVouchers(path: file, displayName: "blank.csv") == .imported(vouchers: 1, rows: 2))
    }

    @Test("text after a closing quote is refused rather than dropped")
    func textAfterClosingQuote() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let file = try t.write("q.csv", "date,voucher,account,debit,credit,summary\n2026-01-05,V1,102,\"1,000\".50,,x\n2026-01-05,V1,401,,\"1,000\"50,x\n")
        #expect(ruleThrown { _ = try t.books.importVouchers(path: file, displayName: "q.csv") } == .quotedFieldMustBeWellFormed)
        #expect(try t.books.vouchers().isEmpty)
    }

    @Test("a quote that never closes is reported, not guessed at")
    func unclosedQuote() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let file = try t.write("quote.csv", "date,voucher,account,debit,credit,summary\n2026-01-05,1,102,\"1.00,,x\n")
        #expect(throws: ImportRejected.self) { try t.books.importVouchers(path: file, displayName: "quote.csv") }
        #expect(try t.books.vouchers().isEmpty)
    }

    @Test("a file larger than one read chunk imports with records spanning chunk edges")
    func spansChunks() throws {
        let t = try TestBooks()
        defer { t.remove() }
        var text = "date,voucher,account,debit,credit,summary\n"
        let count = 40_000   // ≈ 4.4 MB, more than CSVFileStream.chunkSize
        for index in 1...count {
            let memo = "\"摘要, 第 \(index) 张\""
            text += "2026-01-15,\(index),102,\(index).01,,\(memo)\n2026-01-15,\(index),401,,\(index).01,\(memo)\n"
        }
        #expect(text.utf8.count > CSVFileStream.chunkSize)
        let file = try t.write("big.csv", text)
        #expect(try t.books.importVouchers(path: file, displayName: "big.csv") == .imported(vouchers: count, rows: 2 * count))
        let balance = try t.books.trialBalance(from: month("2026-01"), to: month("2026-01"))
        let expected = Int64(count) * Int64(count + 1) / 2 * 100 + Int64(count)
        #expect(balance.totalDebit == Money(fen: expected))
        #expect(try t.books.voucher(id: Int64(count)).summary == "摘要, 第 \(count) 张")
        #expect(try t.database.verify().isEmpty)
    }
}
