import Foundation
import LedgerCore
import LedgerSQLite
import LedgerStore
import Testing
@testable import UnionCore
@testable import UnionAllocation
@testable import UnionMembers
@testable import UnionStatements

@Suite("year close")
struct YearCloseTests {
    @Test("carries the year's result into 本年收支结转, closes December, and the statements still show the year")
    func closesTheYear() throws {
        let file = try FederationFile()
        defer { file.remove() }
        let books = try file.database.books(for: "XF", user: "tester")
        try StatementTests.post(books, "2026-01-02", "102", "33202", "50,000.00")
        try StatementTests.post(books, "2026-03-05", "102", "402", "12,000.00")
        try StatementTests.post(books, "2026-07-10", "50105", "102", "3,600.00")
        try StatementTests.post(books, "2026-12-15", "102", "401", "1,234.50")
        for month in 1...11 { try books.closeMonth(try YearMonth(year: 2026, month: month)) }
        let target = try AccountCode("33201")

        let closing = try #require(try books.closeYear(2026, carryForwardTo: target))
        #expect(closing.kind == .closing && closing.date.description == "2026-12-31")
        #expect(closing.postings.last == Posting(account: target, side: .credit, amount: try Money(parsing: "9,634.50")))
        #expect(try books.closedMonths().count == 12)

        let december = try YearMonth(year: 2026, month: 12)
        let trial = try books.trialBalance(from: december, to: december)
        #expect(trial.rows.filter { [.revenue, .expenditure].contains($0.account.kind) }.allSatisfy { $0.closing.isZero })
        let sheet = try BalanceSheet(books: books, month: december, language: .zh)
        #expect(sheet.balances)
        #expect(!sheet.netAssets.contains { $0.code.isEmpty }, "no result line once carried forward")
        let statement = try IncomeStatement(books: books, month: december, language: .zh)
        #expect(statement.result.year == (try Money(parsing: "9,634.50")), "the carry-forward is not income or spending")
        #expect(try file.database.verify().isEmpty)

        let january = try YearMonth(year: 2027, month: 1)
        let nextYear = try books.trialBalance(from: january, to: january)
        #expect(nextYear.rows.first { $0.account.code == target }?.opening == (try Money(parsing: "9,634.50")))
    }

    @Test("a year whose earlier months are open is refused whole")
    func refusesOpenMonths() throws {
        let file = try FederationFile()
        defer { file.remove() }
        let books = try file.database.books(for: "XF", user: "tester")
        try StatementTests.post(books, "2026-03-05", "102", "402", "12,000.00")
        #expect(throws: LedgerError.periodsMustCloseInOrder(period: "2026-12", firstOpen: "2026-01")) {
            try books.closeYear(2026, carryForwardTo: try AccountCode("33201"))
        }
        #expect(try books.vouchers().count == 1, "the closing voucher was rolled back with the refusal")
        #expect(try file.database.verify().isEmpty)
    }

    @Test("restricted money (专项) is carried apart, fund by fund, and what is left of each stays tagged next year")
    func keepsRestrictedFundsApart() throws {
        let file = try FederationFile()
        defer { file.remove() }
        let books = try file.database.books(for: "XF", user: "tester")
        func post(_ day: String, _ debit: String, _ credit: String, _ amount: String, fund: String = "") throws {
            try books.post(VoucherDraft(date: try LocalDate(parsing: day), summary: "测试", postings: [
                Posting(account: try AccountCode(debit), side: .debit, amount: try Money(parsing: amount)),
                Posting(account: try AccountCode(credit), side: .credit, amount: try Money(parsing: amount)),
            ], fund: fund))
        }
        try post("2026-03-05", "102", "402", "12,000.00")
        try post("2026-04-01", "102", "40302", "20,000.00", fund: "专项:困难帮扶")
        try post("2026-06-20", "503", "102", "15,000.00", fund: "专项:困难帮扶")
        try post("2026-05-01", "102", "40302", "5,000.00", fund: "专项:职工书屋")
        try post("2026-07-10", "50105", "102", "3,600.00")
        for month in 1...11 { try books.closeMonth(try YearMonth(year: 2026, month: month)) }

        #expect(throws: LedgerError.restrictedFundsMustHaveAccount(funds: "专项:困难帮扶、专项:职工书屋")) {
            try books.closeYear(2026, carryForwardTo: try AccountCode("33201"))
        }
        let result = try books.closeYear(2026, carryForwardTo: try AccountCode("33201"), restrictedTo: try AccountCode("331"))
        #expect(result.unrestricted?.postings.last == Posting(account: try AccountCode("33201"), side: .credit, amount: try Money(parsing: "8,400.00")))
        #expect(result.restricted.map(\.fund) == ["专项:困难帮扶", "专项:职工书屋"])
        #expect(result.restricted.map { $0.postings.last?.amount } == [try Money(parsing: "5,000.00"), try Money(parsing: "5,000.00")])
        #expect(try file.database.verify().isEmpty)

        let funds = try books.fundBalances(year: 2027)
        #expect(funds.map(\.fund) == ["专项:困难帮扶", "专项:职工书屋"])
        #expect(funds.map(\.opening) == [try Money(parsing: "5,000.00"), try Money(parsing: "5,000.00")])
    }
}
