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
///
/// Kept current voucher by voucher: each (account, tag) the books use is a numbered slot, each
/// version maps slots to numbered targets once, and amounts live in arrays — so an import of a
/// million vouchers does one hash lookup per posting and array work for the rest.
public struct BudgetControlState: Sendable {
    public let year: Int
    /// The year's approved versions, by number.
    public let versions: [BudgetVersion]
    public let roles: ChartRoles

    /// One (account, tag) with what the books hold on it, on the account's normal side.
    private struct Slot {
        var key: BudgetCharging.ChargeKey
        var kind: Account.Kind
        var amount: Money
    }

    /// One version's view: each slot's target, each target's amount so far and its limit.
    private struct VersionView {
        var charging: BudgetCharging
        /// Per slot: the target's index, or -1 for none (an account that is neither revenue nor expenditure); nil until found.
        var targetOfSlot: [Int?] = []
        var targets: [BudgetCharging.Target] = []
        var targetIndex: [BudgetCharging.Target: Int] = [:]
        var used: [Money] = []
        /// The line's approved amount for spending lines and 411 lines; nil where no limit applies.
        var limit: [Money?] = []
    }

    private var slots: [Slot] = []
    /// Untagged postings (most of them) by their account code packed into an integer: hashing an
    /// integer is a fraction of hashing the code's text.
    private var untaggedSlot: [UInt64: Int] = [:]
    private var taggedSlot: [BudgetCharging.ChargeKey: Int] = [:]
    private var views: [VersionView?]
    private let allocation: AccountCode?
    private let drawn: AccountCode?

    /// - Parameter actuals: the year's revenue and expenditure the books hold (any months).
    public init(year: Int, versions: [BudgetVersion], chart: [Account], organisation: String, actuals: [BudgetActual]) throws {
        self.year = year
        self.versions = versions.filter { $0.status == .approved }.sorted { $0.number < $1.number }
        roles = ChartRoles(organisation: organisation, accounts: chart)
        allocation = roles.codeIfPresent(.allocationRevenue)
        drawn = roles.codeIfPresent(.budgetStabilisationDrawn)
        views = Array(repeating: nil, count: self.versions.count)
        for actual in actuals where actual.month.year == year {
            let slot = self.slot(account: actual.account, project: actual.project, kind: actual.kind)
            slots[slot].amount = try slots[slot].amount.adding(actual.amount())
        }
    }

    /// What the books hold for the year so far, per leaf account and tag.
    public var actuals: [BudgetCharging.ChargeKey: Money] {
        Dictionary(slots.map { ($0.key, $0.amount) }, uniquingKeysWith: { first, _ in first })
    }

    /// The version in force on `date`: the latest approved on or before it.
    public func version(on date: LocalDate) -> BudgetVersion? {
        versionIndex(on: date).map { versions[$0] }
    }

    private func versionIndex(on date: LocalDate) -> Int? {
        versions.lastIndex { $0.approvedOn.map { $0 <= date } ?? false }
    }

    /// The slot of an (account, tag), made on first sight.
    private mutating func slot(account: AccountCode, project: String, kind: Account.Kind) -> Int {
        let packed = project.isEmpty ? Self.packed(account) : 0
        if project.isEmpty {
            if let known = untaggedSlot[packed] { return known }
        } else if let known = taggedSlot[BudgetCharging.ChargeKey(account: account, project: project)] {
            return known
        }
        let index = slots.count
        slots.append(Slot(key: BudgetCharging.ChargeKey(account: account, project: project), kind: kind, amount: .zero))
        if project.isEmpty { untaggedSlot[packed] = index } else { taggedSlot[BudgetCharging.ChargeKey(account: account, project: project)] = index }
        return index
    }

    /// An account code (3–11 digits) as one integer; a leading 1 keeps leading zeros apart.
    static func packed(_ code: AccountCode) -> UInt64 {
        var value: UInt64 = 1
        for byte in code.rawValue.utf8 { value = value &* 10 &+ UInt64(byte &- 0x30) }
        return value
    }

