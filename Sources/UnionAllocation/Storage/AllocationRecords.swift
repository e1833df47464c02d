import LedgerCore
import UnionCore

/// The values the allocation rules and their store exchange: rows of the registers as the rules
/// need them, no storage types.

/// The kinds of register file whose imports are recorded (the same file twice is a no-op).
public enum RegisterFileKind: String, Sendable, CaseIterable {
    case unit, payroll, remittance
}

/// A register file imported before: its name then, and when.
public struct PreviousImport: Sendable, Hashable {
    public var fileName: String
    public var importedAt: String
    public init(fileName: String, importedAt: String) {
        self.fileName = fileName
        self.importedAt = importedAt
    }
}

// MARK: Units

/// A unit to register without books (`org import`).
public struct NewUnit: Sendable, Hashable {
    public var code: String
    public var name: String
    public var kind: String
    /// The parent's code, or empty.
    public var parent: String
    public var channel: CollectionChannel
    public var bankName: String
    public var bankAccount: String
    public init(code: String, name: String, kind: String, parent: String, channel: CollectionChannel, bankName: String, bankAccount: String) {
        self.code = code
        self.name = name
        self.kind = kind
        self.parent = parent
        self.channel = channel
        self.bankName = bankName
        self.bankAccount = bankAccount
    }
}

// MARK: Payroll declarations

/// One unit's payroll month (所属期 as `YearMonth.ordinal`).
public struct DeclarationKey: Hashable, Sendable {
    public var unit: Int64
    public var month: Int
    public init(unit: Int64, month: Int) {
        self.unit = unit
        self.month = month
    }
}

/// The figures of a declaration: a revision with the same figures changes nothing.
public struct DeclaredFigures: Hashable, Sendable {
    public var headcount: Int64
    public var wageTotal: Money
    public var channel: CollectionChannel
    public init(headcount: Int64, wageTotal: Money, channel: CollectionChannel) {
        self.headcount = headcount
        self.wageTotal = wageTotal
        self.channel = channel
    }
}

/// The latest revision on file of a (unit, month).
public struct DeclaredRevision: Hashable, Sendable {
    public var revision: Int64
    public var figures: DeclaredFigures
    public init(revision: Int64, figures: DeclaredFigures) {
        self.revision = revision
        self.figures = figures
    }
}

/// A declaration revision to write, with the line of the file it came from.
public struct NewDeclaration: Hashable, Sendable {
    public var key: DeclarationKey
    public var revision: Int64
    public var figures: DeclaredFigures
    public var line: Int
    public init(key: DeclarationKey, revision: Int64, figures: DeclaredFigures, line: Int) {
        self.key = key
        self.revision = revision
        self.figures = figures
        self.line = line
    }
}

/// A declaration revision of the month being allocated, with where its unit sits.
public struct MonthDeclaration: Hashable, Sendable {
    /// The declaration's row id: the allocation register is keyed by it.
    public var id: Int64
    public var unitID: Int64
    public var unitCode: String
    public var parentID: Int64?
    public var revision: Int64
    public var wageTotal: Money
    public var channel: CollectionChannel
    /// Whether allocate already posted this revision.
    public var isAllocated: Bool
    public init(id: Int64, unitID: Int64, unitCode: String, parentID: Int64?, revision: Int64, wageTotal: Money,
                channel: CollectionChannel, isAllocated: Bool) {
        self.id = id
        self.unitID = unitID
        self.unitCode = unitCode
        self.parentID = parentID
        self.revision = revision
        self.wageTotal = wageTotal
        self.channel = channel
        self.isAllocated = isAllocated
    }
}

// MARK: Allocations

/// What allocate posted for one earlier revision of a unit's declaration.
public struct PostedAllocation: Hashable, Sendable {
    public var unitID: Int64
    public var channel: CollectionChannel
    public var collectorID: Int64?
    public var split: AllocationSplit
    public init(unitID: Int64, channel: CollectionChannel, collectorID: Int64?, split: AllocationSplit) {
        self.unitID = unitID
        self.channel = channel
        self.collectorID = collectorID
        self.split = split
    }
}

/// One row of the allocation register: for a first revision the whole split, for a correction
/// the difference from what was posted before (so the register sums to what the books hold).
public struct AllocationRow: Hashable, Sendable {
    public var declarationID: Int64
    public var unitID: Int64
    public var month: YearMonth
    public var channel: CollectionChannel
    public var dueDate: LocalDate
    public var collectorID: Int64?
    public var split: AllocationSplit
    /// The change in what the collecting federation is to receive for the unit.
    public var receivable: Money
}

// MARK: Receipts

/// A receipt to record in the register.
public struct NewReceipt: Hashable, Sendable {
    public var unitID: Int64
    public var date: LocalDate
    public var amount: Money
    public var month: YearMonth?
    public var payer: Payer
    public var reference: String
    /// The command or `file:line` it came from.
    public var source: String
    public var importID: Int64?
}

/// One unit's allocations for a month under one channel.
public struct UnitAllocationMonth: Hashable, Sendable {
    public var month: YearMonth
    public var channel: CollectionChannel
    public var dueDate: LocalDate
    public var receivable: Money
    public var retained: Money
    public init(month: YearMonth, channel: CollectionChannel, dueDate: LocalDate, receivable: Money, retained: Money) {
        self.month = month
        self.channel = channel
        self.dueDate = dueDate
        self.receivable = receivable
        self.retained = retained
    }
}

