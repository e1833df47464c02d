import LedgerCore
import UnionCore

/// How a month's dues are worked out (DOMAIN §3): drop the part of the wage below whole 10 yuan
/// ("工资尾数不足十元的不计缴会费"), apply the rate (0.5%), round half-up to the fen; members in an
/// exempt status (保留会籍) pay nothing.
public struct DuesRule: Sendable, Hashable {
    public var rate: Rate
    /// The wage is truncated to a whole multiple of this before the rate applies (10.00 yuan).
    public var wageUnit: Money
    public var exemptStatuses: Set<MemberStatus>

    public init(rate: Rate, wageUnit: Money, exemptStatuses: Set<MemberStatus>) {
        self.rate = rate
        self.wageUnit = wageUnit
        self.exemptStatuses = exemptStatuses
    }

    /// 0.5%, whole 10 yuan, retained members exempt: the national rule, used when no policy says otherwise.
    public static let standard = DuesRule(
        rate: (try? Rate(numerator: 5, denominator: 1_000)) ?? { preconditionFailure("5/1000 is a valid rate") }(),
        wageUnit: Money(fen: 1_000), exemptStatuses: [.retainedExempt])

    /// The wage the rate applies to: ⌊wage / unit⌋ × unit.
    public func base(forWage wage: Money) -> Money {
        guard wageUnit.isPositive, !wage.isNegative else { return wage.isNegative ? .zero : wage }
        return Money(fen: wage.fen / wageUnit.fen * wageUnit.fen)
    }

    /// A month's dues on a wage: ⌊wage/10⌋×10 × rate, half-up to the fen.
    /// - Throws: `LedgerError.amountMustFitRange` (not for any real wage).
    public func dues(onWage wage: Money) throws(LedgerError) -> Money {
        try rate.applied(to: base(forWage: wage), rounding: .halfUp)
    }

    /// What a member in `status` owes on `wage`; nil when the status is not a member's (withdrawn, transferred).
    public func assessment(status: MemberStatus, wage: Money) throws(LedgerError) -> DuesAssessment? {
        guard status.isMember else { return nil }
        if exemptStatuses.contains(status) { return DuesAssessment(base: base(forWage: wage), amount: .zero, exempt: true) }
        return DuesAssessment(base: base(forWage: wage), amount: try dues(onWage: wage), exempt: false)
    }
}

/// One member's dues for one month as assessed: the base the rate applied to, the amount, and
/// whether the member's status exempted them (then the amount is zero).
public struct DuesAssessment: Sendable, Hashable {
    public var base: Money
    public var amount: Money
    public var exempt: Bool

    public init(base: Money, amount: Money, exempt: Bool) {
        self.base = base
        self.amount = amount
        self.exempt = exempt
    }
}

/// Which members' dues a set of books keeps: the members of its own organisation and of every
/// registered unit below it that keeps no books of its own (a 分会 without separate accounts).
/// Dues stay with the grassroots union (DOMAIN §3), so they never pass upward past a union with books.
enum DuesScope {
    /// The codes of the organisations whose members' dues the books of `books` keep.
    /// - Complexity: O(organisations × `OrganisationRules.chainDepthMax`).
    static func units(keptBy books: String, organisations: [RegisteredOrganisation]) -> Set<String> {
        let parent = Dictionary(organisations.compactMap { organisation in organisation.parent.map { (organisation.code, $0) } },
                                uniquingKeysWith: { first, _ in first })
        let keepsBooks = Set(organisations.filter(\.keepsBooks).map(\.code))
        var covered: Set<String> = []
        for code in Set(organisations.map(\.code)).union([books]) {
            var cursor: String? = code
            var steps = 0
            // Up to the first organisation with books: the books that keep these members' dues.
            while let current = cursor, steps < OrganisationRules.chainDepthMax {
                if keepsBooks.contains(current) || current == books {
                    if current == books { covered.insert(code) }
                    break
                }
                cursor = parent[current]
                steps += 1
            }
        }
        return covered
    }
}
