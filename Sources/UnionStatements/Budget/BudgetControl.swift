import LedgerCore
import UnionCore

/// Budget control (严禁无预算、超预算列支, notes-postings-budgets-audit.md §3.3): what one voucher
/// does to the year's approved budget, decided before it is written.
///
/// ```
/// each revenue or expenditure posting → its target (BudgetCharging): a line, 无预算, or 521
///   spending line    used + this voucher > approved          → spendingMustNotExceedBudgetLine
///   无预算 spending   this voucher adds to it                 → spendingMustHaveBudgetLine
///   411 (revenue)    drawn + this voucher > approved 411     → stabilisationDrawMustBeBudgeted
///   521 (spending)   arranged + this voucher > 402 above its budget → stabilisationFundOnlyFromSurplusRevenue
/// only what the voucher adds is held to the budget: a reversal, a refund, anything that lowers a
/// line always passes (reversals give the budget back).
/// ```
/// The version held to is the latest approved on or before the voucher's date; before any, the
/// year is not controlled (its spending shows as 无预算 in the execution report).
public struct BudgetControlState: Sendable {
    public let year: Int
    /// The year's approved versions, by number.
    public let versions: [BudgetVersion]
    public let roles: ChartRoles
    /// What the books hold for the year so far, per leaf account and tag, on the account's normal side.
    public private(set) var actuals: [BudgetCharging.ChargeKey: Money]
    private var kinds: [AccountCode: Account.Kind]
    /// Per version number: each target's amount so far (built on first use, then kept current).
    private var usage: [Int: [BudgetCharging.Target: Money]] = [:]
    private var chargings: [Int: BudgetCharging] = [:]

    /// - Parameter actuals: the year's revenue and expenditure the books hold (any months).
    public init(year: Int, versions: [BudgetVersion], chart: [Account], organisation: String, actuals: [BudgetActual]) throws {
        self.year = year
        self.versions = versions.filter { $0.status == .approved }.sorted { $0.number < $1.number }
        roles = ChartRoles(organisation: organisation, accounts: chart)
        kinds = Dictionary(chart.map { ($0.code, $0.kind) }, uniquingKeysWith: { first, _ in first })
        var sums: [BudgetCharging.ChargeKey: Money] = [:]
        for actual in actuals where actual.month.year == year {
            let key = BudgetCharging.ChargeKey(account: actual.account, project: actual.project)
            sums[key] = try (sums[key] ?? .zero).adding(actual.amount())
            kinds[actual.account] = actual.kind
        }
        self.actuals = sums
    }

    /// The version in force on `date`: the latest approved on or before it.
    public func version(on date: LocalDate) -> BudgetVersion? {
        versions.last { $0.approvedOn.map { $0 <= date } ?? false }
    }

    /// Checks one voucher and, unless it is refused, takes its amounts into the state.
    /// - Parameters:
    ///   - lines: each posting with its account's kind.
    ///   - control: `stop` throws the first rule the voucher breaks; `warn` returns them all; `off` returns none.
    /// - Returns: the rules broken (warnings), when the control lets the voucher through.
    /// - Throws: `BudgetError` (control `stop`); `LedgerError.amountMustFitRange` on overflow.
    public mutating func admit(date: LocalDate, lines: [(posting: Posting, kind: Account.Kind)], control: BudgetPolicy.Control,
                               names: (AccountCode) -> String = { _ in "" }) throws -> [BudgetError] {
        var deltas: [BudgetCharging.ChargeKey: Money] = [:]
        for (posting, kind) in lines where kind == .revenue || kind == .expenditure {
            let key = BudgetCharging.ChargeKey(account: posting.account, project: posting.budgetLine ?? "")
            let signed = kind == .expenditure ? posting.debitMinusCredit : posting.debitMinusCredit.negated
            deltas[key] = try (deltas[key] ?? .zero).adding(signed)
            kinds[posting.account] = kind
        }
        guard !deltas.isEmpty else { return [] }
        var broken: [BudgetError] = []
        if control != .off, let version = version(on: date) {
            broken = try violations(of: deltas, against: version, names: names)
            if control == .stop, let first = broken.first { throw first }
        }
        try apply(deltas)
        return control == .off ? [] : broken
    }

