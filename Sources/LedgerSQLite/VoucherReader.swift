import InputFiles
import Foundation
import GRDB
import LedgerCore
import LedgerStore

/// Reads posted vouchers back.
enum VoucherReader {
    static func voucher(_ db: Database, id: Int64, organisation: Organisation) throws -> PostedVoucher? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT v.*, r.id AS reversed_by FROM voucher v LEFT JOIN voucher r ON r.reverses_id = v.id
            WHERE v.id = ? AND v.org_id = ?
            """, arguments: [id, organisation.id]) else { return nil }
        return try make(db, row: row, organisation: organisation)
    }

    static func vouchers(_ db: Database, organisation: Organisation, from: YearMonth?, to: YearMonth?,
                         limit: Int) throws -> [PostedVoucher] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT v.*, r.id AS reversed_by FROM voucher v LEFT JOIN voucher r ON r.reverses_id = v.id
            WHERE v.org_id = ? AND v.ordinal BETWEEN ? AND ?
            ORDER BY v.ordinal, v.number LIMIT ?
            """, arguments: [organisation.id, from?.ordinal ?? 0, to?.ordinal ?? Int.max, limit])
        return try rows.map { try make(db, row: $0, organisation: organisation) }
    }

    private static func make(_ db: Database, row: Row, organisation: Organisation) throws -> PostedVoucher {
        let id: Int64 = row["id"]
        let postings = try Row.fetchAll(db, sql: """
            SELECT a.code, p.side, p.amount_fen, p.memo FROM posting p JOIN account a ON a.id = p.account_id
            WHERE p.voucher_id = ? ORDER BY p.line
            """, arguments: [id]).map { posting in
            Posting(account: (try? AccountCode(posting["code"] as String)) ?? AccountCode.unknown,
                    side: (posting["side"] as String) == "D" ? .debit : .credit,
                    amount: Money(fen: posting["amount_fen"]), memo: posting["memo"])
        }
        let dateText: String = row["date"]
        let approval = try approval(db, voucherID: id)
        return PostedVoucher(
            id: id, organisation: organisation.code,
            date: (try? LocalDate(parsing: dateText)) ?? LocalDate.unknown,
            number: row["number"], summary: row["summary"],
            kind: VoucherDraft.Kind(rawValue: row["kind"]) ?? .normal, postings: postings,
            reverses: row["reverses_id"], reversedBy: row["reversed_by"],
            preparedBy: approval?.preparedBy ?? row["prepared_by"],
            source: row["source"], externalReference: row["external_ref"],
            attachments: row["attachments"], approval: approval, postedBy: row["prepared_by"], fund: row["fund"])
    }

    static func approval(_ db: Database, voucherID: Int64) throws -> VoucherApproval? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM voucher_approval WHERE voucher_id = ?", arguments: [voucherID]) else {
            return nil
        }
        let signoffBy: String = row["signoff_by"]
        let decision: String = row["decision_ref"]
        return VoucherApproval(
            preparedBy: row["prepared_by"], reviewedBy: row["reviewed_by"], reviewedAt: row["reviewed_at"],
            singleOperator: (row["single_operator"] as Int64) != 0,
            signoff: signoffBy.isEmpty ? nil
                : VoucherApproval.SignOff(by: signoffBy, date: (try? LocalDate(parsing: row["signoff_date"] as String)) ?? .unknown),
            decision: decision.isEmpty ? nil
                : VoucherApproval.CollectiveDecision(reference: decision,
                                                     date: (try? LocalDate(parsing: row["decision_date"] as String)) ?? .unknown))
    }
}

extension AccountCode {
    /// Stands in for a code the schema's CHECK should have made impossible; `verify` reports it.
    static var unknown: AccountCode {
        // "999" is well formed, so this cannot fail.
        (try? AccountCode("999")) ?? { preconditionFailure("999 is a valid code") }()
    }
}

extension LocalDate {
    static var unknown: LocalDate {
        (try? LocalDate(year: 1900, month: 1, day: 1)) ?? { preconditionFailure("1900-01-01 is a valid date") }()
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
    public func vouchers(from: YearMonth? = nil, to: YearMonth? = nil, limit: Int = 1_000) throws -> [PostedVoucher] {
        try database.read { db in
            try VoucherReader.vouchers(db, organisation: organisation, from: from, to: to, limit: limit)
        }
    }
}
