import LedgerCore

extension Report {
    /// Vouchers waiting in the workflow (未记账凭证): entered, reviewed, or posted with their trail.
    public static func draftList(_ drafts: [DraftVoucher], organisationName: String, language: Language) -> Report {
        let l = language
        let columns = [
            Column(l.pick("草稿号", "Draft"), key: "draft", alignment: .right),
            Column(l.pick("日期", "Date"), key: "date"),
            Column(l.pick("摘要", "Summary"), key: "summary"),
            Column(l.pick("金额", "Amount"), key: "amount", alignment: .right),
            Column(l.pick("附件", "Attachments"), key: "attachments", alignment: .right),
            Column(l.pick("状态", "Status"), key: "status"),
            Column(l.pick("制单", "Prepared by"), key: "prepared_by"),
            Column(l.pick("审核", "Reviewed by"), key: "reviewed_by"),
            Column(l.pick("签批", "Signed off"), key: "signoff"),
            Column(l.pick("集体研究", "Collective decision"), key: "decision"),
        ]
        let rows: [[Cell]] = drafts.map { draft in
            [.integer(draft.id), .text(draft.date.description), .text(draft.summary), .money(draft.total),
             .integer(Int64(draft.attachments)), .labelled(value: draft.status.rawValue, label: statusName(draft.status, l)),
             .text(draft.preparedBy),
             draft.singleOperator
                ? .labelled(value: (draft.reviewedBy ?? "") + " (single-operator)",
                            label: (draft.reviewedBy ?? "") + l.pick("（单人操作）", " (single operator)"))
                : .text(draft.reviewedBy ?? ""),
             .text(draft.signoff.map { "\($0.by) \($0.date)" } ?? ""),
             .text(draft.decision.map { "\($0.reference) \($0.date)" } ?? "")]
        }
        return Report(title: l.pick("未记账凭证", "Vouchers awaiting posting"),
                      headerLines: [l.pick("编制单位：\(organisationName)", "Organisation: \(organisationName)")],
                      tables: [Table(columns: columns, rows: rows)],
                      notes: [l.pick("共 \(drafts.count) 张", "\(drafts.count) vouchers")])
    }

    static func statusName(_ status: DraftVoucher.Status, _ l: Language) -> String {
        switch status {
        case .entered: l.pick(status.chineseName, "entered")
        case .reviewed: l.pick(status.chineseName, "reviewed")
        case .posted: l.pick(status.chineseName, "posted")
        }
    }

    /// Who entered, reviewed, posted and approved a voucher, as printed under it.
    static func approvalNotes(_ voucher: PostedVoucher, _ l: Language) -> [String] {
        guard let approval = voucher.approval else {
            return [l.pick("制单：\(voucher.preparedBy)    记账：\(voucher.postedBy)", "Prepared by: \(voucher.preparedBy)    Posted by: \(voucher.postedBy)")]
        }
        var notes = [l.pick("制单：\(approval.preparedBy)    审核：\(approval.reviewedBy)    记账：\(voucher.postedBy)",
                            "Prepared by: \(approval.preparedBy)    Reviewed by: \(approval.reviewedBy)    Posted by: \(voucher.postedBy)")]
        if approval.singleOperator {
            notes.append(l.pick("单人操作：制单人自行审核（政策允许）", "Single operator: reviewed by its preparer (allowed by the policy)"))
        }
        if let signoff = approval.signoff {
            notes.append(l.pick("签批：\(signoff.by)  \(signoff.date)", "Signed off by: \(signoff.by)  \(signoff.date)"))
        }
        if let decision = approval.decision {
            notes.append(l.pick("集体研究：\(decision.reference)  \(decision.date)", "Collective decision: \(decision.reference)  \(decision.date)"))
        }
        return notes
    }
}
