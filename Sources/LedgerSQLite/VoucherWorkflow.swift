import InputFiles
import Foundation
import GRDB
import LedgerCore
import LedgerStore

/// The voucher workflow as in Chinese accounting software: 填制 (enter) → 审核 (review) → 记账 (post).
///
/// Drafts are checked when entered (balance, accounts, open month), so mistakes surface at once;
/// the approval rules are checked at review (reviewer ≠ preparer) and again at posting (sign-off,
/// collective decision). Posting goes through the one posting path, which numbers the voucher
/// and hashes it with its approval record.
extension SQLiteBooks {
    /// Enters a voucher (填制). Sign-off and decision may be recorded now, from the signed documents.
    public func enterVoucher(_ draft: VoucherDraft, signoff: VoucherApproval.SignOff? = nil,
                             decision: VoucherApproval.CollectiveDecision? = nil, rules: ApprovalRules) throws -> DraftVoucher {
        try withPostingSession { session, db in
            try session.checkEntry(draft)
            try Self.checkSignoff(signoff, decision: decision, rules: rules)
            try db.execute(sql: """
                INSERT INTO voucher_draft(org_id, date, ordinal, summary, attachments, fund, prepared_by, prepared_at,
                                          signoff_by, signoff_date, decision_ref, decision_date)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [organisation.id, draft.date.description, draft.period.ordinal, draft.summary,
                                 // No sign-off or decision yet: stored as '' (the columns are NOT NULL).
                                 draft.attachments, draft.fund, user, database.clock.now(), signoff?.by ?? "", signoff?.date.description ?? "",
                                 decision?.reference ?? "", decision?.date.description ?? ""])
            let id = db.lastInsertedRowID
            for (index, posting) in draft.postings.enumerated() {
                try db.execute(sql: """
                    INSERT INTO voucher_draft_line(draft_id, line, account_code, side, amount_fen, memo, budget_line, counterparty, org_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [id, index + 1, posting.account.rawValue, StoredValue.code(posting.side),
                                     posting.amount.fen, posting.memo, posting.budgetLine, posting.counterparty, organisation.id])
            }
            try EventLog.record(db, at: database.clock.now(), organisation: organisation.id, user: user, action: "voucher.enter",
                                detail: "草稿 \(id) \(draft.date) \(draft.summary)")
            return try Self.readDraft(db, id: id, organisation: organisation)
        }
    }

    /// Reviews drafts (审核) as the current user.
    public func review(draftIDs: [Int64], rules: ApprovalRules) throws -> [DraftVoucher] {
        try database.write { db in
            try draftIDs.map { id in
                let draft = try Self.unposted(db, id: id, organisation: organisation)
                if let reviewer = draft.reviewedBy { throw WorkflowError.draftMustNotBeReviewed(id: id, reviewer: reviewer) }
                let selfReviewed = draft.preparedBy == user
                if selfReviewed && !rules.singleOperatorAllowed { throw WorkflowError.reviewerMustNotBePreparer(person: user) }
                try db.execute(sql: "UPDATE voucher_draft SET reviewed_by = ?, reviewed_at = ?, single_operator = ? WHERE id = ?",
                               arguments: [user, database.clock.now(), selfReviewed ? 1 : 0, id])
                try EventLog.record(db, at: database.clock.now(), organisation: organisation.id, user: user, action: "voucher.review",
                                    detail: "草稿 \(id)" + (selfReviewed ? "（单人操作）" : ""))
                return try Self.readDraft(db, id: id, organisation: organisation)
            }
        }
    }

    /// Cancels a review (取消审核) so the draft can be changed.
    public func cancelReview(draftID: Int64) throws -> DraftVoucher {
        try database.write { db in
            let draft = try Self.unposted(db, id: draftID, organisation: organisation)
            guard draft.reviewedBy != nil else { throw WorkflowError.draftMustBeReviewed(id: draftID) }
            try db.execute(sql: "UPDATE voucher_draft SET reviewed_by = NULL, reviewed_at = NULL, single_operator = 0 WHERE id = ?",
                           arguments: [draftID])
            try EventLog.record(db, at: database.clock.now(), organisation: organisation.id, user: user, action: "voucher.unreview", detail: "草稿 \(draftID)")
            return try Self.readDraft(db, id: draftID, organisation: organisation)
        }
    }

