import LedgerStore
import Foundation
import InputFiles
import LedgerCore
@testable import LedgerSQLite
import Testing

/// One scenario per rejection rule, the expected rule last; and a meta-test that the table covers
/// every `LedgerError` case, so a new rule cannot be added without a test that triggers it.
@Suite("rejection catalogue")
struct RejectionCatalogueTests {
    typealias Scenario = @Sendable (TestBooks) throws -> Void

    static let scenarios: [(String, Scenario, LedgerError.Rule)] = [
        ("amount with letters", { _ in _ = try Money(parsing: "12.3abc") }, .amountMustBeWellFormed),
        ("amount over the ledger's range", { _ in _ = try Money(parsing: "1,000,000,000,000,000.00") }, .amountMustFitRange),
        ("negative amount outside a reversal", { t in
            try t.books.post(VoucherDraft(date: date("2026-01-05"), summary: "负数", postings: [
                Posting(account: code("102"), side: .debit, amount: Money(fen: -100)),
                Posting(account: code("401"), side: .credit, amount: Money(fen: -100)),
            ]))
        }, .amountMustBePositive),
        ("books whose cumulative amounts would pass Int64", { t in
            // 47 postings a side at the largest amount: each side's total fits, both together do not.
            let most = Money(fen: Money.magnitudeMax)
            try t.books.post(VoucherDraft(date: date("2026-01-05"), summary: "超大", postings:
                Array(repeating: Posting(account: code("102"), side: .debit, amount: most), count: 47)
                + Array(repeating: Posting(account: code("401"), side: .credit, amount: most), count: 47)))
        }, .balanceMustNotOverflow),
        ("negative rate", { _ in _ = try Rate(numerator: -1, denominator: 100) }, .rateMustBeValid),
        ("no allocation weights", { _ in _ = try Money(fen: 100).allocated(by: []) }, .allocationWeightsMustBePositive),
        ("30 February", { _ in _ = try LocalDate(parsing: "2026-02-30") }, .dateMustBeValid),
        ("month 13", { _ in _ = try YearMonth(parsing: "2026-13") }, .monthMustBeValid),
        ("post into a closed month", { t in
            try t.books.closeMonth(month("2026-01"))
            try t.books.post(simpleVoucher("2026-01-20", "102", "401", "10.00"))
        }, .periodMustBeOpen),
        ("close February before January", { t in try t.books.closeMonth(month("2026-02")) }, .periodsMustCloseInOrder),
        ("post before the books begin", { t in try t.books.post(simpleVoucher("2025-12-31", "102", "401", "1.00")) }, .periodMustBeWithinBooks),
        ("close a month twice", { t in
            try t.books.closeMonth(month("2026-01"))
            try t.books.closeMonth(month("2026-01"))
        }, .periodMustNotBeClosedTwice),
        ("close a month whose balances were edited", { t in
            try t.books.post(simpleVoucher("2026-01-05", "102", "401", "1.00"))
            try t.tamper("UPDATE balance SET debit_fen = debit_fen + 1")
            try t.books.closeMonth(month("2026-01"))
        }, .trialBalanceMustBalanceToClose),
        ("reopen an open month", { t in try t.books.reopenMonth(month("2026-01"), reason: "补记") }, .periodMustBeClosedToReopen),
        ("reopen a month before the latest closed", { t in
            try t.books.closeMonth(month("2026-01"))
            try t.books.closeMonth(month("2026-02"))
            try t.books.reopenMonth(month("2026-01"), reason: "补记")
        }, .reopenMustBeLatestClosed),
        ("carry the year into an asset account", { t in
            _ = try t.books.closeYear(2026, carryForwardTo: code("102"))
        }, .carryForwardAccountMustBeNetAssets),
        ("close a year with restricted money and nowhere to put it", { t in
            var draft = simpleVoucher("2026-01-05", "102", "401", "100.00")
            draft.fund = "专项:帮扶"
            try t.books.post(draft)
            for number in 1...11 { try t.books.closeMonth(try YearMonth(year: 2026, month: number)) }
            _ = try t.books.closeYear(2026, carryForwardTo: code("331"))
        }, .restrictedFundsMustHaveAccount),
        ("a range that ends before it starts", { t in
            _ = try t.books.trialBalance(from: month("2026-05"), to: month("2026-02"))
        }, .periodRangeMustBeOrdered),
        ("two-digit account code", { _ in _ = try AccountCode("10") }, .accountCodeMustBeWellFormed),
        ("unknown account kind", { _ in _ = try Account.Kind(parsing: "equity") }, .accountKindMustBeKnown),
        ("post to a missing account", { t in try t.books.post(simpleVoucher("2026-01-05", "109", "401", "1.00")) }, .accountMustExist),
        ("an account named by a name two accounts share", { t in
            _ = try AccountReference.resolve("其他", in: [Account(code: try AccountCode("50101"), name: "其他", kind: .expenditure),
                                                         Account(code: try AccountCode("50201"), name: "其他", kind: .expenditure)])
        }, .accountNameMustBeUnique),
        ("post to a parent account", { t in try t.books.post(simpleVoucher("2026-01-05", "501", "102", "1.00")) }, .accountMustBeLeaf),
        ("post to a closed account", { t in
            try t.books.closeAccount(code("135"))
            try t.books.post(simpleVoucher("2026-01-05", "135", "102", "1.00"))
        }, .accountMustBeOpen),
        ("add an existing code", { t in
            try t.books.addAccount(Account(code: code("102"), name: "重复", kind: .asset))
        }, .accountCodeMustBeUnique),
        ("add a sub-account without its parent", { t in
            try t.books.addAccount(Account(code: code("10901"), name: "孤儿", kind: .asset))
        }, .accountParentMustExist),
        ("sub-account of another kind", { t in
            try t.books.addAccount(Account(code: code("50107"), name: "错类", kind: .asset))
        }, .accountKindMustMatchParent),
        ("sub-account under an account with postings", { t in
            try t.books.post(simpleVoucher("2026-01-05", "102", "401", "1.00"))
            try t.books.addAccount(Account(code: code("10201"), name: "工商银行", kind: .asset))
        }, .accountWithPostingsMustStayLeaf),
        ("side neither debit nor credit", { _ in _ = try Side(parsing: "X") }, .sideMustBeDebitOrCredit),
        ("one posting", { t in
            try t.books.post(VoucherDraft(date: date("2026-01-05"), summary: "单行", postings: [
                Posting(account: code("102"), side: .debit, amount: yuan("1.00")),
            ]))
        }, .voucherMustHaveTwoPostings),
        ("debits differ from credits", { t in
            try t.books.post(VoucherDraft(date: date("2026-01-05"), summary: "不平", postings: [
                Posting(account: code("102"), side: .debit, amount: yuan("100.00")),
                Posting(account: code("401"), side: .credit, amount: yuan("99.99")),
            ]))
        }, .postingsMustBalance),
        ("all-zero voucher", { t in
            try t.books.post(VoucherDraft(date: date("2026-01-05"), summary: "零", postings: [
                Posting(account: code("102"), side: .debit, amount: .zero),
                Posting(account: code("401"), side: .credit, amount: .zero),
            ]))
        }, .voucherMustNotBeZero),
        ("ten thousand and one postings", { t in
            var postings = Array(repeating: Posting(account: code("102"), side: .debit, amount: yuan("1.00")), count: 10_000)
            postings.append(Posting(account: code("401"), side: .credit, amount: yuan("10,000.00")))
            try t.books.post(VoucherDraft(date: date("2026-01-05"), summary: "超多分录", postings: postings))
        }, .voucherMustNotExceedPostingsMax),
        ("a 201-character summary", { t in
            try t.books.post(simpleVoucher("2026-01-05", "102", "401", "1.00", summary: String(repeating: "长", count: 201)))
        }, .summaryMustFitLength),
        ("empty summary", { t in try t.books.post(simpleVoucher("2026-01-05", "102", "401", "1.00", summary: "  ")) }, .summaryMustBePresent),
        ("voucher number out of sequence", { t in
            _ = try t.books.post(simpleVoucher("2026-01-05", "102", "401", "1.00"), proposedNumber: 5)
        }, .voucherNumberMustBeNext),
        ("reverse a missing voucher", { t in _ = try t.books.reverse(voucherID: 999, reason: "无") }, .voucherMustExist),
        ("reverse twice", { t in
            let posted = try t.books.post(simpleVoucher("2026-01-05", "102", "401", "1.00"))
            _ = try t.books.reverse(voucherID: posted.id, reason: "一")
            _ = try t.books.reverse(voucherID: posted.id, reason: "二")
        }, .voucherMustNotBeReversedTwice),
        ("reverse a reversal", { t in
            let posted = try t.books.post(simpleVoucher("2026-01-05", "102", "401", "1.00"))
            let reversal = try t.books.reverse(voucherID: posted.id, reason: "错")
            _ = try t.books.reverse(voucherID: reversal.id, reason: "再冲")
        }, .reversalMustNotBeReversed),
        ("a reversal that does not mirror", { t in
            let posted = try t.books.post(simpleVoucher("2026-01-05", "102", "401", "1.00"))
            try t.books.post(VoucherDraft(date: date("2026-01-05"), summary: "伪冲销", postings: [
                Posting(account: code("101"), side: .debit, amount: yuan("-1.00")),
                Posting(account: code("401"), side: .credit, amount: yuan("-1.00")),
            ], kind: .reversal, reverses: posted.id))
        }, .reversalMustMirrorOriginal),
        ("a reversal dated before its original", { t in
            let posted = try t.books.post(simpleVoucher("2026-03-10", "102", "401", "1.00"))
            _ = try t.books.reverse(voucherID: posted.id, reason: "早", date: date("2026-01-02"))
        }, .reversalMustNotPrecedeOriginal),
        ("an edited copy of an imported file", { t in
            let header = "date,voucher,account,debit,credit,summary\n"
            let first = "2026-01-05,记-001,102,1.00,,x\n2026-01-05,记-001,401,,1.00,x\n"
            _ = try t.books.importVouchers(path: try t.write("a.csv", header + first), displayName: "a.csv")
            let second = first + "2026-01-06,记-002,102,2.00,,y\n2026-01-06,记-002,401,,2.00,y\n"
            _ = try t.books.importVouchers(path: try t.write("b.csv", header + second), displayName: "b.csv")
        }, .voucherMustNotBeImportedTwice),
        ("a line break in a summary", { t in
            try t.books.post(simpleVoucher("2026-01-05", "102", "401", "1.00", summary: "两\r\n行"))
        }, .textMustNotHoldControlCharacters),
        ("a full national ID in a summary", { t in
            try t.books.post(simpleVoucher("2026-01-05", "102", "401", "1.00", summary: "报销 11010519491231002X 差旅"))
        }, .textMustNotHoldNationalID),
        ("a full national ID opening a summary (read before the text's first byte: a crash until session 39)", { t in
            try t.books.post(simpleVoucher("2026-01-05", "102", "401", "1.00", summary: "11010519491231002X 差旅"))
        }, .textMustNotHoldNationalID),
        ("a name that is a full national ID", { t in
            try t.books.addAccount(Account(code: code("109"), name: "150102198905153640", kind: .asset))
        }, .textMustNotHoldNationalID),
        ("an account name of 101 characters", { t in
            try t.books.addAccount(Account(code: code("109"), name: String(repeating: "名", count: 101), kind: .asset))
        }, .nameMustFitLength),
        ("a voucher dated 2062 (a typo for 2026)", { t in
            try t.books.post(simpleVoucher("2062-01-05", "102", "401", "1.00"))
        }, .dateMustBeWithinWindow),
        ("a budget line with surrounding spaces", { t in
            var draft = simpleVoucher("2026-01-05", "508", "102", "1.00")
            draft.postings[0].budgetLine = " 办公费 "
            try t.books.post(draft)
        }, .postingDimensionMustBeWellFormed),
        ("row with both debit and credit", { t in
            let file = try t.write("both.csv", "date,voucher,account,debit,credit,summary\n2026-01-05,1,102,1.00,1.00,x\n")
            _ = try t.books.importVouchers(path: file, displayName: "both.csv")
        }, .rowMustHaveDebitOrCredit),
        ("voucher rows with two dates", { t in
            let file = try t.write("dates.csv", "date,voucher,account,debit,credit,summary\n2026-01-05,1,102,1.00,,x\n2026-01-06,1,401,,1.00,x\n")
            _ = try t.books.importVouchers(path: file, displayName: "dates.csv")
        }, .voucherRowsMustShareDate),
        ("voucher rows naming two funds", { t in
            let file = try t.write("funds.csv", "date,voucher,account,debit,credit,summary,专项\n2026-01-05,1,102,1.00,,x,专项A\n2026-01-05,1,401,,1.00,x,专项B\n")
            _ = try t.books.importVouchers(path: file, displayName: "funds.csv")
        }, .voucherRowsMustAgree),
        ("attachments that are not a count", { t in
            let file = try t.write("att.csv", "date,voucher,account,debit,credit,summary,附件张数\n2026-01-05,1,102,1.00,,x,两张\n2026-01-05,1,401,,1.00,x,\n")
            _ = try t.books.importVouchers(path: file, displayName: "att.csv")
        }, .attachmentsMustBeCount),
        ("voucher rows apart", { t in
            let file = try t.write("apart.csv", """
                date,voucher,account,debit,credit,summary
                2026-01-05,1,102,1.00,,x
                2026-01-05,1,401,,1.00,x
                2026-01-05,2,102,1.00,,y
                2026-01-05,2,401,,1.00,y
                2026-01-05,1,102,1.00,,x
                2026-01-05,1,401,,1.00,x

                """)
            _ = try t.books.importVouchers(path: file, displayName: "apart.csv")
        }, .voucherRowsMustBeAdjacent),
        ("header without a summary column", { t in
            let file = try t.write("header.csv", "date,voucher,account,debit,credit\n2026-01-05,1,102,1.00,\n")
            _ = try t.books.importVouchers(path: file, displayName: "header.csv")
        }, .headerMustNameColumn),
        ("a header naming debit twice", { t in
            let file = try t.write("twice.csv", "date,voucher,account,debit,credit,summary,借方金额\n2026-01-05,1,102,1.00,,x,\n")
            _ = try t.books.importVouchers(path: file, displayName: "twice.csv")
        }, .headerMustNotRepeatColumn),
        ("missing file", { t in
            _ = try t.books.importVouchers(path: t.folder.appendingPathComponent("none.csv").path, displayName: "none.csv")
        }, .fileMustBeReadable),
        ("GBK bytes in a UTF-8 import", { t in
            // "工会" in GBK is B9 A4 BB E1: not valid UTF-8.
            let bytes = Array("date,voucher,account,debit,credit,summary\n2026-01-05,1,102,1.00,,".utf8) + [0xB9, 0xA4, 0xBB, 0xE1]
                + Array("\n2026-01-05,1,401,,1.00,x\n".utf8)
            let file = try t.writeBytes("gbk.csv", bytes)
            _ = try t.books.importVouchers(path: file, displayName: "gbk.csv", encoding: .utf8)
        }, .textMustDecode),
        ("a UTF-8 file with one summary pasted in GBK", { t in
            let bytes = Array("date,voucher,account,debit,credit,summary\n2026-01-05,1,102,1.00,,收到会费\n2026-01-05,1,401,,1.00,".utf8)
                + [0xB9, 0xA4, 0xBB, 0xE1] + Array("\n".utf8)
            let file = try t.writeBytes("mixed.csv", bytes)
            _ = try t.books.importVouchers(path: file, displayName: "mixed.csv")
        }, .encodingsMustNotMix),
        ("--encoding gb18030 on UTF-8 text", { t in
            let file = try t.write("utf8.csv", "date,voucher,account,debit,credit,summary\n2026-01-05,1,102,1.00,,收到会费\n")
            _ = try t.books.importVouchers(path: file, displayName: "utf8.csv", encoding: .gb18030)
        }, .encodingMustMatchText),
        ("U+FFFD in the file", { t in
            let file = try t.write("fffd.csv", "date,voucher,account,debit,credit,summary\n2026-01-05,1,102,1.00,,收到\u{FFFD}会费\n")
            _ = try t.books.importVouchers(path: file, displayName: "fffd.csv")
        }, .textMustNotHoldReplacementCharacter),
        ("a folder where the file should be", { t in
            _ = try t.books.importVouchers(path: t.folder.path, displayName: "folder")
        }, .fileMustNotBeFolder),
        ("a record of 257 fields", { t in
            let file = try t.write("wide.csv", "date,voucher,account,debit,credit,summary\n" + String(repeating: ",", count: 256) + "\n")
            _ = try t.books.importVouchers(path: file, displayName: "wide.csv")
        }, .recordMustFitFieldsMax),
        ("bytes that are neither GB18030 nor UTF-8", { t in
            // 0x81 0x30 starts a four-byte GB18030 sequence that the file cuts off.
            let bytes = Array("date,voucher,account,debit,credit,summary\n2026-01-05,1,102,1.00,,".utf8) + [0x81, 0x30]
            let file = try t.writeBytes("broken.csv", bytes)
            _ = try t.books.importVouchers(path: file, displayName: "broken.csv", encoding: .gb18030)
        }, .textMustDecode),
        ("a legacy XLS workbook where CSV was expected", { t in
            let file = try t.writeBytes("book.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 56))
            _ = try t.books.importVouchers(path: file, displayName: "book.xls")
        }, .fileMustBeCSVText),
        ("a workbook sheet that is not there (--sheet)", { t in
            // The smallest zip: one empty stored entry "a" (CRC 0), its central directory, the end record.
            let local: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0] + Array(repeating: 0, count: 12) + [1, 0, 0, 0, 0x61]
            let central: [UInt8] = [0x50, 0x4B, 0x01, 0x02, 20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0] + Array(repeating: 0, count: 12)
                + [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x61]
            let end: [UInt8] = [0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0, 1, 0, 1, 0, UInt8(central.count), 0, 0, 0, UInt8(local.count), 0, 0, 0, 0, 0]
            let file = try t.writeBytes("book.xlsx", local + central + end)
            _ = try WorkbookSheet.scope.withValue("无此表") { try t.books.importVouchers(path: file, displayName: "book.xlsx") }
        }, .sheetMustExist),
        ("a quote that never closes", { t in
            let file = try t.write("quote.csv", "date,voucher,account,debit,credit,summary\n2026-01-05,1,102,\"1.00,,x\n")
            _ = try t.books.importVouchers(path: file, displayName: "quote.csv")
        }, .quotedFieldMustBeWellFormed),
        ("row without a voucher key", { t in
            let file = try t.write("key.csv", "date,voucher,account,debit,credit,summary\n2026-01-05,,102,1.00,,x\n")
            _ = try t.books.importVouchers(path: file, displayName: "key.csv")
        }, .fieldMustBePresent),
        ("unknown organisation", { t in _ = try t.database.books(for: "NOPE", user: "tester") }, .organisationMustExist),
        ("organisation code taken", { t in
            _ = try t.database.addOrganisation(
                NewOrganisation(code: "GH001", name: "重名", kind: "enterprise", firstPeriod: month("2026-01")), chart: [], user: "tester")
        }, .organisationCodeMustBeUnique),
        ("an organisation code that could escape a folder", { t in
            _ = try t.database.addOrganisation(
                NewOrganisation(code: "../GH", name: "越界", kind: "enterprise", firstPeriod: month("2026-01")), chart: [], user: "tester")
        }, .organisationCodeMustBeWellFormed),
        ("several organisations, none chosen", { t in
            _ = try t.database.addOrganisation(
                NewOrganisation(code: "GH002", name: "第二工会", kind: "enterprise", firstPeriod: month("2026-01")),
                chart: [Account(code: try AccountCode("102"), name: "银行存款", kind: .asset)], user: "tester")
            _ = try t.database.books(for: nil, user: "tester")
        }, .organisationMustBeChosen),
        ("an organisation only in the register, without books", { t in
            _ = try t.database.addOrganisation(
                NewOrganisation(code: "DW001", name: "登记单位", kind: "enterprise", firstPeriod: month("2026-01")), chart: [], user: "tester")
            _ = try t.database.books(for: "DW001", user: "tester")
        }, .organisationMustKeepBooks),
        ("a name two organisations share", { t in
            for code in ["GH002", "GH003"] {
                _ = try t.database.addOrganisation(
                    NewOrganisation(code: code, name: "同名工会", kind: "enterprise", firstPeriod: month("2026-01")),
                    chart: [Account(code: try AccountCode("102"), name: "银行存款", kind: .asset)], user: "tester")
            }
            _ = try t.database.books(for: "同名工会", user: "tester")
        }, .organisationNameMustBeUnique),
    ]

    @Test("each rule rejects its scenario", arguments: scenarios.indices)
    func rejects(_ index: Int) throws {
        let (name, scenario, expected) = Self.scenarios[index]
        let books = try TestBooks()
        defer { books.remove() }
        #expect(ruleThrown { try scenario(books) } == expected, "\(name)")
    }

    @Test("every LedgerError rule is triggered by a scenario")
    func catalogueIsComplete() {
        let covered = Set(Self.scenarios.map(\.2))
        let missing = LedgerError.Rule.allCases.filter { !covered.contains($0) }
        #expect(missing.isEmpty, "rules without a triggering test: \(missing)")
    }

    @Test("every rule has a Chinese and an English message naming its value")
    func messagesExist() {
        let error = LedgerError.postingsMustBalance(debit: "100.00", credit: "99.99")
        #expect(error.message(in: .zh).contains("100.00"))
        #expect(error.message(in: .en).contains("99.99"))
        #expect(error.message(in: .zh) != error.message(in: .en))
    }
}
