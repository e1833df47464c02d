import Foundation
import InputFiles
import LedgerCore
import Testing
@testable import UnionCore
@testable import UnionStatements

/// The year-close account rule on every chart: pure, no books.
@Suite("year-end close accounts by role")
struct YearEndCloseTests {
    enum Chart: String, CaseIterable, CustomTestStringConvertible {
        case basic, grassroots2021, federation2021, legacy2009, official2021Grassroots, official2021County
        var testDescription: String { rawValue }

        func roles() throws -> ChartRoles {
            let accounts: [Account]
            switch self {
            case .basic: accounts = try ChartFile.parse(BuiltinChart.grassrootsBasic, fileName: "grassroots-basic.csv")
            case .grassroots2021: accounts = try ChartProfile(.grassroots2021).accounts
            case .federation2021: accounts = try ChartProfile(.federation2021).accounts
            case .legacy2009: accounts = try ChartProfile(.legacy2009).accounts
            case .official2021Grassroots:
                accounts = try ChartFile.parse(try ChartProfileTests.file("ledgers/charts/2021-grassroots.csv"), fileName: "2021-grassroots.csv")
            case .official2021County:
                accounts = try ChartFile.parse(try ChartProfileTests.file("ledgers/charts/2021-county.csv"), fileName: "2021-county.csv")
            }
            return ChartRoles(organisation: "T", accounts: accounts)
        }
    }

    /// The shipped charts keep the codes the CLI defaulted to before the rule asked roles
    /// (33201 / 331, or 331 alone); the official 2021 charts get their 本年收支结转 sub-accounts.
    @Test("defaults per chart", arguments: [
        (Chart.basic, "331", nil),
        (.grassroots2021, "33201", "331"),
        (.federation2021, "33201", "331"),
        (.legacy2009, "331", nil),
        (.official2021Grassroots, "32203", "32103"),
        (.official2021County, "32203", "32103"),
    ] as [(Chart, String, String?)])
    func defaults(chart: Chart, target: String, restricted: String?) throws {
        let close = try YearEndClose.accounts(roles: try chart.roles())
        #expect(close.target.rawValue == target)
        #expect(close.restrictedTarget?.rawValue == restricted)
    }

    /// `--to` under 工会资金结余 keeps restricted money apart; `--to` elsewhere (the carry-forward
    /// account itself, or 专用基金) takes everything, as before; `--restricted-to` always wins.
    @Test("named accounts", arguments: [
        ("33202", nil, "331"),
        ("332", nil, "331"),
        ("331", nil, nil),
        ("321", nil, nil),
        ("33201", "321", "321"),
    ] as [(String, String?, String?)])
    func namedAccounts(to: String, restrictedTo: String?, restricted: String?) throws {
        let close = try YearEndClose.accounts(roles: try Chart.grassroots2021.roles(), carryForwardTo: try AccountCode(to),
                                              restrictedTo: try restrictedTo.map { try AccountCode($0) })
        #expect(close.target.rawValue == to)
        #expect(close.restrictedTarget?.rawValue == restricted)
    }

    @Test("a chart without a surplus account is refused by role, not posted somewhere plausible")
    func chartWithoutSurplus() throws {
        let roles = ChartRoles(organisation: "GH9", accounts: [
            Account(code: try AccountCode("102"), name: "银行", kind: .asset, role: "bank"),
            Account(code: try AccountCode("399"), name: "自设净资产", kind: .netAssets),
        ])
        #expect(throws: UnionFundsError.accountRoleMustBeInChart(role: "unrestrictedSurplus", organisation: "GH9")) {
            try YearEndClose.accounts(roles: roles)
        }
        #expect(try YearEndClose.accounts(roles: roles, carryForwardTo: try AccountCode("399")).restrictedTarget == nil)
    }

    @Test("what a closing voucher carried: its credit on the account, a debit as a deficit, nothing as zero")
    func carried() throws {
        let target = try AccountCode("331")
        func voucher(_ side: Side) throws -> PostedVoucher {
            PostedVoucher(id: 1, organisation: "T", date: try LocalDate(parsing: "2026-12-31"), number: 1, summary: "结转", kind: .closing,
                          postings: [Posting(account: try AccountCode("401"), side: side.opposite, amount: try Money(parsing: "12.50")),
                                     Posting(account: target, side: side, amount: try Money(parsing: "12.50"))],
                          reverses: nil, reversedBy: nil, preparedBy: "t", source: "", externalReference: "")
        }
        #expect(YearEndClose.carried(by: try voucher(.credit), into: target) == (try Money(parsing: "12.50")))
        #expect(YearEndClose.carried(by: try voucher(.debit), into: target) == (try Money(parsing: "-12.50")))
        #expect(YearEndClose.carried(by: nil, into: target) == .zero)
        #expect(YearEndClose.carried(by: try voucher(.credit), into: try AccountCode("321")) == .zero)
    }

    @Test("county books close same-level fiscal money into 财政拨款结转 and roll it up; union money closes as before")
    func fiscalRoute() throws {
        let file = try OfficialBooks(profile: .official2021County)
        defer { file.remove() }
        for (code, name) in [("50201", "财政拨款"), ("50202", "工会资金")] {
            try file.books.addAccount(Account(code: try AccountCode(code), name: name, kind: .expenditure))
        }
        try file.post("2026-03-01", [("102", .debit, "100,000.00"), ("40401", .credit, "100,000.00")])   // 财政拨款收入
        try file.post("2026-03-05", [("50201", .debit, "36,000.00"), ("102", .credit, "36,000.00")])     // spent from it
        try file.post("2026-03-06", [("102", .debit, "5,000.00"), ("402", .credit, "5,000.00")])          // union money
        try file.post("2026-03-07", [("50202", .debit, "2,000.00"), ("102", .credit, "2,000.00")])
        for month in 1...11 { try file.books.closeMonth(try YearMonth(year: 2026, month: month)) }
        let outcome = try YearEndClose.close(2026, in: file.books)
        let fiscal = try #require(outcome.routed.first)
        #expect(fiscal.summary == "财政拨款收支结转")
        #expect(Set(fiscal.postings.map(\.account.rawValue)) == ["40401", "50201", "33103"])
        #expect(YearEndClose.carried(by: fiscal, into: try AccountCode("33103")) == (try Money(parsing: "64,000.00")))
        #expect(outcome.unrestrictedResult == (try Money(parsing: "3,000.00")), "union money alone into 32203")
        let december = try YearMonth(year: 2026, month: 12)
        let trial = try file.books.trialBalance(from: december, to: december, excludingClosingEntries: false)
        func closing(_ code: String) -> Money { trial.rows.first { $0.account.code.rawValue == code }?.closing ?? .zero }
        #expect(closing("33104") == (try Money(parsing: "64,000.00")), "rolled into 累计结转 (第331号科目 三（四）)")
        #expect(closing("33103").isZero && closing("40401").isZero && closing("50201").isZero)
        #expect(closing("32205") == (try Money(parsing: "3,000.00")))
    }
}
