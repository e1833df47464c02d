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
        try database.read { db in
            let scope = try LedgerScope(db, organisation: organisation.id, code: code, from: from, to: to)
            var ledger = try scope.head(db)
            try scope.forEachLine(db) { ledger.lines.append($0) }
            return ledger
        }
    }

    /// The account and opening balance of a subsidiary ledger, without reading its lines.
    /// - Throws: `.accountMustExist`, `.periodRangeMustBeOrdered`.
    public func subsidiaryLedgerHead(account code: AccountCode, from: YearMonth, to: YearMonth) throws -> SubsidiaryLedger {
        try database.read { db in try LedgerScope(db, organisation: organisation.id, code: code, from: from, to: to).head(db) }
    }

    /// The lines of a subsidiary ledger handed to `body` one at a time as the postings are read.
    /// - Complexity: as `subsidiaryLedger`; memory bounded by one row.
    /// - Throws: `.accountMustExist`, `.periodRangeMustBeOrdered`; whatever `body` throws.
    public func forEachSubsidiaryLedgerLine(account code: AccountCode, from: YearMonth, to: YearMonth,
                                            _ body: (SubsidiaryLedger.Line) throws -> Void) throws {
        try database.read { db in
            try LedgerScope(db, organisation: organisation.id, code: code, from: from, to: to).forEachLine(db, body)
        }
    }
}

/// The account of a ledger and its sub-accounts, over a range of months.
struct LedgerScope {
    let organisation: Int64
    let account: Account
    let from: YearMonth
    let to: YearMonth
    let ids: [Int64]
    let codes: [Int64: AccountCode]
    let placeholders: String

    init(_ db: Database, organisation: Int64, code: AccountCode, from: YearMonth, to: YearMonth) throws {
        guard from <= to else { throw LedgerError.periodRangeMustBeOrdered(from: from.description, to: to.description) }
        let all = try AccountStore.all(db, organisation: organisation)
        guard let account = all.first(where: { $0.account.code == code })?.account else {
            throw LedgerError.accountMustExist(code: code.rawValue)
        }
        let members = all.filter { $0.account.code.rawValue.hasPrefix(code.rawValue) }
        self.organisation = organisation
        self.account = account
        self.from = from
        self.to = to
        ids = members.map(\.id)
        codes = Dictionary(uniqueKeysWithValues: members.map { ($0.id, $0.account.code) })
        placeholders = Array(repeating: "?", count: ids.count).joined(separator: ",")
    }

    /// The ledger with its opening balance and no lines.
    func head(_ db: Database) throws -> SubsidiaryLedger {
        let before = try Row.fetchOne(db, sql: """
            SELECT COALESCE(SUM(debit_fen), 0) AS d, COALESCE(SUM(credit_fen), 0) AS c FROM balance
            WHERE org_id = ? AND ordinal < ? AND account_id IN (\(placeholders))
            """, arguments: StatementArguments([organisation, Int64(from.ordinal)] + ids))
        // An aggregate query always returns its one row (COALESCE makes its sums 0 when empty).
        guard let before else { throw StoreError.storage(message: "balance: the aggregate query returned no row") }
        let debitBefore = Money(fen: before["d"]), creditBefore = Money(fen: before["c"])
        let opening = account.normalSide == .debit ? try debitBefore.subtracting(creditBefore)
                                                   : try creditBefore.subtracting(debitBefore)
        return SubsidiaryLedger(account: account, from: from, to: to, opening: opening, lines: [])
    }

    /// The lines' query: in date order, then number, walking `voucher_by_date` (0020) into each
    /// voucher's postings, so the first line is out without sorting anything before it.
    static func linesSQL(accountPlaceholders: String) -> String {
        """
        SELECT v.id, v.date, v.ordinal, v.number, v.summary, p.memo, p.side, p.amount_fen, p.account_id
        FROM voucher v JOIN posting p ON p.voucher_id = v.id
        WHERE v.org_id = ? AND v.date BETWEEN ? AND ? AND p.account_id IN (\(accountPlaceholders))
        ORDER BY v.date, v.number, p.line
        """
    }

    /// A voucher's month is its date's (the posting path checks it, verify reports otherwise), so
    /// the range's first and last days select the range's vouchers.
    func forEachLine(_ db: Database, _ body: (SubsidiaryLedger.Line) throws -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: Self.linesSQL(accountPlaceholders: placeholders),
                                       arguments: StatementArguments([organisation, from.firstDay.description, to.lastDay.description]
                                                                     + ids.map { $0 as any DatabaseValueConvertible }))
        while let row = try rows.next() {
            let voucherID: Int64 = row["id"]
            let date = try StoredValue.date(row["date"], row: "voucher row \(voucherID)")
            let memo: String = row["memo"]
            let label = PostedVoucher.label(date: date, number: row["number"])
            // The query selects only these accounts' postings, so the id is always among them.
            guard let account = codes[row["account_id"]] else {
                throw StoreError.storage(message: "posting row (voucher \(voucherID)): account #\(row["account_id"] as Int64) is not in the ledger's accounts")
            }
            try body(SubsidiaryLedger.Line(
                date: date, voucherID: voucherID, voucherLabel: label, summary: memo.isEmpty ? row["summary"] : memo,
                account: account, side: try StoredValue.side(row["side"], row: "posting row (voucher \(voucherID))"),
                amount: Money(fen: row["amount_fen"])))
        }
    }
}
