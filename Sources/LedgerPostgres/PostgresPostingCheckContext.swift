import LedgerCore
import LedgerStore

/// What a `PostingCheck` reads in the PostgreSQL store: the posting session's own transaction, with
/// the balance changes it has not written yet added in, and its queued rows sent before a query over
/// postings (the same answers as `SQLitePostingCheckContext`). Valid only during the `check` call.
struct PostgresPostingCheckContext: PostingCheckContext {
    let session: PostgresPostingSession

    var organisation: Organisation { session.organisation }

    var scratch: PostingCheckScratch { session.checkScratch }

    func account(_ code: AccountCode) -> Account? { session.accountsByCode[code]?.account }

    func accountTotals(_ code: AccountCode, fund: String?, from: YearMonth, to: YearMonth) throws -> PostingTotals {
        guard from <= to else { throw LedgerError.periodRangeMustBeOrdered(from: from.description, to: to.description) }
        let ids = Set(session.accountsByCode.values.filter { $0.account.code.rawValue.hasPrefix(code.rawValue) }.map(\.id))
        guard !ids.isEmpty else { throw LedgerError.accountMustExist(code: code.rawValue) }
        var values: [PostgresValue] = [.integer(session.organisation.id), .int(from.ordinal), .int(to.ordinal),
                                       .text("{" + ids.sorted().map(String.init).joined(separator: ",") + "}")]
        var sql = """
            SELECT COALESCE(SUM(debit_fen), 0)::bigint AS d, COALESCE(SUM(credit_fen), 0)::bigint AS c FROM balance
            WHERE org_id = $1 AND closing = 0 AND ordinal BETWEEN $2 AND $3 AND account_id = ANY($4::bigint[])
            """
        if let fund {
            sql += " AND fund = $5"
            values.append(.text(fund))
        }
        let row = try session.session.one(sql, values)
        var totals = PostingTotals(debit: Money(fen: try row.int("d")), credit: Money(fen: try row.int("c")))
        for (key, delta) in session.balanceDeltas
        where !key.isClosing && ids.contains(key.accountID) && (from.ordinal...to.ordinal).contains(key.ordinal)
            && (fund.map { key.fund == $0 } ?? true) {
            totals = PostingTotals(debit: try totals.debit.adding(Money(fen: delta.debit)),
                                   credit: try totals.credit.adding(Money(fen: delta.credit)))
        }
        return totals
    }

    func dailyMovements(_ code: AccountCode, from: YearMonth?) throws -> [DailyMovement] {
        let ids = Set(session.accountsByCode.values.filter { $0.account.code.rawValue.hasPrefix(code.rawValue) }.map(\.id))
        guard !ids.isEmpty else { throw LedgerError.accountMustExist(code: code.rawValue) }
        try session.flushRows()
        let rows = try session.session.query("""
            SELECT v.date AS date, SUM(CASE p.side WHEN 'D' THEN p.amount_fen ELSE -p.amount_fen END)::bigint AS net
            FROM voucher v JOIN posting p ON p.voucher_id = v.id
            WHERE v.org_id = $1 AND v.ordinal >= $2 AND p.account_id = ANY($3::bigint[])
            GROUP BY v.date ORDER BY v.date
            """, [.integer(session.organisation.id), from.map { .int($0.ordinal) } ?? .integer(Int64.min),
                  .text("{" + ids.sorted().map(String.init).joined(separator: ",") + "}")])
        return try rows.map { row in
            let text = try row.text("date")
            guard let date = try? LocalDate(parsing: text) else {
                throw StoreError.storage(message: "voucher: the stored date \"\(text)\" does not read")
            }
            return DailyMovement(date: date, net: Money(fen: try row.int("net")))
        }
    }

    func postingTotals(_ dimension: PostingDimension, accountKind: Account.Kind?, from: YearMonth,
                       to: YearMonth) throws -> PostingTotals {
        guard from <= to else { throw LedgerError.periodRangeMustBeOrdered(from: from.description, to: to.description) }
        try session.flushRows()
        let column: String, value: String
        switch dimension {
        case .budgetLine(let line): (column, value) = ("budget_line", line)
        case .counterparty(let code): (column, value) = ("counterparty", code)
        }
        var values: [PostgresValue] = [.text(value), .integer(session.organisation.id), .int(from.ordinal), .int(to.ordinal)]
        var sql = """
            SELECT COALESCE(SUM(CASE p.side WHEN 'D' THEN p.amount_fen END), 0)::bigint AS d,
                   COALESCE(SUM(CASE p.side WHEN 'C' THEN p.amount_fen END), 0)::bigint AS c
            FROM posting p JOIN voucher v ON v.id = p.voucher_id JOIN account a ON a.id = p.account_id
            WHERE p.\(column) = $1 AND v.org_id = $2 AND v.ordinal BETWEEN $3 AND $4 AND v.kind <> 'closing'
            """
        if let accountKind {
            sql += " AND a.kind = $5"
            values.append(.text(accountKind.rawValue))
        }
        let row = try session.session.one(sql, values)
        return PostingTotals(debit: Money(fen: try row.int("d")), credit: Money(fen: try row.int("c")))
    }
}
