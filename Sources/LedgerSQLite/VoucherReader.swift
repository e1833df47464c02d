import InputFiles
import Foundation
import GRDB
import LedgerCore
import LedgerStore

/// Reads posted vouchers back.
enum VoucherReader {
    static func voucher(_ db: Database, id: Int64, organisation: Organisation) throws -> PostedVoucher? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT v.*, r.id AS reversed_by FROM voucher_as_posted v LEFT JOIN voucher r ON r.reverses_id = v.id
            WHERE v.id = ? AND v.org_id = ?
            """, arguments: [id, organisation.id]) else { return nil }
        return try make(db, row: row, organisation: organisation)
    }

    static func vouchers(_ db: Database, organisation: Organisation, from: YearMonth?, to: YearMonth?,
                         limit: Int) throws -> [PostedVoucher] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT v.*, r.id AS reversed_by FROM voucher_as_posted v LEFT JOIN voucher r ON r.reverses_id = v.id
            WHERE v.org_id = ? AND v.ordinal BETWEEN ? AND ?
            ORDER BY v.ordinal, v.number LIMIT ?
            """, arguments: [organisation.id, from?.ordinal ?? 0, to?.ordinal ?? Int.max, limit])   // nil: an open end
        return try rows.map { try make(db, row: $0, organisation: organisation) }
    }

    private static func make(_ db: Database, row: Row, organisation: Organisation) throws -> PostedVoucher {
        let id: Int64 = row["id"]
        let postings = try Row.fetchAll(db, sql: """
            SELECT p.line, a.code, p.side, p.amount_fen, p.memo, p.budget_line, p.counterparty
            FROM posting p JOIN account a ON a.id = p.account_id
            WHERE p.voucher_id = ? ORDER BY p.line
            """, arguments: [id]).map { posting throws -> Posting in
            let place = "posting row (voucher \(id), line \(posting["line"] as Int64))"
            // budget_line and counterparty are NULL when the posting has none: true optionals.
            return Posting(account: try StoredValue.accountCode(posting["code"], row: place, column: "account code"),
                           side: try StoredValue.side(posting["side"], row: place),
                           amount: try StoredValue.amount(posting["amount_fen"], row: place), memo: posting["memo"],
                           budgetLine: posting["budget_line"], counterparty: posting["counterparty"])
        }
        let label = "voucher row \(id)"
        try StoredValue.checkDebitTotal(postings, row: label)
        let approval = try approval(db, voucherID: id)
        return PostedVoucher(
            id: id, organisation: organisation.code,
            date: try StoredValue.date(row["date"], row: label),
            number: row["number"], summary: row["summary"],
            kind: try StoredValue.voucherKind(row["kind"], row: label), postings: postings,
            // reverses_id and reversed_by are NULL unless the voucher is (or was) reversed.
            reverses: row["reverses_id"], reversedBy: row["reversed_by"],
            // Without an approval record the voucher was entered by whoever posted it.
            preparedBy: approval?.preparedBy ?? row["prepared_by"],
            source: row["source"], externalReference: row["external_ref"],
            attachments: row["attachments"], approval: approval, postedBy: row["prepared_by"], fund: row["fund"])
    }

    static func approval(_ db: Database, voucherID: Int64) throws -> VoucherApproval? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM voucher_approval WHERE voucher_id = ?", arguments: [voucherID]) else {
            return nil
        }
        let label = "voucher_approval row \(voucherID)"
        let signoffBy: String = row["signoff_by"]
        let decision: String = row["decision_ref"]
        // An empty signoff_by or decision_ref means none was recorded (the posting path writes '').
        return VoucherApproval(
            preparedBy: row["prepared_by"], reviewedBy: row["reviewed_by"], reviewedAt: row["reviewed_at"],
            singleOperator: (row["single_operator"] as Int64) != 0,
            signoff: signoffBy.isEmpty ? nil
                : VoucherApproval.SignOff(by: signoffBy, date: try StoredValue.date(row["signoff_date"], row: label, column: "signoff_date")),
            decision: decision.isEmpty ? nil
                : VoucherApproval.CollectiveDecision(reference: decision,
                                                     date: try StoredValue.date(row["decision_date"], row: label, column: "decision_date")))
    }
}

extension SQLiteBooks {
    /// One voucher with its postings.
    /// - Throws: `.voucherMustExist`.
    public func voucher(id: Int64) throws -> PostedVoucher {
        guard let voucher = try database.read({ db in try VoucherReader.voucher(db, id: id, organisation: organisation) }) else {
            throw LedgerError.voucherMustExist(id: String(id))
        }
        return voucher
    }

    /// Vouchers in a range of months, in period and number order.
    public func vouchers(from: YearMonth? = nil, to: YearMonth? = nil, limit: Int = .max) throws -> [PostedVoucher] {
        try database.read { db in
            try VoucherReader.vouchers(db, organisation: organisation, from: from, to: to, limit: limit)
        }
    }

    /// From the months' counters: the posting path numbers each month's vouchers 1, 2, 3… with no
    /// gap, so a month holds `last_number` of them (what `verify` checks). Counting the vouchers
    /// themselves would read 1M index entries for a listing's count note.
    public func voucherCount(from: YearMonth? = nil, to: YearMonth? = nil) throws -> Int {
        try database.read { db in
            try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(last_number), 0) FROM period WHERE org_id = ? AND ordinal BETWEEN ? AND ?",
                             arguments: [organisation.id, from?.ordinal ?? 0, to?.ordinal ?? Int.max]) ?? 0
        }
    }
}
