import LedgerCore

extension Report {
    /// A list of vouchers, one row each.
    public static func voucherList(_ vouchers: [PostedVoucher], organisationName: String, language: Language) -> Report {
        let entries = vouchers.map(VoucherListEntry.init)
        return voucherList(organisationName: organisationName, language: language, counted: { (entries.count, entries.count) }) { emit in
            for entry in entries { try emit(entry) }
        }
    }

    /// A list of vouchers fed one at a time from the store (`Books.forEachVoucherListEntry`), so a
    /// million vouchers are written as they are read.
    /// - Parameters:
    ///   - counted: how many vouchers `feed` gives and how many there are in all, asked for when the
    ///     notes are printed, after the rows; `showing N of M` when fewer.
    public static func voucherList(organisationName: String, language: Language,
                                   counted: @escaping @Sendable () throws -> (shown: Int, all: Int),
                                   feed: @escaping @Sendable (_ emit: (VoucherListEntry) throws -> Void) throws -> Void) -> Report {
        let l = language
        let columns = [
            Column("ID", key: "id", alignment: .right),
            Column(l.pick("凭证号", "Voucher"), key: "label"),
            Column(l.pick("日期", "Date"), key: "date"),
            Column(l.pick("摘要", "Summary"), key: "summary"),
            Column(l.pick("金额", "Amount"), key: "amount", alignment: .right),
            Column(l.pick("类型", "Kind"), key: "kind"),
            Column(l.pick("冲销关系", "Reversal"), key: "reversal"),
            Column(l.pick("制单人", "Prepared by"), key: "prepared_by"),
        ]
        let rows = RowFeed(labelledColumns: [5, 6]) { emit in
            try feed { voucher in
                try emit([.integer(voucher.id), .text(voucher.label), .date(voucher.date), .text(voucher.summary),
                          .money(voucher.total), .labelled(value: voucher.kind.rawValue, label: kindName(voucher.kind, l)),
                          reversalNote(reverses: voucher.reverses, reversedBy: voucher.reversedBy, l), .text(voucher.preparedBy)])
            }
        }
        var report = Report(title: l.pick("凭证列表", "Vouchers"),
                            headerLines: [l.pick("编制单位：\(organisationName)", "Organisation: \(organisationName)")],
                            tables: [.streamed(columns: columns, rows: rows)])
        report.laterNotes = {
            let (shown, all) = try counted()
            return [l.pick("共 \(shown) 张凭证", "\(shown) vouchers")]
                + (shown < all ? [l.pick("仅显示前 \(shown) 张，共 \(all) 张（去掉 --limit 显示全部）",
                                         "showing \(shown) of \(all) vouchers (leave out --limit for all)")] : [])
        }
        return report
    }

    /// One voucher (记账凭证) with its lines and the total in Chinese uppercase.
    /// - Throws: `LedgerError.amountMustFitRange` if a side's sum overflows (the posting path
    ///   never lets such a voucher in).
    public static func voucher(_ voucher: PostedVoucher, accountNames: [AccountCode: String], organisationName: String,
                               language: Language) throws -> Report {
        let l = language
        let columns = [
            Column(l.pick("摘要", "Summary"), key: "summary"),
            Column(l.pick("科目编码", "Code"), key: "code"),
            Column(l.pick("科目名称", "Account"), key: "name"),
            Column(l.pick("借方金额", "Debit"), key: "debit", alignment: .right),
            Column(l.pick("贷方金额", "Credit"), key: "credit", alignment: .right),
        ]
        let rows: [[Cell]] = voucher.postings.map { posting in
            [.text(posting.memo.isEmpty ? voucher.summary : posting.memo), .text(posting.account.rawValue),
             .text(accountNames[posting.account] ?? ""),
             posting.side == .debit ? .money(posting.amount) : .empty,
             posting.side == .credit ? .money(posting.amount) : .empty]
        }
        let debit = try voucher.postings.filter { $0.side == .debit }.reduce(Money.zero) { try $0.adding($1.amount) }
        let credit = try voucher.postings.filter { $0.side == .credit }.reduce(Money.zero) { try $0.adding($1.amount) }
        var header = [l.pick("编制单位：\(organisationName)", "Organisation: \(organisationName)"),
                      l.pick("凭证号：\(voucher.label)    日期：\(voucher.date)    ID：\(voucher.id)    附件 \(voucher.attachments) 张",
                             "Voucher: \(voucher.label)    Date: \(voucher.date)    ID: \(voucher.id)    Attachments: \(voucher.attachments)")]
        if let reverses = voucher.reverses { header.append(l.pick("红字冲销凭证 ID \(reverses)", "Red-ink reversal of ID \(reverses)")) }
        if let reversedBy = voucher.reversedBy { header.append(l.pick("已被凭证 ID \(reversedBy) 冲销", "Reversed by ID \(reversedBy)")) }
        if !voucher.fund.isEmpty { header.append(l.pick("专项：\(voucher.fund)", "Restricted fund: \(voucher.fund)")) }
        if !voucher.source.isEmpty {
            let source = VoucherSource.shown(voucher.source, l)
            header.append(l.pick("来源：\(source)", "Source: \(source)"))
        }
        return Report(
            title: l.pick("记账凭证", "Voucher"),
            headerLines: header,
            tables: [Table(columns: columns, rows: rows,
                           totals: [[.text(l.pick("合计：", "Total: ") + debit.chineseUppercase()), .empty, .empty,
                                     .money(debit), .money(credit)]])],
            notes: approvalNotes(voucher, l),
            signatures: [l.pick("财务负责人", "Head of finance"), l.pick("记账", "Posted by"), l.pick("复核", "Checked by"),
                         l.pick("出纳", "Cashier"), l.pick("制单", "Prepared by")])
    }

