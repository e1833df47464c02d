import GRDB
import LedgerCore
import LedgerStore

extension SQLiteBooks {
    /// Every posted voucher of a range of months, in period and number order, handed to `body`
    /// one at a time as the postings are read (for exports of whole journals).
    ///
    /// - Complexity: one pass over the range's postings; memory bounded by the largest voucher.
    ///   Approvals are not read (`approval` is nil).
    /// - Throws: `.periodRangeMustBeOrdered`; whatever `body` throws stops the read.
    public func forEachPostedVoucher(from: YearMonth?, to: YearMonth?,
                                     _ body: (JournalVoucher) throws -> Void) throws {
        if let from, let to, from > to {
            throw LedgerError.periodRangeMustBeOrdered(from: from.description, to: to.description)
        }
        try database.read { db in
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT v.id, v.date, v.number, v.summary, v.kind, v.reverses_id, v.prepared_by, v.source,
                       v.external_ref, v.attachments, v.fund, r.date AS reversed_date, r.number AS reversed_number,
                       p.line, a.code, p.side, p.amount_fen, p.memo, p.budget_line, p.counterparty
                FROM voucher_as_posted v JOIN posting p ON p.voucher_id = v.id JOIN account a ON a.id = p.account_id
                LEFT JOIN voucher r ON r.id = v.reverses_id
                WHERE v.org_id = ? AND v.ordinal BETWEEN ? AND ?
                ORDER BY v.ordinal, v.number, p.line
                """, arguments: [organisation.id, from?.ordinal ?? 0, to?.ordinal ?? Int.max])   // nil: an open end
            var current: JournalVoucher?
            while let row = try cursor.next() {
                let id: Int64 = row["id"]
                if current?.voucher.id != id {
                    if let finished = current { try emit(finished, body) }
                    current = try Self.journalVoucher(row, id: id, organisation: organisation.code)
                }
                let place = "posting row (voucher \(id), line \(row["line"] as Int64))"
                // budget_line and counterparty are NULL when the posting has none: true optionals.
                current?.voucher.postings.append(Posting(
                    account: try StoredValue.accountCode(row["code"], row: place, column: "account code"),
                    side: try StoredValue.side(row["side"], row: place),
                    amount: try StoredValue.amount(row["amount_fen"], row: place), memo: row["memo"],
                    budgetLine: row["budget_line"], counterparty: row["counterparty"]))
            }
            if let finished = current { try emit(finished, body) }
        }
    }

    private func emit(_ voucher: JournalVoucher, _ body: (JournalVoucher) throws -> Void) throws {
        try StoredValue.checkDebitTotal(voucher.voucher.postings, row: "voucher row \(voucher.voucher.id)")
        try body(voucher)
    }

    private static func journalVoucher(_ row: Row, id: Int64, organisation: String) throws -> JournalVoucher {
        let label = "voucher row \(id)"
        // reversed_date is NULL unless the voucher is a reversal.
        let reversedDate: String? = row["reversed_date"]
        let reversedLabel = try reversedDate.map { text in
            PostedVoucher.label(date: try StoredValue.date(text, row: label, column: "reversed date"), number: row["reversed_number"])
        }
        let voucher = PostedVoucher(
            id: id, organisation: organisation, date: try StoredValue.date(row["date"], row: label),
            number: row["number"], summary: row["summary"], kind: try StoredValue.voucherKind(row["kind"], row: label),
            postings: [], reverses: row["reverses_id"], reversedBy: nil, preparedBy: row["prepared_by"],
            source: row["source"], externalReference: row["external_ref"], attachments: row["attachments"],
            fund: row["fund"])
        return JournalVoucher(voucher: voucher, reversedLabel: reversedLabel)
    }
}
