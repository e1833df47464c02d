import LedgerCore
import LedgerStore
import UnionCore

/// Reads the figures an official form needs from the books' maintained balances (trial balances
/// over month ranges; never postings).
struct FormFigureSource {
    let books: any Books
    let roles: ChartRoles

    /// Balances at the start of the year and at the end of `month`, for 01表 (and for 02表's
    /// 年初/年末 lines), with the year's result carried into 321/322 while it is not yet closed.
    struct Closing {
        var atYearStart: FormColumnFigures
        var atEnd: FormColumnFigures
        /// What was carried for presentation: [at the start of the year, at the end].
        var carriedResult: [Money]
    }

    func closingFigures(at month: YearMonth) throws -> Closing {
        let january = YearMonth(ordinal: month.year * 12)
        let trial = try books.trialBalance(from: january, to: month, excludingClosingEntries: false)
        // Opening vouchers (建账) are dated in the year but are its 年初余额 (issue: opening balances).
        let brought = try books.openingEntries(year: month.year)
        var start: [AccountCode: Money] = [:]
        var end: [AccountCode: Money] = [:]
        var kinds: [AccountCode: Account.Kind] = [:]
        for row in trial.rows {
            start[row.account.code] = row.opening
            end[row.account.code] = row.closing
            kinds[row.account.code] = row.account.kind
        }
        let chart = try books.accounts()
        for stored in chart { kinds[stored.account.code] = stored.account.kind }
        for (code, debitNet) in brought {
            guard let kind = kinds[code] else { continue }
            let signed = kind.normalSide == .debit ? debitNet : try Money.zero.subtracting(debitNet)
            start[code] = try (start[code] ?? .zero).adding(signed)
        }
        let restrictedToEnd = try restrictedResult(from: january, through: month)
        let restrictedBefore = january.ordinal > 0 ? try restrictedResult(from: YearMonth(ordinal: 0), through: january.previous) : .zero
        let carriedStart = try carry(into: &start, kinds: kinds, restricted: restrictedBefore)
        let carriedEnd = try carry(into: &end, kinds: kinds, restricted: restrictedToEnd)
        return Closing(atYearStart: FormColumnFigures(balances: start, openings: start, activity: [:]),
                       atEnd: FormColumnFigures(balances: end, openings: start, activity: [:]),
                       carriedResult: [carriedStart, carriedEnd])
    }

    /// Activity over [from, to] without closing entries (02表 本月数/本年累计数/本年数/上年数), with
    /// the year's opening and closing balances for the 年初/年末 lines.
    /// - Parameter withCredits: also read credit activity and the balances at the start of the
    ///   period (成本费用表), which cost one more reading of the books for a month column.
    func periodFigures(from: YearMonth, to: YearMonth, withCredits: Bool = false) throws -> FormColumnFigures {
        let trial = try books.trialBalance(from: from, to: to, excludingClosingEntries: true)
        var activity: [AccountCode: Money] = [:]
        var credits: [AccountCode: Money] = [:]
        for row in trial.rows {
            let net = row.account.normalSide == .debit ? try row.debit.subtracting(row.credit) : try row.credit.subtracting(row.debit)
            if !net.isZero { activity[row.account.code] = net }
            if withCredits, !row.credit.isZero { credits[row.account.code] = row.credit }
        }
        let closing = try closingFigures(at: to)
        var figures = FormColumnFigures(balances: closing.atEnd.balances, openings: closing.atYearStart.balances, activity: activity)
        guard withCredits else { return figures }
        let january = YearMonth(ordinal: from.year * 12)
        figures.periodStarts = from == january ? closing.atYearStart.balances : try closingFigures(at: from.previous).atEnd.balances
        // The opening voucher (建账) brings 年初余额: its credits (累计折旧 brought forward) are not
        // the period's charge. Its debits are left alone: a credit-activity line reads credits only.
        if let month = try openingVoucherMonth(year: from.year), from <= month, month <= to {
            for (code, debitNet) in try books.openingEntries(year: from.year) where debitNet.isNegative {
                let left = try (credits[code] ?? .zero).adding(debitNet)
                credits[code] = left.isZero ? nil : left
            }
        }
        figures.credits = credits
        return figures
    }

    /// The month of the year's opening voucher, if the year has one: looked for month by month
    /// from the start of the books' year (it is normally in the first).
    private func openingVoucherMonth(year: Int) throws -> YearMonth? {
        guard !(try books.openingEntries(year: year)).isEmpty else { return nil }
        let first = max(YearMonth(ordinal: year * 12), books.organisation.firstPeriod)
        guard first.year == year else { return nil }
        var month = first
        while month.year == year {
            if try books.vouchers(from: month, to: month, limit: 100_000).contains(where: { $0.kind == .opening }) { return month }
            month = YearMonth(ordinal: month.ordinal + 1)
        }
        return nil
    }

    /// Whether the books hold any month of `year` (a 上年数 column is blank before the books began).
    func hasBooks(in year: Int) throws -> Bool {
        let range = try books.activeRange()
        return range.from.year <= year && year <= range.to.year && books.organisation.firstPeriod.year <= year
    }

    /// Revenue less expenditure of restricted funds (专项) over the months, not yet carried forward:
    /// closing entries are counted, so a closed year nets to zero.
    private func restrictedResult(from: YearMonth, through month: YearMonth) throws -> Money {
        var result = Money.zero
        for fund in try books.fundBalances(from: from, to: month, excludingClosingEntries: false) {
            result = try result.adding(fund.revenue).subtracting(fund.expenditure)
        }
        return result
    }

    /// Moves the unclosed revenue and expenditure balances into 321 (restricted) and 322 (the
    /// rest), as a close would: returns the amount carried.
    private func carry(into balances: inout [AccountCode: Money], kinds: [AccountCode: Account.Kind],
                       restricted: Money) throws -> Money {
        var result = Money.zero
        for (code, amount) in balances {
            switch kinds[code] {
            case .revenue: result = try result.adding(amount)
            case .expenditure: result = try result.subtracting(amount)
            default: continue
            }
        }
        guard !result.isZero else { return .zero }
        let restrictedAccount = try roles.code(.restrictedCarryForward)
        let unrestrictedAccount = try roles.code(.unrestrictedSurplus)
        balances[restrictedAccount] = try (balances[restrictedAccount] ?? .zero).adding(restricted)
        balances[unrestrictedAccount] = try (balances[unrestrictedAccount] ?? .zero).adding(result.subtracting(restricted))
        return result
    }
}
