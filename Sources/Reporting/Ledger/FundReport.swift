import LedgerCore

extension Report {
    /// 专项资金收支情况表: each restricted fund's carry-over, income, spending and balance.
    public static func fundBalances(_ funds: [FundBalance], year: Int, organisationName: String, language: Language) throws -> Report {
        let l = language
        var rows: [[Cell]] = []
        var totals = (opening: Money.zero, revenue: Money.zero, expenditure: Money.zero, closing: Money.zero)
        var overspent: [String] = []
        for fund in funds {
            let closing = try fund.closing()
            if closing.isNegative { overspent.append(fund.fund) }
            rows.append([.text(fund.fund), .money(fund.opening), .money(fund.revenue), .money(fund.expenditure), .money(closing)])
            totals = (try totals.opening.adding(fund.opening), try totals.revenue.adding(fund.revenue),
                      try totals.expenditure.adding(fund.expenditure), try totals.closing.adding(closing))
        }
        var notes = [l.pick("专项资金按凭证所标专项核算，年终单独结转，专款专用。", "Restricted money is tracked by the fund on each voucher and carried forward apart.")]
        if !overspent.isEmpty {
            notes.append(l.pick("超支：\(overspent.joined(separator: "、"))（支出超过可用资金）", "Overspent: \(overspent.joined(separator: ", "))"))
        }
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
            ], rows: rows, totals: [[.text(l.pick("合计", "Total")), .money(totals.opening), .money(totals.revenue),
                                     .money(totals.expenditure), .money(totals.closing)]])],
            notes: notes,
            signatures: [l.pick("工会主席", "Chair"), l.pick("财务负责人", "Head of finance"), l.pick("复核", "Checked by"), l.pick("制表", "Prepared by")])
    }
}
