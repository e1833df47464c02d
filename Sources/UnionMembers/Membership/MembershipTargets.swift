import LedgerCore
import UnionCore

/// The policy's `membership_targets` section: per organisation kind (the register's `kind`), the
/// standardization targets for 入会率 and 实名制率 (基层工会规范化建设: 80% for enterprise unions,
/// 85–90% for joint unions, towns, streets and federations, 95% for state enterprises, public
/// institutions and organs).
public struct MembershipTargetsPolicy: Decodable, Sendable, Hashable {
    public struct Kind: Decodable, Sendable, Hashable {
        public var membership: PolicyRate
        public var realName: PolicyRate

        enum CodingKeys: String, CodingKey {
            case membership
            case realName = "real_name"
        }
    }

    public var kinds: [String: Kind]

    public var targets: [String: MembershipTarget] {
        kinds.mapValues { MembershipTarget(membership: $0.membership.rate, realName: $0.realName.rate) }
    }
}

public enum MembershipTargets {
    /// The targets in force on `date` under the file's policy, by organisation kind; empty when
    /// the policy sets none (the statistics then show no target).
    /// - Throws: `UnionFundsError.policyMustCoverDate` when the section starts after `date`,
    ///   `.policyMustBeValid` for a malformed section.
    public static func inForce(policies: any PolicyStore, on date: LocalDate) throws -> [String: MembershipTarget] {
        try inForce(policy: policies.current(), on: date)
    }

    /// The targets `policy` sets on `date`, by organisation kind; empty when it sets none.
    public static func inForce(policy: PolicyDocument, on date: LocalDate) throws(UnionFundsError) -> [String: MembershipTarget] {
        let timeline = try policy.section("membership_targets", as: MembershipTargetsPolicy.self)
        guard !timeline.entries.isEmpty else { return [:] }
        return try timeline.entry(on: date).targets
    }
}
