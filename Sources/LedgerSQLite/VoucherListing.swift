import GRDB
import LedgerCore
import LedgerStore

extension SQLiteBooks {
    /// The list lines of a range's vouchers, at most `limit`, handed to `body` one at a time from
    /// one query (the stored total, not the postings; the approval's preparer where there is one).
    /// - Complexity: one pass over the range's vouchers; memory bounded by one row.
    /// - Throws: `StoreError.storage` for a row that does not read; whatever `body` throws.
    public func forEachVoucherListEntry(from: YearMonth?, to: YearMonth?, limit: Int,
                                        _ body: (VoucherListEntry) throws -> Void) throws {
        try database.read { db in
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT v.id, v.date, v.number, v.summary, v.kind, v.reverses_id, v.total_fen, r.id AS reversed_by,
                       COALESCE(a.prepared_by, v.prepared_by) AS prepared_by
                FROM voucher_as_posted v LEFT JOIN voucher r ON r.reverses_id = v.id
                LEFT JOIN voucher_approval a ON a.voucher_id = v.id
                WHERE v.org_id = ? AND v.ordinal BETWEEN ? AND ?
                ORDER BY v.ordinal, v.number LIMIT ?
                """, arguments: [organisation.id, from?.ordinal ?? 0, to?.ordinal ?? Int.max, limit])   // nil: an open end
            while let row = try cursor.next() {
                let id: Int64 = row["id"]
                let label = "voucher row \(id)"
                // reverses_id and reversed_by are NULL unless the voucher is (or was) reversed.
                try body(VoucherListEntry(
                    id: id, date: try StoredValue.date(row["date"], row: label), number: row["number"], summary: row["summary"],
                    total: try StoredValue.amount(row["total_fen"], row: label, column: "total_fen"), kind: try StoredValue.voucherKind(row["kind"], row: label),
                    reverses: row["reverses_id"], reversedBy: row["reversed_by"], preparedBy: row["prepared_by"]))
            }
        }
    }
}