extension UnitAllocationMonth {
    /// A unit's allocation rows as its position holds them: one per month and channel, in that
    /// order (channels by their stored text), summed and due by the earliest date.
    public static func summedByMonthAndChannel(_ rows: [UnitAllocationMonth]) throws -> [UnitAllocationMonth] {
        let ordered = rows.sorted { ($0.month, $0.channel.rawValue) < ($1.month, $1.channel.rawValue) }
        var summed: [UnitAllocationMonth] = []
        summed.reserveCapacity(ordered.count)
        for row in ordered {
            if let last = summed.last, last.month == row.month, last.channel == row.channel {
                summed[summed.count - 1] = try last.adding(row)
            } else {
                summed.append(row)
            }
        }
        return summed
    }

    /// This row and another of the same month and channel as one: their sums, due by the earlier date.
    public func adding(_ other: UnitAllocationMonth) throws -> UnitAllocationMonth {
        var sum = self
        sum.dueDate = min(dueDate, other.dueDate)
        sum.receivable = try receivable.adding(other.receivable)
        sum.retained = try retained.adding(other.retained)
        return sum
    }
}

/// A unit's standing with its federation: what was allocated, what was received (in order), the
/// retained share passed down so far, and for a preparatory-fund employer, when its union was
/// formed and what was refunded since.
public struct UnitPosition: Hashable, Sendable {
    public var allocations: [UnitAllocationMonth]
    public var receipts: [ReceiptMatching.Receipt]
    public var returned: Money
    /// The date of the first preparatory-fund refund: the union was formed then. nil while it is not.
    public var formedOn: LocalDate?
    /// Every preparatory-fund refund so far, on formation and after.
    public var refunded: Money
    /// The receipts matched to the months so far, kept by `receive` while receipts come in date
    /// order (`RetainedShare` uses it when it covers every receipt; nil: match afresh).
    public private(set) var matching: ReceiptMatching.Progress?
    public init(allocations: [UnitAllocationMonth], receipts: [ReceiptMatching.Receipt], returned: Money,
                formedOn: LocalDate? = nil, refunded: Money = .zero) {
        self.allocations = allocations
        self.receipts = receipts
        self.returned = returned
        self.formedOn = formedOn
        self.refunded = refunded
    }

    /// Adds a receipt just recorded where the store would list it: by date, after those of the same date.
    /// - Complexity: O(1) for receipts in date order (the usual file), O(receipts) otherwise.
    public mutating func receive(_ receipt: ReceiptMatching.Receipt) throws(LedgerError) {
        guard let last = receipts.last, last.date > receipt.date else {
            // In order: the matching so far stays valid and takes the new receipt next.
            if matching == nil || matching?.applied != receipts.count {
                var progress = ReceiptMatching.Progress(months: try RetainedShare.monthsDue(allocations))
                for earlier in receipts { try progress.apply(earlier) }
                matching = progress
            }
            try matching?.apply(receipt)
            receipts.append(receipt)
            return
        }
        matching = nil
        var low = 0, high = receipts.count
        while low < high {
            let middle = (low + high) / 2
            if receipts[middle].date <= receipt.date { low = middle + 1 } else { high = middle }
        }
        receipts.insert(receipt, at: low)
    }
}

// MARK: Arrears and the mirror check

/// The latest enforcement step recorded for a unit.
public struct EnforcementRecord: Hashable, Sendable {
    public var status: EnforcementStatus
    public var date: LocalDate
    public init(status: EnforcementStatus, date: LocalDate) {
        self.status = status
        self.date = date
    }
}

/// What arrears are computed from, by unit id.
public struct ArrearsRegisters: Sendable {
    public var months: [Int64: [ReceiptMatching.MonthDue]]
    public var receipts: [Int64: [ReceiptMatching.Receipt]]
    public var statuses: [Int64: EnforcementRecord]
    public init(months: [Int64: [ReceiptMatching.MonthDue]], receipts: [Int64: [ReceiptMatching.Receipt]],
                statuses: [Int64: EnforcementRecord]) {
        self.months = months
        self.receipts = receipts
        self.statuses = statuses
    }
}

/// One unit's part of `ArrearsRegisters`: its months due and receipts by the as-of date, in order,
/// and its latest enforcement step.
public struct UnitArrearsRegisters: Sendable {
    public var unitID: Int64
    public var months: [ReceiptMatching.MonthDue]
    public var receipts: [ReceiptMatching.Receipt]
    public var status: EnforcementRecord?

    public init(unitID: Int64, months: [ReceiptMatching.MonthDue], receipts: [ReceiptMatching.Receipt], status: EnforcementRecord?) {
        self.unitID = unitID
        self.months = months
        self.receipts = receipts
        self.status = status
    }
}

/// Allocations a collector made for a unit under one channel, summed by the month they fell due.
public struct AllocationMovement: Hashable, Sendable {
    public var unitID: Int64
    public var collectorID: Int64
    public var channel: CollectionChannel
    public var month: YearMonth
    public var receivable: Money
    public init(unitID: Int64, collectorID: Int64, channel: CollectionChannel, month: YearMonth, receivable: Money) {
        self.unitID = unitID
        self.collectorID = collectorID
        self.channel = channel
        self.month = month
        self.receivable = receivable
    }
}

/// Receipts for a unit from one payer, summed by month.
public struct ReceiptMovement: Hashable, Sendable {
    public var unitID: Int64
    public var payer: Payer
    public var month: YearMonth
    public var amount: Money
    public init(unitID: Int64, payer: Payer, month: YearMonth, amount: Money) {
        self.unitID = unitID
        self.payer = payer
        self.month = month
        self.amount = amount
    }
}
