import LedgerCore
import UnionCore

/// Which budget line a posting is charged to (notes-postings-budgets-audit.md §3.3: budget
/// dimensions account × 基本/项目):
///
/// ```
/// expenditure posting on account X, budget line tag T (Posting.budgetLine)
///   X plays 安排预算稳定调节基金 (521)      → .stabilisationArranged   (governed by the surplus rule)
///   T given: project line (A, T), A = X or its nearest ancestor with one  → .line
///            none                                                         → .unbudgeted(X, T)
///   T empty: basic line A = X or its nearest ancestor with one            → .line
///            none                                                         → .unbudgeted(X, "")
/// revenue posting on account X: revenue line A = X or its nearest ancestor  → .line, else .unbudgeted(X, "")
/// ```
/// Lines of one kind never nest (`budgetLinesMustNotNest`), so the nearest ancestor is the only one.
public struct BudgetCharging: Sendable {
    /// Where an amount goes.
    public enum Target: Hashable, Sendable {
        case line(BudgetLine.Key)
        /// No line in the budget takes it (无预算): the account and the posting's tag.
        case unbudgeted(account: AccountCode, project: String)
        /// 安排预算稳定调节基金 (county and above).
        case stabilisationArranged
    }

    /// What a posting is, as the ledger reports it: account, kind, tag.
    public struct ChargeKey: Hashable, Sendable, Comparable {
        public var account: AccountCode
        public var project: String

        public init(account: AccountCode, project: String) {
            self.account = account
            self.project = project
        }

        public static func < (lhs: ChargeKey, rhs: ChargeKey) -> Bool { (lhs.account, lhs.project) < (rhs.account, rhs.project) }
    }

    private let revenueLines: Set<AccountCode>
    private let basicLines: Set<AccountCode>
    private let projectLines: Set<BudgetLine.Key>
    private let arranged: AccountCode?

    public init(lines: [BudgetLine], roles: ChartRoles) {
        revenueLines = Set(lines.filter { $0.category == .revenue }.map(\.account))
        basicLines = Set(lines.filter { $0.category == .basic }.map(\.account))
        projectLines = Set(lines.filter { $0.category == .project }.map(\.key))
        arranged = roles.codeIfPresent(.budgetStabilisationArranged)
    }

    /// The target of an amount on `account` (of `kind`) tagged `project`; nil for accounts that
    /// are neither revenue nor expenditure.
    public func target(account: AccountCode, kind: Account.Kind, project: String) -> Target? {
        switch kind {
        case .revenue:
            return Self.nearest(account) { revenueLines.contains($0) }.map { .line(BudgetLine.Key(account: $0)) }
                ?? .unbudgeted(account: account, project: project)
        case .expenditure:
            if let arranged, account.isWithin(arranged) { return .stabilisationArranged }
            if !project.isEmpty {
                return Self.nearest(account) { projectLines.contains(BudgetLine.Key(account: $0, project: project)) }
                    .map { .line(BudgetLine.Key(account: $0, project: project)) } ?? .unbudgeted(account: account, project: project)
            }
            return Self.nearest(account) { basicLines.contains($0) }.map { .line(BudgetLine.Key(account: $0)) }
                ?? .unbudgeted(account: account, project: "")
        case .asset, .liability, .netAssets:
            return nil
        }
    }

    /// `code` or its nearest ancestor for which `has` holds.
    static func nearest(_ code: AccountCode, where has: (AccountCode) -> Bool) -> AccountCode? {
        var current: AccountCode? = code
        while let each = current {
            if has(each) { return each }
            current = each.parent
        }
        return nil
    }
}
