import InputFiles
import GRDB
import LedgerCore
import LedgerStore

extension SQLiteBooks {
    /// The trial balance (科目余额表) from the maintained balance table.
    ///
    /// Leaf accounts with any opening balance or movement in the range, by code.
    /// - Complexity: O(accounts × months); never reads postings.
    /// - Parameter excludingClosingEntries: leave out period-end carry-forward (结转) entries, as the
    ///   revenue and expenditure statement does; balances then read as if the year were not closed.
    /// - Throws: `.periodRangeMustBeOrdered` when `from` is after `to`.
    public func trialBalance(from: YearMonth, to: YearMonth, excludingClosingEntries: Bool = false) throws -> TrialBalance {
        guard from <= to else { throw LedgerError.periodRangeMustBeOrdered(from: from.description, to: to.description) }
        return try database.read { db in
            try trialBalance(db: db, from: from, to: to, excludingClosingEntries: excludingClosingEntries)
        }
    }

    /// The same, inside a caller's transaction.
    func trialBalance(db: Database, from: YearMonth, to: YearMonth, excludingClosingEntries: Bool) throws -> TrialBalance {
        do {   // one scope, so the body reads as it did inside `read`
            let accounts = try AccountStore.all(db, organisation: organisation.id)
            var movements: [AccountCode: (before: Int64, debit: Int64, credit: Int64)] = [:]
            let codes = Dictionary(uniqueKeysWithValues: accounts.map { ($0.id, $0.account.code) })
            // Debit and credit summed apart: their difference is taken in Swift, checked.
            let rows = try Row.fetchAll(db, sql: """
                SELECT account_id,
                       SUM(CASE WHEN ordinal < ?1 THEN debit_fen ELSE 0 END) AS before_debit,
                       SUM(CASE WHEN ordinal < ?1 THEN credit_fen ELSE 0 END) AS before_credit,
                       SUM(CASE WHEN ordinal >= ?1 THEN debit_fen ELSE 0 END) AS debit,
                       SUM(CASE WHEN ordinal >= ?1 THEN credit_fen ELSE 0 END) AS credit
                FROM balance WHERE org_id = ?2 AND ordinal <= ?3 AND closing <= ?4
                GROUP BY account_id
                """, arguments: [from.ordinal, organisation.id, to.ordinal, excludingClosingEntries ? 0 : 1])
            for row in rows {
                // A balance row of another organisation's account would otherwise vanish from the
                // trial balance and leave it plausibly wrong.
                guard let code = codes[row["account_id"]] else {
                    throw StoreError.storage(message: "balance row (account #\(row["account_id"] as Int64)): the account is not in \(organisation.code)'s chart")
                }
                let before = try Money(fen: row["before_debit"]).subtracting(Money(fen: row["before_credit"]))
                movements[code] = (before.fen, row["debit"], row["credit"])
            }
            let active = accounts.filter { stored in
                guard stored.isLeaf, let movement = movements[stored.account.code] else { return false }
                return movement.before != 0 || movement.debit != 0 || movement.credit != 0
            }
            return try TrialBalance(organisation: organisation.code, from: from, to: to,
                                    accounts: active.map(\.account), movements: movements)
        }
    }

    /// The first and last months with postings, or the first period when there are none.
    public func activeRange() throws -> (from: YearMonth, to: YearMonth) {
        try database.read { db in
            let row = try Row.fetchOne(db, sql: "SELECT MIN(ordinal) AS low, MAX(ordinal) AS high FROM period WHERE org_id = ?",
                                       arguments: [organisation.id])
            // MIN and MAX are NULL when the books have no period yet: then the first period.
            let low: Int? = row?["low"]
            let high: Int? = row?["high"]
            let first = organisation.firstPeriod
            return (try StoredValue.month(ordinal: min(low ?? first.ordinal, first.ordinal), row: "period of \(organisation.code)"),
                    try StoredValue.month(ordinal: high ?? first.ordinal, row: "period of \(organisation.code)"))
        }
    }
}
