import Foundation
import LedgerCore
import LedgerSQLite
import LedgerStore
import Reporting
import Testing
@testable import UnionCore
@testable import UnionAllocation
@testable import UnionMembers
@testable import UnionStatements

@Suite("资产负债表 and 收入支出表")
struct StatementTests {
    static func post(_ books: Books, _ day: String, _ debit: String, _ credit: String, _ amount: String) throws {
        try books.post(VoucherDraft(date: LocalDate(parsing: day), summary: "测试", postings: [
            Posting(account: try AccountCode(debit), side: .debit, amount: try Money(parsing: amount)),
            Posting(account: try AccountCode(credit), side: .credit, amount: try Money(parsing: amount)),
        ]))
    }

    @Test("the balance sheet balances and the income statement's result is the change in net assets")
    func statementsAgree() throws {
        let file = try FederationFile()
        defer { file.remove() }
        let books = try file.database.books(for: "XF", user: "tester")
        try Self.post(books, "2026-01-02", "102", "33202", "50,000.00")      // opening surplus
        try Self.post(books, "2026-01-05", "132", "402", "12,000.00")        // allocation receivable
        try Self.post(books, "2026-01-20", "102", "132", "10,000.00")
        try Self.post(books, "2026-02-03", "50105", "102", "3,600.00")
        try Self.post(books, "2026-02-10", "50601", "201", "8,000.00")       // payroll accrued
        try Self.post(books, "2026-02-15", "102", "401", "1,234.50")
        let february = try YearMonth(year: 2026, month: 2)

        let sheet = try BalanceSheet(books: books, month: february, language: .zh)
        #expect(sheet.balances)
        #expect(sheet.totalAssets.closing == (try Money(parsing: "59,634.50")))
        #expect(sheet.totalLiabilities.closing == (try Money(parsing: "8,000.00")))
        let resultLine = try #require(sheet.netAssets.first { $0.code.isEmpty })

        let statement = try IncomeStatement(books: books, month: february, language: .zh)
        #expect(statement.totalRevenue.month == (try Money(parsing: "1,234.50")))
        #expect(statement.totalRevenue.year == (try Money(parsing: "13,234.50")))
        #expect(statement.totalExpenditure.year == (try Money(parsing: "11,600.00")))
        #expect(statement.result.year == resultLine.second)
        #expect(statement.expenditure.map(\.code) == ["501", "506"])
        #expect(statement.expenditure.first?.name == "职工活动支出")
    }

    @Test("both statements render with the union form number and the four signatures", arguments: [true, false])
    func renders(balanceSheet: Bool) throws {
        let file = try FederationFile()
        defer { file.remove() }
        let books = try file.database.books(for: "XF", user: "tester")
        try Self.post(books, "2026-01-05", "102", "402", "100.00")
        let month = try YearMonth(year: 2026, month: 1)
        let report = balanceSheet
            ? Report.balanceSheet(try BalanceSheet(books: books, month: month, language: .zh), organisationName: "示例县总工会", language: .zh)
            : Report.incomeStatement(try IncomeStatement(books: books, month: month, language: .zh), organisationName: "示例县总工会", language: .zh)
        let text = try report.rendered(as: .table)
        #expect(text.contains(balanceSheet ? "工会01表" : "工会02表"))
        #expect(text.contains("工会主席：________    财务负责人：________    复核：________    制表：________"))
    }
}
