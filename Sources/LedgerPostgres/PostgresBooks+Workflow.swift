import LedgerCore
import LedgerStore

/// The voucher workflow (填制 → 审核 → 记账) on a PostgreSQL book: the same rules as the SQLite
/// store (`SQLiteBooks` in VoucherWorkflow.swift); posting goes through the one posting path.
extension PostgresBooks {
    public func enterVoucher(_ draft: VoucherDraft, signoff: VoucherApproval.SignOff? = nil,
                             decision: VoucherApproval.CollectiveDecision? = nil, rules: ApprovalRules) throws -> DraftVoucher {
        try withPostingSession { posting in
            _ = try VoucherChecks.checkAlone(draft)
            for line in draft.postings { _ = try posting.postableAccount(line.account) }
            try posting.checkPeriodOpen(draft.period)
            try DateWindow(today: postgres.clock.today(), yearsAhead: postgres.dateWindowYearsAhead)
                .require(draft.date, earliest: organisation.firstPeriod)
            try Self.checkSignoff(signoff, decision: decision, rules: rules)
            let id = try session.one("""
                INSERT INTO voucher_draft(org_id, date, ordinal, summary, attachments, fund, prepared_by, prepared_at,
                                          signoff_by, signoff_date, decision_ref, decision_date)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id
                """, [.integer(organisation.id), .text(draft.date.description), .int(draft.period.ordinal), .text(draft.summary),
                      .int(draft.attachments), .text(draft.fund), .text(user), .text(now()), .text(signoff?.by ?? ""),
                      .text(signoff?.date.description ?? ""), .text(decision?.reference ?? ""),
                      .text(decision?.date.description ?? "")]).int("id")
            try PostgresRows.insert(session, table: "voucher_draft_line", columns: [
                "draft_id", "line", "account_code", "side", "amount_fen", "memo", "budget_line", "counterparty", "org_id",
            ], rows: draft.postings.enumerated().map { index, line in
                [.integer(id), .int(index + 1), .text(line.account.rawValue), .text(StoredValue.code(line.side)),
                 .integer(line.amount.fen), .text(line.memo), .optional(line.budgetLine), .optional(line.counterparty),
                 .integer(organisation.id)]
            })
            try PostgresEventLog.record(session, at: now(), organisation: organisation.id, user: user, action: "voucher.enter",
                                        detail: "草稿 \(id) \(draft.date) \(draft.summary)")
            return try readDraft(id: id)
        }
    }

    public func review(draftIDs: [Int64], rules: ApprovalRules) throws -> [DraftVoucher] {
        try postgres.write {
            try draftIDs.map { id in
                let draft = try unposted(id: id)
                if let reviewer = draft.reviewedBy { throw WorkflowError.draftMustNotBeReviewed(id: id, reviewer: reviewer) }
                let selfReviewed = draft.preparedBy == user
                if selfReviewed && !rules.singleOperatorAllowed { throw WorkflowError.reviewerMustNotBePreparer(person: user) }
                try session.query("UPDATE voucher_draft SET reviewed_by = $1, reviewed_at = $2, single_operator = $3 WHERE id = $4",
                                  [.text(user), .text(now()), .int(selfReviewed ? 1 : 0), .integer(id)])
                try PostgresEventLog.record(session, at: now(), organisation: organisation.id, user: user, action: "voucher.review",
                                            detail: "草稿 \(id)" + (selfReviewed ? "（单人操作）" : ""))
                return try readDraft(id: id)
            }
        }
    }

    public func cancelReview(draftID: Int64) throws -> DraftVoucher {
        try postgres.write {
            let draft = try unposted(id: draftID)
            guard draft.reviewedBy != nil else { throw WorkflowError.draftMustBeReviewed(id: draftID) }
            try session.query("UPDATE voucher_draft SET reviewed_by = NULL, reviewed_at = NULL, single_operator = 0 WHERE id = $1",
                              [.integer(draftID)])
            try PostgresEventLog.record(session, at: now(), organisation: organisation.id, user: user, action: "voucher.unreview",
                                        detail: "草稿 \(draftID)")
            return try readDraft(id: draftID)
        }
    }