    /// The rules `deltas` would break against `version`.
    private mutating func violations(of deltas: [BudgetCharging.ChargeKey: Money], against version: BudgetVersion,
                                     names: (AccountCode) -> String) throws -> [BudgetError] {
        let charging = charging(for: version)
        let used = try usage(for: version)
        var byTarget: [BudgetCharging.Target: Money] = [:]
        for (key, delta) in deltas {
            guard let kind = kinds[key.account], let target = charging.target(account: key.account, kind: kind, project: key.project) else { continue }
            byTarget[target] = try (byTarget[target] ?? .zero).adding(delta)
        }
        let drawn = roles.codeIfPresent(.budgetStabilisationDrawn)
        var broken: [BudgetError] = []
        for (target, delta) in byTarget.sorted(by: { "\($0.key)" < "\($1.key)" }) where delta.isPositive {
            let before = used[target] ?? .zero
            let after = try before.adding(delta)
            switch target {
            case .line(let key):
                guard let line = version.line(key) else { continue }
                if line.category.isSpending {
                    if after > line.amount {
                        broken.append(.spendingMustNotExceedBudgetLine(
                            line: "\(key) \(names(key.account))".trimmingSpaces(), budget: line.amount.formatted(),
                            used: before.formatted(), excess: try after.subtracting(line.amount).formatted()))
                    }
                } else if let drawn, key.account.isWithin(drawn), after > line.amount {
                    broken.append(.stabilisationDrawMustBeBudgeted(budget: line.amount.formatted(), drawn: before.formatted(),
                                                                   excess: try after.subtracting(line.amount).formatted()))
                }
            case .unbudgeted(let account, let project):
                if kinds[account] == .expenditure {
                    broken.append(.spendingMustHaveBudgetLine(account: "\(account) \(names(account))".trimmingSpaces(), project: project,
                                                              amount: delta.formatted()))
                } else if let drawn, account.isWithin(drawn) {
                    broken.append(.stabilisationDrawMustBeBudgeted(budget: Money.zero.formatted(), drawn: before.formatted(), excess: after.formatted()))
                }
            case .stabilisationArranged:
                // 总工办发〔2020〕28号: set up and replenished only from 超收的拨缴经费收入.
                let surplus = try allocationSurplus(version: version, adding: deltas)
                if after > surplus {
                    broken.append(.stabilisationFundOnlyFromSurplusRevenue(arranged: after.formatted(), surplus: max(surplus, .zero).formatted()))
                }
            }
        }
        return broken
    }

    /// 拨缴经费收入 received so far (this voucher included) above its budget in `version`.
    private func allocationSurplus(version: BudgetVersion, adding deltas: [BudgetCharging.ChargeKey: Money]) throws -> Money {
        guard let allocation = roles.codeIfPresent(.allocationRevenue) else { return .zero }
        var received = Money.zero, budgeted = Money.zero
        for (key, amount) in actuals where key.account.isWithin(allocation) { received = try received.adding(amount) }
        for (key, amount) in deltas where key.account.isWithin(allocation) { received = try received.adding(amount) }
        for line in version.lines where line.category == .revenue && line.account.isWithin(allocation) {
            budgeted = try budgeted.adding(line.amount)
        }
        return try received.subtracting(budgeted)
    }

    private mutating func charging(for version: BudgetVersion) -> BudgetCharging {
        if let known = chargings[version.number] { return known }
        let charging = BudgetCharging(lines: version.lines, roles: roles)
        chargings[version.number] = charging
        return charging
    }

    /// Each target's amount so far under `version`.
    private mutating func usage(for version: BudgetVersion) throws -> [BudgetCharging.Target: Money] {
        if let known = usage[version.number] { return known }
        let charging = charging(for: version)
        var built: [BudgetCharging.Target: Money] = [:]
        for (key, amount) in actuals {
            guard let kind = kinds[key.account], let target = charging.target(account: key.account, kind: kind, project: key.project) else { continue }
            built[target] = try (built[target] ?? .zero).adding(amount)
        }
        usage[version.number] = built
        return built
    }

    /// Takes a voucher's amounts into the actuals and every usage built so far.
    private mutating func apply(_ deltas: [BudgetCharging.ChargeKey: Money]) throws {
        for (key, delta) in deltas { actuals[key] = try (actuals[key] ?? .zero).adding(delta) }
        for number in Array(usage.keys) {
            guard let charging = chargings[number], var built = usage[number] else { continue }
            for (key, delta) in deltas {
                guard let kind = kinds[key.account], let target = charging.target(account: key.account, kind: kind, project: key.project) else { continue }
                built[target] = try (built[target] ?? .zero).adding(delta)
            }
            usage[number] = built
        }
    }
}
