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
            let debitBefore = Money(fen: before?["d"] ?? 0), creditBefore = Money(fen: before?["c"] ?? 0)
            let opening = account.normalSide == .debit ? try debitBefore.subtracting(creditBefore)
                                                       : try creditBefore.subtracting(debitBefore)
            let codes = Dictionary(uniqueKeysWithValues: members.map { ($0.id, $0.account.code) })
            let rows = try Row.fetchAll(db, sql: """
                SELECT v.id, v.date, v.ordinal, v.number, v.summary, p.memo, p.side, p.amount_fen, p.account_id
                FROM voucher v JOIN posting p ON p.voucher_id = v.id
                WHERE v.org_id = ? AND v.ordinal BETWEEN ? AND ? AND p.account_id IN (\(placeholders))
                ORDER BY v.date, v.ordinal, v.number, p.line
                """, arguments: StatementArguments([organisation.id, Int64(from.ordinal), Int64(to.ordinal)] + ids))
            let lines = rows.map { row -> SubsidiaryLedger.Line in
                let date = (try? LocalDate(parsing: row["date"] as String)) ?? LocalDate.unknown
                let memo: String = row["memo"]
                let label = PostedVoucher.label(date: date, number: row["number"])
                return SubsidiaryLedger.Line(
                    date: date, voucherID: row["id"], voucherLabel: label, summary: memo.isEmpty ? row["summary"] : memo,
                    account: codes[row["account_id"]] ?? code, side: (row["side"] as String) == "D" ? .debit : .credit,
                    amount: Money(fen: row["amount_fen"]))
            }
            return SubsidiaryLedger(account: account, from: from, to: to, opening: opening, lines: lines)
        }
    }
}
