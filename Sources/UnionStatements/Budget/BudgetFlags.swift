import LedgerCore
import LedgerStore
import UnionCore

/// A voucher that went outside the approved budget: what the control refuses under `stop`, and
/// what it lets through and flags under `warn`.
public struct BudgetFlag: Sendable {
    public var voucher: String
    public var date: LocalDate
    public var summary: String
    /// The rules the voucher broke, in the control's words.
    public var rules: [BudgetError]
}

extension BudgetBook {
    /// Every voucher of the year through `month` that broke the budget when it was posted.
    ///
    /// The flags are not stored: they follow from the books and the approved versions, so they
    /// are found by replaying the year's vouchers in posting order through the same control the
    /// posting path runs (`BudgetControlState.admit` in `warn` mode), each held to the version in
    /// force on its date.
    /// - Complexity: O(vouchers of the year × lines).
    public func flags(through month: YearMonth) throws -> [BudgetFlag] {
        let year = month.year
        let versions = try versions(year: year).filter { $0.status == .approved }
        guard !versions.isEmpty else { return [] }
        let chart = try books.accounts().map(\.account)
        let kinds = Dictionary(chart.map { ($0.code, $0.kind) }, uniquingKeysWith: { first, _ in first })
        let names = Dictionary(chart.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        var state = try BudgetControlState(year: year, versions: versions, chart: chart, organisation: books.organisation.code, actuals: [])
        var flags: [BudgetFlag] = []
        let vouchers = try books.vouchers(from: YearMonth(ordinal: year * 12), to: month, limit: Int.max).sorted { $0.id < $1.id }
        for voucher in vouchers where voucher.kind == .normal || voucher.kind == .reversal {
            let lines = voucher.postings.compactMap { posting in kinds[posting.account].map { (posting: posting, kind: $0) } }
            let broken = try state.admit(date: voucher.date, lines: lines, control: .warn, names: { names[$0] ?? "" })
            if !broken.isEmpty {
                flags.append(BudgetFlag(voucher: voucher.label, date: voucher.date, summary: voucher.summary, rules: broken))
            }
        }
        return flags
    }
}