    public func signOff(draftID: Int64, signoff: VoucherApproval.SignOff?, decision: VoucherApproval.CollectiveDecision?,
                        rules: ApprovalRules) throws -> DraftVoucher {
        try postgres.write {
            let draft = try unposted(id: draftID)
            if let reviewer = draft.reviewedBy { throw WorkflowError.draftMustNotBeReviewed(id: draftID, reviewer: reviewer) }
            try Self.checkSignoff(signoff, decision: decision, rules: rules)
            if let signoff {
                try session.query("UPDATE voucher_draft SET signoff_by = $1, signoff_date = $2 WHERE id = $3",
                                  [.text(signoff.by), .text(signoff.date.description), .integer(draftID)])
            }
            if let decision {
                try session.query("UPDATE voucher_draft SET decision_ref = $1, decision_date = $2 WHERE id = $3",
                                  [.text(decision.reference), .text(decision.date.description), .integer(draftID)])
            }
            try PostgresEventLog.record(session, at: now(), organisation: organisation.id, user: user, action: "voucher.signoff",
                                        detail: "草稿 \(draftID) \(signoff.map { "签批 \($0.by) \($0.date)" } ?? "") \(decision.map { "集体研究 \($0.reference) \($0.date)" } ?? "")")
            return try readDraft(id: draftID)
        }
    }

    public func deleteDraft(id: Int64, reason: String) throws {
        try postgres.write {
            let draft = try unposted(id: id)
            if let reviewer = draft.reviewedBy { throw WorkflowError.draftMustNotBeReviewed(id: id, reviewer: reviewer) }
            try session.query("DELETE FROM voucher_draft WHERE id = $1", [.integer(id)])
            try PostgresEventLog.record(session, at: now(), organisation: organisation.id, user: user, action: "voucher.delete",
                                        detail: "草稿 \(id) \(draft.date) \(draft.summary) \(draft.total.plainString)：\(reason)")
        }
    }

    public func postDrafts(ids: [Int64]?, month: YearMonth?, rules: ApprovalRules) throws -> [PostedVoucher] {
        try withPostingSession { posting in
            var drafts: [DraftVoucher]
            if let ids {
                drafts = try ids.map { try unposted(id: $0) }
            } else {
                drafts = try readDrafts(status: .reviewed, month: month)
            }
            drafts.sort { ($0.date, $0.id) < ($1.date, $1.id) }
            return try drafts.map { draft in
                guard draft.reviewedBy != nil else { throw WorkflowError.draftMustBeReviewed(id: draft.id) }
                let spends = draft.postings.contains { line in
                    line.side == .debit && line.amount.fen > 0 && posting.accountsByCode[line.account]?.account.kind == .expenditure
                }
                if spends {
                    if rules.signoffRequiredForExpenditure && draft.signoff == nil {
                        throw WorkflowError.expenditureMustBeSignedOff(id: draft.id)
                    }
                    if let threshold = rules.collectiveDecisionThreshold, draft.total >= threshold, draft.decision == nil {
                        throw WorkflowError.collectiveDecisionMustBeRecorded(id: draft.id, total: draft.total.formatted(),
                                                                             threshold: threshold.formatted())
                    }
                }
                let posted = try posting.post(draft.voucherDraft())
                try posting.flushRows()
                try session.query("UPDATE voucher_draft SET posted_voucher_id = $1 WHERE id = $2", [.integer(posted.id), .integer(draft.id)])
                return posted
            }
        }
    }

    public func drafts(status: DraftVoucher.Status? = nil, month: YearMonth? = nil) throws -> [DraftVoucher] {
        try readDrafts(status: status, month: month)
    }

