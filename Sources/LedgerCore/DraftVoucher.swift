/// A voucher entered but not yet posted (填制), possibly reviewed (审核). It counts in no balance.
public struct DraftVoucher: Hashable, Sendable {
    public enum Status: String, Sendable, CaseIterable, CodedStatus {
        /// 已填制: entered, waiting for review.
        case entered
        /// 已审核: reviewed, waiting to be posted.
        case reviewed
        /// 已记账: posted; the draft stays as the trail of who did what.
        case posted

        /// The printed name (已填制) first, then what else a treasurer calls it.
        public var chineseNames: [String] {
            switch self {
            case .entered: ["已填制", "已录入", "待审核", "未审核"]
            case .reviewed: ["已审核", "待记账"]
            case .posted: ["已记账", "已过账"]
            }
        }
    }

    public var id: Int64
    public var organisation: String
    public var date: LocalDate
    public var summary: String
    public var postings: [Posting]
    public var attachments: Int
    public var fund: String
    public var preparedBy: String
    public var preparedAt: String
    public var reviewedBy: String?
    public var reviewedAt: String?
    public var singleOperator: Bool
    public var signoff: VoucherApproval.SignOff?
    public var decision: VoucherApproval.CollectiveDecision?
    public var postedVoucherID: Int64?

    public init(id: Int64, organisation: String, date: LocalDate, summary: String, postings: [Posting], attachments: Int,
                fund: String = "", preparedBy: String, preparedAt: String, reviewedBy: String?, reviewedAt: String?, singleOperator: Bool,
                signoff: VoucherApproval.SignOff?, decision: VoucherApproval.CollectiveDecision?, postedVoucherID: Int64?) {
        self.id = id
        self.organisation = organisation
        self.date = date
        self.summary = summary
        self.postings = postings
        self.attachments = attachments
        self.fund = fund
        self.preparedBy = preparedBy
        self.preparedAt = preparedAt
        self.reviewedBy = reviewedBy
        self.reviewedAt = reviewedAt
        self.singleOperator = singleOperator
        self.signoff = signoff
        self.decision = decision
        self.postedVoucherID = postedVoucherID
    }

    public var status: Status {
        postedVoucherID != nil ? .posted : reviewedBy != nil ? .reviewed : .entered
    }

    /// Σ debit amounts (checked at entry, and again by the store when it reads the draft back).
    public var total: Money { Posting.debitTotal(postings) }

    /// What goes into the journal when this draft is posted.
    public func voucherDraft() -> VoucherDraft {
        VoucherDraft(
            date: date, summary: summary, postings: postings, source: "draft:\(id)", attachments: attachments,
            approval: reviewedBy.map { reviewer in
                VoucherApproval(preparedBy: preparedBy, reviewedBy: reviewer, reviewedAt: reviewedAt ?? "",
                                singleOperator: singleOperator, signoff: signoff, decision: decision)
            }, fund: fund)
    }
}

/// The approval rules in force for a voucher, from the policy (the store knows no policy files).
public struct ApprovalRules: Sendable, Hashable {
    /// A one-person union: the preparer may review their own vouchers (each is marked).
    public var singleOperatorAllowed: Bool
    /// Expenditure vouchers need the chair's sign-off (签批) before posting.
    public var signoffRequiredForExpenditure: Bool
    /// Expenditure at or above this total needs a collective-decision reference; `nil`: never.
    public var collectiveDecisionThreshold: Money?
    /// Who was chair, when (from the organisation's tenures). Empty: sign-offs are not matched.
    public var chairs: [ChairTerm]

    public struct ChairTerm: Sendable, Hashable {
        public var person: String
        public var from: LocalDate
        public var to: LocalDate?
        public init(person: String, from: LocalDate, to: LocalDate?) {
            self.person = person
            self.from = from
            self.to = to
        }
    }

    public init(singleOperatorAllowed: Bool = false, signoffRequiredForExpenditure: Bool = true,
                collectiveDecisionThreshold: Money? = nil, chairs: [ChairTerm] = []) {
        self.singleOperatorAllowed = singleOperatorAllowed
        self.signoffRequiredForExpenditure = signoffRequiredForExpenditure
        self.collectiveDecisionThreshold = collectiveDecisionThreshold
        self.chairs = chairs
    }

    /// The chair in office on a day, if tenures say.
    public func chair(on date: LocalDate) -> String? {
        chairs.last { $0.from <= date && ($0.to.map { date <= $0 } ?? true) }?.person
    }
}
