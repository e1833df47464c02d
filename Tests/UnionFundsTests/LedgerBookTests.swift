import InputFiles
import LedgerCore
import Reporting
import Testing
@testable import UnionCore
@testable import UnionStatements

/// Which book an account's ledger prints as: the chart's cash and bank accounts keep journals.
@Suite("ledger books by role")
struct LedgerBookTests {
    @Test("cash and bank accounts print as journals, by role, in each chart", arguments: [
        ("101", LedgerBook.cashJournal), ("102", .bankJournal), ("50105", .subsidiary), ("331", .subsidiary), ("10201", .subsidiary),
    ])
    func books(code: String, book: LedgerBook) throws {
        for accounts in [try ChartFile.parse(BuiltinChart.grassrootsBasic, fileName: "grassroots-basic.csv"),
                         try ChartProfile(.grassroots2021).accounts, try ChartProfile(.legacy2009).accounts] {
            #expect(LedgerBook.of(try AccountCode(code), roles: ChartRoles(organisation: "T", accounts: accounts)) == book)
        }
    }

    @Test("a chart that puts cash elsewhere gets its cash journal there; a bare 101 does not")
    func followsTheChart() throws {
        let roles = ChartRoles(organisation: "T", accounts: [
            Account(code: try AccountCode("109"), name: "现金", kind: .asset, role: "cash"),
            Account(code: try AccountCode("101"), name: "自设科目", kind: .asset),
        ])
        #expect(LedgerBook.of(try AccountCode("109"), roles: roles) == .cashJournal)
        #expect(LedgerBook.of(try AccountCode("101"), roles: roles) == .subsidiary)
    }

    @Test("each book has its title in both languages")
    func titles() {
        #expect(LedgerBook.allCases.map { $0.title(in: .zh) } == ["明细账", "现金日记账", "银行存款日记账"])
        #expect(LedgerBook.allCases.allSatisfy { $0.title(in: .zh) != $0.title(in: .en) })
    }
}