    public func draft(id: Int64) throws -> DraftVoucher { try readDraft(id: id) }

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

    private func unposted(id: Int64) throws -> DraftVoucher {
        let draft = try readDraft(id: id)
        if let voucherID = draft.postedVoucherID {
            var label = "#\(voucherID)"
            if let row = try session.query("SELECT date, number FROM voucher WHERE id = $1", [.integer(voucherID)]).first {
                label = PostedVoucher.label(date: try StoredValue.date(try row.text("date"), row: "voucher row \(voucherID)"),
                                            number: Int(try row.int("number")))
            }
            throw WorkflowError.draftMustNotBePosted(id: id, voucher: label)
        }
        return draft
    }

    private func readDraft(id: Int64) throws -> DraftVoucher {
        guard let draft = try readDrafts(where: "id = $2", [.integer(id)]).first else { throw WorkflowError.draftMustExist(id: String(id)) }
        return draft
    }

    private func readDrafts(status: DraftVoucher.Status?, month: YearMonth?) throws -> [DraftVoucher] {
        var conditions = ["TRUE"]
        var values: [PostgresValue] = []
        if let month {
            values.append(.int(month.ordinal))
            conditions.append("ordinal = $\(values.count + 1)")
        }
        switch status {
        case .entered: conditions.append("posted_voucher_id IS NULL AND reviewed_by IS NULL")
        case .reviewed: conditions.append("posted_voucher_id IS NULL AND reviewed_by IS NOT NULL")
        case .posted: conditions.append("posted_voucher_id IS NOT NULL")
        case nil: break
        }
        return try readDrafts(where: conditions.joined(separator: " AND "), values)
    }

    private func readDrafts(where condition: String, _ values: [PostgresValue]) throws -> [DraftVoucher] {
        try session.query("SELECT * FROM voucher_draft WHERE org_id = $1 AND \(condition) ORDER BY date, id",
                          [.integer(organisation.id)] + values).map { row in
            let id = try row.int("id")
            let postings = try session.query("""
                SELECT line, account_code, side, amount_fen, memo, budget_line, counterparty
                FROM voucher_draft_line WHERE draft_id = $1 ORDER BY line
                """, [.integer(id)]).map { line -> Posting in
                let place = "voucher_draft_line row (draft \(id), line \(try line.int("line")))"
                return Posting(account: try StoredValue.accountCode(try line.text("account_code"), row: place, column: "account_code"),
                               side: try StoredValue.side(try line.text("side"), row: place),
                               amount: try StoredValue.amount(try line.int("amount_fen"), row: place), memo: try line.text("memo"),
                               budgetLine: try line.optionalText("budget_line"), counterparty: try line.optionalText("counterparty"))
            }
            let label = "voucher_draft row \(id)"
            try StoredValue.checkDebitTotal(postings, row: label)
            let signoffBy = try row.text("signoff_by"), decisionReference = try row.text("decision_ref")
            return DraftVoucher(
                id: id, organisation: organisation.code, date: try StoredValue.date(try row.text("date"), row: label),
                summary: try row.text("summary"), postings: postings, attachments: Int(try row.int("attachments")),
                fund: try row.text("fund"), preparedBy: try row.text("prepared_by"), preparedAt: try row.text("prepared_at"),
                reviewedBy: try row.optionalText("reviewed_by"), reviewedAt: try row.optionalText("reviewed_at"),
                singleOperator: try row.int("single_operator") != 0,
                signoff: signoffBy.isEmpty ? nil : VoucherApproval.SignOff(
                    by: signoffBy, date: try StoredValue.date(try row.text("signoff_date"), row: label, column: "signoff_date")),
                decision: decisionReference.isEmpty ? nil : VoucherApproval.CollectiveDecision(
                    reference: decisionReference, date: try StoredValue.date(try row.text("decision_date"), row: label, column: "decision_date")),
                postedVoucherID: try row.optionalInt("posted_voucher_id"))
        }
    }
}
