import LedgerCore
import Reporting

/// The unit amounts are printed in: 元 (exact) or 万元 (to 0.01, half-up, each line rounded from its
/// exact value, so totals come from exact sums).
public enum StatementUnit: String, Sendable, CaseIterable {
    case yuan
    case wan

    /// An exact amount in the unit, as hundredths of the unit (fen for 元, 0.01 万元 = 100 元).
    func scaled(_ amount: Money) -> Money {
        switch self {
        case .yuan: return amount
        case .wan:
            // 0.01 万元 = 10,000 fen; half-up away from zero (四舍五入).
            let magnitude = amount.fen.magnitude
            let rounded = Int64((magnitude / 10_000) + (magnitude % 10_000 >= 5_000 ? 1 : 0))
            return Money(fen: amount.fen < 0 ? -rounded : rounded)
        }
    }

    func label(_ language: Language) -> String {
        self == .yuan ? language.pick("单位：元", "Unit: yuan") : language.pick("单位：万元", "Unit: 10,000 yuan")
    }
}

extension Report {
    /// The signatures art. 64 of the system requires on union financial statements: the legal
    /// representative (the chair), the person in charge of accounting work, the head of the
    /// accounting body (accounting supervisor); and who prepared it.
    public static func officialStatementSignatures(_ l: Language) -> [String] {
        [l.pick("法定代表人（工会主席）", "Legal representative (chair)"),
         l.pick("主管会计工作负责人", "Person in charge of accounting"),
         l.pick("会计机构负责人（会计主管人员）", "Head of accounting"),
         l.pick("制表人", "Prepared by")]
    }

    /// 工会01表 / 工会02表 and the 附表 as the system lays them out.
    public static func officialStatement(_ statement: OfficialStatement, unit: StatementUnit, language: Language) -> Report {
        let l = language
        let isBalanceSheet = statement.form == .balanceSheet
        let title = statement.form.title(in: l)
        let formNumber = statement.form.number(in: l)
        let date: String = switch (statement.period, isBalanceSheet) {
        case (.month(let month), true): l.pick("\(month.year) 年 \(month.month) 月 \(month.dayCount) 日", "As at \(month)-\(month.dayCount)")
        case (.month(let month), false): l.pick("\(month.year) 年 \(month.month) 月", "\(month)")
        case (.year(let year), true): l.pick("\(year) 年 12 月 31 日", "As at \(year)-12-31")
        case (.year(let year), false): l.pick("\(year) 年度", "Year \(year)")
        }
        var columns = [Column(l.pick("项目", "Item"), key: "item")]
        columns += statement.columns.map { Column($0.heading, key: $0.key, alignment: .right) }
        func cells(_ values: [Money?], notKept: [Bool] = []) -> [Cell] {
            values.enumerated().map { index, value in
                if notKept.indices.contains(index), notKept[index] { return .text(l.pick("未核算", "not kept")) }
                return value.map { Cell.money(unit.scaled($0)) } ?? .empty
            }
        }
        var rows: [[Cell]] = []
        for row in statement.rows {
            let indent = String(repeating: "  ", count: row.line.indent)
            rows.append([.text(indent + row.line.label(in: l))] + cells(row.values, notKept: row.notKept))
            for detail in row.detail {
                let deeper = String(repeating: "  ", count: row.line.indent + detail.depth)
                rows.append([.text("\(deeper)\(detail.code) \(detail.name)")] + cells(detail.values))
            }
        }
        var notes: [String] = []
        if isBalanceSheet {
            notes.append(statement.balances ? l.pick("资产总计 = 负债与净资产总计", "Total assets = total liabilities and net assets")
                                            : l.pick("资产总计 ≠ 负债与净资产总计，请检查账务！", "Total assets ≠ total liabilities and net assets: check the books!"))
            if !statement.period.isAnnual {
                notes.append(l.pick("注：“*”标识项目为中期报表项目，年报中不需列示。", "Note: lines marked * appear on interim statements only."))
            }
        }
        notes += annexNotes(statement, l)
        if statement.carriedForResult.contains(where: { !$0.isZero }) {
            notes.append(l.pick("本年收支尚未年终结转：工会资金结转、工会资金结余已按期末结转的结果列示（含本年收支差额）。",
                                "The year is not yet closed: 工会资金结转 and 工会资金结余 are shown as a period-end close would leave them (including the year's result so far)."))
        }
        if unit == .wan, let differing = statement.roundingDifferences(unit: unit), !differing.isEmpty {
            notes.append(l.pick("金额按万元四舍五入，合计数由精确金额计算；以下行的合计与所列各项之和因四舍五入略有差异：\(differing.joined(separator: "、"))",
                                "Amounts are rounded to 0.01 of 10,000 yuan from exact figures; these totals differ from the sum of their rounded items: \(differing.joined(separator: ", "))"))
        }
        return Report(
            title: title,
            headerLines: [formNumber, l.pick("编制单位：\(statement.organisationName)", "Organisation: \(statement.organisationName)"),
                          date, unit.label(l)],
            tables: [Table(columns: columns, rows: rows)],
            notes: notes,
            signatures: officialStatementSignatures(l),
            json: OfficialStatementJSON(statement, unit: unit, language: l))
    }
}

