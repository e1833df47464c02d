import GRDB
import LedgerCore
import LedgerStore

/// What a `PostingCheck` reads in the SQLite store: the posting session's own transaction, with
/// the balance changes it has not written yet added in, and its queued rows flushed before a
/// query over postings. So a check sees every voucher posted before the one it checks, earlier
/// rows of the same import included. Valid only during the `check` call it is given to.
public struct SQLitePostingCheckContext: PostingCheckContext {
    let session: PostingSession

    /// The transaction's connection, for checks of the storage modules that read their own tables
    /// (a budget check reading the approved budget, say). Never for writing.
    package var db: Database { get throws { try session.db } }

    public var organisation: Organisation { session.organisation }

    public var scratch: PostingCheckScratch { session.checkScratch }

    public func account(_ code: AccountCode) -> Account? { session.accountTable[code]?.account }

    /// - Throws: `LedgerError.accountMustExist`, `.periodRangeMustBeOrdered`, `.amountMustFitRange`.
    public func accountTotals(_ code: AccountCode, fund: String?, from: YearMonth, to: YearMonth) throws -> PostingTotals {
        guard from <= to else { throw LedgerError.periodRangeMustBeOrdered(from: from.description, to: to.description) }
        // The account and its sub-accounts: codes extend their parent's.
        let ids = Set(session.accountTable.accounts.filter { $0.account.code.rawValue.hasPrefix(code.rawValue) }.map(\.id))
        guard !ids.isEmpty else { throw LedgerError.accountMustExist(code: code.rawValue) }
        let placeholders = Array(repeating: "?", count: ids.count).joined(separator: ",")
        var arguments: [any DatabaseValueConvertible] = [session.organisation.id, from.ordinal, to.ordinal]
        arguments += ids.sorted().map { $0 as any DatabaseValueConvertible }
        var sql = """
            SELECT COALESCE(SUM(debit_fen), 0) AS d, COALESCE(SUM(credit_fen), 0) AS c FROM balance
            WHERE org_id = ? AND closing = 0 AND ordinal BETWEEN ? AND ? AND account_id IN (\(placeholders))
            """
        if let fund {
            sql += " AND fund = ?"
            arguments.append(fund)
        }
        var totals = try Self.totals(try Row.fetchOne(session.db, sql: sql, arguments: StatementArguments(arguments)))
        // Balance changes of this session wait in memory until the session finishes.
        var fundNumber: Int32?
        if let fund {
            // A fund this session has not posted to has no changes waiting.
            guard let number = session.funds.existingNumber(fund) else { return totals }
            fundNumber = number
        }
        let deltas = session.balanceDeltas
        for (entry, key) in deltas.keys.enumerated()
        where !key.isClosing && ids.contains(key.accountID) && (from.ordinal...to.ordinal).contains(key.ordinal)
            && (fundNumber.map { key.fund == $0 } ?? true) {
            let delta = deltas.sums(at: entry)
            totals = PostingTotals(debit: try totals.debit.adding(Money(fen: delta.debit)),
                                   credit: try totals.credit.adding(Money(fen: delta.credit)))
        }
        return totals
    }

    /// - Throws: `LedgerError.periodRangeMustBeOrdered`.
    public func postingTotals(_ dimension: PostingDimension, accountKind: Account.Kind?, from: YearMonth,
                              to: YearMonth) throws -> PostingTotals {
        guard from <= to else { throw LedgerError.periodRangeMustBeOrdered(from: from.description, to: to.description) }
        try session.flushRows()   // earlier vouchers of this session are queued, not yet in SQLite
        let column: String, value: String
        switch dimension {
        case .budgetLine(let line): (column, value) = ("budget_line", line)
        case .counterparty(let code): (column, value) = ("counterparty", code)
        }
        var arguments: [any DatabaseValueConvertible] = [value, session.organisation.id, from.ordinal, to.ordinal]
        var sql = """
            SELECT COALESCE(SUM(CASE p.side WHEN 'D' THEN p.amount_fen END), 0) AS d,
                   COALESCE(SUM(CASE p.side WHEN 'C' THEN p.amount_fen END), 0) AS c
            FROM posting p JOIN voucher v ON v.id = p.voucher_id
            """
        if accountKind != nil { sql += " JOIN account a ON a.id = p.account_id" }
        sql += " WHERE p.\(column) = ? AND v.org_id = ? AND v.ordinal BETWEEN ? AND ? AND v.kind <> 'closing'"
        if let accountKind {
            sql += " AND a.kind = ?"
            arguments.append(accountKind.rawValue)
        }
        return try Self.totals(try Row.fetchOne(session.db, sql: sql, arguments: StatementArguments(arguments)))
    }

    /// - Throws: `LedgerError.accountMustExist`; a storage error for a stored date that does not read.
    public func dailyMovements(_ code: AccountCode, from: YearMonth?) throws -> [DailyMovement] {
        let ids = Set(session.accountTable.accounts.filter { $0.account.code.rawValue.hasPrefix(code.rawValue) }.map(\.id))
        guard !ids.isEmpty else { throw LedgerError.accountMustExist(code: code.rawValue) }
        try session.flushRows()   // earlier vouchers of this session are queued, not yet in SQLite
        let placeholders = Array(repeating: "?", count: ids.count).joined(separator: ",")
        var arguments: [any DatabaseValueConvertible] = [session.organisation.id, from?.ordinal ?? Int.min]
        arguments += ids.sorted().map { $0 as any DatabaseValueConvertible }
        let rows = try Row.fetchAll(session.db, sql: """
            SELECT v.date AS date, SUM(CASE p.side WHEN 'D' THEN p.amount_fen ELSE -p.amount_fen END) AS net
            FROM voucher v JOIN posting p ON p.voucher_id = v.id
            WHERE v.org_id = ? AND v.ordinal >= ? AND p.account_id IN (\(placeholders))
            GROUP BY v.date ORDER BY v.date
            """, arguments: StatementArguments(arguments))
        return try rows.map { row in
            let text: String = row["date"]
            guard let date = try? LocalDate(parsing: text) else {
                throw StoreError.storage(message: "voucher: the stored date \"\(text)\" does not read")
            }
            return DailyMovement(date: date, net: Money(fen: row["net"]))
        }
    }

    private static func totals(_ row: Row?) throws -> PostingTotals {
        // An aggregate query always returns its one row.
        guard let row else { throw StoreError.storage(message: "balance: the aggregate query returned no row") }
        return PostingTotals(debit: Money(fen: row["d"]), credit: Money(fen: row["c"]))
    }
}
