import Foundation
import LedgerCore
import LedgerStore
import Testing
import UnionSQLite
@testable import UnionCore
@testable import UnionAllocation
@testable import UnionStatements

@Suite("consolidated statements and the elimination schedule")
struct ConsolidationTests {
    /// The tour's shape: XF, GH101 paying itself, GH102 under the tax office, DW001 without books.
    /// Three months allocated; GH101 pays January and, in its own books only, March (in transit);
    /// the tax office pays GH102's January and XF passes the retained share down at once; XF pays
    /// GH101 a grant both record, and notifies GH102 of one GH102 has not booked.
    @Test("pairs both books agree on are eliminated; a remittance in transit and an unbooked grant are differences")
    func tourShape() throws {
        let f = try ConsolidationFixture()
        defer { f.remove() }
        let payroll = (1...3).flatMap { month in ["GH101", "GH102", "DW001"].map { "\($0),,2026-0\(month),100,500000.00\n" } }.joined()
        _ = try PayrollRegister(store: f.store, user: "tester").importFile(
            path: try f.write("p.csv", "unit_code,unit_name,month,headcount,wage_total\n" + payroll), displayName: "p.csv")
        let allocator = PayrollAllocator(store: f.store, user: "tester", policy: try f.store.policy())
        for month in 1...3 { _ = try allocator.allocate(month: try YearMonth(year: 2026, month: month)) }
        _ = try RemittanceBook(store: f.store, user: "tester").importFile(
            path: try f.write("r.csv", "unit_code,date,amount,month,ref\nGH101,2026-02-15,4000.00,,GH101-01\nGH102,2026-02-15,10000.00,,GH102-01\n"),
            displayName: "r.csv")
        try f.post("GH101", "2026-12-30", [("211", true, 400_000, "XF"), ("102", false, 400_000, nil)], summary: "上解 3 月经费（县总工会尚未入账）")
        try f.post("XF", "2026-06-10", [("50801", true, 300_000, "GH101"), ("102", false, 300_000, nil)])
        try f.post("GH101", "2026-06-10", [("102", true, 300_000, nil), ("40301", false, 300_000, "XF")])
        try f.post("XF", "2026-12-31", [("50801", true, 100_000, "GH102"), ("21201", false, 100_000, "GH102")])

        let statements = try f.consolidated()
        #expect(statements.scope.consolidated.map(\.code) == ["XF", "GH101", "GH102"])
        #expect(statements.scope.notInStore.map(\.code) == ["DW001"])
        func pair(_ lower: String, _ kind: EliminationKind, _ time: EliminationTime) -> [Money]? {
            statements.schedule.pairs.first { $0.lower == lower && $0.kind == kind && $0.time == time }
                .map { [$0.upperAmount, $0.lowerAmount, $0.eliminated, $0.difference] }
        }
        #expect(pair("GH101", .remittance, .closing) == [yuan("8000.00"), yuan("4000.00"), yuan("4000.00"), yuan("4000.00")])
        #expect(pair("GH101", .grant, .year) == [yuan("3000.00"), yuan("3000.00"), yuan("3000.00"), .zero])
        #expect(pair("GH102", .transferPayable, .closing) == [yuan("12000.00"), yuan("12000.00"), yuan("12000.00"), .zero])
        #expect(pair("GH102", .grant, .year) == [yuan("1000.00"), .zero, .zero, yuan("1000.00")])
        #expect(pair("GH102", .grantPayable, .closing) == [yuan("1000.00"), .zero, .zero, yuan("1000.00")])
        #expect(pair("GH102", .remittance, .closing) == nil, "GH102's 2% is owed by the tax office, not by GH102")
        #expect(statements.schedule.differences.count == 3)
        #expect(statements.findings(in: .zh).filter { $0.kind == .notInStore }.count == 1)

        // Each line: the books' sum less what is eliminated on its accounts.
        let sheet = statements.balanceSheet, income = statements.incomeExpenditure
        func sum(_ line: Int, _ kind: StatementForm.Kind, column: Int) throws -> Money {
            try Money.sum(["XF", "GH101", "GH102"].map { try f.statement($0, kind).value(line: line, column: column) })
        }
        #expect(sheet.value(line: 7, column: 1) == (try sum(7, .balanceSheet, column: 1).subtracting(yuan("4000.00"))))
        #expect(sheet.value(line: 24, column: 1) == (try sum(24, .balanceSheet, column: 1).subtracting(yuan("4000.00"))))
        #expect(sheet.value(line: 25, column: 1) == (try sum(25, .balanceSheet, column: 1).subtracting(yuan("12000.00"))))
        #expect(sheet.value(line: 6, column: 1) == (try sum(6, .balanceSheet, column: 1).subtracting(yuan("12000.00"))))
        #expect(sheet.value(line: 37, column: 1) == (try sum(37, .balanceSheet, column: 1)), "net assets are not touched")
        #expect(sheet.balances)
        #expect(income.value(line: 8, column: 0) == .zero, "the grant GH101 received is eliminated")
        #expect(income.value(line: 23, column: 0) == yuan("1000.00"), "the grant GH102 has not booked stays")
        #expect(income.value(line: 7, column: 0) == (try sum(7, .incomeExpenditure, column: 0)), "拨缴经费收入 needs no elimination")
        #expect(income.value(line: 27, column: 0) == (try sum(27, .incomeExpenditure, column: 0)), "the result is unchanged")
    }

