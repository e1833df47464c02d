import UnionCore
import InputFiles
import LedgerCore
import LedgerStore
import Reporting

/// One line of a statement: a standard account (its sub-accounts summed) or a computed line.
public struct StatementLine: Sendable, Hashable {
    public var code: String
    public var name: String
    /// Two amounts: 年初数/期末数 on the balance sheet, 本月数/本年累计数 on the income statement.
    public var first: Money
    public var second: Money
}

/// 资产负债表 (工会01表): each standard account's balance at the start of the year and at the end
/// of the month, by element, with 资产 = 负债 + 净资产 checked. Until the year is closed, the
/// year's revenue less expenditure is shown as its own net-assets line (本年收支结余). Opening
/// vouchers of new books (建账, e.g. from `changeover`) count in 年初数.
public struct BalanceSheet: Sendable {
    public var month: YearMonth
    public var assets: [StatementLine]
    public var liabilities: [StatementLine]
    public var netAssets: [StatementLine]

    public private(set) var totalAssets = (opening: Money.zero, closing: Money.zero)
    public private(set) var totalLiabilities = (opening: Money.zero, closing: Money.zero)
    public private(set) var totalNetAssets = (opening: Money.zero, closing: Money.zero)
    /// 负债和净资产总计: liabilities + net assets, at both dates (checked sums).
    public private(set) var totalLiabilitiesAndNetAssets = (opening: Money.zero, closing: Money.zero)

    /// 资产 = 负债 + 净资产, at both dates.
    public var balances: Bool {
        totalAssets.opening == totalLiabilitiesAndNetAssets.opening && totalAssets.closing == totalLiabilitiesAndNetAssets.closing
    }

    /// Builds the sheet for the end of `month` from the books' maintained balances.
    public init(books: Books, month: YearMonth, language: Language) throws {
        self.month = month
        let january = try YearMonth(year: month.year, month: 1)
        let year = try books.trialBalance(from: january, to: month)
        let names = try Statements.standardNames(books, language: language)
        // Balances brought into new books by an opening voucher (建账) belong to 年初数.
        let brought = try books.openingEntries(year: month.year)
        func lines(_ kind: Account.Kind) throws -> [StatementLine] {
            try Statements.byStandardCode(year.rows.filter { $0.account.kind == kind }, names: names) { row in
                let net = brought[row.account.code] ?? .zero
                return (try row.opening.adding(row.account.normalSide == .debit ? net : net.negated), row.closing)
            }
        }
        assets = try lines(.asset)
        liabilities = try lines(.liability)
        var net = try lines(.netAssets)
        // Revenue and expenditure not yet carried forward belong to net assets (本年收支结余).
        let revenue = year.rows.filter { $0.account.kind == .revenue }
        let expenditure = year.rows.filter { $0.account.kind == .expenditure }
        let openingResult = try Statements.sum(revenue.map(\.opening)).subtracting(Statements.sum(expenditure.map(\.opening)))
        let closingResult = try Statements.sum(revenue.map(\.closing)).subtracting(Statements.sum(expenditure.map(\.closing)))
        if !openingResult.isZero || !closingResult.isZero {
            net.append(StatementLine(code: "", name: language.pick("本年收支结余（未结转）", "Result of the year (not yet carried forward)"),
                                     first: openingResult, second: closingResult))
        }
        netAssets = net
        totalAssets = try Statements.total(assets)
        totalLiabilities = try Statements.total(liabilities)
        totalNetAssets = try Statements.total(netAssets)
        totalLiabilitiesAndNetAssets = (try totalLiabilities.opening.adding(totalNetAssets.opening),
                                        try totalLiabilities.closing.adding(totalNetAssets.closing))
    }
}

/// 收入支出表 (工会02表): revenue and expenditure by standard account, 本月数 and 本年累计数.
public struct IncomeStatement: Sendable {
    public var month: YearMonth
    public var revenue: [StatementLine]
    public var expenditure: [StatementLine]

    public private(set) var totalRevenue = (month: Money.zero, year: Money.zero)
    public private(set) var totalExpenditure = (month: Money.zero, year: Money.zero)
    /// 收支结余: revenue less expenditure.
    public private(set) var result = (month: Money.zero, year: Money.zero)

    public init(books: Books, month: YearMonth, language: Language) throws {
        self.month = month
        let january = try YearMonth(year: month.year, month: 1)
        // Without the year-end carry-forward: it moves the result, it is not income or spending.
        let thisMonth = try books.trialBalance(from: month, to: month, excludingClosingEntries: true)
        let year = try books.trialBalance(from: january, to: month, excludingClosingEntries: true)
        let names = try Statements.standardNames(books, language: language)
        // Movement in the account's normal direction; a closing (结转) voucher is not income or spending.
        func movement(_ row: TrialBalance.Row) throws -> Money {
            row.account.normalSide == .debit ? try row.debit.subtracting(row.credit) : try row.credit.subtracting(row.debit)
        }
        func lines(_ kind: Account.Kind) throws -> [StatementLine] {
            let monthly = try Dictionary(grouping: thisMonth.rows.filter { $0.account.kind == kind }) { $0.account.code.standardCode.rawValue }
                .mapValues { try Statements.sum($0.map(movement)) }
            return try Statements.byStandardCode(year.rows.filter { $0.account.kind == kind }, names: names) { row in
                (Money.zero, try movement(row))
            }.map { line in
                var line = line
                line.first = monthly[line.code] ?? .zero
                return line
            }
        }
        revenue = try lines(.revenue)
        expenditure = try lines(.expenditure)
        let revenueTotal = try Statements.total(revenue), expenditureTotal = try Statements.total(expenditure)
        totalRevenue = (revenueTotal.0, revenueTotal.1)
        totalExpenditure = (expenditureTotal.0, expenditureTotal.1)
        result = (try revenueTotal.0.subtracting(expenditureTotal.0), try revenueTotal.1.subtracting(expenditureTotal.1))
    }
}

enum Statements {
    /// Σ, checked.
    static func sum(_ amounts: [Money]) throws -> Money {
        try amounts.reduce(Money.zero) { try $0.adding($1) }
    }

    /// Σ of both columns, checked.
    static func total(_ lines: [StatementLine]) throws -> (Money, Money) {
        var first = Money.zero, second = Money.zero
        for line in lines {
            first = try first.adding(line.first)
            second = try second.adding(line.second)
        }
        return (first, second)
    }

    static func standardNames(_ books: Books, language: Language) throws -> [AccountCode: String] {
        Dictionary(uniqueKeysWithValues: try books.accounts().map { ($0.account.code, $0.account.name(in: language)) })
    }

    /// Sums rows into one line per standard (3-digit) code, in code order.
    static func byStandardCode(_ rows: [TrialBalance.Row], names: [AccountCode: String],
                               amounts: (TrialBalance.Row) throws -> (Money, Money)) throws -> [StatementLine] {
        var lines: [AccountCode: StatementLine] = [:]
        for row in rows {
            let code = row.account.code.standardCode
            let (first, second) = try amounts(row)
            var line = lines[code] ?? StatementLine(code: code.rawValue, name: names[code] ?? row.account.name, first: .zero, second: .zero)
            line.first = try line.first.adding(first)
            line.second = try line.second.adding(second)
            lines[code] = line
        }
        return lines.keys.sorted().compactMap { lines[$0] }
    }
}