    /// One slot's amount in a voucher, in posting order.
    private struct Delta {
        var slot: Int
        var amount: Money
    }

    /// Checks one voucher and, unless it is refused, takes its amounts into the state.
    /// - Parameters:
    ///   - lines: each posting with its account's kind.
    ///   - control: `stop` throws the first rule the voucher breaks; `warn` returns them all; `off` returns none.
    /// - Returns: the rules broken (warnings), when the control lets the voucher through.
    /// - Throws: `BudgetError` (control `stop`); `LedgerError.amountMustFitRange` on overflow.
    /// - Complexity: O(postings) once each (account, tag) has been seen.
    public mutating func admit(date: LocalDate, lines: [(posting: Posting, kind: Account.Kind)], control: BudgetPolicy.Control,
                               names: (AccountCode) -> String = { _ in "" }) throws -> [BudgetError] {
        try admit(date: date, postings: lines.map(\.posting), kinds: lines.map(\.kind), control: control, names: names)
    }

    /// `admit` over the voucher's postings and their accounts' kinds, as the posting path holds them.
    public mutating func admit(date: LocalDate, postings: [Posting], kinds: [Account.Kind], control: BudgetPolicy.Control,
                               names: (AccountCode) -> String = { _ in "" }) throws -> [BudgetError] {
        precondition(postings.count == kinds.count, "one kind per posting")
        var deltas: [Delta] = []
        deltas.reserveCapacity(postings.count)
        for index in postings.indices where kinds[index] == .revenue || kinds[index] == .expenditure {
            let posting = postings[index], kind = kinds[index]
            let slot = self.slot(account: posting.account, project: posting.budgetLine ?? "", kind: kind)
            let signed = kind == .expenditure ? posting.debitMinusCredit : posting.debitMinusCredit.negated
            // A voucher has a handful of lines: a linear merge beats hashing.
            if let index = deltas.firstIndex(where: { $0.slot == slot }) {
                deltas[index].amount = try deltas[index].amount.adding(signed)
            } else {
                deltas.append(Delta(slot: slot, amount: signed))
            }
        }
        guard !deltas.isEmpty else { return [] }
        var broken: [BudgetError] = []
        if control != .off, let version = versionIndex(on: date) {
            broken = try violations(of: deltas, against: version, names: names)
            if control == .stop, let first = broken.first { throw first }
        }
        try apply(deltas)
        return control == .off ? [] : broken
    }

    /// The rules `deltas` would break against version `index`, in posting order.
    private mutating func violations(of deltas: [Delta], against index: Int, names: (AccountCode) -> String) throws -> [BudgetError] {
        try buildView(index)
        var byTarget: [(target: Int, amount: Money)] = []
        for delta in deltas {
            guard let target = target(of: delta.slot, in: index) else { continue }
            if let position = byTarget.firstIndex(where: { $0.target == target }) {
                byTarget[position].amount = try byTarget[position].amount.adding(delta.amount)
            } else {
                byTarget.append((target, delta.amount))
            }
        }
        var broken: [BudgetError] = []
        for (target, delta) in byTarget where delta.isPositive {
            guard let view = views[index] else { continue }
            let before = view.used[target]
            let after = try before.adding(delta)
            switch view.targets[target] {
            case .line(let key):
                guard let limit = view.limit[target], after > limit else { continue }
                let excess = try after.subtracting(limit).formatted()
                if drawn.map({ key.account.isWithin($0) }) ?? false {
                    broken.append(.stabilisationDrawMustBeBudgeted(budget: limit.formatted(), drawn: before.formatted(), excess: excess))
                } else {
                    broken.append(.spendingMustNotExceedBudgetLine(line: "\(key) \(names(key.account))".trimmingSpaces(),
                                                                   budget: limit.formatted(), used: before.formatted(), excess: excess))
                }
            case .unbudgeted(let account, let project):
                let kind = deltas.first { slots[$0.slot].key.account == account }.map { slots[$0.slot].kind }
                if kind == .expenditure {
                    broken.append(.spendingMustHaveBudgetLine(account: "\(account) \(names(account))".trimmingSpaces(), project: project,
                                                              amount: delta.formatted()))
                } else if let drawn, account.isWithin(drawn) {
                    broken.append(.stabilisationDrawMustBeBudgeted(budget: Money.zero.formatted(), drawn: before.formatted(), excess: after.formatted()))
                }
            case .stabilisationArranged:
                // 总工办发〔2020〕28号: set up and replenished only from 超收的拨缴经费收入.
                let surplus = try allocationSurplus(version: versions[index], adding: deltas)
                if after > surplus {
                    broken.append(.stabilisationFundOnlyFromSurplusRevenue(arranged: after.formatted(), surplus: max(surplus, .zero).formatted()))
                }
            }
        }
        return broken
    }

