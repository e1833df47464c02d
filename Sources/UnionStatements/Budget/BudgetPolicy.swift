import LedgerCore
import UnionCore

/// The policy's `budget` section (ledgers/policies/README.md): how a budget is approved and how
/// strictly spending is held to it. The items no source settles are policy values, not constants
/// (notes-postings-budgets-audit.md §3.2 [U]).
public struct BudgetPolicy: Decodable, Sendable, Hashable {
    /// What the posting path does with spending outside the approved budget.
    public enum Control: String, Sendable, CaseIterable, Decodable {
        /// Refuse the voucher (严禁无预算、超预算列支).
        case stop
        /// Post it; the overrun shows in the execution report and the flags.
        case warn
        /// No check.
        case off
    }

    /// What happens to a budget whose planned spending exceeds its means (以收定支、收支平衡).
    public enum BalanceRule: String, Sendable, CaseIterable, Decodable {
        case refuse
        case warn
    }

    /// Whether the higher union approves the budget or only receives it for filing (differs by province).
    public enum HigherUnionMode: String, Sendable, CaseIterable, Decodable {
        case filing
        case approval
    }

    public var control: Control
    public var balanceRule: BalanceRule
    /// 预算调整 allowed per year (Anhui 2025: 原则上每年一次).
    public var adjustmentsPerYear: Int
    /// The approval steps after the draft, in order.
    public var approvalChain: [ApprovalStep]
    public var higherUnionMode: HigherUnionMode
    /// A spending line is flagged when its actual falls short of its pro-rata budget by more than this share.
    public var underSpendFlag: PolicyRate
    /// 预备费 as a share of planned spending; nil when off (the default: no union rule found).
    public var contingency: PolicyRate?

    enum CodingKeys: String, CodingKey {
        case control
        case balanceRule = "balance_rule"
        case adjustmentsPerYear = "adjustments_per_year"
        case approvalChain = "approval_chain"
        case higherUnionMode = "higher_union_mode"
        case underSpendFlag = "under_spend_flag"
        case contingency
    }

    /// The default of the national policy, for books whose policy has no `budget` section.
    public static let standard = BudgetPolicy(
        control: .stop, balanceRule: .refuse, adjustmentsPerYear: 1,
        approvalChain: [.reviewCommittee, .committee, .higherUnion], higherUnionMode: .filing,
        underSpendFlag: PolicyRate.fifty, contingency: nil)

    public init(control: Control, balanceRule: BalanceRule, adjustmentsPerYear: Int, approvalChain: [ApprovalStep],
                higherUnionMode: HigherUnionMode, underSpendFlag: PolicyRate, contingency: PolicyRate?) {
        self.control = control
        self.balanceRule = balanceRule
        self.adjustmentsPerYear = adjustmentsPerYear
        self.approvalChain = approvalChain
        self.higherUnionMode = higherUnionMode
        self.underSpendFlag = underSpendFlag
        self.contingency = contingency
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let standard = BudgetPolicy.standard
        control = try container.decodeIfPresent(Control.self, forKey: .control) ?? standard.control
        balanceRule = try container.decodeIfPresent(BalanceRule.self, forKey: .balanceRule) ?? standard.balanceRule
        adjustmentsPerYear = try container.decodeIfPresent(Int.self, forKey: .adjustmentsPerYear) ?? standard.adjustmentsPerYear
        approvalChain = try container.decodeIfPresent([ApprovalStep].self, forKey: .approvalChain) ?? standard.approvalChain
        higherUnionMode = try container.decodeIfPresent(HigherUnionMode.self, forKey: .higherUnionMode) ?? standard.higherUnionMode
        underSpendFlag = try container.decodeIfPresent(PolicyRate.self, forKey: .underSpendFlag) ?? standard.underSpendFlag
        let contingencyText = try container.decodeIfPresent(String.self, forKey: .contingency) ?? "off"
        if contingencyText == "off" {
            contingency = nil
        } else {
            guard PolicyRate.parse(contingencyText) != nil else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath + [CodingKeys.contingency],
                                                        debugDescription: "“\(contingencyText)” is neither off nor a rate (e.g. 2%)"))
            }
            contingency = try PolicyRate(parsing: contingencyText)
        }
        func invalid(_ key: CodingKeys, _ detail: String) -> DecodingError {
            .dataCorrupted(.init(codingPath: decoder.codingPath + [key], debugDescription: detail))
        }
        guard (0...12).contains(adjustmentsPerYear) else { throw invalid(.adjustmentsPerYear, "between 0 and 12") }
        guard !approvalChain.isEmpty, Set(approvalChain).count == approvalChain.count else {
            throw invalid(.approvalChain, "at least one step, each once (review_committee, committee, higher_union)")
        }
        // The 经审会's review is statutory (工会法 art. 45); the committee approves (notes §3.1 item 5).
        guard approvalChain.contains(.reviewCommittee), approvalChain.contains(.committee) else {
            throw invalid(.approvalChain, "must include review_committee and committee (工会法第四十五条)")
        }
        guard underSpendFlag.rate.numerator <= underSpendFlag.rate.denominator else { throw invalid(.underSpendFlag, "at most 100%") }
    }

    /// The section in force on `date` under `policy`, or the standard values when the policy has no `budget` section.
    /// - Throws: `UnionFundsError.policyMustBeValid` for a malformed section; `.policyMustCoverDate`
    ///   when the section starts after `date`.
    public static func inForce(policy: PolicyDocument, on date: LocalDate) throws(UnionFundsError) -> BudgetPolicy {
        let timeline = try policy.section("budget", as: BudgetPolicy.self)
        guard !timeline.entries.isEmpty else { return .standard }
        return try timeline.entry(on: date)
    }

    /// The section in force for a budget year (its 1 January).
    public static func inForce(policy: PolicyDocument, year: Int) throws(UnionFundsError) -> BudgetPolicy {
        guard let january = try? LocalDate(year: year, month: 1, day: 1) else {
            throw .policyMustCoverDate(section: "budget", date: String(year))
        }
        return try inForce(policy: policy, on: january)
    }
}

extension PolicyRate {
    /// 50%.
    static let fifty: PolicyRate = {
        guard let rate = try? PolicyRate(parsing: "50%") else { preconditionFailure("50% is a rate") }
        return rate
    }()
}
