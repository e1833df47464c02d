import LedgerCore
import UnionCore

/// The policy's `dues` section (ledgers/policies/README.md).
public struct DuesPolicy: Decodable, Sendable, Hashable {
    /// 0.5% under the union constitution.
    public var rate: PolicyRate
    /// The wage is truncated to a whole multiple of this first ("工资尾数不足十元的不计缴会费": 10.00).
    public var wageUnit: PolicyMoney
    /// Statuses that pay nothing while they last (`retained-exempt`: 保留会籍).
    public var exemptStatuses: [String]

    enum CodingKeys: String, CodingKey {
        case rate
        case wageUnit = "wage_unit"
        case exemptStatuses = "exempt_statuses"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rate = try container.decode(PolicyRate.self, forKey: .rate)
        wageUnit = try container.decode(PolicyMoney.self, forKey: .wageUnit)
        exemptStatuses = try container.decodeIfPresent([String].self, forKey: .exemptStatuses) ?? []
        guard wageUnit.money.isPositive else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath + [CodingKeys.wageUnit],
                                                    debugDescription: "the wage unit must be positive (10.00)"))
        }
        for status in exemptStatuses where MemberStatus(rawValue: status) == nil {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath + [CodingKeys.exemptStatuses],
                debugDescription: "unknown status “\(status)” (\(MemberStatus.allCases.map(\.rawValue).joined(separator: ", ")))"))
        }
    }

    public var rule: DuesRule {
        DuesRule(rate: rate.rate, wageUnit: wageUnit.money, exemptStatuses: Set(exemptStatuses.compactMap(MemberStatus.init(rawValue:))))
    }
}

extension DuesRule {
    /// The rule in force for `month` under the file's policy.
    /// - Throws: `UnionFundsError.policyMustCoverDate` when the policy's `dues` section is empty or
    ///   starts later; `.policyMustBeValid` for a malformed section.
    public static func inForce(policies: any PolicyStore, month: YearMonth) throws -> DuesRule {
        try inForce(policy: policies.current(), month: month)
    }

    /// The rule `policy` sets for `month`.
    public static func inForce(policy: PolicyDocument, month: YearMonth) throws(UnionFundsError) -> DuesRule {
        try policy.section("dues", as: DuesPolicy.self).entry(for: month).rule
    }
}
