import LedgerCore
import LedgerStore
import UnionCore

/// 结转结余: 工会资金结转 (321) + 工会资金结余 (322) as a year close would leave them — their
/// balances plus the revenue less expenditure not yet carried forward. The budget's balance rule
/// (以收定支: spending ≤ revenue + this at the start of the year), the final accounts and the
/// disclosure all read it here.
public enum FundsBalance {
    /// At the start of `year`: the prior year's close included even when not yet posted, the
    /// year's opening vouchers (建账) counted as 年初余额.
    public static func atStart(of year: Int, in books: any Books) throws -> Money {
        let chart = try books.accounts().map(\.account)
        let funds = fundAccounts(chart: chart, organisation: books.organisation.code)
        let january = YearMonth(ordinal: year * 12)
        var total = try sum(try books.trialBalance(from: january, to: january, excludingClosingEntries: false).rows,
                            funds: funds, \.opening)
        let kinds = Dictionary(chart.map { ($0.code, $0.kind) }, uniquingKeysWith: { first, _ in first })
        for (code, debitNet) in try books.openingEntries(year: year)
        where kinds[code] == .netAssets && funds.contains(where: { code.isWithin($0) }) {
            total = try total.subtracting(debitNet)
        }
        return total
    }

    /// At the end of `month`.
    public static func atEnd(of month: YearMonth, in books: any Books) throws -> Money {
        let funds = fundAccounts(chart: try books.accounts().map(\.account), organisation: books.organisation.code)
        return try sum(try books.trialBalance(from: YearMonth(ordinal: month.year * 12), to: month, excludingClosingEntries: false).rows,
                       funds: funds, \.closing)
    }

    private static func fundAccounts(chart: [Account], organisation: String) -> [AccountCode] {
        let roles = ChartRoles(organisation: organisation, accounts: chart)
        return [roles.codeIfPresent(.restrictedCarryForward), roles.codeIfPresent(.unrestrictedSurplus)].compactMap { $0 }
    }

    private static func sum(_ rows: [TrialBalance.Row], funds: [AccountCode], _ balance: KeyPath<TrialBalance.Row, Money>) throws -> Money {
        var total = Money.zero
        for row in rows {
            switch row.account.kind {
            case .revenue: total = try total.adding(row[keyPath: balance])
            case .expenditure: total = try total.subtracting(row[keyPath: balance])
            case .netAssets where funds.contains(where: { row.account.code.isWithin($0) }): total = try total.adding(row[keyPath: balance])
            default: continue
            }
        }
        return total
    }
}
