import Foundation
import GRDB
import LedgerCore
import LedgerSQLite
import LedgerStore
import UnionCore
import UnionStatements

extension UnionSQLiteStores {
    /// The same books file with budget control on its posting path (`BudgetControlCheck`).
    public static func withBudgetControl(_ database: LedgerDatabase) -> LedgerDatabase {
        database.withPostingChecks([BudgetControlCheck(source: SQLiteBudgetControlSource())])
    }
}

/// Reads the control's state in the posting transaction (approved versions, the policy in force,
/// the year's actuals) on the first voucher of a year that touches revenue or expenditure, keeps
/// it for the rest of the transaction, and forgets it when the transaction ends (commit or
/// rollback), so the next transaction reads what was committed.
///
/// Reading once per transaction keeps an import of a million vouchers from querying per voucher;
/// the check keeps the state current as each voucher is admitted.
final class SQLiteBudgetControlSource: BudgetControlSource, @unchecked Sendable {
    private struct Key: Hashable {
        var organisation: Int64
        var year: Int
    }

    // Guarded by `lock`. Posting transactions of one store are serial; the lock makes that explicit.
    private let lock = NSLock()
    private var states: [Key: BudgetControlTransactionState?] = [:]
    private var watchingTransaction = false

    func withState(organisation: Organisation, year: Int, context: any PostingCheckContext,
                   _ body: (BudgetControlTransactionState?) throws -> Void) throws {
        let key = Key(organisation: organisation.id, year: year)
        lock.lock()
        let known = states[key]
        lock.unlock()
        if let known { return try body(known) }
        // The first voucher of the year in this transaction: read the state where the transaction stands.
        guard let sqlite = context as? SQLitePostingCheckContext else {
            throw StoreError.storage(message: "budget control reads its tables in a SQLite posting transaction")
        }
        let db = try sqlite.db
        let state = try Self.load(db, organisation: organisation, year: year)
        lock.lock()
        if !watchingTransaction {
            watchingTransaction = true
            db.afterNextTransaction(onCommit: { [weak self] _ in self?.forget() }, onRollback: { [weak self] _ in self?.forget() })
        }
        states[key] = .some(state)
        lock.unlock()
        try body(state)
    }

    private func forget() {
        lock.lock()
        states = [:]
        watchingTransaction = false
        lock.unlock()
    }

    /// The year's state as committed: nil when the policy's control is off or no version is approved.
    static func load(_ db: Database, organisation: Organisation, year: Int) throws -> BudgetControlTransactionState? {
        let policy = try BudgetPolicy.inForce(policy: try SQLitePolicyStore.current(db), year: year)
        guard policy.control != .off else { return nil }
        let versions = try BudgetRows.versions(db, books: organisation, year: year).filter { $0.status == .approved }
        guard !versions.isEmpty else { return nil }
        let actuals = try BudgetRows.actuals(db, books: organisation.id, from: YearMonth(ordinal: year * 12), to: YearMonth(ordinal: year * 12 + 11))
        let state = try BudgetControlState(year: year, versions: versions, chart: try BudgetRows.chart(db, books: organisation.id),
                                           organisation: organisation.code, actuals: actuals)
        return BudgetControlTransactionState(state: state, mode: policy.control)
    }
}
