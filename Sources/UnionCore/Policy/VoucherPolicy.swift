import LedgerCore
import LedgerStore

/// The policy's `vouchers` section: who may review, and what an expenditure needs before posting.
public struct VoucherPolicy: Decodable, Sendable, Hashable {
    /// A one-person union may review its own vouchers (each is marked 单人操作).
    public var singleOperator: Bool
    /// Expenditure at or above this needs a collective decision (集体研究).
    public var collectiveDecisionThreshold: PolicyMoney?
    /// Voucher categories that need the chair's sign-off: `expenditure`.
    public var signoffRequiredFor: [String]
    /// A voucher that would take 库存现金 or 银行存款 below zero: `refuse` (default) or `warn`.
    public var negativeCash: CashBalanceCheck.Handling
    /// Years after today's a voucher may be dated in (`DateWindow`): a typo such as 2062 is refused.
    public var dateWindowYearsAhead: Int

    enum CodingKeys: String, CodingKey {
        case singleOperator = "single_operator"
        case collectiveDecisionThreshold = "collective_decision_threshold"
        case signoffRequiredFor = "signoff_required_for"
        case negativeCash = "negative_cash"
        case dateWindowYearsAhead = "date_window_years_ahead"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        singleOperator = try container.decodeIfPresent(Bool.self, forKey: .singleOperator) ?? false
        collectiveDecisionThreshold = try container.decodeIfPresent(PolicyMoney.self, forKey: .collectiveDecisionThreshold)
        signoffRequiredFor = try container.decodeIfPresent([String].self, forKey: .signoffRequiredFor) ?? ["expenditure"]
        negativeCash = try container.decodeIfPresent(CashBalanceCheck.Handling.self, forKey: .negativeCash) ?? .refuse
        dateWindowYearsAhead = try container.decodeIfPresent(Int.self, forKey: .dateWindowYearsAhead) ?? DateWindow.yearsAhead
        guard (0...100).contains(dateWindowYearsAhead) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath + [CodingKeys.dateWindowYearsAhead],
                                                    debugDescription: "years ahead must be 0 to 100"))
        }
        for category in signoffRequiredFor where category != "expenditure" {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath + [CodingKeys.signoffRequiredFor],
                                                    debugDescription: "unknown category “\(category)” (expenditure)"))
        }
    }
}

extension ApprovalRules {
    /// The rules in force on `date` under the file's policy, with the organisation's chairs from its tenures.
    /// - Throws: `UnionFundsError.policyMustCoverDate`, `.policyMustBeValid`; `LedgerError.organisationMustExist`.
    public static func inForce(for books: any Books, policies: any PolicyStore, organisations: any OrganisationStore,
                               on date: LocalDate) throws -> ApprovalRules {
        let policy = try policies.current().section("vouchers", as: VoucherPolicy.self).entry(on: date)
        let chairs = try organisations.tenures(organisation: books.organisation.code)
            .filter { $0.role == .chair }
            .map { ChairTerm(person: $0.person, from: $0.start, to: $0.end) }
        return ApprovalRules(singleOperatorAllowed: policy.singleOperator,
                             signoffRequiredForExpenditure: policy.signoffRequiredFor.contains("expenditure"),
                             collectiveDecisionThreshold: policy.collectiveDecisionThreshold?.money, chairs: chairs)
    }

    /// The rules in force today (the day the step is taken) for these books.
    public static func inForce(for books: any Books, policies: any PolicyStore,
                               organisations: any OrganisationStore) throws -> ApprovalRules {
        try inForce(for: books, policies: policies, organisations: organisations, on: books.clock.today())
    }
}
