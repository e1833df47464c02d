import LedgerCore

// The budget as data (notes-postings-budgets-audit.md §2.2–3; DOMAIN §5):
//
//   BudgetVersion (organisation, year, number: 0 = 年初预算, n = 第 n 次调整)
//     ├─ lines: BudgetLine (account, category 收入/基本支出/项目支出, project, amount, note)
//     ├─ carriedForward: 上年结转结余 at the start of the year (from the books, when drafted)
//     └─ approvals: BudgetApproval (step, date, signer, meeting, opinion) in the policy's chain order
//   a version is a draft until the chain's last step; then it is approved and never changes.
//   Final accounts (决算) run through the same chain as their own subject.

/// What a budget line plans: revenue, or spending split 基本支出 / 项目支出 (总工办发〔2019〕26号:
/// 工会支出预算应按基本支出和项目支出进行编制).
public enum BudgetCategory: String, Sendable, CaseIterable, Hashable, Codable {
    case revenue
    /// 基本支出: the union's running activities.
    case basic
    /// 项目支出: a named project.
    case project

    public func label(_ language: Language) -> String {
        switch self {
        case .revenue: language.pick("收入", "revenue")
        case .basic: language.pick("基本支出", "basic")
        case .project: language.pick("项目支出", "project")
        }
    }

    /// Accepts 收入/基本支出/项目支出 or the English values (any case).
    public init?(parsing text: String) {
        let trimmed = text.trimmingSpaces()
        switch trimmed.lowercased() {
        case "收入", "revenue", "income": self = .revenue
        case "基本支出", "basic", "基本": self = .basic
        case "项目支出", "project", "项目": self = .project
        default: return nil
        }
    }

    public var isSpending: Bool { self != .revenue }
}

/// One line of a budget: a revenue or expenditure account of the books' chart (a standard account
/// or a user sub-account), with the project for 项目支出.
public struct BudgetLine: Sendable, Hashable, Codable {
    /// How a line is found: its account and project (empty for revenue and 基本支出).
    public struct Key: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
        public var account: AccountCode
        public var project: String

        public init(account: AccountCode, project: String = "") {
            self.account = account
            self.project = project
        }

        public static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.account, lhs.project) < (rhs.account, rhs.project)
        }

        /// `50102` or `50102/职工运动会`.
        public var description: String { project.isEmpty ? account.rawValue : "\(account.rawValue)/\(project)" }
    }

    public var account: AccountCode
    public var category: BudgetCategory
    public var project: String
    public var amount: Money
    /// 说明.
    public var note: String

    public init(account: AccountCode, category: BudgetCategory, project: String = "", amount: Money, note: String = "") {
        self.account = account
        self.category = category
        self.project = project
        self.amount = amount
        self.note = note
    }

    public var key: Key { Key(account: account, project: project) }
}

/// A step of the approval chain after the draft.
public enum ApprovalStep: String, Sendable, CaseIterable, Hashable, Codable {
    /// 经费审查委员会审查 (工会法 art. 45).
    case reviewCommittee = "review_committee"
    /// 工会委员会（常委会）审议通过.
    case committee
    /// 上级工会备案或批复.
    case higherUnion = "higher_union"

    public func label(_ language: Language) -> String {
        switch self {
        case .reviewCommittee: language.pick("经费审查委员会审查", "review committee")
        case .committee: language.pick("工会委员会审议通过", "union committee")
        case .higherUnion: language.pick("上级工会", "higher union")
        }
    }
}

/// One recorded step: who decided, when, at which meeting (届次/会议), and their opinion.
public struct BudgetApproval: Sendable, Hashable {
    public var step: ApprovalStep
    public var date: LocalDate
    /// Who signed for the body (the 经审会主任, the chair, the higher union's officer).
    public var signer: String
    /// 第三届第5次委员会会议.
    public var meeting: String
    public var opinion: String
    /// For `higherUnion`: filing or approval, as the policy said when it was recorded.
    public var mode: BudgetPolicy.HigherUnionMode?
    /// Who entered it, and when (the store's clock).
    public var recordedBy: String
    public var recordedAt: String

    public init(step: ApprovalStep, date: LocalDate, signer: String, meeting: String, opinion: String,
                mode: BudgetPolicy.HigherUnionMode? = nil, recordedBy: String = "", recordedAt: String = "") {
        self.step = step
        self.date = date
        self.signer = signer
        self.meeting = meeting
        self.opinion = opinion
        self.mode = mode
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }

    /// `经费审查委员会审查` or, for the higher union, `上级工会备案` / `上级工会批复`.
    public func stepLabel(_ language: Language) -> String {
        guard step == .higherUnion, let mode else { return step.label(language) }
        return mode == .filing ? language.pick("上级工会备案", "filed with the higher union")
                               : language.pick("上级工会批复", "approved by the higher union")
    }
}

/// A budget version: the original (年初预算, number 0) or an adjustment (预算调整, number 1, 2, …).
public struct BudgetVersion: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable, CaseIterable {
        case draft
        /// Every step of the chain recorded: locked, and the version the control holds spending to.
        case approved
    }

    public var organisation: String
    public var year: Int
    public var number: Int
    public var lines: [BudgetLine]
    /// 上年结转结余: 工会资金结转 + 结余 at the start of the year, as the books stood when drafted.
    public var carriedForward: Money
    /// Why the budget is adjusted (required for adjustments).
    public var reason: String
    public var status: Status
    public var approvals: [BudgetApproval]
    /// The file it was imported from.
    public var source: String
    public var createdBy: String
    public var createdAt: String

    public init(organisation: String, year: Int, number: Int, lines: [BudgetLine], carriedForward: Money, reason: String = "",
                status: Status = .draft, approvals: [BudgetApproval] = [], source: String = "", createdBy: String = "",
                createdAt: String = "") {
        self.organisation = organisation
        self.year = year
        self.number = number
        self.lines = lines
        self.carriedForward = carriedForward
        self.reason = reason
        self.status = status
        self.approvals = approvals
        self.source = source
        self.createdBy = createdBy
        self.createdAt = createdAt
    }

    public var isAdjustment: Bool { number > 0 }

    /// `年初预算` / `第 1 次调整`.
    public func name(_ language: Language) -> String {
        number == 0 ? language.pick("年初预算", "original budget") : language.pick("第 \(number) 次调整", "adjustment \(number)")
    }

    /// The line with this key, if any.
    public func line(_ key: BudgetLine.Key) -> BudgetLine? { lines.first { $0.key == key } }

    /// Planned revenue, spending, and the planned result (revenue − spending).
    /// - Throws: `LedgerError.amountMustFitRange` on overflow.
    public func totals() throws(LedgerError) -> (revenue: Money, spending: Money) {
        var revenue = Money.zero, spending = Money.zero
        for line in lines {
            if line.category == .revenue { revenue = try revenue.adding(line.amount) } else { spending = try spending.adding(line.amount) }
        }
        return (revenue, spending)
    }

    /// The date of the chain's last recorded step: when the version took effect.
    public var approvedOn: LocalDate? { status == .approved ? approvals.last?.date : nil }
}
