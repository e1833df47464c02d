import Foundation
import LedgerCore
import UnionCore

/// What allocating one payroll month writes: the allocation register's rows and the vouchers,
/// per set of books. Made by a pure function from the month's declarations and what was posted
/// before; `PayrollAllocator` reads those through the store and writes the plan in one transaction.
///
/// ```
/// declarations (latest revision per unit, not yet allocated)
///   └─ per unit: target split − what earlier revisions posted = the row's delta
///        ├─ collector's lines summed per (collector, channel) → one summary voucher per collector
///        └─ the unit's own lines (when its books are here)     → one voucher per unit
/// ```
/// A first declaration posts the whole split; a correction posts only the difference, so the
/// register and the books always hold the latest figures.
public struct AllocationPlan: Sendable {
    public var month: YearMonth
    /// The register rows, in declaration order.
    public var rows: [AllocationRow]
    /// In posting order: by organisation code, each organisation's unit vouchers before its summary.
    public var vouchers: [PlannedVoucher]
    /// Declarations allocated for the first time.
    public var allocated: Int
    /// Corrected declarations whose difference is posted.
    public var adjusted: Int
    /// The change in the month's total due (2%) this plan posts.
    public var due: Money

    /// Plans one month.
    /// - Parameters:
    ///   - declarations: each unit's latest revision not yet allocated (`pending(_:)`).
    ///   - earlier: what allocate posted for the month's earlier revisions.
    ///   - directory: at least the organisations keeping books and those with units below them.
    ///   - charts: the chart roles of each organisation keeping books, by code.
    ///   - runAt: the run's timestamp (it tells summaries of several runs apart).
    /// - Throws: `AllocationError.federationLevelMustBeInPolicy`, `UnionFundsError.policyMustCoverDate`,
    ///   `UnionFundsError.accountRoleMustBeInChart`, `LedgerError.amountMustFitRange`.
    /// - Complexity: O(declarations + earlier) splits; lines summed per collector before vouchers are made.
    public static func make(terms: AllocationMonthTerms, declarations: [MonthDeclaration], earlier: [PostedAllocation],
                            directory: UnitDirectory, charts: [String: ChartRoles], runAt: String) throws -> AllocationPlan {
        let month = terms.month
        var plan = AllocationPlan(month: month, rows: [], vouchers: [], allocated: 0, adjusted: 0, due: .zero)
        guard !declarations.isEmpty else { return plan }
        plan.rows.reserveCapacity(declarations.count)
        let earlierByUnit = Dictionary(grouping: earlier, by: \.unitID)

        var levelByCollector: [Int64: Int] = [:]
        func collectorLevel(_ collector: UnitDirectory.Unit) throws -> Int {
            if let level = levelByCollector[collector.id] { return level }
            guard let level = terms.allocation.levelIndex(ofKind: collector.kind) else {
                throw AllocationError.federationLevelMustBeInPolicy(code: collector.code, kind: collector.kind)
            }
            levelByCollector[collector.id] = level
            return level
        }

        // The federation's lines are linear in the split: sum the splits per collector and channel,
        // and turn the sums into lines once at the end.
        // `unit`: set for a unit keeping books here, whose federation lines stay apart (`addFederation`).
        // Keyed by organisation id, not code: the sums are looked up once or twice per declaration.
        struct SumKey: Hashable { var collector: Int64; var channel: CollectionChannel; var unit: Int64? }
        var federationSums: [SumKey: AllocationSplit] = [:]
        // The federations above each collector whose books are here, and what each link remits.
        var linksByCollector: [Int64: [RemittanceChain.Link]] = [:]
        func links(_ collector: UnitDirectory.Unit) throws -> [RemittanceChain.Link] {
            if let known = linksByCollector[collector.id] { return known }
            let found = try RemittanceChain.links(above: collector, collectorLevel: try collectorLevel(collector),
                                                  directory: directory, level: collectorLevel)
            linksByCollector[collector.id] = found
            return found
        }
        var chainSums: [RemittanceChain.Link: RemittanceChain.Share] = [:]
        func addChain(_ upward: Money, collector: UnitDirectory.Unit, sign: Int) throws {
            for (link, share) in try RemittanceChain.shares(of: upward, levelWeights: terms.levelWeights, links: try links(collector)) {
                let known = chainSums[link] ?? .zero
                chainSums[link] = sign > 0 ? try known.adding(share) : try known.subtracting(share)
            }
        }
        var unitsByCollector: [Int64: (allocated: Int, adjusted: Int)] = [:]
        var drafts: [String: [VoucherDraft]] = [:]
        for declaration in declarations {
            // Units keeping books are in the directory, with their names for their own vouchers;
            // the others need only their code and place in the chain.
            let unit = directory.byID[declaration.unitID] ?? UnitDirectory.Unit(
                id: declaration.unitID, code: declaration.unitCode, name: "", kind: "", parentID: declaration.parentID,
                channel: declaration.channel, keepsBooks: false)
            let channel = declaration.channel
            let collector = directory.collector(of: unit)
            let level = try collector.map { try collectorLevel($0) }
            let target = try terms.split(wageTotal: declaration.wageTotal, channel: channel, collectorLevel: level)
            var unitEntries = AllocationEntries(charts: charts)
            let ownLines = unit.keepsBooks ? unit.id : nil
            if let collector {
                let key = SumKey(collector: collector.id, channel: channel, unit: ownLines)
                federationSums[key] = try (federationSums[key] ?? .zero).adding(target)
                try addChain(target.upward, collector: collector, sign: 1)
            }
            if unit.keepsBooks { try unitEntries.addUnitBooks(split: target, channel: channel, unit: unit.code, collector: collector?.code) }
            var posted = AllocationSplit.zero
            var postedReceivable = Money.zero
            let priors = earlierByUnit[declaration.unitID] ?? []
            for prior in priors {
                let priorFederation = prior.collectorID.flatMap { directory.byID[$0] }
                let priorCollector = priorFederation?.code
                if let priorFederation {
                    let key = SumKey(collector: priorFederation.id, channel: prior.channel, unit: ownLines)
                    federationSums[key] = try (federationSums[key] ?? .zero).subtracting(prior.split)
                    try addChain(prior.split.upward, collector: priorFederation, sign: -1)
                }
                if unit.keepsBooks {
                    try unitEntries.addUnitBooks(split: prior.split, channel: prior.channel, unit: unit.code, collector: priorCollector,
                                                 takenBack: true)
                }
                posted = try posted.adding(prior.split)
                postedReceivable = try postedReceivable.adding(prior.channel.receivable(prior.split))
            }
            let delta = try target.subtracting(posted)
            let isAdjustment = !priors.isEmpty
            if isAdjustment { plan.adjusted += 1 } else { plan.allocated += 1 }
            if let collector {
                if isAdjustment { unitsByCollector[collector.id, default: (0, 0)].adjusted += 1 }
                else { unitsByCollector[collector.id, default: (0, 0)].allocated += 1 }
            }
            plan.due = try plan.due.adding(delta.due)
            plan.rows.append(AllocationRow(declarationID: declaration.id, unitID: declaration.unitID, month: month, channel: channel,
                                           dueDate: terms.dueDate, collectorID: collector?.id, split: delta,
                                           receivable: try channel.receivable(target).subtracting(postedReceivable)))
            guard unit.keepsBooks else { continue }
            let wage = declaration.wageTotal.formatted()
            let summary = isAdjustment
                ? "调整\(month)工会经费（更正申报第\(declaration.revision)次，工资总额\(wage)元）"
                : "\(month)工会经费（工资总额\(wage)元×\(Self.percent(try terms.rate(for: channel)))，\(channel.name(in: .zh))）"
            for (organisation, postings) in unitEntries.postingsByOrganisation() where postings.count >= 2 {
                drafts[organisation, default: []].append(VoucherDraft(
                    date: terms.dueDate, summary: String(summary.prefix(VoucherDraft.summaryLengthMax)), postings: postings,
                    source: "allocate \(month)", externalReference: "allocation:\(unit.code):\(month):\(declaration.revision)"))
            }
        }
        var federationLines = AllocationEntries(charts: charts)
        // Collectors and units keeping books are all in the directory (they keep books here).
        func code(_ id: Int64) -> String { directory.byID[id]?.code ?? "" }
        for (key, split) in federationSums {
            try federationLines.addFederation(split: split, channel: key.channel, collector: code(key.collector), unit: key.unit.map(code))
        }
        let unitsByCollectorCode = Dictionary(unitsByCollector.map { (code($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
        for (link, share) in chainSums { try federationLines.addParent(link, share: share) }
        for (organisation, postings) in federationLines.postingsByOrganisation() where postings.count >= 2 {
            let counts = unitsByCollectorCode[organisation] ?? (0, 0)
            let lowers = chainSums.keys.filter { $0.parent == organisation }.map(\.lower).sorted()
            let what = [counts.allocated > 0 ? "分配\(counts.allocated)户" : nil, counts.adjusted > 0 ? "更正调整\(counts.adjusted)户" : nil,
                        lowers.isEmpty ? nil : "下级总工会\(lowers.joined(separator: "、"))应上解"]
                .compactMap { $0 }.joined(separator: "，")
            drafts[organisation, default: []].append(VoucherDraft(
                date: terms.dueDate, summary: String("\(month)工会经费汇总（\(what)，明细见拨缴分配表）".prefix(VoucherDraft.summaryLengthMax)), postings: postings,
                source: "allocate \(month)", externalReference: "allocation:\(month):\(runAt)"))
        }
        // One organisation at a time: the posting path keeps one session open per set of books.
        plan.vouchers = drafts.keys.sorted().flatMap { organisation in
            (drafts[organisation] ?? []).map { PlannedVoucher(organisation: organisation, draft: $0) }
        }
        return plan
    }

    /// The declarations a run allocates: each unit's latest revision, unless that revision is
    /// already allocated (then nothing changed for the unit since the last run).
    /// - Parameter revisions: the month's revisions, ordered by unit, then revision.
    /// - Complexity: O(revisions).
    /// - Note: kept in the array it is given (a month is 50,000 declarations, and two new arrays
    ///   were a tenth of `allocate`'s time, most of it the kernel clearing their fresh pages).
    public static func pending(_ revisions: consuming [MonthDeclaration]) -> [MonthDeclaration] {
        var kept = 0
        var first = 0
        while first < revisions.count {
            var last = first
            while last + 1 < revisions.count && revisions[last + 1].unitID == revisions[first].unitID { last += 1 }
            // Everything before `kept` is final; what the swap moves to `last` is never read again.
            if !revisions[last].isAllocated {
                revisions.swapAt(kept, last)
                kept += 1
            }
            first = last + 1
        }
        revisions.removeSubrange(kept...)
        return revisions
    }

    /// A rate as a voucher summary writes it: 2%, 2.5%, 0.25%.
    static func percent(_ rate: Rate) -> String {
        let hundredths = rate.numerator.multipliedReportingOverflow(by: 10_000)
        guard !hundredths.overflow else { return rate.description }
        let value = hundredths.partialValue / max(rate.denominator, 1)
        let whole = value / 100, fraction = value % 100
        return fraction == 0 ? "\(whole)%" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)%".replacingOccurrences(of: "0%", with: "%")
    }
}
