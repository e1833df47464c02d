import Testing
@testable import LedgerCore

@Suite("what Excel and Chinese input methods write")
struct ExcelTextTests {
    @Test("dates as Excel and users write them", arguments: [
        ("2026-02-03", "2026-02-03"), ("2026/2/3", "2026-02-03"), ("2026-2-3", "2026-02-03"), ("2026.2.3", "2026-02-03"),
        ("2026年2月3日", "2026-02-03"), ("2026年12月31日", "2026-12-31"), ("２０２６／２／３", "2026-02-03"), (" 2026/02/03 ", "2026-02-03"),
    ])
    func dates(text: String, expected: String) throws {
        #expect(try LocalDate(parsing: text).description == expected)
        #expect(LocalDate.parse(Array(text.trimmingSpaces().utf8))?.description == expected)
    }

    @Test("impossible or ambiguous dates are still refused", arguments: [
        "2026/2/30", "26/2/3", "2/3/2026", "2026年2月", "2026//2/3", "2026-2-3-4", "2026年2月3日x", "二〇二六年二月三日", "",
    ])
    func badDates(text: String) {
        #expect(throws: LedgerError.dateMustBeValid(value: text)) { try LocalDate(parsing: text) }
    }

    @Test("months as users write them", arguments: [("2026-02", "2026-02"), ("2026/2", "2026-02"), ("2026年2月", "2026-02"), ("２０２６－０２", "2026-02")])
    func months(text: String, expected: String) throws {
        #expect(try YearMonth(parsing: text).description == expected)
    }

    @Test("amounts with full-width digits and separators", arguments: [
        ("１，２３４．５０", 123_450), ("￥１２．３", 1_230), ("－５．００", -500), ("1,234.50", 123_450),
    ])
    func amounts(text: String, fen: Int64) throws {
        #expect(try Money(parsing: text).fen == fen)
        #expect(Money.parseFen(Array(text.utf8)) == fen)
    }

    @Test("an account by code or unique name; an ambiguous name lists the candidates")
    func accountByName() throws {
        let accounts = [
            Account(code: try AccountCode("102"), name: "银行存款", nameEnglish: "Bank deposits", kind: .asset),
            Account(code: try AccountCode("50101"), name: "其他", kind: .expenditure),
            Account(code: try AccountCode("50201"), name: "其他", kind: .expenditure),
        ]
        #expect(try AccountReference.resolve("银行存款", in: accounts).rawValue == "102")
        #expect(try AccountReference.resolve("bank deposits", in: accounts).rawValue == "102")
        #expect(try AccountReference.resolve("１０２", in: accounts).rawValue == "102")
        #expect(throws: LedgerError.accountNameMustBeUnique(name: "其他", candidates: "50101 其他、50201 其他")) {
            try AccountReference.resolve("其他", in: accounts)
        }
        #expect(throws: LedgerError.accountMustExist(code: "现金")) { try AccountReference.resolve("现金", in: accounts) }
    }
}
