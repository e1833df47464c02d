import InputFiles
import GRDB
import LedgerCore
import LedgerStore

extension SQLiteBooks {
    /// Every restricted fund with a balance or movement in the year, from the balance table.
    public func fundBalances(year: Int) throws -> [FundBalance] {
        try fundBalances(from: try YearMonth(year: year, month: 1), to: try YearMonth(year: year, month: 12),
                         excludingClosingEntries: true)
    }

    /// Every restricted fund with a balance or movement in the months `from`…`to`: net assets
    /// before `from`, revenue and expenditure within the range (closing entries left out, or kept
    /// so that a closed year nets to zero), from the balance table.
    public func fundBalances(from january: YearMonth, to december: YearMonth,
                             excludingClosingEntries: Bool) throws -> [FundBalance] {
        guard january <= december else {
            throw LedgerError.periodRangeMustBeOrdered(from: january.description, to: december.description)
        }
        return try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT b.fund,
                       SUM(CASE WHEN a.kind = 'netAssets' AND b.ordinal < ?2 THEN b.credit_fen - b.debit_fen ELSE 0 END) AS opening,
                       SUM(CASE WHEN a.kind = 'revenue' AND b.ordinal BETWEEN ?2 AND ?3 AND b.closing <= ?4
                                THEN b.credit_fen - b.debit_fen ELSE 0 END) AS revenue,
                       SUM(CASE WHEN a.kind = 'expenditure' AND b.ordinal BETWEEN ?2 AND ?3 AND b.closing <= ?4
                                THEN b.debit_fen - b.credit_fen ELSE 0 END) AS expenditure
                FROM balance b JOIN account a ON a.id = b.account_id
                WHERE b.org_id = ?1 AND b.fund <> '' AND b.ordinal <= ?3
                GROUP BY b.fund ORDER BY b.fund
                """, arguments: [organisation.id, january.ordinal, december.ordinal, excludingClosingEntries ? 0 : 1]).compactMap { row in
                let fund = FundBalance(fund: row["fund"], opening: Money(fen: row["opening"]),
                                       revenue: Money(fen: row["revenue"]), expenditure: Money(fen: row["expenditure"]))
                return fund.opening.isZero && fund.revenue.isZero && fund.expenditure.isZero ? nil : fund
            }
        }
    }
}

extension SQLiteBooks {
    /// Debit − credit per account of the opening vouchers (建账) dated in `year`: balances brought
    /// into new books, which the balance sheet counts in 年初数 rather than as the year's movement.
    public func openingEntries(year: Int) throws -> [AccountCode: Money] {
        try database.read { db in
            var result: [AccountCode: Money] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT a.code, SUM(CASE p.side WHEN 'D' THEN p.amount_fen ELSE -p.amount_fen END) AS net
                FROM voucher v JOIN posting p ON p.voucher_id = v.id JOIN account a ON a.id = p.account_id
                WHERE v.org_id = ? AND v.kind = 'opening' AND v.date BETWEEN ? AND ?
                GROUP BY a.code
                """, arguments: [organisation.id, "\(year)-01-01", "\(year)-12-31"]) {
                let code = try StoredValue.accountCode(row["code"], row: "account of an opening voucher")
                result[code] = Money(fen: row["net"])
            }
            return result
        }
    }
}
