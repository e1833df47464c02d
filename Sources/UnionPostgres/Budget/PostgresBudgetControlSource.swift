import LedgerCore
import LedgerPostgres
import LedgerStore
import UnionCore
import UnionStatements

/// Reads the budget control's state in the posting transaction (approved versions, the policy in
/// force, the year's actuals) on the first voucher of a year that touches revenue or expenditure,
/// and keeps it for the rest of the posting session — as UnionSQLite's `SQLiteBudgetControlSource`.
///
/// The state lives in the posting session's scratch (`PostingCheckContext.scratch`): a session
/// belongs to one organisation and one transaction, and a rerun after a serialization failure
/// starts a new one, so a rolled-back transaction's state is never seen again and the next
/// transaction reads what was committed. The queries run on the store's one connection, which is
/// the connection the posting transaction runs on.
struct PostgresBudgetControlSource: BudgetControlSource, @unchecked Sendable {
    let session: PostgresSession

    /// The scratch key: each year's state (nil: not controlled) for the session's organisation.
    private enum States {}

    private final class Years {
        var states: [Int: BudgetControlTransactionState?] = [:]
    }

    func withState(organisation: Organisation, year: Int, context: any PostingCheckContext,
                   _ body: (BudgetControlTransactionState?) throws -> Void) throws {
        let years = context.scratch.value(for: States.self) { Years() }
        if let known = years.states[year] { return try body(known) }
        // The posting session queues its rows; asking for posting totals writes them first, so the
        // grouped read below sees every voucher this transaction has posted so far, as SQLite's does.
        _ = try context.postingTotals(.budgetLine(""), accountKind: nil, from: YearMonth(ordinal: year * 12),
                                      to: YearMonth(ordinal: year * 12))
        let state = try Self.load(session, organisation: organisation, year: year)
        years.states[year] = .some(state)
        try body(state)
    }

    /// The year's state where the transaction stands: nil when the policy's control is off or no
    /// version is approved.
    static func load(_ session: PostgresSession, organisation: Organisation, year: Int) throws -> BudgetControlTransactionState? {
        let policy = try BudgetPolicy.inForce(policy: try PostgresPolicyStore.current(session), year: year)
        guard policy.control != .off else { return nil }
        let versions = try PostgresBudgetRows.versions(session, books: organisation, year: year).filter { $0.status == .approved }
        guard !versions.isEmpty else { return nil }
        let actuals = try PostgresBudgetRows.actuals(session, books: organisation.id, from: YearMonth(ordinal: year * 12),
                                                     to: YearMonth(ordinal: year * 12 + 11))
        let state = try BudgetControlState(year: year, versions: versions, chart: try PostgresBudgetRows.chart(session, books: organisation.id),
                                           organisation: organisation.code, actuals: actuals)
        return BudgetControlTransactionState(state: state, mode: policy.control)
    }
}
