/// Units' positions kept up to date while an import books their receipts, bounded by the
/// months and receipts they hold: a file over 50,000 units would otherwise keep every unit's
/// whole year. When full it empties and fills again; a position dropped is read again from the
/// store, which by then holds the receipts booked since (one transaction).
struct UnitPositionCache {
    private var positions: [Int64: UnitPosition] = [:]
    private var entries = 0
    let entriesMax: Int

    init(entriesMax: Int) { self.entriesMax = entriesMax }

    subscript(unitID: Int64) -> UnitPosition? {
        get { positions[unitID] }
        set {
            if let old = positions[unitID] { entries -= Self.weight(old) }
            guard let position = newValue else { positions[unitID] = nil; return }
            let weight = Self.weight(position)
            if entries + weight > entriesMax {
                positions.removeAll(keepingCapacity: true)
                entries = 0
            }
            positions[unitID] = position
            entries += weight
        }
    }

    private static func weight(_ position: UnitPosition) -> Int { 1 + position.allocations.count + position.receipts.count }
}
