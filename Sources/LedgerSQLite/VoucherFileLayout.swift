/// The voucher CSV: `date,voucher,account,debit,credit,summary` or
/// `日期,凭证号,科目编码,借方金额,贷方金额,摘要`, columns in any order, UTF-8 (with or without
/// BOM) or GB18030.
///
/// Optional columns, per voucher (the first row gives them; later rows leave them blank or repeat
/// them): `fund`/`专项` (restricted fund) and `attachments`/`附件张数`. Optional columns per row
/// (posting dimensions, blank for none): `budget_line`/`预算项目` and `counterparty`/`往来单位`
/// (an organisation code). `hledger print -O csv` output is read too (`HledgerCSVLayout`).
enum VoucherFileLayout {
    enum Column: Int, CaseIterable {
        case date, voucher, account, debit, credit, summary, fund, attachments, budgetLine, counterparty

        var isRequired: Bool { rawValue <= Column.summary.rawValue }

        /// The column's index among the header's recognised columns.
        var position: Int { rawValue }

        var names: [String] {
            switch self {
            case .date: ["date", "日期"]
            case .voucher: ["voucher", "凭证号", "凭证编号"]
            case .account: ["account", "科目编码", "科目代码"]
            case .debit: ["debit", "借方金额", "借方"]
            case .credit: ["credit", "贷方金额", "贷方"]
            case .summary: ["summary", "摘要"]
            case .fund: ["fund", "专项", "专项资金"]
            case .attachments: ["attachments", "附件张数", "附件数"]
            case .budgetLine: ["budget_line", "预算项目"]
            case .counterparty: ["counterparty", "往来单位"]
            }
        }
    }
}
