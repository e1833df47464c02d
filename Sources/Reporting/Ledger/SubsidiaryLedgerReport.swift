import LedgerCore

/// Which book an account's ledger is printed as. The chart decides (UnionStatements asks the
/// account's role); the report only titles it.
public enum LedgerBook: Sendable, Hashable, CaseIterable {
    /// 明细账: any account.
    case subsidiary
    /// 现金日记账: the cash account's book.
    case cashJournal
    /// 银行存款日记账: the bank deposits account's book.
    case bankJournal

    /// The book's title.
    public func title(in language: Language) -> String {
        switch self {
        case .subsidiary: language.pick("明细账", "Subsidiary ledger")
        case .cashJournal: language.pick("现金日记账", "Cash journal")
        case .bankJournal: language.pick("银行存款日记账", "Bank journal")
        }
    }
}

extension Report {
    /// 明细账, or 现金日记账 / 银行存款日记账 for cash and bank: opening balance, each posting with the
    /// running balance and its direction (借/贷/平), a 本月合计 line after each month and 本年累计.
    /// - Parameter book: what the ledger is printed as (its title).
    public static func subsidiaryLedger(_ ledger: SubsidiaryLedger, book: LedgerBook = .subsidiary, organisationName: String,
                                        language: Language) throws -> Report {
        let l = language
        let title = book.title(in: l)
        let columns = [
            Column(l.pick("日期", "Date"), key: "date"), Column(l.pick("凭证号", "Voucher"), key: "voucher"),
            Column(l.pick("摘要", "Summary"), key: "summary"), Column(l.pick("科目", "Account"), key: "account"),
            Column(l.pick("借方", "Debit"), key: "debit", alignment: .right),
            Column(l.pick("贷方", "Credit"), key: "credit", alignment: .right),
            Column(l.pick("方向", "Dr/Cr"), key: "direction"),
            Column(l.pick("余额", "Balance"), key: "balance", alignment: .right),
        ]
        // JSON: `debit`, `credit` or `zero` (平).
        func direction(_ balance: Money) -> Cell {
            if balance.isZero { return .labelled(value: "zero", label: l.pick("平", "—")) }
            let side = balance.isPositive ? ledger.account.normalSide : ledger.account.normalSide.opposite
            return .labelled(value: side.rawValue, label: l.pick(side.chinese, side == .debit ? "Dr" : "Cr"))
        }
        func magnitude(_ money: Money) -> Money { money.isNegative ? money.negated : money }
        let balances = try ledger.runningBalances()
        let firstDay: Cell = (try? LocalDate(year: ledger.from.year, month: ledger.from.month, day: 1)).map(Cell.date) ?? .empty
        var rows: [[Cell]] = [[firstDay, .empty, .text(l.pick("期初余额", "Opening balance")), .empty,
                               .empty, .empty, direction(ledger.opening), .money(magnitude(ledger.opening))]]
        var monthDebit = Money.zero, monthCredit = Money.zero, yearDebit = Money.zero, yearCredit = Money.zero
        var balance = ledger.opening
        for (index, line) in ledger.lines.enumerated() {
            rows.append([.date(line.date), .text(line.voucherLabel), .text(line.summary), .text(line.account.rawValue),
                         line.side == .debit ? .money(line.amount) : .empty, line.side == .credit ? .money(line.amount) : .empty,
                         direction(balances[index]), .money(magnitude(balances[index]))])
            if line.side == .debit { monthDebit = try monthDebit.adding(line.amount) } else { monthCredit = try monthCredit.adding(line.amount) }
            balance = balances[index]
            let monthEnds = index + 1 == ledger.lines.count || ledger.lines[index + 1].date.yearMonth != line.date.yearMonth
            if monthEnds {
                yearDebit = try yearDebit.adding(monthDebit)
                yearCredit = try yearCredit.adding(monthCredit)
                rows.append([.text(line.date.yearMonth.description), .empty, .text(l.pick("本月合计", "Month total")), .empty,
                             .money(monthDebit), .money(monthCredit), direction(balance), .money(magnitude(balance))])
                monthDebit = .zero
                monthCredit = .zero
            }
        }
        return Report(
            title: title,
            headerLines: [l.pick("编制单位：\(organisationName)", "Organisation: \(organisationName)"),
                          l.pick("科目：\(ledger.account.code) \(ledger.account.name)", "Account: \(ledger.account.code) \(ledger.account.name(in: l))"),
                          l.pick("期间：\(ledger.from) 至 \(ledger.to)", "Period: \(ledger.from) to \(ledger.to)"), l.pick("单位：元", "Unit: yuan")],
            tables: [Table(columns: columns, rows: rows,
                           totals: [[.empty, .empty, .text(l.pick("累计", "Total")), .empty,
                                     .money(yearDebit), .money(yearCredit), direction(balance), .money(magnitude(balance))]])])
    }
}
