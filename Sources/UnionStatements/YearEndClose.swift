import LedgerCore
import LedgerStore
import UnionCore

/// 年终结账: which net-assets accounts receive the year's result, chosen by role, then the close
/// itself (the ledger's `Books.closeYear`: closing vouchers dated 31 December, December closed,
/// one transaction).
///
/// 财会〔2021〕7号 keeps restricted and unrestricted money apart at year end: the result of
/// unrestricted money goes to 工会资金结余—本年收支结转, each restricted fund's (专项) to 工会资金结转
/// —本年收支结转. Charts name these accounts differently (the shipped 2021 charts use 33201 and 331,
/// the official text 32203 and 32103, the 2009 chart and the basic chart a single 331 结余), so the
/// rule asks the chart's roles:
///
/// ```
/// unrestricted ─ unrestrictedCurrentYear ?? unrestrictedSurplus           (or --to)
/// restricted   ─ restrictedCurrentYear ?? restrictedCarryForward          (or --restricted-to)
///                only when the unrestricted account is in the surplus family; otherwise (e.g. --to
///                names the carry-forward account itself, or the chart has no such account) none,
///                and the ledger refuses a year with restricted money (restrictedFundsMustHaveAccount)
/// ```
public struct YearEndClose: Sendable, Hashable {
    /// Receives the unrestricted result.
    public var target: AccountCode
    /// Receives each restricted fund's result, when the chart keeps restricted money apart.
    public var restrictedTarget: AccountCode?
    /// After the carry-forward, the sub-accounts rolled into the accumulated ones (2021 charts).
    public var rollUps: [YearEndRollUp]
    /// Money closed into an account of its own: same-level fiscal appropriations (county charts).
    public var routes: [YearEndRoute]

    public init(target: AccountCode, restrictedTarget: AccountCode?, rollUps: [YearEndRollUp] = [], routes: [YearEndRoute] = []) {
        self.target = target
        self.restrictedTarget = restrictedTarget
        self.rollUps = rollUps
        self.routes = routes
    }

    /// The detail (sub-account) name that marks spending of same-level fiscal money under each
    /// expenditure account (财会〔2021〕7号: 502–510 keep 财政拨款 / 工会资金 detail in county books).
    static let fiscalDetailName = "财政拨款"

    /// The fiscal route of county books (ledgers/postings.md §7 step 1, "F"): 40401 财政拨款收入 and
    /// every expenditure sub-account named 财政拨款 close into 33103 财政拨款结转—本年收支结转
    /// (第331号科目 三（三）; 第404号科目 三（三）); then 33101–33103 roll into 33104 累计结转 and
    /// 33201–33204 into 33205 累计结余 (第331号科目 三（四）; 第332号科目 三（五）). Charts without the
    /// fiscal accounts get neither.
    static func fiscal(roles: ChartRoles, chart: [Account]) -> (route: YearEndRoute?, rollUps: [YearEndRollUp]) {
        guard let currentYear = roles.codeIfPresent(.fiscalCurrentYear) else { return (nil, []) }
        var accounts = Set(chart.filter { $0.kind == .expenditure && $0.name == fiscalDetailName }.map(\.code))
        if let revenue = roles.codeIfPresent(.fiscalAppropriationRevenue) { accounts.insert(revenue) }
        let route = accounts.isEmpty ? nil : YearEndRoute(accounts: accounts, to: currentYear, summary: "财政拨款收支结转")
        var rollUps: [YearEndRollUp] = []
        if let accumulated = roles.codeIfPresent(.fiscalAccumulated) {
            let from = [AccountRole.fiscalOpeningAdjustment, .fiscalInternalTransfer, .fiscalCurrentYear].compactMap(roles.codeIfPresent)
            rollUps.append(YearEndRollUp(from: from, to: accumulated, summary: "财政拨款结转转入累计结转"))
        }
        if let accumulated = roles.codeIfPresent(.fiscalSurplusAccumulated) {
            let from = [AccountRole.fiscalSurplusOpeningAdjustment, .fiscalRemitted, .fiscalSurplusInternalTransfer,
                        .fiscalTransferredIn].compactMap(roles.codeIfPresent)
            rollUps.append(YearEndRollUp(from: from, to: accumulated, summary: "财政拨款结余转入累计结余"))
        }
        return (route, rollUps)
    }

    /// The year-end roll-ups of the 2021 system, where the chart has the accumulated accounts:
    /// 32101 年初余额调整, 32102 单位内部调剂 and 32103 本年收支结转 into 32104 累计结转 (第321号科目
    /// 三（四）); 32201–32204 into 32205 累计结余 (第322号科目 三（六）). Each fund stays apart.
    static func rollUps(roles: ChartRoles) -> [YearEndRollUp] {
        var result: [YearEndRollUp] = []
        if let accumulated = roles.codeIfPresent(.restrictedAccumulated) {
            let from = [AccountRole.restrictedOpeningAdjustment, .restrictedInternalTransfer, .restrictedCurrentYear].compactMap(roles.codeIfPresent)
            if !from.isEmpty { result.append(YearEndRollUp(from: from, to: accumulated, summary: "工会资金结转转入累计结转")) }
        }
        if let accumulated = roles.codeIfPresent(.unrestrictedAccumulated) {
            let from = [AccountRole.unrestrictedOpeningAdjustment, .unrestrictedInternalTransfer, .unrestrictedCurrentYear,
                        .unrestrictedTransferredIn].compactMap(roles.codeIfPresent)
            if !from.isEmpty { result.append(YearEndRollUp(from: from, to: accumulated, summary: "工会资金结余转入累计结余")) }
        }
        return result
    }

