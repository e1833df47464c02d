/// Who prepared, reviewed and approved a voucher before it was posted (填制 → 审核 → 记账).
///
/// Posted vouchers carry it in the hash chain, so the record of who reviewed and who signed cannot
/// be changed afterwards. Vouchers posted by the engine itself (allocation, year close) and imports
/// of vouchers reviewed in another system carry none.
public struct VoucherApproval: Hashable, Sendable, Codable {
    /// 制单: who entered the voucher.
    public var preparedBy: String
    /// 审核: who reviewed it, and when (a timestamp).
    public var reviewedBy: String
    public var reviewedAt: String
    /// The preparer reviewed their own voucher, as the policy allows a one-person union; marked on
    /// every such voucher so the audit can list them.
    public var singleOperator: Bool
    /// 签批: the chair's sign-off on an expenditure (who, on what day).
    public var signoff: SignOff?
    /// 集体研究: the meeting that decided a large expenditure.
    public var decision: CollectiveDecision?

    public init(preparedBy: String, reviewedBy: String, reviewedAt: String, singleOperator: Bool,
                signoff: SignOff? = nil, decision: CollectiveDecision? = nil) {
        self.preparedBy = preparedBy
        self.reviewedBy = reviewedBy
        self.reviewedAt = reviewedAt
        self.singleOperator = singleOperator
        self.signoff = signoff
        self.decision = decision
    }

    public struct SignOff: Hashable, Sendable, Codable {
        public var by: String
        public var date: LocalDate
        public init(by: String, date: LocalDate) {
            self.by = by
            self.date = date
        }
    }

    public struct CollectiveDecision: Hashable, Sendable, Codable {
        /// e.g. 工会委员会 2026 年第 3 次会议纪要.
        public var reference: String
        public var date: LocalDate
        public init(reference: String, date: LocalDate) {
            self.reference = reference
            self.date = date
        }
    }

    /// Checks the rules that depend on the record alone.
    public func validate() throws(WorkflowError) {
        for (field, text) in [("prepared_by", preparedBy), ("reviewed_by", reviewedBy), ("signoff_by", signoff?.by ?? ""),
                              ("decision", decision?.reference ?? "")] where text.hasControlCharacters {
            throw .textMustBePlain(field: field)
        }
        guard !reviewedBy.isEmpty, !preparedBy.isEmpty else { throw .personMustBeNamed(role: "reviewed_by") }
        if let signoff, signoff.by.isEmpty { throw .personMustBeNamed(role: "signoff_by") }
        if let decision, decision.reference.isEmpty { throw .personMustBeNamed(role: "decision") }
        if reviewedBy == preparedBy && !singleOperator {
            throw .reviewerMustNotBePreparer(person: reviewedBy)
        }
    }
}
