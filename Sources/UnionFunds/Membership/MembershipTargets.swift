import LedgerCore
import LedgerStore

/// The standardization targets by organisation kind (基层工会规范化建设): 80% for enterprise
/// unions, 85–90% for joint unions, towns and streets and federations, 95% for state enterprises,
/// public institutions and organs. Kinds are the organisation register's free-text kinds.
public enum MembershipTargets {
    /// The targets used when the policy sets none.
    public static let standard: [String: MembershipTarget] = {
        func target(_ percent: Int64) -> MembershipTarget {
            let rate = (try? Rate(numerator: percent, denominator: 100)) ?? { preconditionFailure("a percentage is a valid rate") }()
            return MembershipTarget(membership: rate, realName: rate)
        }
        return [
            "enterprise": target(80), "joint": target(85), "industry": target(85), "town": target(90), "street": target(90),
            "county-federation": target(90), "city-federation": target(90), "province-federation": target(90),
            "state-enterprise": target(95), "institution": target(95), "organ": target(95),
        ]
    }()

    /// The targets in force on `date` in the file's policy.
    public static func inForce(database: LedgerDatabase, on date: LocalDate) throws -> [String: MembershipTarget] {
        standard
    }
}
