import LedgerCore
import Reporting

extension Report {
    /// 工会经费收支情况公开: income and spending tables with their second-level lines and shares,
    /// the balance reconciliation, and a bar chart of spending by category.
    public static func disclosure(_ disclosure: Disclosure, language: Language) throws -> Report {
        let l = language
        let unitLabel = disclosure.unit == .wan ? l.pick("万元", "10,000 yuan") : l.pick("元", "yuan")
        let columns = [Column(l.pick("项目", "Item"), key: "item"), Column(l.pick("金额", "Amount"), key: "amount", alignment: .right),
                       Column(l.pick("占比", "Share"), key: "share", alignment: .right)]
        func share(_ part: Money, _ whole: Money) -> Cell { .text(ExactShare.percentText(ExactShare.basisPoints(part, of: whole))) }
        func rows(_ items: [Disclosure.Item], total: Money) -> [[Cell]] {
            items.flatMap { item in
                [[.text(item.name), .money(item.printed), share(item.amount, total)]]
                    + item.children.map { [.text("  " + $0.name), .money($0.printed), share($0.amount, total)] }
            }
        }
        let income = Table(caption: l.pick("一、收入", "Income"), columns: columns,
                           rows: rows(disclosure.income, total: disclosure.totalIncome.exact),
                           totals: [[.text(l.pick("收入合计", "Total income")), .money(disclosure.totalIncome.printed), .text("100.00%")]])
        let spending = Table(caption: l.pick("二、支出", "Spending"), columns: columns,
                             rows: rows(disclosure.spending, total: disclosure.totalSpending.exact),
                             totals: [[.text(l.pick("支出合计", "Total spending")), .money(disclosure.totalSpending.printed), .text("100.00%")]])
        var balanceRows: [[Cell]] = [
            [.text(l.pick("上年结转结余", "Balance at the start of the year")), .money(disclosure.opening.printed)],
            [.text(l.pick("加：本年收入", "Add: income")), .money(disclosure.totalIncome.printed)],
            [.text(l.pick("减：本年支出", "Less: spending")), .money(disclosure.totalSpending.printed)],
            [.text(l.pick("本年收支结余", "Result of the year")), .money(disclosure.result.printed)],
        ]
        if !disclosure.otherMovements.printed.isZero {
            balanceRows.append([.text(l.pick("其他调整（年初余额调整等）", "Other movements (prior-year adjustments)")), .money(disclosure.otherMovements.printed)])
        }
        let balance = Table(caption: l.pick("三、结余", "Balance"),
                            columns: [Column(l.pick("项目", "Item"), key: "item"), Column(l.pick("金额", "Amount"), key: "amount", alignment: .right)],
                            rows: balanceRows,
                            totals: [[.text(l.pick("年末结转结余", "Balance at the end of the year")), .money(disclosure.closing.printed)]])
        let bars = disclosure.spending.map { item in
            Chart.Bar(label: item.name, amount: item.amount,
                      display: "\(item.printed.formatted()) \(unitLabel)（\(ExactShare.percentText(ExactShare.basisPoints(item.amount, of: disclosure.totalSpending.exact)))）")
        }
        var notes = [l.pick("数据来源：本工会账簿 \(disclosure.year) 年度记录（不含年终结转凭证），与收入支出表（工会02表）本年数一致。",
                            "Source: the union's books for \(disclosure.year) (year-end carry-forward vouchers excluded), as the revenue and expenditure statement shows them.")]
        if disclosure.unit == .wan {
            notes.append(l.pick("金额以万元为单位，保留两位小数：合计数按精确金额四舍五入，各分项按最大余额法分配，使分项之和等于合计；占比按精确金额计算。",
                                "Amounts in 10,000 yuan to 0.01: totals are rounded half-up from exact figures and shared among their lines by largest remainder, so the lines add up to the totals; shares are from exact figures."))
        }
        notes.append(l.pick("依据：《中华人民共和国工会法》第四十五条，工会经费收支情况定期向会员大会或会员代表大会报告，接受会员监督。",
                            "Basis: Trade Union Law art. 45 — income and spending are reported regularly to the members."))
        return Report(
            title: l.pick("\(disclosure.organisationName) \(disclosure.year) 年度工会经费收支情况公开", "\(disclosure.organisationName): union accounts \(disclosure.year)"),
            headerLines: [l.pick("编制单位：\(disclosure.organisationName)", "Organisation: \(disclosure.organisationName)"),
                          l.pick("\(disclosure.year) 年度", "Year \(disclosure.year)"), l.pick("单位：\(unitLabel)", "Unit: \(unitLabel)")],
            tables: [income, spending, balance], notes: notes, signatures: [l.pick("工会主席", "Chair"), l.pick("经费审查委员会主任", "Head of the review committee")],
            json: DisclosureJSON(disclosure),
            charts: [Chart(caption: l.pick("支出构成", "Spending by category"), bars: bars)])
    }
}

/// The JSON document of `report disclosure`: amounts as exact decimal strings in the stated unit.
struct DisclosureJSON: Encodable, Sendable {
    struct Item: Encodable, Sendable {
        var code: String
        var name: String
        var amount: String
        var exactYuan: String
        var lines: [Item]
    }

    var organisation: String
    var year: Int
    var unit: String
    var income: [Item]
    var spending: [Item]
    var totalIncome: String
    var totalSpending: String
    var result: String
    var opening: String
    var otherMovements: String
    var closing: String

    init(_ disclosure: Disclosure) {
        func items(_ list: [Disclosure.Item]) -> [Item] {
            list.map { Item(code: $0.code.rawValue, name: $0.name, amount: $0.printed.plainString, exactYuan: $0.amount.plainString,
                            lines: items($0.children)) }
        }
        organisation = disclosure.organisationName
        year = disclosure.year
        unit = disclosure.unit.rawValue
        income = items(disclosure.income)
        spending = items(disclosure.spending)
        totalIncome = disclosure.totalIncome.printed.plainString
        totalSpending = disclosure.totalSpending.printed.plainString
        result = disclosure.result.printed.plainString
        opening = disclosure.opening.printed.plainString
        otherMovements = disclosure.otherMovements.printed.plainString
        closing = disclosure.closing.printed.plainString
    }
}