    /// The roles of the unrestricted surplus (工会资金结余) and its sub-accounts.
    static let surplusFamily: Set<AccountRole> = [
        .unrestrictedSurplus, .unrestrictedOpeningAdjustment, .unrestrictedInternalTransfer, .unrestrictedCurrentYear,
        .unrestrictedTransferredIn, .unrestrictedAccumulated,
    ]

    /// The accounts a year close uses in a chart.
    /// - Parameters:
    ///   - roles: the organisation's chart roles.
    ///   - carryForwardTo: the unrestricted account the user named, if any.
    ///   - restrictedTo: the restricted account the user named, if any.
    /// - Throws: `UnionFundsError.accountRoleMustBeInChart` (`unrestrictedSurplus`) when no account
    ///   is named and the chart has no surplus account; the ledger checks that named accounts
    ///   exist and are net assets.
    ///   - chart: the organisation's accounts, for the fiscal detail of county books.
    public static func accounts(roles: ChartRoles, carryForwardTo: AccountCode? = nil,
                                restrictedTo: AccountCode? = nil, chart: [Account] = []) throws -> YearEndClose {
        let target = try carryForwardTo ?? roles.codeIfPresent(.unrestrictedCurrentYear) ?? roles.code(.unrestrictedSurplus)
        // The official roll-ups apply when the result goes where the system puts it (本年收支结转).
        let official = carryForwardTo == nil && restrictedTo == nil && roles.codeIfPresent(.unrestrictedCurrentYear) == target
            && roles.codeIfPresent(.unrestrictedAccumulated) != nil
        let rollUps = official ? rollUps(roles: roles) : []
        if let restrictedTo { return YearEndClose(target: target, restrictedTarget: restrictedTo) }
        guard let role = roles.role(of: target), surplusFamily.contains(role) else {
            return YearEndClose(target: target, restrictedTarget: nil)
        }
        let restricted = roles.codeIfPresent(.restrictedCurrentYear) ?? roles.codeIfPresent(.restrictedCarryForward)
        guard official else { return YearEndClose(target: target, restrictedTarget: restricted, rollUps: rollUps) }
        let fiscal = fiscal(roles: roles, chart: chart)
        return YearEndClose(target: target, restrictedTarget: restricted, rollUps: rollUps + fiscal.rollUps,
                            routes: fiscal.route.map { [$0] } ?? [])
    }

    /// Closes `year` in `books` into these accounts.
    /// - Throws: the ledger's rules (`periodsMustCloseInOrder`, `carryForwardAccountMustBeNetAssets`,
    ///   `restrictedFundsMustHaveAccount`, the posting path's); nothing is written then.
    public func close(_ year: Int, in books: any Books) throws -> Outcome {
        let result = try books.closeYear(year, carryForwardTo: target, restrictedTo: restrictedTarget, routes: routes, rollUps: rollUps)
        return Outcome(accounts: self, unrestricted: result.unrestricted, restricted: result.restricted, rollUps: result.rollUps,
                       routed: result.routed)
    }

    /// Resolves the accounts from the books' chart and closes the year.
    public static func close(_ year: Int, in books: any Books, carryForwardTo: AccountCode? = nil,
                             restrictedTo: AccountCode? = nil) throws -> Outcome {
        try accounts(roles: try books.chartRoles(), carryForwardTo: carryForwardTo, restrictedTo: restrictedTo,
                     chart: try books.accounts().map(\.account)).close(year, in: books)
    }

    /// What a year close posted, with the amount each voucher carried.
    public struct Outcome: Sendable {
        public var accounts: YearEndClose
        /// The unrestricted result's closing voucher; nil when the year had no revenue or spending.
        public var unrestricted: PostedVoucher?
        /// One closing voucher per restricted fund.
        public var restricted: [PostedVoucher]
        /// The roll-ups into the accumulated accounts (本年收支结转 → 累计结转/累计结余).
        public var rollUps: [PostedVoucher] = []
        /// The fiscal money's own closing voucher (财政拨款收支结转), when there was any.
        public var routed: [PostedVoucher] = []

        /// The unrestricted result carried into `accounts.target` (a deficit is negative).
        public var unrestrictedResult: Money { YearEndClose.carried(by: unrestricted, into: accounts.target) }

        /// A restricted fund's result carried into its account (the restricted target, or the
        /// unrestricted one when the chart keeps no restricted account).
        public func restrictedResult(of voucher: PostedVoucher) -> Money {
            YearEndClose.carried(by: voucher, into: restrictedAccount)
        }

        /// Where restricted funds went.
        public var restrictedAccount: AccountCode { accounts.restrictedTarget ?? accounts.target }
    }

    /// What a closing voucher carried into a net-assets account: its credit there (a surplus),
    /// negative for a debit (a deficit), zero when there is no voucher or no such line.
    static func carried(by voucher: PostedVoucher?, into account: AccountCode) -> Money {
        guard let line = voucher?.postings.first(where: { $0.account == account }) else { return .zero }
        return line.side == .credit ? line.amount : line.amount.negated
    }
}