    /// The chart of accounts.
    public static func accountList(_ accounts: [(account: Account, isLeaf: Bool)], organisationName: String,
                                   language: Language) -> Report {
        let l = language
        let columns = [
            Column(l.pick("科目编码", "Code"), key: "code"),
            Column(l.pick("科目名称", "Account"), key: "name"),
            Column(l.pick("类别", "Kind"), key: "kind"),
            Column(l.pick("余额方向", "Normal side"), key: "side"),
            Column(l.pick("末级", "Leaf"), key: "leaf"),
            Column(l.pick("状态", "Status"), key: "status"),
        ]
        let rows: [[Cell]] = accounts.map { entry in
            let account = entry.account
            let indent = String(repeating: "  ", count: account.code.level - 1)
            return [.text(account.code.rawValue), .text(indent + account.name(in: l)),
                    .labelled(value: account.kind.rawValue, label: kindName(account.kind, l)),
                    .labelled(value: account.normalSide.rawValue, label: l.pick(account.normalSide.chinese, account.normalSide.rawValue)),
                    yesNo(entry.isLeaf, l),
                    account.isOpen ? .labelled(value: "open", label: l.pick("启用", "open")) : .labelled(value: "closed", label: l.pick("停用", "closed"))]
        }
        return Report(title: l.pick("会计科目表", "Chart of accounts"),
                      headerLines: [l.pick("编制单位：\(organisationName)", "Organisation: \(organisationName)")],
                      tables: [Table(columns: columns, rows: rows)])
    }

    static func kindName(_ kind: VoucherDraft.Kind, _ l: Language) -> String {
        switch kind {
        case .normal: l.pick("记账", "normal")
        case .reversal: l.pick("红字冲销", "reversal")
        case .closing: l.pick("结转", "closing")
        case .opening: l.pick("建账", "opening")
        }
    }

    static func kindName(_ kind: Account.Kind, _ l: Language) -> String {
        switch kind {
        case .asset: l.pick("资产", "asset")
        case .liability: l.pick("负债", "liability")
        case .netAssets: l.pick("净资产", "net assets")
        case .revenue: l.pick("收入", "revenue")
        case .expenditure: l.pick("支出", "expenditure")
        }
    }

    /// `reverses:ID` or `reversed-by:ID` in JSON, the sentence in the language elsewhere.
    static func reversalNote(_ voucher: PostedVoucher, _ l: Language) -> Cell {
        reversalNote(reverses: voucher.reverses, reversedBy: voucher.reversedBy, l)
    }

    static func reversalNote(reverses: Int64?, reversedBy: Int64?, _ l: Language) -> Cell {
        if let reverses {
            return .labelled(value: "reverses:\(reverses)", label: l.pick("冲销 ID \(reverses)", "reverses \(reverses)"))
        }
        if let reversedBy {
            return .labelled(value: "reversed-by:\(reversedBy)", label: l.pick("被 ID \(reversedBy) 冲销", "reversed by \(reversedBy)"))
        }
        return .text("")
    }

    /// `yes` / `no` in JSON, 是 / 否 in Chinese.
    public static func yesNo(_ flag: Bool, _ l: Language) -> Cell {
        flag ? .labelled(value: "yes", label: l.pick("是", "yes")) : .labelled(value: "no", label: l.pick("否", "no"))
    }

    /// The 合计 / Total label of a totals row: `total` in JSON.
    public static func totalLabel(_ l: Language) -> Cell {
        .labelled(value: "total", label: l.pick("合计", "Total"))
    }
}