extension Report {
    /// What a 附表 reader needs to know: cells the books do not keep, and what 调整事项 covers.
    static func annexNotes(_ statement: OfficialStatement, _ l: Language) -> [String] {
        var notes: [String] = []
        let unkept = statement.rows.filter { $0.notKept.contains(true) }.map { $0.line.label(in: l) }
        if !unkept.isEmpty {
            notes.append(l.pick("“未核算”：本账套未设置填列该项所需的明细科目或辅助核算（如“国有资产”“财政拨款”明细科目、基本支出/项目支出），不能填列，未作估计：\(unkept.joined(separator: "、"))",
                                "\"not kept\": these books do not keep the sub-accounts or analysis the line needs (国有资产 or 财政拨款 sub-accounts, basic/project expenditure); nothing is estimated: \(unkept.joined(separator: ", "))"))
        }
        if statement.form == .costs {
            notes.append(l.pick("调整事项 = 库存物品期初余额 − 期末余额 + 在建工程“待核销基建支出”明细科目本期冲销额（第五部分 五、（五）1、2）；其他核算基础差异（五、（五）3）账簿不记录，未计入。",
                                "Adjustments = inventory at the start less at the end of the period + 待核销基建支出 written off from construction in progress (第五部分 五、（五）1, 2); other basis differences (五、（五）3) are not recorded in the books and not included."))
        }
        if statement.form == .fiscalAppropriations {
            notes.append(l.pick("本年财政拨款支出：除安排预算稳定调节基金外各支出科目下“财政拨款”明细科目的本年发生额。",
                                "Fiscal appropriations spent: the year's activity of the 财政拨款 sub-accounts of every expenditure account except 521."))
            if let gap = statement.fiscalGap(), !gap.isZero {
                notes.append(l.pick("总计行年末数与年初数及本年各栏不衔接，差额 \(gap.formatted()) 元：本年财政拨款收支尚未结转入“财政拨款结转——本年收支结转”（33103），年末栏按账面 331、332 余额列示。",
                                    "The total's closing columns differ by \(gap.formatted()) yuan from the opening and the year's columns: the year's fiscal revenue less spending has not been carried into 33103; the closing columns show 331 and 332 as the books hold them."))
            }
        }
        return notes
    }
}

extension OfficialStatement {
    /// 附01表 总计: 年初 + 调整 + 归集上缴 + 内部调剂 + 收入 − 支出 − 年末, when every cell is kept.
    func fiscalGap() -> Money? {
        guard form == .fiscalAppropriations, let total = rows.last, total.values.count == 10 else { return nil }
        let cells = total.values.compactMap { $0 }
        guard cells.count == 10 else { return nil }
        var gap = Money.zero
        for (index, cell) in cells.enumerated() {
            // Columns 7 (支出), 8 and 9 (年末) are taken away; the others added.
            guard let next = index >= 7 ? try? gap.subtracting(cell) : try? gap.adding(cell) else { return nil }
            gap = next
        }
        return gap
    }

    /// Lines whose rounded value differs from the same formula over the rounded lines it sums.
    func roundingDifferences(unit: StatementUnit) -> [String]? {
        var differing: [String] = []
        for row in rows {
            for (index, value) in row.values.enumerated() {
                guard let value, let formula = row.line.formula(forColumn: index), formula.accountCodes.isEmpty,
                      formula != .unkept else { continue }
                func rounded(_ number: Int) -> Int64 {
                    rows.first(where: { $0.line.number == number })?.values[index].map { unit.scaled($0).fen } ?? 0
                }
                func evaluate(_ formula: FormFormula) -> Int64 {
                    switch formula {
                    case .line(let number): rounded(number)
                    case .lineRange(let first, let last): (first...last).reduce(0) { $0 + rounded($1) }
                    case .plus(let left, let right): evaluate(left) + evaluate(right)
                    case .minus(let left, let right): evaluate(left) - evaluate(right)
                    case .balance, .opening, .activity, .credit, .periodStart, .named, .unkept: 0
                    }
                }
                if evaluate(formula) != unit.scaled(value).fen {
                    differing.append(row.line.label)
                    break
                }
            }
        }
        return differing
    }
}

/// The JSON document of an official statement: stable keys and enumerated values; amounts as
/// exact decimal strings in the stated unit; labels are for people only.
struct OfficialStatementJSON: Encodable, Sendable {
    struct Line: Encodable, Sendable {
        var line: Int
        /// The line's label in the asked language (`KEY_label`, as every JSON document names text
        /// for people); `line`, `section` and `level` are the stable keys.
        var lineLabel: String
        var section: String
        var level: String
        var indent: Int
        var values: [String: String?]
        var detail: [Detail]
        /// Keys of the columns whose cell the books do not keep (their value is null); absent when none.
        var notKept: [String]?

        enum CodingKeys: String, CodingKey {
            case line, lineLabel = "line_label", section, level, indent, values, detail, notKept
        }
    }

    struct Detail: Encodable, Sendable {
        var code: String
        var name: String
        var values: [String: String?]
    }

    var form: String
    var organisation: String
    var period: String
    var annual: Bool
    var unit: String
    var columns: [String]
    var lines: [Line]
    var balanced: Bool

    init(_ statement: OfficialStatement, unit: StatementUnit, language: Language) {
        form = statement.form.rawValue
        organisation = statement.organisationName
        switch statement.period {
        case .month(let month): period = month.description
        case .year(let year): period = String(year)
        }
        annual = statement.period.isAnnual
        self.unit = unit.rawValue
        columns = statement.columns.map(\.key)
        func values(_ amounts: [Money?]) -> [String: String?] {
            var object: [String: String?] = [:]
            for (column, amount) in zip(statement.columns, amounts) { object[column.key] = amount.map { unit.scaled($0).plainString } }
            return object
        }
        lines = statement.rows.map { row in
            Line(line: row.line.number, lineLabel: row.line.label(in: language), section: row.line.section, level: row.line.level.rawValue,
                 indent: row.line.indent, values: values(row.values),
                 detail: row.detail.map { Detail(code: $0.code.rawValue, name: $0.name, values: values($0.values)) },
                 notKept: row.notKept.contains(true) ? zip(statement.columns, row.notKept).filter(\.1).map(\.0.key) : nil)
        }
        balanced = statement.balances
    }
}
