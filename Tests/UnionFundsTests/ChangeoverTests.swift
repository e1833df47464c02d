import InputFiles
import LedgerCore
import Testing
@testable import UnionCore
@testable import UnionAllocation
@testable import UnionMembers
@testable import UnionStatements

@Suite("changeover from the 2009 chart")
struct ChangeoverTests {
    static func balance(_ code: String, _ closing: String) -> Changeover.Balance {
        Changeover.Balance(code: try! AccountCode(code), closing: try! Money(parsing: closing))
    }

    static func voucher(_ balances: [Changeover.Balance]) throws -> VoucherDraft {
        try Changeover.openingVoucher(balances: balances, legacy: try ChartProfile(.legacy2009),
                                      mapping: try ChartMapping.shipped(), date: try LocalDate(parsing: "2022-01-01"),
                                      sourceName: "tb.csv")
    }

    @Test("carries each balance to its 2021 account on its side, merging accounts the map joins")
    func carriesBalances() throws {
        let draft = try Self.voucher([
            Self.balance("102", "79,800.00"), Self.balance("121", "500.00"), Self.balance("162", "12,000.00"),
            Self.balance("301", "10,000.00"), Self.balance("311", "2,000.00"),   // both become 资产基金
            Self.balance("202", "300.00"), Self.balance("331", "80,000.00"), Self.balance("135", "0.00"),
        ])
        #expect(draft.kind == .opening)
        let lines = draft.postings.map { "\($0.account) \($0.side.chinese) \($0.amount.plainString)" }
        #expect(lines == ["102 借 79800.00", "135 借 500.00", "162 借 12000.00", "301 贷 12000.00",
                          "201 贷 300.00", "33202 贷 80000.00"])
        #expect(try draft.validate() == (try Money(parsing: "92,300.00")))
    }

    @Test("a balance against its normal side lands on the other side")
    func contraBalance() throws {
        let draft = try Self.voucher([Self.balance("102", "100.00"), Self.balance("135", "-40.00"), Self.balance("331", "60.00")])
        #expect(draft.postings.map { "\($0.account) \($0.side.chinese) \($0.amount.plainString)" }
                == ["102 借 100.00", "135 贷 40.00", "33202 贷 60.00"])
    }

    @Test("refuses an account the map does not know, and a balance sheet of zeros")
    func refusals() {
        #expect(throws: UnionFundsError.legacyAccountMustBeMapped(code: "999")) {
            try Self.voucher([Self.balance("999", "1.00")])
        }
        #expect(throws: UnionFundsError.openingBalancesMustNotBeEmpty(file: "tb.csv")) {
            try Self.voucher([Self.balance("102", "0.00")])
        }
    }

    @Test("reads the trial balance CSV that gonghui writes, skipping the totals row")
    func readsTrialBalanceCSV() throws {
        let text = "\u{FEFF}科目编码,科目名称,方向,期初余额,本期借方,本期贷方,期末余额\r\n102,银行存款,借,0.00,80300.00,500.00,79800.00\r\n135,其他应收款,借,0.00,0.00,40.00,-40.00\r\n合计,,,,80300.00,80300.00,\r\n"
        let balances = try Changeover.balances(fromCSV: text, fileName: "tb.csv")
        #expect(balances == [Self.balance("102", "79800.00"), Self.balance("135", "-40.00")])
        #expect(throws: UnionFundsError.trialBalanceMustNameColumns(file: "x.csv")) {
            try Changeover.balances(fromCSV: "a,b\n1,2\n", fileName: "x.csv")
        }
        #expect(throws: ChartFileRejected.self) {
            try Changeover.balances(fromCSV: "code,closing\n102,12.3abc\n", fileName: "x.csv")
        }
    }
}
