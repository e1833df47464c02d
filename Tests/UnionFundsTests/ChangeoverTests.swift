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

    static func voucher(_ balances: [Changeover.Balance], level: ChartLevel = .grassroots,
                        assignments: [AccountCode: AccountCode] = [:]) throws -> VoucherDraft {
        try Changeover.openingVoucher(balances: balances, legacy: try ChartProfile(.legacy2009),
                                      mapping: try ChartMapping.shipped(), level: level, assignments: assignments,
                                      date: try LocalDate(parsing: "2022-01-01"), sourceName: "tb.csv")
    }

    @Test("carries each balance to its 2021 account on its side, merging accounts the map joins")
    func carriesBalances() throws {
        // County and above (the table's county column): 202 → 201; 301/302/311 → 资产基金 sub-accounts.
        let draft = try Self.voucher([
            Self.balance("102", "79,800.00"), Self.balance("121", "500.00"), Self.balance("162", "12,000.00"),
            Self.balance("301", "10,000.00"), Self.balance("311", "2,000.00"),
            Self.balance("202", "300.00"), Self.balance("331", "80,000.00"), Self.balance("135", "0.00"),
        ], level: .county, assignments: [try AccountCode("331"): try AccountCode("32205"), try AccountCode("162"): try AccountCode("162"),
                                         try AccountCode("301"): try AccountCode("30104")])
        #expect(draft.kind == .opening)
        let lines = draft.postings.map { "\($0.account) \($0.side.chinese) \($0.amount.plainString)" }
        #expect(lines == ["102 借 79800.00", "135 借 500.00", "162 借 12000.00", "30104 贷 10000.00", "30102 贷 2000.00",
                          "201 贷 300.00", "32205 贷 80000.00"])
        #expect(try draft.validate() == (try Money(parsing: "92,300.00")))
    }

    @Test("a balance against its normal side lands on the other side")
    func contraBalance() throws {
        let draft = try Self.voucher([Self.balance("102", "100.00"), Self.balance("135", "-40.00"),
                                      Changeover.Balance(code: try AccountCode("331"), closing: try Money(parsing: "60.00"),
                                                         target: try AccountCode("32205"))])
        #expect(draft.postings.map { "\($0.account) \($0.side.chinese) \($0.amount.plainString)" }
                == ["102 借 100.00", "135 贷 40.00", "32205 贷 60.00"])
    }

    @Test("a split the table leaves to a person is refused until assigned; an account with no target at the level too")
    func decisions() throws {
        #expect(throws: UnionFundsError.changeoverMustBeDecided(code: "331", name: "结余",
                                                                note: "按结转/结余性质分析：结转→321（32104），结余→322（32205）；县级以上另有财政拨款 331/332")) {
            try Self.voucher([Self.balance("102", "1.00"), Self.balance("331", "1.00")])
        }
        // 201 应付工资 has no account in a grassroots union's 2021 chart.
        #expect(throws: UnionFundsError.legacyAccountMustBeMapped(code: "201")) {
            try Self.voucher([Self.balance("102", "1.00"), Self.balance("201", "1.00")], level: .grassroots)
        }
    }

    @Test("the table covers every 2009 account and lands on a 2021 account of the same kind at each level")
    func tableIsComplete() throws {
        let legacy = try ChartProfile(.legacy2009).accounts
        let mapping = try ChartMapping.shipped()
        #expect(Set(mapping.lines.map(\.from)) == Set(legacy.map(\.code)))
        let charts: [(ChartLevel, [Account])] = [(.grassroots, try ChartProfile(.official2021Grassroots).accounts),
                                                 (.county, try ChartProfile(.official2021County).accounts)]
        for (level, chart) in charts {
            let byCode = Dictionary(uniqueKeysWithValues: chart.map { ($0.code, $0) })
            for line in mapping.lines {
                guard let target = line.target(at: level), let old = legacy.first(where: { $0.code == line.from }) else { continue }
                let landed = try #require(byCode[target], "\(line.from) → \(target) is not in the \(level) chart")
                #expect(landed.kind == old.kind, "\(line.from) \(old.kind) → \(target) \(landed.kind)")
            }
        }
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
