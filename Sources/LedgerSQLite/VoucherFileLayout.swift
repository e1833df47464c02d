/// The voucher CSV: `date,voucher,account,debit,credit,summary` or
/// `日期,凭证号,科目编码,借方金额,贷方金额,摘要`, columns in any order, UTF-8 (with or without
/// BOM) or GB18030. Optional columns: `fund`/`专项` (restricted fund) and `attachments`/`附件张数`,
/// both per voucher (the first row gives them; later rows leave them blank or repeat them).
enum VoucherFileLayout {
    enum Column: Int, CaseIterable {
        case date, voucher, account, debit, credit, summary, fund, attachments

        var isRequired: Bool { self != .fund && self != .attachments }

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
            }
        }
    }
}