    /// 借 132 / 贷 402 + 211 in the city federation's books for the county federation's remittance.
    @Test("allocate posts the federation's remittance further up into its parent's books, in the same run; corrections follow")
    func parentReceivable() throws {
        let f = try ConsolidationFixture(grassroots: [("GH101", .direct)], city: true)
        defer { f.remove() }
        let register = PayrollRegister(store: f.store, user: "tester")
        _ = try register.importFile(path: try f.write("p.csv", "unit_code,unit_name,month,headcount,wage_total\nGH101,,2026-01,100,500000.00\n"),
                                    displayName: "p.csv")
        let allocator = PayrollAllocator(store: f.store, user: "tester", policy: try f.store.policy())
        let outcome = try allocator.allocate(month: try YearMonth(year: 2026, month: 1))
        #expect(outcome.vouchers == ["CF": 1, "XF": 1, "GH101": 1])
        // 10,000 due; 4,000 upward: county 50% 2,000, city 20% 800, province 25% 1,000, national 5% 200.
        #expect(try f.balance("XF", "211") == yuan("2000.00"))
        #expect(try f.balance("CF", "132") == yuan("2000.00"))
        #expect(try f.balance("CF", "402") == yuan("800.00"))
        #expect(try f.balance("CF", "211") == yuan("1200.00"))
        let voucher = try #require(try f.books("CF").vouchers().first)
        #expect(voucher.postings.contains { $0.account.rawValue == "132" && $0.memo == "XF" })
        // A corrected declaration moves the parent's lines by the difference.
        _ = try register.importFile(path: try f.write("q.csv", "unit_code,unit_name,month,headcount,wage_total\nGH101,,2026-01,100,600000.00\n"),
                                    displayName: "q.csv")
        _ = try allocator.allocate(month: try YearMonth(year: 2026, month: 1))
        #expect(try f.balance("CF", "132") == yuan("2400.00"))
        #expect(try f.balance("CF", "402") == yuan("960.00"))
        #expect(try f.balance("CF", "211") == yuan("1440.00"))
        #expect(try f.balance("XF", "211") == yuan("2400.00"))
        #expect(try f.database.verify().isEmpty)
        #expect(try MirrorCheck.run(store: f.store).isEmpty)

        let statements = try f.consolidated("CF")
        #expect(statements.scope.consolidated.map(\.code) == ["CF", "XF", "GH101"])
        let link = try #require(statements.schedule.pairs.first { $0.upper == "CF" && $0.lower == "XF" && $0.kind == .remittance && $0.time == .closing })
        #expect([link.upperAmount, link.lowerAmount, link.eliminated, link.difference] == [yuan("2400.00"), yuan("2400.00"), yuan("2400.00"), .zero])
        let unit = try #require(statements.schedule.pairs.first { $0.upper == "XF" && $0.lower == "GH101" && $0.kind == .remittance })
        #expect(unit.difference == .zero && unit.eliminated == yuan("4800.00"))
        #expect(statements.balanceSheet.balances)
        // --levels 1 stops at XF: GH101 is not looked at, its pair with XF is gone.
        let shallow = try f.consolidated("CF", levels: 1)
        #expect(shallow.scope.consolidated.map(\.code) == ["CF", "XF"])
        #expect(!shallow.schedule.pairs.contains { $0.lower == "GH101" })
    }

    @Test("a book on another chart is refused, naming it; the federation must keep books here")
    func refusals() throws {
        let f = try ConsolidationFixture(grassroots: [("GH101", .direct)])
        defer { f.remove() }
        _ = try f.database.addOrganisation(NewOrganisation(code: "OLD", name: "旧账工会", kind: "enterprise", firstPeriod: try YearMonth(year: 2026, month: 1)),
                                           chart: try ChartProfile(.legacy2009).accounts, user: "tester")
        try OrganisationRegister(store: UnionSQLiteStores(database: f.database).organisations, user: "tester")
            .update(code: "OLD", parent: "XF", bankName: nil, bankAccount: nil, channel: nil)
        #expect {
            _ = try f.consolidated()
        } throws: { error in
            guard case StatementError.consolidationMustUseOfficialChart(let organisation, _, _, _) = error else { return false }
            return organisation == "OLD"
        }
        #expect(throws: LedgerError.organisationMustKeepBooks(code: "DW001")) { _ = try f.consolidated("DW001") }
        #expect(throws: LedgerError.organisationMustExist(code: "NOPE")) { _ = try f.consolidated("NOPE") }
    }
}
