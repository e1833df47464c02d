import LedgerCore
import LedgerStore
import UnionCore

/// Many units' allocation months, read from the register in one pass month by month, for a
/// receipts import that books most of a federation's units (issue 16): with the register's index
/// month first (SQLite 0023), a unit's own position is a seek in every month, and fifty thousand of
/// those cost more than reading each month once.
///
/// Held as columns: each month has a receivable, a retained share and a channel-and-due-date for
/// every unit asked for, at the unit's place in id order (20 bytes a unit and month, so a year of
/// 50,000 units is 12 MB); a unit's further channels in a month, which are rare, are kept aside.
/// The store fills it (`AllocationReads.allocationMonths`); `allocations(unitID:)` gives what
/// `position(unitID:)` would have read, in the same order.
public struct AllocationMonthsByUnit: Sendable {
    private struct Month: Sendable {
        let month: YearMonth
        var receivable: [Int64]
        var retained: [Int64]
        /// 0: no allocation this month; otherwise 1 + the index of its channel and due date in `shapes`.
        var shape: [UInt32]
        /// Further channels of a unit this month, by its place, in channel order.
        var more: [Int: [UnitAllocationMonth]] = [:]
    }

    private struct Shape: Hashable, Sendable {
        var channel: CollectionChannel
        var dueDate: LocalDate
    }

    /// The units whose months are here, in id order.
    private let unitIDs: [Int64]
    private var months: [Month] = []
    private var shapes: [Shape] = []
    private var shapeIndex: [Shape: UInt32] = [:]
    /// The last shape stored and its index: a month's rows mostly share one.
    private var lastShape: (shape: Shape, index: UInt32)?
    /// The current month's place of the last unit added, and that unit (rows come in unit order).
    private var place = 0
    private var lastUnitID = Int64.min

    /// An array, not any collection: a generic initialiser is called unspecialised from another
    /// module, and sorting 50,000 ids that way cost 800 M instructions.
    public init(units: [Int64]) { unitIDs = units.sorted() }

    /// The units covered.
    public var unitCount: Int { unitIDs.count }

    /// Starts the next month; months come in order.
    public mutating func startMonth(_ month: YearMonth) {
        precondition(months.last.map { $0.month < month } ?? true, "months come in order")
        let zeros = [Int64](repeating: 0, count: unitIDs.count)
        months.append(Month(month: month, receivable: zeros, retained: zeros, shape: [UInt32](repeating: 0, count: unitIDs.count)))
        place = 0
        lastUnitID = .min
    }

    /// A row of the current month, in (unit, channel text) order (rows out of that order throw
    /// `StoreError.storage`); rows of a unit not asked for are
    /// passed over, and a unit's rows of one channel are summed, due by the earliest date (a
    /// position's month and channel, as `position(unitID:)` sums them).
    public mutating func add(unitID: Int64, channel: CollectionChannel, dueDate: LocalDate, receivable: Money, retained: Money) throws {
        guard let current = months.indices.last else { return }
        guard unitID >= lastUnitID else { throw Self.outOfOrder(unitID, months[current].month) }
        lastUnitID = unitID
        while place < unitIDs.count, unitIDs[place] < unitID { place += 1 }
        guard place < unitIDs.count, unitIDs[place] == unitID else { return }
        let row = UnitAllocationMonth(month: months[current].month, channel: channel, dueDate: dueDate, receivable: receivable, retained: retained)
        let shape = months[current].shape[place]
        guard shape != 0 else {
            store(row, at: place, in: current)
            return
        }
        var first = UnitAllocationMonth(month: row.month, channel: shapes[Int(shape - 1)].channel, dueDate: shapes[Int(shape - 1)].dueDate,
                                        receivable: Money(fen: months[current].receivable[place]),
                                        retained: Money(fen: months[current].retained[place]))
        if var further = months[current].more[place], let last = further.last {
            guard last.channel == channel || last.channel.rawValue < channel.rawValue else { throw Self.outOfOrder(unitID, row.month) }
            if last.channel == channel {
                further[further.count - 1] = try last.adding(row)
            } else {
                further.append(row)
            }
            months[current].more[place] = further
        } else if first.channel == channel {
            first = try first.adding(row)
            store(first, at: place, in: current)
        } else {
            guard first.channel.rawValue < channel.rawValue else { throw Self.outOfOrder(unitID, row.month) }
            months[current].more[place] = [row]
        }
    }

    /// The unit's allocation months by month and channel, or nil when the unit is not covered.
    public func allocations(unitID: Int64) -> [UnitAllocationMonth]? {
        let place = Self.firstIndex(of: unitID, in: unitIDs)
        guard place < unitIDs.count, unitIDs[place] == unitID else { return nil }
        var found: [UnitAllocationMonth] = []
        for month in months where month.shape[place] != 0 {
            let shape = shapes[Int(month.shape[place] - 1)]
            found.append(UnitAllocationMonth(month: month.month, channel: shape.channel, dueDate: shape.dueDate,
                                             receivable: Money(fen: month.receivable[place]), retained: Money(fen: month.retained[place])))
            found += month.more[place] ?? []
        }
        return found
    }

    private mutating func store(_ row: UnitAllocationMonth, at place: Int, in month: Int) {
        let shape = Shape(channel: row.channel, dueDate: row.dueDate)
        let index: UInt32
        if let last = lastShape, last.shape == shape {
            index = last.index
        } else if let known = shapeIndex[shape] {
            index = known
        } else {
            shapes.append(shape)
            index = UInt32(shapes.count)
            shapeIndex[shape] = index
        }
        lastShape = (shape, index)
        months[month].shape[place] = index
        months[month].receivable[place] = row.receivable.fen
        months[month].retained[place] = row.retained.fen
    }

    /// A store that handed rows over out of (unit, channel) order: its read is wrong, and the
    /// sums would be (a unit passed over, a channel counted twice), so the import stops.
    private static func outOfOrder(_ unitID: Int64, _ month: YearMonth) -> StoreError {
        .storage(message: "allocation of unit \(unitID) for \(month): rows not in unit and channel order")
    }

    /// The unit's place, or where it would be.
    private static func firstIndex(of unitID: Int64, in unitIDs: [Int64]) -> Int {
        var low = 0, high = unitIDs.count
        while low < high {
            let middle = (low + high) / 2
            if unitIDs[middle] < unitID { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
