/// Every way the voucher workflow (填制 → 审核 → 记账) refuses a step, one case per rule.
public enum WorkflowError: RuleError, Hashable, Sendable {
    /// How many unposted drafts a refused close names before it says how many there are.
    public static let draftsNamedMax = 10

    case reviewerMustNotBePreparer(person: String)
    case draftMustExist(id: String)
    case draftMustBeReviewed(id: Int64)
    case draftMustNotBeReviewed(id: Int64, reviewer: String)
    case draftMustNotBePosted(id: Int64, voucher: String)
    case expenditureMustBeSignedOff(id: Int64)
    case collectiveDecisionMustBeRecorded(id: Int64, total: String, threshold: String)
    /// `drafts`: every unposted draft's number; the message names the first `draftsNamedMax` and says how many in all.
    case monthMustHaveNothingUnposted(period: String, drafts: [Int64])
    case personMustBeNamed(role: String)
    case textMustBePlain(field: String)
    case signoffMustBeByChair(person: String, chair: String, date: String)

    /// The rule's name, as in the error catalogue: `reviewerMustNotBePreparer`.
    public var rule: String { ruleKey.rawValue }

    /// The rule as a case of `Rule`, checked by the compiler for every case of the error.
    public var ruleKey: Rule {
        switch self {
        case .reviewerMustNotBePreparer: .reviewerMustNotBePreparer
        case .draftMustExist: .draftMustExist
        case .draftMustBeReviewed: .draftMustBeReviewed
        case .draftMustNotBeReviewed: .draftMustNotBeReviewed
        case .draftMustNotBePosted: .draftMustNotBePosted
        case .expenditureMustBeSignedOff: .expenditureMustBeSignedOff
        case .collectiveDecisionMustBeRecorded: .collectiveDecisionMustBeRecorded
        case .monthMustHaveNothingUnposted: .monthMustHaveNothingUnposted
        case .personMustBeNamed: .personMustBeNamed
        case .textMustBePlain: .textMustBePlain
        case .signoffMustBeByChair: .signoffMustBeByChair
        }
    }

    /// Every rule of the workflow, in catalogue order.
    public enum Rule: String, RuleKey {
        case reviewerMustNotBePreparer, draftMustExist, draftMustBeReviewed, draftMustNotBeReviewed
        case draftMustNotBePosted, expenditureMustBeSignedOff, collectiveDecisionMustBeRecorded
        case monthMustHaveNothingUnposted, personMustBeNamed, textMustBePlain, signoffMustBeByChair

        public var isMalformedInput: Bool {
            switch self {
            case .draftMustExist, .personMustBeNamed, .textMustBePlain: true
            default: false
            }
        }
    }

    /// The rules' names (`Rule.allCases`), for tests written against strings.
    public static var rules: [String] { Rule.allCases.map(\.rawValue) }

    public var isMalformedInput: Bool { ruleKey.isMalformedInput }

    public func message(in language: Language) -> String {
        let l = language
        switch self {
        case .reviewerMustNotBePreparer(let person):
            return l.pick("审核人不能是制单人（\(person)）；只有一名财务人员的工会可在政策中启用单人操作（vouchers.single_operator）",
                          "the reviewer cannot be the preparer (\(person)); a one-person union may allow it in the policy (vouchers.single_operator)")
        case .draftMustExist(let id):
            return l.pick("未记账凭证不存在：\(id)", "no unposted voucher \(id)")
        case .draftMustBeReviewed(let id):
            return l.pick("凭证（草稿 \(id)）尚未审核，不能记账", "voucher (draft \(id)) has not been reviewed and cannot be posted")
        case .draftMustNotBeReviewed(let id, let reviewer):
            return l.pick("凭证（草稿 \(id)）已由 \(reviewer) 审核；如需修改请先取消审核",
                          "voucher (draft \(id)) was reviewed by \(reviewer); cancel the review before changing it")
        case .draftMustNotBePosted(let id, let voucher):
            return l.pick("草稿 \(id) 已记账为 \(voucher)；已记账凭证只能红字冲销", "draft \(id) was posted as \(voucher); posted vouchers are corrected by reversal")
        case .expenditureMustBeSignedOff(let id):
            return l.pick("支出凭证（草稿 \(id)）缺少工会主席签批，不能记账", "expenditure voucher (draft \(id)) lacks the chair's sign-off and cannot be posted")
        case .collectiveDecisionMustBeRecorded(let id, let total, let threshold):
            return l.pick("凭证（草稿 \(id)）金额 \(total) 达到集体研究标准 \(threshold)，须登记集体研究决定（会议及日期）",
                          "voucher (draft \(id)) of \(total) reaches the collective-decision threshold \(threshold): record the meeting and its date")
        case .monthMustHaveNothingUnposted(let period, let drafts):
            let shown = drafts.prefix(Self.draftsNamedMax).map(String.init)
            let more = drafts.count > shown.count
            let zh = shown.joined(separator: "、") + (more ? "；仅显示前 \(shown.count) 张，共 \(drafts.count) 张" : "")
            let en = shown.joined(separator: ", ") + (more ? "; the first \(shown.count) of \(drafts.count) shown" : "")
            return l.pick("\(period) 还有未记账凭证（草稿 \(zh)），记账或作废后才能结账" + (more ? "（gonghui voucher drafts --month \(period) 列出全部）" : ""),
                          "\(period) still has unposted vouchers (drafts \(en)); post or delete them before closing"
                            + (more ? " (gonghui voucher drafts --month \(period) lists them all)" : ""))
        case .personMustBeNamed(let role):
            return l.pick("缺少必填项：\(role)", "required: \(role)")
        case .textMustBePlain(let field):
            return l.pick("\(field) 含有控制字符（如换行、制表符）", "\(field) holds control characters (line breaks, tabs, …)")
        case .signoffMustBeByChair(let person, let chair, let date):
            return l.pick("\(date) 的工会主席是 \(chair)，签批人不能是 \(person)",
                          "on \(date) the chair was \(chair), so \(person) cannot sign off")
        }
    }
}
