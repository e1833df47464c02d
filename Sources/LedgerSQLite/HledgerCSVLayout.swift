import InputFiles

/// `hledger print -O csv` read as a voucher file, recognised by its header:
/// `txnidx,date,date2,status,code,description,comment,account,amount,commodity,credit,debit,posting-status,posting-comment`
/// (hledger 1.25). Each transaction is a voucher keyed by its code (the voucher label `gonghui
/// export` writes), or its txnidx when it has none; the description is the summary; the account
/// is the code at the start of the name's last component (`资产:1002 银行存款:100201 工行` →
/// 100201); the debit and credit columns give side and amount (a red-ink amount comes back as
/// blue ink on the other side); the tags `fund:` and `attachments:` of the transaction comment
/// and `budget_line:` and `counterparty:` of the posting comment give those columns. Amounts in a
/// commodity other than CNY are refused.
///
/// Every value is a slice of the row's own bytes, so the row goes through the one voucher row
/// path unchanged: the fields are only re-pointed.
struct HledgerCSVLayout {
    let txnidx: Int, date: Int, code: Int, description: Int, comment: Int, account: Int
    let amount: Int, commodity: Int, credit: Int, debit: Int, postingComment: Int

    /// Column names for messages, by the voucher column they stand for.
    static let names: [VoucherFileLayout.Column: String] = [
        .date: "date", .voucher: "code", .account: "account", .debit: "debit", .credit: "credit",
        .summary: "description", .fund: "comment", .attachments: "comment", .budgetLine: "posting-comment",
        .counterparty: "posting-comment",
    ]

    /// The layout when `names` is hledger's CSV header, else nil.
    init?(header names: [String]) {
        func index(_ name: String) -> Int? { names.firstIndex(of: name) }
        guard let txnidx = index("txnidx"), let date = index("date"), let code = index("code"),
              let description = index("description"), let comment = index("comment"), let account = index("account"),
              let amount = index("amount"), let commodity = index("commodity"), let credit = index("credit"),
              let debit = index("debit"), let postingComment = index("posting-comment")
        else { return nil }
        (self.txnidx, self.date, self.code, self.description, self.comment, self.account) = (txnidx, date, code, description, comment, account)
        (self.amount, self.commodity, self.credit, self.debit, self.postingComment) = (amount, commodity, credit, debit, postingComment)
    }

    /// The row's fields in `VoucherFileLayout.Column` order.
    func canonicalFields(_ fields: [CSVRecordParser.Field], in bytes: UnsafeBufferPointer<UInt8>) -> [CSVRecordParser.Field] {
        // Field has no public initialiser: a blank one is made from the row's first (rows that
        // reach here have at least one field).
        guard var blank = fields.first else { return fields }
        (blank.start, blank.end, blank.hasDoubledQuotes) = (0, 0, false)
        func field(_ index: Int) -> CSVRecordParser.Field { index < fields.count ? fields[index] : blank }
        let code = Self.trimmed(field(code), bytes)
        var result = Array(repeating: blank, count: VoucherFileLayout.Column.allCases.count)
        result[VoucherFileLayout.Column.date.position] = field(date)
        result[VoucherFileLayout.Column.voucher.position] = code.start < code.end ? code : field(txnidx)
        result[VoucherFileLayout.Column.account.position] = Self.accountCode(field(account), bytes)
        result[VoucherFileLayout.Column.debit.position] = field(debit)
        result[VoucherFileLayout.Column.credit.position] = field(credit)
        result[VoucherFileLayout.Column.summary.position] = field(description)
        result[VoucherFileLayout.Column.fund.position] = Self.tag("fund", in: field(comment), bytes) ?? blank
        result[VoucherFileLayout.Column.attachments.position] = Self.tag("attachments", in: field(comment), bytes) ?? blank
        result[VoucherFileLayout.Column.budgetLine.position] = Self.tag("budget_line", in: field(postingComment), bytes) ?? blank
        result[VoucherFileLayout.Column.counterparty.position] = Self.tag("counterparty", in: field(postingComment), bytes) ?? blank
        return result
    }

    /// `100.00 USD` when the row's commodity is neither CNY nor blank.
    func foreignAmount(_ fields: [CSVRecordParser.Field], in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard commodity < fields.count else { return nil }
        let text = CSVRecordParser.string(fields[commodity], in: bytes)
        guard !text.isEmpty, text != "CNY", text != "¥" else { return nil }
        let amount = amount < fields.count ? CSVRecordParser.string(fields[amount], in: bytes) : ""
        return "\(amount) \(text)"
    }

    /// The code at the start of the account name's last component: after the last `:`, up to a space.
    static func accountCode(_ field: CSVRecordParser.Field, _ bytes: UnsafeBufferPointer<UInt8>) -> CSVRecordParser.Field {
        var result = field
        if let colon = (field.start..<field.end).last(where: { bytes[$0] == 0x3A }) { result.start = colon + 1 }
        while result.start < result.end, bytes[result.start] == 0x20 { result.start += 1 }
        if let space = (result.start..<result.end).first(where: { bytes[$0] == 0x20 }) { result.end = space }
        return result
    }

    /// The value of `name:` in a comment: after the colon, up to a comma, without spaces.
    static func tag(_ name: String, in field: CSVRecordParser.Field, _ bytes: UnsafeBufferPointer<UInt8>) -> CSVRecordParser.Field? {
        let key = Array(name.utf8) + [0x3A]
        var index = field.start
        while index + key.count <= field.end {
            let startsWord = index == field.start || bytes[index - 1] == 0x20 || bytes[index - 1] == 0x2C
            if startsWord, (0..<key.count).allSatisfy({ bytes[index + $0] == key[$0] }) {
                var value = field
                value.start = index + key.count
                value.end = (value.start..<field.end).first(where: { bytes[$0] == 0x2C }) ?? field.end
                return trimmed(value, bytes)
            }
            index += 1
        }
        return nil
    }

    static func trimmed(_ field: CSVRecordParser.Field, _ bytes: UnsafeBufferPointer<UInt8>) -> CSVRecordParser.Field {
        var field = field
        while field.start < field.end, bytes[field.start] == 0x20 { field.start += 1 }
        while field.end > field.start, bytes[field.end - 1] == 0x20 { field.end -= 1 }
        return field
    }
}
