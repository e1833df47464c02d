import Foundation
import LedgerCore
import LedgerStore
import Reporting
import Testing
@testable import UnionCore
@testable import UnionStatements

/// County-and-above books with the sub-accounts the 附表 read (国有资产, 财政拨款, 待核销基建支出).
private func countyBooks() throws -> OfficialBooks {
    let file = try OfficialBooks(profile: .official2021County)
    for (code, name) in [("10201", "国有资产"), ("10202", "工会资产"), ("16101", "建筑安装工程投资"), ("16102", "待核销基建支出"),
                         ("16201", "国有资产"), ("16202", "工会资产"), ("16301", "国有资产"), ("16302", "工会资产"),
                         ("50201", "财政拨款"), ("50202", "工会资金")] {
        try file.books.addAccount(Account(code: try AccountCode(code), name: name, kind: code.hasPrefix("5") ? .expenditure : .asset))
    }
    return file
}

private func row(_ label: String, in statement: OfficialStatement) throws -> OfficialStatement.Row {
    try #require(statement.rows.first { $0.line.label == label })
}

@Suite("附表 工会附01–03表 (财会〔2021〕7号 第四部分; 第五部分 三、四、五)")
struct AnnexStatementTests {
    @Test("the shipped 附表 parse, read only official codes, and keep the form's lines in order")
    func shippedAnnexForms() throws {
        let counts: [StatementForm.Kind: Int] = [.fiscalAppropriations: 6, .stateAssets: 16, .costs: 11]
        let official = OfficialChartCheck.officialNames
        for (kind, count) in counts {
            let form = try StatementForm(kind)
            #expect(form.lines.count == count)
            #expect(form.lines.allSatisfy { $0.level == .county })
            for line in form.lines {
                for code in line.allFormulas.flatMap(\.accountCodes) { #expect(official[code] != nil, "\(kind) line \(line.number) reads \(code)") }
            }
        }
        let costs = try StatementForm(.costs)
        #expect(costs.lines.map(\.label) == ["职工活动组织费用", "职工服务费用", "维权费用", "业务费用", "行政费用", "补助下级费用",
                                             "对附属单位的费用", "折旧及摊销费用", "其他费用", "调整事项", "费用总计"])
        let fiscal = try StatementForm(.fiscalAppropriations)
        #expect(fiscal.lines.last?.columnFormulas.count == 10)
        #expect(fiscal.lines.allSatisfy { !$0.filledMonthly })
    }

    @Test("credit activity, period-start balances, named sub-accounts and unkept lines parse", arguments: [
        ("cr(163)+cr(172)", true), ("beg(141)-bal(141)", true), ("bal(101/国有资产)", true), ("amt(502/财政拨款)", true),
        ("unkept", true), ("bal(101/)", false), ("cr(1)", false), ("unkep", false),
    ])
    func parsesAnnexTerms(_ text: String, _ valid: Bool) {
        if valid { #expect(throws: Never.self) { _ = try FormFormula.parse(text) } }
        else { #expect(throws: FormFormula.ParseError.self) { _ = try FormFormula.parse(text) } }
    }

    @Test("成本费用表: expenditure by account, depreciation from credits (not the brought-forward 累计折旧), inventory and write-off adjustments")
    func costs() throws {
        let file = try countyBooks()
        defer { file.remove() }
        try file.post("2026-01-01", [("10202", .debit, "500,000.00"), ("141", .debit, "12,000.00"), ("16202", .debit, "100,000.00"),
                                     ("16302", .credit, "30,000.00"), ("30101", .credit, "12,000.00"), ("30104", .credit, "70,000.00"),
                                     ("32205", .credit, "500,000.00")], kind: .opening)
        try file.post("2026-01-20", [("50202", .debit, "8,000.00"), ("10202", .credit, "8,000.00")])
        try file.post("2026-01-31", [("30104", .debit, "1,000.00"), ("16302", .credit, "1,000.00")])
        try file.post("2026-02-05", [("50501", .debit, "3,000.00"), ("10202", .credit, "3,000.00"), ("141", .debit, "3,000.00"), ("30101", .credit, "3,000.00")])
        try file.post("2026-02-10", [("30101", .debit, "5,000.00"), ("141", .credit, "5,000.00")])
        try file.post("2026-02-15", [("50701", .debit, "6,000.00"), ("10202", .credit, "6,000.00"), ("16102", .debit, "6,000.00"), ("30103", .credit, "6,000.00")])
        try file.post("2026-02-20", [("30103", .debit, "6,000.00"), ("16102", .credit, "6,000.00")])
        try file.post("2026-02-28", [("30104", .debit, "1,000.00"), ("16302", .credit, "1,000.00")])
        try file.post("2026-02-28", [("510", .debit, "200.00"), ("10202", .credit, "200.00")])
        let february = try OfficialStatement.make(books: file.books, form: .costs, period: .month(try YearMonth(year: 2026, month: 2)),
                                                  detail: false, language: .zh)
        #expect(try row("职工活动组织费用", in: february).values == [.zero, yuan("8,000.00")])
        #expect(try row("业务费用", in: february).values == [yuan("3,000.00"), yuan("3,000.00")])
        #expect(try row("折旧及摊销费用", in: february).values == [yuan("1,000.00"), yuan("2,000.00")])
        // 141: 12,000 at the start of the year and of February, 10,000 at the end; 6,000 written off.
        #expect(try row("调整事项", in: february).values == [yuan("8,000.00"), yuan("8,000.00")])
        #expect(try row("费用总计", in: february).values == [yuan("12,200.00"), yuan("21,200.00")])
        // 资本性支出 has no line: the 6,000 of 50701 is not a cost.
        #expect(february.rows.count == 11)
        let annual = try OfficialStatement.make(books: file.books, form: .costs, period: .year(2026), detail: false, language: .zh)
        #expect(try row("费用总计", in: annual).values == [yuan("21,200.00"), nil])   // no 2025 books: 上年数 blank
    }

    @Test("国有资产情况表 reads the 国有资产 sub-accounts; an account with a balance and no such sub-account is not kept")
    func stateAssets() throws {
        let file = try countyBooks()
        defer { file.remove() }
        try file.post("2026-01-01", [("10201", .debit, "40,000.00"), ("10202", .debit, "60,000.00"), ("16201", .debit, "50,000.00"),
                                     ("16301", .credit, "5,000.00"), ("30104", .credit, "45,000.00"), ("32205", .credit, "100,000.00")], kind: .opening)
        try file.post("2026-03-01", [("10201", .debit, "2,000.00"), ("40401", .credit, "2,000.00")])
        var statement = try OfficialStatement.make(books: file.books, form: .stateAssets, period: .year(2026), detail: false, language: .zh)
        #expect(try row("货币资金", in: statement).values == [yuan("40,000.00"), yuan("42,000.00")])
        #expect(try row("固定资产净值", in: statement).values == [yuan("45,000.00"), yuan("45,000.00")])
        #expect(try row("库存物品", in: statement).values == [.zero, .zero])     // 141 holds nothing: zero, not unknown
        #expect(try row("资产总计", in: statement).values == [yuan("85,000.00"), yuan("87,000.00")])
        try file.post("2026-04-01", [("141", .debit, "1,000.00"), ("30101", .credit, "1,000.00")])
        statement = try OfficialStatement.make(books: file.books, form: .stateAssets, period: .year(2026), detail: false, language: .zh)
        #expect(try row("库存物品", in: statement).notKept == [false, true])
        #expect(try row("库存物品", in: statement).values == [.zero, nil])
        #expect(try row("资产总计", in: statement).notKept == [false, true])
        let report = Report.officialStatement(statement, unit: .yuan, language: .zh)
        #expect(try report.rendered(as: .table).contains("未核算"))
        #expect(try report.rendered(as: .json).contains("\"notKept\""))
        #expect(throws: StatementError.statementMustBeAnnual(form: .stateAssets)) {
            _ = try OfficialStatement.make(books: file.books, form: .stateAssets, period: .month(try YearMonth(year: 2026, month: 3)),
                                           detail: false, language: .zh)
        }
    }

    @Test("财政拨款收入支出表: the 总计 line from 331/332, 40401 and the 财政拨款 sub-accounts; rows by 基本/项目支出 not kept")
    func fiscalAppropriations() throws {
        let file = try countyBooks()
        defer { file.remove() }
        try file.post("2026-01-01", [("10201", .debit, "30,000.00"), ("33104", .credit, "10,000.00"), ("33205", .credit, "20,000.00")], kind: .opening)
        try file.post("2026-02-01", [("10201", .debit, "50,000.00"), ("40401", .credit, "50,000.00")])
        try file.post("2026-02-10", [("50201", .debit, "12,000.00"), ("10201", .credit, "12,000.00")])
        try file.post("2026-02-11", [("50202", .debit, "1,000.00"), ("10202", .credit, "1,000.00")])
        try file.post("2026-03-01", [("33202", .debit, "4,000.00"), ("10201", .credit, "4,000.00")])
        let statement = try OfficialStatement.make(books: file.books, form: .fiscalAppropriations, period: .year(2026), detail: false, language: .zh)
        #expect(statement.columns.map(\.key) == ["openingCarried", "openingSurplus", "openingAdjustment", "remitted", "internalCarried",
                                                 "internalSurplus", "revenue", "expenditure", "closingCarried", "closingSurplus"])
        let total = try row("总计", in: statement)
        #expect(total.values == [yuan("10,000.00"), yuan("20,000.00"), .zero, yuan("-4,000.00"), .zero, .zero,
                                 yuan("50,000.00"), yuan("12,000.00"), yuan("10,000.00"), yuan("16,000.00")])
        #expect(try row("1.人员经费", in: statement).notKept.allSatisfy { $0 })
        // Spending on an expenditure account without a 财政拨款 sub-account cannot be split: not kept.
        try file.post("2026-03-05", [("50301", .debit, "500.00"), ("10202", .credit, "500.00")])
        let unsplit = try OfficialStatement.make(books: file.books, form: .fiscalAppropriations, period: .year(2026), detail: false, language: .zh)
        #expect(try row("总计", in: unsplit).notKept == [false, false, false, false, false, false, false, true, false, false])
    }

    @Test("each 附表 rule has a scenario: grassroots books, a month of an annual form, a year without fiscal money")
    func refusals() throws {
        let grassroots = try OfficialBooks()
        defer { grassroots.remove() }
        for kind in [StatementForm.Kind.fiscalAppropriations, .stateAssets, .costs] {
            do {
                _ = try OfficialStatement.make(books: grassroots.books, form: kind, period: .year(2026), detail: false, language: .zh)
                Issue.record("\(kind) filled from grassroots books")
            } catch let error as StatementError {
                guard case .statementMustBeCountyLevel(kind, let code, _) = error else { Issue.record("\(error)"); continue }
                #expect(OfficialChartCheck.countyOnlyCodes.contains(try AccountCode(code)))
                #expect(error.message(in: .zh).contains("仅由县级以上工会编制"))
            }
        }
        // The account layout fallback of the main forms does not apply to the 附表.
        #expect(throws: StatementError.self) {
            _ = try StatementLayout.statement(.costs, books: grassroots.books, period: .year(2026), detail: false, language: .zh)
        }
        let county = try countyBooks()
        defer { county.remove() }
        #expect(throws: StatementError.fiscalStatementNeedsFiscalMoney(organisation: "GH", year: 2026)) {
            _ = try OfficialStatement.make(books: county.books, form: .fiscalAppropriations, period: .year(2026), detail: false, language: .zh)
        }
    }
}
