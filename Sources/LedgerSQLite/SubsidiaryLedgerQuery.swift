import InputFiles
import GRDB
import LedgerCore
import LedgerStore

extension SQLiteBooks {
    /// The subsidiary ledger (明细账) of an account and its sub-accounts over a range of months.
    ///
    /// - Complexity: reads the postings of the range for these accounts; there is no index on
    ///   posting(account_id) (it would slow every import), so very large books scan the postings.
    /// - Throws: `.accountMustExist`, `.periodRangeMustBeOrdered`.
    public func subsidiaryLedger(account code: AccountCode, from: YearMonth, to: YearMonth) throws -> SubsidiaryLedger {
        guard from <= to else { throw LedgerError.periodRangeMustBeOrdered(from: from.description, to: to.description) }
        return try database.read { db in
            let all = try AccountStore.all(db, organisation: organisation.id)
            guard let account = all.first(where: { $0.account.code == code })?.account else {
                throw LedgerError.accountMustExist(code: code.rawValue)
            }
            let members = all.filter { $0.account.code.rawValue.hasPrefix(code.rawValue) }
            let ids = members.map(\.id)
            let placeholders = Array(repeating: "?", count: ids.count).joined(separator: ",")
            let before = try Row.fetchOne(db, sql: """
                SELECT COALESCE(SUM(debit_fen), 0) AS d, COALESCE(SUM(credit_fen), 0) AS c FROM balance
                WHERE org_id = ? AND ordinal < ? AND account_id IN (\(placeholders))
                """, arguments: StatementArguments([organisation.id, Int64(from.ordinal)] + ids))
            // An aggregate query always returns its one row (COALESCE makes its sums 0 when empty).
            guard let before else { throw StoreError.storage(message: "balance: the aggregate query returned no row") }
            let debitBefore = Money(fen: before["d"]), creditBefore = Money(fen: before["c"])
            let opening = account.normalSide == .debit ? try debitBefore.subtracting(creditBefore)
                                                       : try creditBefore.subtracting(debitBefore)
            let codes = Dictionary(uniqueKeysWithValues: members.map { ($0.id, $0.account.code) })
            let rows = try Row.fetchAll(db, sql: """
                SELECT v.id, v.date, v.ordinal, v.number, v.summary, p.memo, p.side, p.amount_fen, p.account_id
                FROM voucher v JOIN posting p ON p.voucher_id = v.id
                WHERE v.org_id = ? AND v.ordinal BETWEEN ? AND ? AND p.account_id IN (\(placeholders))
                ORDER BY v.date, v.ordinal, v.number, p.line
                """, arguments: StatementArguments([organisation.id, Int64(from.ordinal), Int64(to.ordinal)] + ids))
            let lines = try rows.map { row throws -> SubsidiaryLedger.Line in
                let voucherID: Int64 = row["id"]
                let date = try StoredValue.date(row["date"], row: "voucher row \(voucherID)")
                let memo: String = row["memo"]
                let label = PostedVoucher.label(date: date, number: row["number"])
                // The query selects only these accounts' postings, so the id is always among them.
                guard let account = codes[row["account_id"]] else {
                    throw StoreError.storage(message: "posting row (voucher \(voucherID)): account #\(row["account_id"] as Int64) is not in the ledger's accounts")
                }
                return SubsidiaryLedger.Line(
                    date: date, voucherID: voucherID, voucherLabel: label, summary: memo.isEmpty ? row["summary"] : memo,
                    account: account, side: try StoredValue.side(row["side"], row: "posting row (voucher \(voucherID))"),
                    amount: Money(fen: row["amount_fen"]))
            }
            return SubsidiaryLedger(account: account, from: from, to: to, opening: opening, lines: lines)
        }
    }
}
