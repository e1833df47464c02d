import UnionSQLite
import Foundation
import InputFiles
import LedgerCore
import LedgerSQLite
import LedgerStore
import Reporting
import Testing
@testable import UnionCore
@testable import UnionStatements

/// A grassroots union on the official 2021 chart, opened with an opening voucher (建账).
struct OfficialBooks {
    let folder: URL
    let database: LedgerDatabase
    let books: any Books

    init(profile: ChartProfile.Name = .official2021Grassroots) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-forms-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        database = try UnionSchema.createBooks(at: folder.appendingPathComponent("books.sqlite").path)
        books = try database.addOrganisation(
            NewOrganisation(code: "GH", name: "示例工会", kind: "enterprise", firstPeriod: try YearMonth(year: 2026, month: 1)),
            chart: try ChartProfile(profile).accounts, user: "tester")
    }

    func post(_ day: String, _ lines: [(String, Side, String)], kind: VoucherDraft.Kind = .normal, fund: String = "") throws {
        try books.post(VoucherDraft(date: LocalDate(parsing: day), summary: "测试", postings: try lines.map {
            Posting(account: try AccountCode($0.0), side: $0.1, amount: try Money(parsing: $0.2))
        }, kind: kind, fund: fund))
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}

@Suite("official forms 工会01表 and 工会02表 (财会〔2021〕7号 第四、五部分)")
struct OfficialStatementTests {
    @Test("every shipped line parses and reads only codes of the official charts", arguments: [StatementForm.Kind.balanceSheet, .incomeExpenditure])
    func shippedFormsAreSound(_ kind: StatementForm.Kind) throws {
        let form = try StatementForm(kind)
        #expect(form.lines.count == (kind == .balanceSheet ? 38 : 30))
        let official = OfficialChartCheck.officialNames
        for line in form.lines {
            for code in line.formula?.accountCodes ?? [] { #expect(official[code] != nil, "line \(line.number) reads \(code)") }
        }
    }

    @Test("formulas parse, and malformed ones are refused where they go wrong", arguments: [
        ("bal(101)+bal(102)", true), ("sum(L3..L9)", true), ("L10+L11-L20", true), ("", true),
        ("bal(10)", false), ("sum(L9..L3)", false), ("bal(101)*2", false), ("L", false), ("amt(401", false),
    ])
    func parsesFormulas(_ text: String, _ valid: Bool) {
        if valid { #expect(throws: Never.self) { _ = try FormFormula.parse(text) } }
        else { #expect(throws: FormFormula.ParseError.self) { _ = try FormFormula.parse(text) } }
    }

    @Test("a line sums its account with every sub-account; 累计折旧 shows positive")
    func evaluatesFormulas() throws {
        let form = try StatementForm(.balanceSheet)
        let figures = FormColumnFigures(balances: [
            try AccountCode("101"): Money(fen: 10_000), try AccountCode("102"): Money(fen: 90_000),
            try AccountCode("162"): Money(fen: 500_000), try AccountCode("163"): Money(fen: -120_000),
            try AccountCode("30104"): Money(fen: 380_000), try AccountCode("32205"): Money(fen: 100_000),
        ])
        var evaluation = FormEvaluation(form: form, figures: figures, creditNormalAssets: [try AccountCode("163")])
        #expect(try evaluation.value(ofLine: 3) == Money(fen: 100_000))     // 货币资金
        #expect(try evaluation.value(ofLine: 14) == Money(fen: 120_000))    // 减：累计折旧
        #expect(try evaluation.value(ofLine: 15) == Money(fen: 380_000))    // 固定资产净值
        #expect(try evaluation.value(ofLine: 21) == Money(fen: 480_000))    // 资产总计
        #expect(try evaluation.value(ofLine: 38) == Money(fen: 480_000))    // 负债与净资产总计
    }

    @Test("the monthly balance sheet balances before the year is closed, 年初余额 from the opening voucher")
    func monthlyBalanceSheet() throws {
        let file = try OfficialBooks()
        defer { file.remove() }
        try file.post("2026-01-01", [("102", .debit, "80,000.00"), ("101", .debit, "1,000.00"), ("32205", .credit, "81,000.00")], kind: .opening)
        try file.post("2026-01-15", [("102", .debit, "6,000.00"), ("402", .credit, "6,000.00")])
        try file.post("2026-01-20", [("50105", .debit, "3,600.00"), ("102", .credit, "3,600.00")])
        try file.post("2026-02-01", [("102", .debit, "2,000.00"), ("40302", .credit, "2,000.00")], fund: "送温暖")
        let statement = try OfficialStatement.make(books: file.books, form: .balanceSheet, period: .month(try YearMonth(year: 2026, month: 2)),
                                                   detail: false, language: .zh)
        #expect(statement.balances)
        let cash = try #require(statement.rows.first { $0.line.label == "货币资金" })
        #expect(cash.values == [Money(fen: 8_100_000), Money(fen: 8_540_000)])
        let restricted = try #require(statement.rows.first { $0.line.label == "工会资金结转" })
        #expect(restricted.values == [Money.zero, Money(fen: 200_000)])
        let surplus = try #require(statement.rows.first { $0.line.label == "工会资金结余" })
        #expect(surplus.values == [Money(fen: 8_100_000), Money(fen: 8_340_000)])
        #expect(statement.rows.count == 38)   // every line, even when zero
    }

    @Test("the income statement fills 本月数 and 本年累计数 by line; the annual form 本年数 and 年初/年末")
    func incomeStatement() throws {
        let file = try OfficialBooks()
        defer { file.remove() }
        try file.post("2026-01-01", [("102", .debit, "80,000.00"), ("32205", .credit, "80,000.00")], kind: .opening)
        try file.post("2026-01-15", [("102", .debit, "6,000.00"), ("402", .credit, "6,000.00")])
        try file.post("2026-02-15", [("102", .debit, "500.00"), ("401", .credit, "500.00")])
        try file.post("2026-02-20", [("50402", .debit, "1,200.00"), ("102", .credit, "1,200.00")])
        let monthly = try OfficialStatement.make(books: file.books, form: .incomeExpenditure, period: .month(try YearMonth(year: 2026, month: 2)),
                                                 detail: true, language: .zh)
        func row(_ label: String, in statement: OfficialStatement) throws -> OfficialStatement.Row {
            try #require(statement.rows.first { $0.line.label == label })
        }
        #expect(try row("三、收入合计", in: monthly).values == [Money(fen: 50_000), Money(fen: 650_000)])
        #expect(try row("（四）维权支出", in: monthly).values == [Money(fen: 120_000), Money(fen: 120_000)])
        #expect(try row("（四）维权支出", in: monthly).detail.first { $0.code.rawValue == "50402" }?.values == [Money(fen: 120_000), Money(fen: 120_000)])
        #expect(try row("五、本期收支差额", in: monthly).values == [Money(fen: -70_000), Money(fen: 530_000)])
        #expect(try row("一、年初资金结转结余", in: monthly).values == [nil, nil])   // annual form only
        let annual = try OfficialStatement.make(books: file.books, form: .incomeExpenditure, period: .year(2026), detail: false, language: .zh)
        #expect(try row("一、年初资金结转结余", in: annual).values == [Money(fen: 8_000_000), nil])
        #expect(try row("六、年末资金结转结余", in: annual).values == [Money(fen: 8_530_000), nil])
    }

    @Test("万元 rounds each line from its exact value and says when a total differs from its rounded items")
    func roundsToWan() throws {
        #expect(StatementUnit.wan.scaled(Money(fen: 1_234_567_8)) == Money(fen: 1_235))   // 123,456.78 元 → 12.35 万元
        #expect(StatementUnit.wan.scaled(Money(fen: -5_000)) == Money(fen: -1))
        #expect(StatementUnit.wan.scaled(Money(fen: 4_999)) == Money.zero)
        let file = try OfficialBooks()
        defer { file.remove() }
        try file.post("2026-01-01", [("102", .debit, "0.50"), ("101", .debit, "0.50"), ("32205", .credit, "1.00")], kind: .opening)
        try file.post("2026-01-02", [("102", .debit, "50.00"), ("101", .debit, "50.00"), ("402", .credit, "100.00")])
        let statement = try OfficialStatement.make(books: file.books, form: .balanceSheet, period: .month(try YearMonth(year: 2026, month: 1)),
                                                   detail: false, language: .zh)
        let report = Report.officialStatement(statement, unit: .wan, language: .zh)
        #expect(report.headerLines.contains("单位：万元"))
        #expect(try report.rendered(as: .json).contains("\"unit\" : \"wan\""))
    }

    @Test("books on another chart are refused, naming the account whose meaning differs")
    func refusesOtherCharts() throws {
        let file = try OfficialBooks(profile: .grassroots2021)
        defer { file.remove() }
        #expect(throws: StatementError.self) {
            _ = try OfficialStatement.make(books: file.books, form: .balanceSheet, period: .year(2026), detail: false, language: .zh)
        }
    }

    @Test("each statement rule has a scenario", arguments: StatementError.Rule.allCases)
    func catalogue(_ rule: StatementError.Rule) throws {
        let file = try OfficialBooks(profile: .grassroots2021)
        defer { file.remove() }
        let scenarios: [StatementError.Rule: () throws -> Void] = [
            .statementMustUseOfficialChart: {
                _ = try OfficialStatement.make(books: file.books, form: .balanceSheet, period: .year(2026), detail: false, language: .zh)
            },
            .openingAccountMustBeInChart: {
                _ = try OpeningBalances.voucher(balances: [Changeover.Balance(code: try AccountCode("999"), closing: Money(fen: 1))],
                                                accounts: try file.books.accounts().map(\.account), date: try LocalDate(parsing: "2026-01-01"),
                                                sourceName: "tb.csv")
            },
            .openingBalancesMustBeEnteredOnce: {
                let draft = try OpeningBalances.voucher(balances: [Changeover.Balance(code: try AccountCode("102"), closing: Money(fen: 100)),
                                                                   Changeover.Balance(code: try AccountCode("331"), closing: Money(fen: 100))],
                                                        accounts: try file.books.accounts().map(\.account),
                                                        date: try LocalDate(parsing: "2026-01-01"), sourceName: "tb.csv")
                try OpeningBalances.requireNone(in: file.books, year: 2026)
                try file.books.post(draft)
                try OpeningBalances.requireNone(in: file.books, year: 2026)
            },
            .unitMustBeYuanOnAccountLayout: {
                let filled = try StatementLayout.statement(.balanceSheet, books: file.books, period: .year(2026), detail: false, language: .zh)
                _ = try StatementLayout.report(filled, unit: .wan, language: .zh)
            },
            .openingMustPrecedePostings: {
                let official = try OfficialBooks()
                defer { official.remove() }
                try official.post("2026-01-05", [("102", .debit, "10.00"), ("402", .credit, "10.00")])
                _ = try OpeningBalances.post(csv: "科目编码,期末余额\n102,100.00\n32205,100.00\n", fileName: "tb.csv",
                                             date: try LocalDate(parsing: "2026-02-01"), into: official.books)
            },
            .statementMustBeCountyLevel: {
                let official = try OfficialBooks()
                defer { official.remove() }
                _ = try OfficialStatement.make(books: official.books, form: .costs, period: .year(2026), detail: false, language: .zh)
            },
            .statementMustBeAnnual: {
                let county = try OfficialBooks(profile: .official2021County)
                defer { county.remove() }
                _ = try OfficialStatement.make(books: county.books, form: .fiscalAppropriations, period: .month(try YearMonth(year: 2026, month: 1)),
                                               detail: false, language: .zh)
            },
            .fiscalStatementNeedsFiscalMoney: {
                let county = try OfficialBooks(profile: .official2021County)
                defer { county.remove() }
                _ = try OfficialStatement.make(books: county.books, form: .fiscalAppropriations, period: .year(2026), detail: false, language: .zh)
            },
            .consolidationMustUseOfficialChart: {
                // OfficialBooks' organisation on a provisional chart, consolidated as a federation of its own.
                _ = try ConsolidatedStatements.make(store: file.books.store, register: [RegisteredOrganisation(
                    code: file.books.organisation.code, name: "", kind: "county-federation", parent: nil, keepsBooks: true)],
                    federation: file.books.organisation.code, year: 2026, levels: nil, user: "tester", language: .zh)
            },
        ]
        let scenario = try #require(scenarios[rule])
        do { try scenario(); Issue.record("\(rule) not triggered") } catch let error as StatementError {
            #expect(error.ruleKey == rule)
            #expect(error.message(in: .zh) != error.message(in: .en))
        }
    }
}
