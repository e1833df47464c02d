import UnionCore
import InputFiles
import GRDB
import LedgerCore

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
    public func assessment(status: MemberStatus, wage: Money) throws(LedgerError) -> (base: Money, amount: Money, exempt: Bool)? {
        guard status.isMember else { return nil }
        if exemptStatuses.contains(status) { return (base(forWage: wage), .zero, true) }
        return (base(forWage: wage), try dues(onWage: wage), false)
    }
}

/// Which members' dues a set of books keeps: the members of its own organisation and of every
/// registered unit below it that keeps no books of its own (a 分会 without separate accounts).
/// Dues stay with the grassroots union (DOMAIN §3), so they never pass upward past a union with books.
enum DuesScope {
    /// The ids of the organisations whose members' dues `books` keeps.
    static func unitIDs(_ db: Database, books organisationID: Int64) throws -> Set<Int64> {
        var parent: [Int64: Int64] = [:]
        var keepsBooks: Set<Int64> = []
        for row in try Row.fetchAll(db, sql: """
            SELECT o.id, o.parent_id, EXISTS (SELECT 1 FROM account a WHERE a.org_id = o.id) AS keeps_books FROM organisation o
            """) {
            let id: Int64 = row["id"]
            if let parentID: Int64 = row["parent_id"] { parent[id] = parentID }
            if row["keeps_books"] as Bool { keepsBooks.insert(id) }
        }
        var covered: Set<Int64> = []
        for id in Set(parent.keys).union(keepsBooks).union([organisationID]) {
            var cursor: Int64? = id
            var steps = 0
            // Up to the first organisation with books: the books that keep these members' dues.
            while let current = cursor, steps < 64 {
                if keepsBooks.contains(current) || current == organisationID {
                    if current == organisationID { covered.insert(id) }
                    break
                }
                cursor = parent[current]
                steps += 1
            }
        }
        return covered
    }
}
