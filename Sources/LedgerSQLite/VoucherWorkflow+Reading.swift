import InputFiles
import Foundation
import GRDB
import LedgerCore
import LedgerStore

extension SQLiteBooks {
    /// The draft, which must exist in this organisation and not be posted yet.
    static func unposted(_ db: Database, id: Int64, organisation: Organisation) throws -> DraftVoucher {
        guard let draft = try readDraftIfAny(db, id: id, organisation: organisation) else {
            throw WorkflowError.draftMustExist(id: String(id))
        }
        if let voucherID = draft.postedVoucherID {
            let label = try Row.fetchOne(db, sql: "SELECT date, number FROM voucher WHERE id = ?", arguments: [voucherID]).flatMap { row in
                (try? LocalDate(parsing: row["date"] as String)).map { PostedVoucher.label(date: $0, number: row["number"]) }
            }
            throw WorkflowError.draftMustNotBePosted(id: id, voucher: label ?? "#\(voucherID)")
        }
        return draft
    }

    static func readDraft(_ db: Database, id: Int64, organisation: Organisation) throws -> DraftVoucher {
        guard let draft = try readDraftIfAny(db, id: id, organisation: organisation) else {
            throw WorkflowError.draftMustExist(id: String(id))
        }
        return draft
    }

    static func readDraftIfAny(_ db: Database, id: Int64, organisation: Organisation) throws -> DraftVoucher? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM voucher_draft WHERE id = ? AND org_id = ?",
                                         arguments: [id, organisation.id]) else { return nil }
        return try makeDraft(db, row: row, organisation: organisation)
    }

    static func drafts(_ db: Database, organisation: Organisation, status: DraftVoucher.Status?,
                       month: YearMonth?) throws -> [DraftVoucher] {
        var conditions = ["org_id = ?"]
        var arguments: [any DatabaseValueConvertible] = [organisation.id]
        if let month {
            conditions.append("ordinal = ?")
            arguments.append(month.ordinal)
        }
        switch status {
        case .entered: conditions.append("posted_voucher_id IS NULL AND reviewed_by IS NULL")
        case .reviewed: conditions.append("posted_voucher_id IS NULL AND reviewed_by IS NOT NULL")
        case .posted: conditions.append("posted_voucher_id IS NOT NULL")
        case nil: break
        }
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM voucher_draft WHERE \(conditions.joined(separator: " AND ")) ORDER BY date, id",
                                    arguments: StatementArguments(arguments))
        return try rows.map { try makeDraft(db, row: $0, organisation: organisation) }
    }

    /// Ids of drafts in a month that are not posted yet (a month with any cannot close).
    static func unpostedDraftIDs(_ db: Database, organisation: Organisation, month: YearMonth) throws -> [Int64] {
        try Int64.fetchAll(db, sql: "SELECT id FROM voucher_draft WHERE org_id = ? AND ordinal = ? AND posted_voucher_id IS NULL ORDER BY id",
                           arguments: [organisation.id, month.ordinal])
    }

    private static func makeDraft(_ db: Database, row: Row, organisation: Organisation) throws -> DraftVoucher {
        let id: Int64 = row["id"]
        let postings = try Row.fetchAll(db, sql: """
            SELECT account_code, side, amount_fen, memo FROM voucher_draft_line WHERE draft_id = ? ORDER BY line
            """, arguments: [id]).map { line in
            Posting(account: (try? AccountCode(line["account_code"] as String)) ?? AccountCode.unknown,
                    side: (line["side"] as String) == "D" ? .debit : .credit,
                    amount: Money(fen: line["amount_fen"]), memo: line["memo"])
        }
        let signoffBy: String = row["signoff_by"]
        let decisionReference: String = row["decision_ref"]
        return DraftVoucher(
            id: id, organisation: organisation.code,
            date: (try? LocalDate(parsing: row["date"] as String)) ?? .unknown,
            summary: row["summary"], postings: postings, attachments: row["attachments"], fund: row["fund"],
            preparedBy: row["prepared_by"], preparedAt: row["prepared_at"],
            reviewedBy: row["reviewed_by"], reviewedAt: row["reviewed_at"],
            singleOperator: (row["single_operator"] as Int64) != 0,
            signoff: signoffBy.isEmpty ? nil
                : VoucherApproval.SignOff(by: signoffBy, date: (try? LocalDate(parsing: row["signoff_date"] as String)) ?? .unknown),
            decision: decisionReference.isEmpty ? nil
                : VoucherApproval.CollectiveDecision(reference: decisionReference,
                                                     date: (try? LocalDate(parsing: row["decision_date"] as String)) ?? .unknown),
            postedVoucherID: row["posted_voucher_id"])
    }
}
