import LedgerCore

/// Every check the audit runs, in the order a report lists them: approvals, budget, benefits and
/// cash, restricted funds, the 2% and dues, the shape of spending, the books themselves.
/// `ledgers/audit/README.md` lists the same ids with their basis (a test holds the two together).
public enum AuditCatalogue {
    /// The checks `gonghui audit check` runs.
    public static let all: [any Check] = [
        SignoffMissing(), SignoffNotByChair(), CollectiveDecisionMissing(), SingleOperator(), DutiesNotSeparated(),
        SpendingWithoutBudgetLine(), BudgetLineOverspent(), BudgetAdjustmentOutsideChain(),
        FestivalGiftCap(), ForbiddenBenefitForm(), CashPaymentLimit(), CashOnHandLimit(),
        RestrictedFundsMisused(),
        AllocationProvisionShort(), UpwardRemittanceLate(), DuesCollectedShort(),
        AdministrativeSpendingGrowth(), MemberServiceShare(),
        VoucherNumberGap(), PostedOutOfPeriod(), AttachmentsMissing(), HashChainBroken(), BooksDisagree(),
        PaymentsToOfficers(),
    ]

    /// The check with this id.
    /// - Throws: `AuditError.checkMustBeKnown`.
    public static func check(id: String) throws(AuditError) -> any Check {
        guard let check = all.first(where: { $0.id == id }) else { throw .checkMustBeKnown(id: id) }
        return check
    }

    /// What is wrong with a catalogue: ids used twice, empty ids, checks without a basis or a title.
    /// Empty when the catalogue is sound; a test holds `all` to that.
    /// - Complexity: O(n) in the number of checks.
    public static func problems(in checks: [any Check]) -> [String] {
        var problems: [String] = []
        var seen: Set<String> = []
        for check in checks {
            let id = check.id
            if id.trimmingSpaces().isEmpty { problems.append("a check has an empty id") }
            if !seen.insert(id).inserted { problems.append("\(id): id used twice") }
            if check.basis.trimmingSpaces().isEmpty { problems.append("\(id): no basis (document and article)") }
            if check.title.zh.trimmingSpaces().isEmpty || check.title.en.trimmingSpaces().isEmpty {
                problems.append("\(id): title missing in a language")
            }
        }
        return problems
    }
}
