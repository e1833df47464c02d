import LedgerCore
import LedgerStore
import UnionCore

/// 账目公开: what a union posts for its members each year (工会法 art. 45: income and spending
/// reported to the members' congress; DOMAIN §8 the 2023 大连职院 disclosure) — income by source
/// and spending by category with their second-level lines, the year's result, the balance at the
/// start and the end of the year.
///
/// In 万元 every figure is printed to 0.01 and every sub-total is the sum of its printed parts
/// (`WanRounding`: totals half-up from exact values, parts by largest remainder), so a member
/// adding up the table gets the printed total.
public struct Disclosure: Sendable {
    /// One category (a standard account) or one of its second-level lines.
    public struct Item: Sendable, Hashable {
        public var code: AccountCode
        public var name: String
        /// Exact, in fen.
        public var amount: Money
        /// As printed: fen for 元, hundredths of 万元 for 万元.
        public var printed: Money
        public var children: [Item]
    }

    public var organisationName: String
    public var year: Int
    public var unit: StatementUnit
    public var income: [Item]
    public var spending: [Item]
    /// Exact and printed totals.
    public var totalIncome: (exact: Money, printed: Money)
    public var totalSpending: (exact: Money, printed: Money)
    public var opening: (exact: Money, printed: Money)
    /// Movements of the balance other than the year's result (年初余额调整 and the like).
    public var otherMovements: (exact: Money, printed: Money)
    public var closing: (exact: Money, printed: Money)

    /// The year's result: income − spending (printed: the printed totals' difference).
    public var result: (exact: Money, printed: Money) {
        ((try? totalIncome.exact.subtracting(totalSpending.exact)) ?? .zero,
         (try? totalIncome.printed.subtracting(totalSpending.printed)) ?? .zero)
    }

    /// Reads the year from the books: activity without the year-end carry-forward vouchers.
    /// - Throws: `LedgerError.amountMustFitRange` on overflow.
    public static func make(books: any Books, year: Int, unit: StatementUnit, language: Language) throws -> Disclosure {
        let chart = try books.accounts().map(\.account)
        let names = Dictionary(chart.map { ($0.code, $0.name(in: language)) }, uniquingKeysWith: { first, _ in first })
        let trial = try books.trialBalance(from: YearMonth(ordinal: year * 12), to: YearMonth(ordinal: year * 12 + 11),
                                           excludingClosingEntries: true)
        var byCode: [Account.Kind: [AccountCode: [AccountCode: Money]]] = [:]
        for row in trial.rows where row.account.kind == .revenue || row.account.kind == .expenditure {
            let amount = row.account.kind == .revenue ? try row.credit.subtracting(row.debit) : try row.debit.subtracting(row.credit)
            guard !amount.isZero else { continue }
            let top = row.account.code.standardCode
            let second = row.account.code.level >= 2 ? ((try? AccountCode(row.account.code.rawValue.prefix(5))) ?? row.account.code) : top
            var groups = byCode[row.account.kind] ?? [:]
            var lines = groups[top] ?? [:]
            lines[second] = try (lines[second] ?? .zero).adding(amount)
            groups[top] = lines
            byCode[row.account.kind] = groups
        }
        func items(_ kind: Account.Kind) throws -> [Item] {
            try (byCode[kind] ?? [:]).sorted { $0.key < $1.key }.map { top, lines in
                let children = lines.keys.contains(top) && lines.count == 1 ? [] : lines.sorted { $0.key < $1.key }.map { code, amount in
                    Item(code: code, name: names[code] ?? code.rawValue, amount: amount, printed: .zero, children: [])
                }
                return Item(code: top, name: names[top] ?? top.rawValue, amount: try Money.sum(lines.values), printed: .zero, children: children)
            }
        }
        let opening = try FundsBalance.atStart(of: year, in: books)
        let closing = try FundsBalance.atEnd(of: YearMonth(ordinal: year * 12 + 11), in: books)
        return try Disclosure(organisationName: books.organisation.name, year: year, unit: unit, income: try items(.revenue),
                              spending: try items(.expenditure), opening: opening, closing: closing)
    }

    /// Builds the disclosure from exact figures and prints them in `unit`.
    public init(organisationName: String, year: Int, unit: StatementUnit, income: [Item], spending: [Item], opening: Money,
                closing: Money) throws {
        self.organisationName = organisationName
        self.year = year
        self.unit = unit
        let incomeTotal = try Money.sum(income.map(\.amount)), spendingTotal = try Money.sum(spending.map(\.amount))
        let result = try incomeTotal.subtracting(spendingTotal)
        let other = try closing.subtracting(opening).subtracting(result)
        func printed(_ amount: Money) -> Money { unit == .wan ? Money(fen: WanRounding.rounded(amount)) : amount }
        /// Shares `total` among `items` and each item's among its children.
        func share(_ items: [Item], total: Money) -> [Item] {
            guard !items.isEmpty else { return [] }
            let parts = unit == .wan ? WanRounding.apportion(items.map(\.amount), total: total.fen).map { Money(fen: $0) } : items.map(\.amount)
            return zip(items, parts).map { item, part in
                var item = item
                item.printed = part
                item.children = share(item.children, total: part)
                return item
            }
        }
        let incomePrinted = printed(incomeTotal), spendingPrinted = printed(spendingTotal)
        self.income = share(income, total: incomePrinted)
        self.spending = share(spending, total: spendingPrinted)
        totalIncome = (incomeTotal, incomePrinted)
        totalSpending = (spendingTotal, spendingPrinted)
        let openingPrinted = printed(opening), otherPrinted = printed(other)
        self.opening = (opening, openingPrinted)
        otherMovements = (other, otherPrinted)
        // The printed closing balance is the printed sum, so the table adds up.
        let resultPrinted = try incomePrinted.subtracting(spendingPrinted)
        self.closing = (closing, try openingPrinted.adding(resultPrinted).adding(otherPrinted))
    }
}