    /// 拨缴经费收入 received so far (this voucher included) above its budget in `version`.
    private func allocationSurplus(version: BudgetVersion, adding deltas: [Delta]) throws -> Money {
        guard let allocation else { return .zero }
        var received = Money.zero, budgeted = Money.zero
        for slot in slots where slot.key.account.isWithin(allocation) { received = try received.adding(slot.amount) }
        for delta in deltas where slots[delta.slot].key.account.isWithin(allocation) { received = try received.adding(delta.amount) }
        for line in version.lines where line.category == .revenue && line.account.isWithin(allocation) {
            budgeted = try budgeted.adding(line.amount)
        }
        return try received.subtracting(budgeted)
    }

    /// The index of a slot's target in version `index` (found once); nil for accounts no budget line concerns.
    private mutating func target(of slot: Int, in index: Int) -> Int? {
        guard views[index] != nil else { return nil }
        if slot < views[index]!.targetOfSlot.count, let known = views[index]!.targetOfSlot[slot] { return known < 0 ? nil : known }
        while views[index]!.targetOfSlot.count <= slot { views[index]!.targetOfSlot.append(nil) }
        let key = slots[slot].key
        guard let target = views[index]!.charging.target(account: key.account, kind: slots[slot].kind, project: key.project) else {
            views[index]!.targetOfSlot[slot] = -1
            return nil
        }
        let position: Int
        if let known = views[index]!.targetIndex[target] {
            position = known
        } else {
            position = views[index]!.targets.count
            views[index]!.targets.append(target)
            views[index]!.targetIndex[target] = position
            views[index]!.used.append(.zero)
            var limit: Money?
            if case .line(let lineKey) = target, let line = versions[index].line(lineKey),
               line.category.isSpending || (drawn.map { lineKey.account.isWithin($0) } ?? false) {
                limit = line.amount
            }
            views[index]!.limit.append(limit)
        }
        views[index]!.targetOfSlot[slot] = position
        return position
    }

    /// Builds version `index`'s view from the slots, once.
    private mutating func buildView(_ index: Int) throws {
        guard views[index] == nil else { return }
        views[index] = VersionView(charging: BudgetCharging(lines: versions[index].lines, roles: roles))
        for slot in slots.indices {
            guard let target = target(of: slot, in: index) else { continue }
            views[index]!.used[target] = try views[index]!.used[target].adding(slots[slot].amount)
        }
    }

    /// Takes a voucher's amounts into the slots and every view built so far, in place.
    private mutating func apply(_ deltas: [Delta]) throws {
        for delta in deltas { slots[delta.slot].amount = try slots[delta.slot].amount.adding(delta.amount) }
        for index in views.indices where views[index] != nil {
            for delta in deltas {
                guard let target = target(of: delta.slot, in: index) else { continue }
                views[index]!.used[target] = try views[index]!.used[target].adding(delta.amount)
            }
        }
    }
}
