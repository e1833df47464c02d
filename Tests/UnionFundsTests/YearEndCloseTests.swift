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
}
