import LedgerCore
import Testing
@testable import UnionStatements

/// 专款专用 on the funds statement: pure, no books.
@Suite("restricted funds statement")
struct FundStatementTests {
    static func fund(_ name: String, _ opening: String, _ revenue: String, _ expenditure: String) throws -> FundBalance {
        FundBalance(fund: name, opening: try Money(parsing: opening), revenue: try Money(parsing: revenue),
                    expenditure: try Money(parsing: expenditure))
    }

    @Test("a fund is overspent when it spent more than it brought forward and received", arguments: [
        ("0.00", "20,000.00", "15,000.00", false),
        ("0.00", "5,000.00", "5,000.00", false),     // spent exactly what it had
        ("1,000.00", "0.00", "1,000.01", true),
        ("-200.00", "0.00", "0.00", true),           // brought forward overspent, nothing since
    ])
    func overspending(opening: String, revenue: String, expenditure: String, overspent: Bool) throws {
        let statement = try FundStatement(funds: [try Self.fund("专项:测试", opening, revenue, expenditure)], year: 2026)
        #expect(statement.lines[0].isOverspent == overspent)
        #expect(statement.overspent == (overspent ? ["专项:测试"] : []))
    }

    @Test("lines keep the books' order; totals are the column sums")
    func totals() throws {
        let statement = try FundStatement(funds: [
            try Self.fund("专项:困难帮扶", "0.00", "20,000.00", "15,000.00"),
            try Self.fund("专项:职工书屋", "300.00", "5,000.00", "5,600.00"),
        ], year: 2026)
        #expect(statement.lines.map(\.fund) == ["专项:困难帮扶", "专项:职工书屋"])
        #expect(statement.lines.map(\.closing) == [try Money(parsing: "5,000.00"), try Money(parsing: "-300.00")])
        #expect(statement.totals.closing == (try Money(parsing: "4,700.00")))
        #expect(statement.totals.expenditure == (try Money(parsing: "20,600.00")))
        #expect(statement.overspent == ["专项:职工书屋"])
    }

    @Test("an overflowing sum is refused, not wrapped")
    func overflow() throws {
        let huge = FundBalance(fund: "专项:大", opening: Money(fen: .max), revenue: Money(fen: 1), expenditure: .zero)
        #expect(throws: LedgerError.self) { try FundStatement(funds: [huge], year: 2026) }
    }
}
