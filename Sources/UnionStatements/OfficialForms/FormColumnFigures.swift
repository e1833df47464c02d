import LedgerCore

/// The account figures one column of an official form reads, per leaf account, each signed by
/// the account's normal side (an ordinary balance is positive): balances at the column's date,
/// balances at the start of its year, activity over its period without closing entries, credit
/// activity (closing and opening entries left out) and balances at the start of its period.
///
/// Pure: built from the books by `OfficialStatement`, or by hand in tests.
public struct FormColumnFigures: Sendable, Hashable {
    public var balances: [AccountCode: Money]
    public var openings: [AccountCode: Money]
    public var activity: [AccountCode: Money]
    /// Credit turnover per leaf (贷方发生额), positive whatever the account's normal side: `cr(163)`
    /// is the depreciation charged.
    public var credits: [AccountCode: Money]
    /// Balances at the start of the column's period (the month for 本月数, the year otherwise).
    public var periodStarts: [AccountCode: Money]

    public init(balances: [AccountCode: Money] = [:], openings: [AccountCode: Money] = [:], activity: [AccountCode: Money] = [:],
                credits: [AccountCode: Money] = [:], periodStarts: [AccountCode: Money] = [:]) {
        self.balances = balances
        self.openings = openings
        self.activity = activity
        self.credits = credits
        self.periodStarts = periodStarts
    }

    /// The figures a term reads.
    func figures(_ figure: FormFormula.Figure) -> [AccountCode: Money] {
        switch figure {
        case .balance: balances
        case .opening: openings
        case .activity: activity
        case .credit: credits
        case .periodStart: periodStarts
        }
    }

    /// The figure of `code` with all its sub-accounts.
    /// - Parameter creditNormalAssets: asset accounts whose balance is a credit (累计折旧, 累计摊销):
    ///   the form shows them positive, so their debit-normal figure is negated.
    /// - Throws: `LedgerError.amountMustFitRange` on overflow.
    static func total(of code: AccountCode, in figures: [AccountCode: Money],
                      creditNormalAssets: Set<AccountCode>) throws(LedgerError) -> Money {
        var sum = Money.zero
        for (leaf, amount) in figures where leaf.isWithin(code) {
            sum = try creditNormalAssets.contains(where: { leaf.isWithin($0) }) ? sum.subtracting(amount) : sum.adding(amount)
        }
        return sum
    }
}

extension AccountCode {
    /// True when this code is `ancestor` or one of its sub-accounts (`50105` is within `501`).
    public func isWithin(_ ancestor: AccountCode) -> Bool {
        var current: AccountCode? = self
        while let each = current {
            if each == ancestor { return true }
            current = each.parent
        }
        return false
    }
}
