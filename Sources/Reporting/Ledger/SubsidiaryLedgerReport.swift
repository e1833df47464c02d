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
        let lines = ledger.lines
        return subsidiaryLedger(head: ledger, book: book, organisationName: organisationName, language: language) { emit in
            for line in lines { try emit(line) }
        }
    }

    /// The same ledger with its lines fed one at a time from the store
    /// (`Books.forEachSubsidiaryLedgerLine`); the running balance and the month and year totals are
    /// added up as the lines pass.
    /// - Parameter head: the account, range and opening balance (its `lines` are not read).
    public static func subsidiaryLedger(head ledger: SubsidiaryLedger, book: LedgerBook = .subsidiary, organisationName: String,
                                        language: Language,
                                        lines feed: @escaping @Sendable (_ emit: (SubsidiaryLedger.Line) throws -> Void) throws -> Void) -> Report {
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
        let totals = LedgerTotals()
        let head = ledger
        let rows = RowFeed(labelledColumns: [6], feed: { emit in
            var running = LedgerRunningRows(ledger: head, language: l)
            try emit(running.openingRow())
            try feed { line in
                for row in try running.add(line) { try emit(row) }
            }
            for row in try running.finish() { try emit(row) }
            totals.rows = [running.totalRow()]
        }, totals: { totals.rows })
        return Report(
            title: title,
            headerLines: [l.pick("编制单位：\(organisationName)", "Organisation: \(organisationName)"),
                          l.pick("科目：\(ledger.account.code) \(ledger.account.name)", "Account: \(ledger.account.code) \(ledger.account.name(in: l))"),
                          l.pick("期间：\(ledger.from) 至 \(ledger.to)", "Period: \(ledger.from) to \(ledger.to)"), l.pick("单位：元", "Unit: yuan")],
            tables: [.streamed(columns: columns, rows: rows)])
    }
}

/// The 累计 row of a fed ledger, set when its lines have passed.
private final class LedgerTotals: @unchecked Sendable {
    var rows: [[Report.Cell]] = []
}

/// A ledger's rows as its lines pass: each line with the running balance, a 本月合计 row when the
/// month changes and after the last line, and the 累计 totals.
struct LedgerRunningRows {
    typealias Cell = Report.Cell
    let ledger: SubsidiaryLedger
    let l: Language
    private var balance: Money
    private var month: YearMonth?
    private var monthDebit = Money.zero, monthCredit = Money.zero, yearDebit = Money.zero, yearCredit = Money.zero

    init(ledger: SubsidiaryLedger, language: Language) {
        self.ledger = ledger
        l = language
        balance = ledger.opening
    }

    /// JSON: `debit`, `credit` or `zero` (平).
    private func direction(_ balance: Money) -> Cell {
        if balance.isZero { return .labelled(value: "zero", label: l.pick("平", "—")) }
        let side = balance.isPositive ? ledger.account.normalSide : ledger.account.normalSide.opposite
        return .labelled(value: side.rawValue, label: l.pick(side.chinese, side == .debit ? "Dr" : "Cr"))
    }

    private func magnitude(_ money: Money) -> Money { money.isNegative ? money.negated : money }

    func openingRow() -> [Cell] {
        let firstDay: Cell = (try? LocalDate(year: ledger.from.year, month: ledger.from.month, day: 1)).map(Cell.date) ?? .empty
        return [firstDay, .empty, .text(l.pick("期初余额", "Opening balance")), .empty,
                .empty, .empty, direction(ledger.opening), .money(magnitude(ledger.opening))]
    }

    /// The line's row, after the month total of the month before when the month changes.
    /// - Throws: `.amountMustFitRange` if a balance or total overflows.
    mutating func add(_ line: SubsidiaryLedger.Line) throws -> [[Cell]] {
        var rows: [[Cell]] = []
        if let month, month != line.date.yearMonth { rows += try closeMonth() }
        month = line.date.yearMonth
        balance = line.side == ledger.account.normalSide ? try balance.adding(line.amount) : try balance.subtracting(line.amount)
        rows.append([.date(line.date), .text(line.voucherLabel), .text(line.summary), .text(line.account.rawValue),
                     line.side == .debit ? .money(line.amount) : .empty, line.side == .credit ? .money(line.amount) : .empty,
                     direction(balance), .money(magnitude(balance))])
        if line.side == .debit { monthDebit = try monthDebit.adding(line.amount) } else { monthCredit = try monthCredit.adding(line.amount) }
        return rows
    }

    /// The last month's total, if any line passed.
    mutating func finish() throws -> [[Cell]] { try closeMonth() }

    private mutating func closeMonth() throws -> [[Cell]] {
        guard let month else { return [] }
        yearDebit = try yearDebit.adding(monthDebit)
        yearCredit = try yearCredit.adding(monthCredit)
        let row: [Cell] = [.text(month.description), .empty, .text(l.pick("本月合计", "Month total")), .empty,
                           .money(monthDebit), .money(monthCredit), direction(balance), .money(magnitude(balance))]
        monthDebit = .zero
        monthCredit = .zero
        self.month = nil
        return [row]
    }

    func totalRow() -> [Cell] {
        [.empty, .empty, .text(l.pick("累计", "Total")), .empty,
         .money(yearDebit), .money(yearCredit), direction(balance), .money(magnitude(balance))]
    }
}