    /// Records the chair's sign-off (签批) and/or a collective decision on an entered draft.
    public func signOff(draftID: Int64, signoff: VoucherApproval.SignOff?, decision: VoucherApproval.CollectiveDecision?,
                        rules: ApprovalRules) throws -> DraftVoucher {
        try database.write { db in
            let draft = try Self.unposted(db, id: draftID, organisation: organisation)
            if let reviewer = draft.reviewedBy { throw WorkflowError.draftMustNotBeReviewed(id: draftID, reviewer: reviewer) }
            try Self.checkSignoff(signoff, decision: decision, rules: rules)
            if let signoff {
                try db.execute(sql: "UPDATE voucher_draft SET signoff_by = ?, signoff_date = ? WHERE id = ?",
                               arguments: [signoff.by, signoff.date.description, draftID])
            }
            if let decision {
                try db.execute(sql: "UPDATE voucher_draft SET decision_ref = ?, decision_date = ? WHERE id = ?",
                               arguments: [decision.reference, decision.date.description, draftID])
            }
            try EventLog.record(db, at: database.clock.now(), organisation: organisation.id, user: user, action: "voucher.signoff",
                                detail: "草稿 \(draftID) \(signoff.map { "签批 \($0.by) \($0.date)" } ?? "") \(decision.map { "集体研究 \($0.reference) \($0.date)" } ?? "")")
            return try Self.readDraft(db, id: draftID, organisation: organisation)
        }
    }

    /// Deletes an entered draft (作废), keeping a line in the event log.
    public func deleteDraft(id: Int64, reason: String) throws {
        try database.write { db in
            let draft = try Self.unposted(db, id: id, organisation: organisation)
            if let reviewer = draft.reviewedBy { throw WorkflowError.draftMustNotBeReviewed(id: id, reviewer: reviewer) }
            try db.execute(sql: "DELETE FROM voucher_draft WHERE id = ?", arguments: [id])
            try EventLog.record(db, at: database.clock.now(), organisation: organisation.id, user: user, action: "voucher.delete",
                                detail: "草稿 \(id) \(draft.date) \(draft.summary) \(draft.total.plainString)：\(reason)")
        }
    }

    /// Posts reviewed drafts (记账), in date order: the named ones, or every reviewed one in a month.
    /// All or nothing: one draft that may not be posted stops them all.
    public func postDrafts(ids: [Int64]?, month: YearMonth?, rules: ApprovalRules) throws -> [PostedVoucher] {
        try withPostingSession { session, db in
            var drafts: [DraftVoucher]
            if let ids {
                drafts = try ids.map { try Self.unposted(db, id: $0, organisation: organisation) }
            } else {
                drafts = try Self.drafts(db, organisation: organisation, status: .reviewed, month: month)
            }
            drafts.sort { ($0.date, $0.id) < ($1.date, $1.id) }
            return try drafts.map { draft in
                guard draft.reviewedBy != nil else { throw WorkflowError.draftMustBeReviewed(id: draft.id) }
                if session.isExpenditure(draft.postings) {
                    if rules.signoffRequiredForExpenditure && draft.signoff == nil {
                        throw WorkflowError.expenditureMustBeSignedOff(id: draft.id)
                    }
                    if let threshold = rules.collectiveDecisionThreshold, draft.total >= threshold, draft.decision == nil {
                        throw WorkflowError.collectiveDecisionMustBeRecorded(id: draft.id, total: draft.total.formatted(),
                                                                             threshold: threshold.formatted())
                    }
                }
                let posted = try session.post(draft.voucherDraft())
                try session.flushRows()   // the draft points at its voucher
                try db.execute(sql: "UPDATE voucher_draft SET posted_voucher_id = ? WHERE id = ?", arguments: [posted.id, draft.id])
                return posted
            }
        }
    }

    /// Drafts of this organisation, oldest first; `status` and `month` narrow the list.
    public func drafts(status: DraftVoucher.Status? = nil, month: YearMonth? = nil) throws -> [DraftVoucher] {
        try database.read { db in try Self.drafts(db, organisation: organisation, status: status, month: month) }
    }

    public func draft(id: Int64) throws -> DraftVoucher {
        try database.read { db in try Self.readDraft(db, id: id, organisation: organisation) }
    }

    /// A sign-off must come from the chair in office that day, when the tenures say who that was.
    static func checkSignoff(_ signoff: VoucherApproval.SignOff?, decision: VoucherApproval.CollectiveDecision?,
                             rules: ApprovalRules) throws {
        if let signoff {
            guard !signoff.by.isEmpty else { throw WorkflowError.personMustBeNamed(role: "signoff_by") }
            guard !signoff.by.hasControlCharacters else { throw WorkflowError.textMustBePlain(field: "signoff_by") }
            if let chair = rules.chair(on: signoff.date), chair != signoff.by {
                throw WorkflowError.signoffMustBeByChair(person: signoff.by, chair: chair, date: signoff.date.description)
            }
        }
        if let decision {
            guard !decision.reference.isEmpty else { throw WorkflowError.personMustBeNamed(role: "decision") }
            guard !decision.reference.hasControlCharacters else { throw WorkflowError.textMustBePlain(field: "decision") }
        }
    }
}
