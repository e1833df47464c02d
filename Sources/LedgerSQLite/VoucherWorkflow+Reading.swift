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
            // The voucher row exists (a foreign key points at it); without it, its id still names it.
            var label = "#\(voucherID)"
            if let row = try Row.fetchOne(db, sql: "SELECT date, number FROM voucher WHERE id = ?", arguments: [voucherID]) {
                label = PostedVoucher.label(date: try StoredValue.date(row["date"], row: "voucher row \(voucherID)"), number: row["number"])
            }
            throw WorkflowError.draftMustNotBePosted(id: id, voucher: label)
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
            SELECT line, account_code, side, amount_fen, memo, budget_line, counterparty
            FROM voucher_draft_line WHERE draft_id = ? ORDER BY line
            """, arguments: [id]).map { line throws -> Posting in
            let place = "voucher_draft_line row (draft \(id), line \(line["line"] as Int64))"
            // budget_line and counterparty are NULL when the line has none: true optionals.
            return Posting(account: try StoredValue.accountCode(line["account_code"], row: place, column: "account_code"),
                           side: try StoredValue.side(line["side"], row: place),
                           amount: try StoredValue.amount(line["amount_fen"], row: place), memo: line["memo"],
                           budgetLine: line["budget_line"], counterparty: line["counterparty"])
        }
        let label = "voucher_draft row \(id)"
        try StoredValue.checkDebitTotal(postings, row: label)
        let signoffBy: String = row["signoff_by"]
        let decisionReference: String = row["decision_ref"]
        // Empty signoff_by / decision_ref: none recorded. reviewed_by, reviewed_at and
        // posted_voucher_id are NULL until the draft is reviewed or posted.
        return DraftVoucher(
            id: id, organisation: organisation.code,
            date: try StoredValue.date(row["date"], row: label),
            summary: row["summary"], postings: postings, attachments: row["attachments"], fund: row["fund"],
            preparedBy: row["prepared_by"], preparedAt: row["prepared_at"],
            reviewedBy: row["reviewed_by"], reviewedAt: row["reviewed_at"],
            singleOperator: (row["single_operator"] as Int64) != 0,
            signoff: signoffBy.isEmpty ? nil
                : VoucherApproval.SignOff(by: signoffBy, date: try StoredValue.date(row["signoff_date"], row: label, column: "signoff_date")),
            decision: decisionReference.isEmpty ? nil
                : VoucherApproval.CollectiveDecision(reference: decisionReference,
                                                     date: try StoredValue.date(row["decision_date"], row: label, column: "decision_date")),
            postedVoucherID: row["posted_voucher_id"])
    }
}
