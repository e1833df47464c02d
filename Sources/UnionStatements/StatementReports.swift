import UnionCore
import InputFiles
import LedgerCore
import Reporting

extension Report {
    /// The four signatures on union statements (DOMAIN §1.2).
    static func statementSignatures(_ l: Language) -> [String] {
        [l.pick("工会主席", "Chair"), l.pick("财务负责人", "Head of finance"), l.pick("复核", "Checked by"), l.pick("制表", "Prepared by")]
    }

    /// 资产负债表 (工会01表).
    public static func balanceSheet(_ sheet: BalanceSheet, organisationName: String, language: Language) -> Report {
        let l = language
        let columns = [Column(l.pick("项目", "Item"), key: "item"), Column(l.pick("科目编码", "Code"), key: "code"),
                       Column(l.pick("年初数", "Start of year"), key: "opening", alignment: .right),
                       Column(l.pick("期末数", "End of period"), key: "closing", alignment: .right)]
        func section(_ title: String, _ lines: [StatementLine], total: String, _ sums: (opening: Money, closing: Money)) -> [[Cell]] {
            [[.text(title), .empty, .empty, .empty]]
                + lines.map { [.text("  " + $0.name), .text($0.code), .money($0.first), .money($0.second)] }
                + [[.text(total), .empty, .money(sums.opening), .money(sums.closing)]]
        }
        let rows = section(l.pick("资产", "Assets"), sheet.assets, total: l.pick("资产合计", "Total assets"), sheet.totalAssets)
            + section(l.pick("负债", "Liabilities"), sheet.liabilities, total: l.pick("负债合计", "Total liabilities"), sheet.totalLiabilities)
            + section(l.pick("净资产", "Net assets"), sheet.netAssets, total: l.pick("净资产合计", "Total net assets"), sheet.totalNetAssets)
        let equity = sheet.totalLiabilitiesAndNetAssets
        return Report(
            title: l.pick("资产负债表", "Balance sheet"),
            headerLines: [l.pick("工会01表", "Union form 01"), l.pick("编制单位：\(organisationName)", "Organisation: \(organisationName)"),
                          l.pick("\(sheet.month.year) 年 \(sheet.month.month) 月 \(sheet.month.dayCount) 日", "As at \(sheet.month)-\(sheet.month.dayCount)"),
                          l.pick("单位：元", "Unit: yuan")],
            tables: [Table(columns: columns, rows: rows,
                           totals: [[.text(l.pick("负债和净资产总计", "Total liabilities and net assets")), .empty,
                                     .money(equity.opening), .money(equity.closing)]])],
            notes: [sheet.balances ? l.pick("资产 = 负债 + 净资产", "Assets = liabilities + net assets")
                                   : l.pick("资产 ≠ 负债 + 净资产，请检查账务！", "Assets ≠ liabilities + net assets: check the books!")],
            signatures: statementSignatures(l))
    }

    /// 收入支出表 (工会02表).
    public static func incomeStatement(_ statement: IncomeStatement, organisationName: String, language: Language) -> Report {
        let l = language
        let columns = [Column(l.pick("项目", "Item"), key: "item"), Column(l.pick("科目编码", "Code"), key: "code"),
                       Column(l.pick("本月数", "This month"), key: "month", alignment: .right),
                       Column(l.pick("本年累计数", "Year to date"), key: "year", alignment: .right)]
        func section(_ title: String, _ lines: [StatementLine], total: String, _ sums: (month: Money, year: Money)) -> [[Cell]] {
            [[.text(title), .empty, .empty, .empty]]
                + lines.map { [.text("  " + $0.name), .text($0.code), .money($0.first), .money($0.second)] }
                + [[.text(total), .empty, .money(sums.month), .money(sums.year)]]
        }
        let rows = section(l.pick("收入", "Revenue"), statement.revenue, total: l.pick("收入合计", "Total revenue"), statement.totalRevenue)
            + section(l.pick("支出", "Expenditure"), statement.expenditure, total: l.pick("支出合计", "Total expenditure"),
                      statement.totalExpenditure)
        return Report(
            title: l.pick("收入支出表", "Statement of revenue and expenditure"),
            headerLines: [l.pick("工会02表", "Union form 02"), l.pick("编制单位：\(organisationName)", "Organisation: \(organisationName)"),
                          l.pick("\(statement.month.year) 年 \(statement.month.month) 月", "\(statement.month)"), l.pick("单位：元", "Unit: yuan")],
            tables: [Table(columns: columns, rows: rows,
                           totals: [[.text(l.pick("收支结余", "Surplus (deficit)")), .empty,
                                     .money(statement.result.month), .money(statement.result.year)]])],
            signatures: statementSignatures(l))
    }
}
