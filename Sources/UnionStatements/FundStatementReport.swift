import LedgerCore
import Reporting

extension Report {
    /// 专项资金收支情况表: each restricted fund's carry-over, income, spending and balance; the funds
    /// the statement found overspent are named in a note.
    public static func fundBalances(_ statement: FundStatement, organisationName: String, language: Language) -> Report {
        let l = language
        let rows: [[Cell]] = statement.lines.map {
            [.text($0.fund), .money($0.opening), .money($0.revenue), .money($0.expenditure), .money($0.closing)]
        }
        let totals = statement.totals
        var notes = [l.pick("专项资金按凭证所标专项核算，年终单独结转，专款专用。", "Restricted money is tracked by the fund on each voucher and carried forward apart.")]
        let overspent = statement.overspent
        if !overspent.isEmpty {
            notes.append(l.pick("超支：\(overspent.joined(separator: "、"))（支出超过可用资金）", "Overspent: \(overspent.joined(separator: ", "))"))
        }
        let year = statement.year
        return Report(
            title: l.pick("专项资金收支情况表", "Restricted funds"),
            headerLines: [l.pick("编制单位：\(organisationName)", "Organisation: \(organisationName)"),
                          l.pick("\(year) 年", "Year \(year)"), l.pick("单位：元", "Unit: yuan")],
            tables: [Table(columns: [
                Column(l.pick("专项", "Fund"), key: "fund"),
                Column(l.pick("上年结转", "Brought forward"), key: "opening", alignment: .right),
                Column(l.pick("本年收入", "Revenue"), key: "revenue", alignment: .right),
                Column(l.pick("本年支出", "Expenditure"), key: "expenditure", alignment: .right),
                Column(l.pick("年末结余", "Closing"), key: "closing", alignment: .right),
            ], rows: rows, totals: [[totalLabel(l), .money(totals.opening), .money(totals.revenue),
                                     .money(totals.expenditure), .money(totals.closing)]])],
            notes: notes,
            signatures: statementSignatures(l))
    }
}
