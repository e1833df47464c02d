import UnionCore
import InputFiles
import Foundation
import GRDB
import LedgerCore
import LedgerSQLite
import LedgerStore

/// What `allocate` did for a month.
public struct AllocationOutcome: Equatable, Sendable {
    public var month: YearMonth
    /// Declarations allocated for the first time.
    public var allocated: Int
    /// Corrected declarations whose difference was posted as an adjusting voucher.
    public var adjusted: Int
    /// Vouchers posted, per organisation code.
    public var vouchers: [String: Int]
    /// The month's total due (2%) over the declarations allocated or adjusted now.
    public var due: Money
}

/// `allocate --month`: the 2% of each unit's declared payroll, split by policy and posted into
/// every set of books the file keeps, in one transaction.
public struct PayrollAllocator: Sendable {
    public let database: LedgerDatabase
    public let user: String
    public let policy: AllocationPolicy

    public init(database: LedgerDatabase, user: String, policy: AllocationPolicy) {
        self.database = database
        self.user = user
        self.policy = policy
    }

    /// Allocates every declaration of `month` (the payroll month, 所属期) not yet allocated.
    ///
    /// Vouchers are dated the due date (by default the 15th of the next month). A unit's latest
    /// declaration is compared with what was already posted for it: the first time the whole split
    /// is posted; after a correction, only the difference (an adjusting voucher). Nothing new to
    /// allocate is a no-op.
    /// - Complexity: one query for the month's declarations and one for earlier allocations; one
    ///   voucher per unit per set of books, all in one posting session per organisation.
    public func allocate(month: YearMonth) throws -> AllocationOutcome {
        let terms = try policy.allocationTerms(for: month)
        let prepTerms = try? policy.preparatoryTerms(for: month)
        let dueDate = try policy.dueDate(for: month)
        let dueDateText = dueDate.description
        let levelWeights = try AllocationSplit.commonWeights(terms.upward.map(\.share))
        return try database.withPostingBatch(user: user) { batch in
            let db = batch.db
            let directory = try UnitDirectory(db, structureOnly: true)
            // Each unit's latest declaration for the month, unless that revision is already allocated:
            // the month's rows in (unit, revision) order, the last of each unit kept.
            var declarations: [(id: Int64, unit: Int64, revision: Int64, wage: Int64, channel: String, organisation: UnitDirectory.Unit)] = []
            let rows = try Row.fetchCursor(db, sql: """
                SELECT d.id, d.unit_id, d.revision, d.wage_total_fen, d.channel, a.declaration_id IS NOT NULL,
                       o.code, o.parent_id, o.channel
                FROM payroll_declaration d LEFT JOIN allocation a ON a.declaration_id = d.id JOIN organisation o ON o.id = d.unit_id
                WHERE d.month = ? ORDER BY d.unit_id, d.revision
                """, arguments: [month.ordinal])
            var allocatedLatest: [Bool] = []
            while let row = try rows.next() {
                let unitID: Int64 = row[1]
                // Units keeping books are in the structure directory, with their names for their own vouchers;
                // the others need only their code and place in the chain.
                let organisation = directory.byID[unitID] ?? UnitDirectory.Unit(
                    id: unitID, code: row[6], name: "", kind: "", parentID: row[7],
                    channel: CollectionChannel(rawValue: row[8]) ?? .direct, keepsBooks: false, bankName: "", bankAccount: "")
                let entry = (id: row[0] as Int64, unit: unitID, revision: row[2] as Int64, wage: row[3] as Int64, channel: row[4] as String,
                             organisation: organisation)
                let allocated: Bool = row[5]
                if let last = declarations.last, last.unit == entry.unit {
                    declarations[declarations.count - 1] = entry
                    allocatedLatest[allocatedLatest.count - 1] = allocated
                } else {
                    declarations.append(entry)
                    allocatedLatest.append(allocated)
                }
            }
            declarations = zip(declarations, allocatedLatest).filter { !$0.1 }.map(\.0)
            var outcome = AllocationOutcome(month: month, allocated: 0, adjusted: 0, vouchers: [:], due: .zero)
            guard !declarations.isEmpty else { return outcome }

            // What earlier revisions posted, per unit: the lines to take back in an adjustment.
            var earlier: [Int64: [(split: AllocationSplit, channel: CollectionChannel, collector: Int64?)]] = [:]
            let previous = try Row.fetchCursor(db, sql: """
                SELECT a.unit_id, a.channel, a.collector_id, a.due_fen, a.retained_fen, a.upward_fen, a.collector_fen, a.above_fen
                FROM payroll_declaration d JOIN allocation a ON a.declaration_id = d.id WHERE d.month = ? ORDER BY d.id
                """, arguments: [month.ordinal])
            while let row = try previous.next() {
                let split = AllocationSplit(due: Money(fen: row[3]), retained: Money(fen: row[4]), upward: Money(fen: row[5]),
                                            collector: Money(fen: row[6]), above: Money(fen: row[7]))
                earlier[row[0], default: []].append((split, CollectionChannel(rawValue: row[1]) ?? .direct, row[2]))
            }

            var levelByCollector: [Int64: Int] = [:]
            func collectorLevel(_ collector: UnitDirectory.Unit) throws -> Int {
                if let level = levelByCollector[collector.id] { return level }
                guard let level = terms.levelIndex(ofKind: collector.kind) else {
                    throw AllocationError.federationLevelMustBeInPolicy(code: collector.code, kind: collector.kind)
                }
                levelByCollector[collector.id] = level
                return level
            }

            let now = database.clock.now()
            try db.execute(sql: "INSERT INTO allocation_run(month, run_at, run_by) VALUES (?, ?, ?)", arguments: [month.ordinal, now, user])
            let runID = db.lastInsertedRowID
            let insert = BulkRowWriter(db, table: "allocation", columns: [
                "declaration_id", "unit_id", "month", "channel", "due_date", "collector_id", "due_fen", "retained_fen",
                "upward_fen", "collector_fen", "above_fen", "receivable_fen", "run_id",
            ])
            // Vouchers are gathered per organisation, then posted one organisation at a time.
            var drafts: [String: [VoucherDraft]] = [:]
            var dueTotal: Int64 = 0
            // The federation's lines are linear in the split: sum the splits per collector and
            // channel, and turn the sums into lines once at the end.
            struct SumKey: Hashable { var collector: String; var channel: CollectionChannel }
            var federationSums: [SumKey: AllocationSplit] = [:]
            var unitsByCollector: [String: (allocated: Int, adjusted: Int)] = [:]
            for declaration in declarations {
                let declarationID = declaration.id
                let unitID = declaration.unit
                let revision = declaration.revision
                let wage = Money(fen: declaration.wage)
                let channel = CollectionChannel(rawValue: declaration.channel) ?? .direct
                let unit = declaration.organisation
                let collector = directory.collector(of: unit)
                let level = try collector.map { try collectorLevel($0) }
                let rate = channel == .preparatory ? (prepTerms?.rate ?? terms.rate) : terms.rate
                let kept = channel == .preparatory ? (prepTerms?.refundShare ?? terms.retained) : terms.retained
                if channel == .preparatory && prepTerms == nil {
                    throw AllocationError.policyMustBeComplete(section: "preparatory_fund", detail: "no entry in force for \(month)")
                }
                let target = try AllocationSplit.of(due: try rate.applied(to: wage, rounding: .halfUp), retained: kept,
                                                    levelWeights: levelWeights, collectorLevel: level)
                // The federation's lines go into one summary per collector; the unit's own into a voucher of its own.
                var unitEntries = AllocationEntries()
                if let collector {
                    let key = SumKey(collector: collector.code, channel: channel)
                    federationSums[key] = (federationSums[key] ?? .zero).adding(target)
                }
                if unit.keepsBooks { unitEntries.addUnitBooks(split: target, channel: channel, unit: unit.code, collector: collector?.code) }
                var posted = AllocationSplit.zero
                var postedReceivable: Int64 = 0
                for prior in earlier[unitID] ?? [] {
                    let priorCollector = prior.collector.flatMap { directory.byID[$0]?.code }
                    if let priorCollector {
                        let key = SumKey(collector: priorCollector, channel: prior.channel)
                        federationSums[key] = (federationSums[key] ?? .zero).subtracting(prior.split)
                    }
                    if unit.keepsBooks {
                        unitEntries.addUnitBooks(split: prior.split, channel: prior.channel, unit: unit.code, collector: priorCollector, sign: -1)
                    }
                    posted = posted.adding(prior.split)
                    postedReceivable += prior.channel.receivable(prior.split).fen
                }
                let delta = target.subtracting(posted)
                let isAdjustment = earlier[unitID] != nil
                if isAdjustment { outcome.adjusted += 1 } else { outcome.allocated += 1 }
                if let collector {
                    if isAdjustment { unitsByCollector[collector.code, default: (0, 0)].adjusted += 1 }
                    else { unitsByCollector[collector.code, default: (0, 0)].allocated += 1 }
                }
                dueTotal += delta.due.fen
                for value: Int64? in [declarationID, unitID, Int64(month.ordinal)] { insert.add(value) }
                insert.add(channel.rawValue)
                insert.add(dueDateText)
                insert.add(collector?.id)
                for value: Int64? in [delta.due.fen, delta.retained.fen, delta.upward.fen, delta.collector.fen, delta.above.fen,
                                      channel.receivable(target).fen - postedReceivable, runID] { insert.add(value) }
                try insert.endRow()
                guard unit.keepsBooks else { continue }
                let summary = isAdjustment
                    ? "调整\(month)工会经费（更正申报第\(revision)次，工资总额\(wage.formatted())元）"
                    : "\(month)工会经费（工资总额\(wage.formatted())元×\(Self.percent(rate))，\(channel.name(in: .zh))）"
                for (organisation, postings) in try unitEntries.postingsByOrganisation() where postings.count >= 2 {
                    drafts[organisation, default: []].append(VoucherDraft(
                        date: dueDate, summary: String(summary.prefix(VoucherDraft.summaryLengthMax)), postings: postings,
                        source: "allocate \(month)", externalReference: "allocation:\(unit.code):\(month):\(revision)"))
                }
            }
            var federationLines = AllocationEntries()
            for (key, split) in federationSums { federationLines.addFederation(split: split, channel: key.channel, collector: key.collector) }
            for (organisation, postings) in try federationLines.postingsByOrganisation() where postings.count >= 2 {
                let counts = unitsByCollector[organisation] ?? (0, 0)
                let what = [counts.allocated > 0 ? "分配\(counts.allocated)户" : nil, counts.adjusted > 0 ? "更正调整\(counts.adjusted)户" : nil]
                    .compactMap { $0 }.joined(separator: "，")
                drafts[organisation, default: []].append(VoucherDraft(
                    date: dueDate, summary: "\(month)工会经费汇总（\(what)，明细见拨缴分配表）", postings: postings,
                    source: "allocate \(month)", externalReference: "allocation:\(month):\(now)"))
            }
            try insert.flush()
            for organisation in drafts.keys.sorted() {
                for draft in drafts[organisation] ?? [] { try batch.post(draft, into: organisation) }
            }
            outcome.vouchers = batch.postedCount
            outcome.due = Money(fen: dueTotal)
            try batch.recordEvent(organisation: nil, action: "allocate",
                                  detail: "\(month): \(outcome.allocated) allocated, \(outcome.adjusted) adjusted")
            return outcome
        }
    }

    static func percent(_ rate: Rate) -> String {
        let hundredths = rate.numerator * 10_000 / max(rate.denominator, 1)
        let whole = hundredths / 100, fraction = hundredths % 100
        return fraction == 0 ? "\(whole)%" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)%".replacingOccurrences(of: "0%", with: "%")
    }
}
