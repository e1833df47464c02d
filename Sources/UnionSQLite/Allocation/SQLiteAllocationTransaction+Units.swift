import GRDB
import LedgerCore
import LedgerSQLite
import LedgerStore
import UnionAllocation
import UnionCore

extension SQLiteAllocationTransaction {
    func unitQueue() throws -> any UnitQueue { SQLiteUnitQueue(db, unitsInMemoryMax: unitsInMemoryMax) }

    /// Through a queue of the units, as `org import` registers them: one way in. The queue's table
    /// from the first unit: its key refuses a code given twice, as the file check does for a file.
    func registerUnits(_ units: [NewUnit], firstPeriod: YearMonth) throws {
        let queue = SQLiteUnitQueue(db, unitsInMemoryMax: 0)
        for (index, unit) in units.enumerated() { try queue.note(code: unit.code, line: index + 1, newUnit: unit) }
        try registerUnits(from: queue, firstPeriod: firstPeriod)
        try queue.close()
    }

    /// The queue's units as they come off it (no array of them), each unit's parent looked up by
    /// code as it goes in: registered, or earlier in the file. A unit whose parent comes later is
    /// noted in the queue and gets its parent once every unit is in, in file order.
    func registerUnits(from queue: any UnitQueue, firstPeriod: YearMonth) throws {
        guard let queue = queue as? SQLiteUnitQueue else {
            var units: [NewUnit] = []
            try queue.forEachNewUnit { units.append($0) }
            return try registerUnits(units, firstPeriod: firstPeriod)
        }
        let now = clock.now()
        // Through the C API, as the queue's own statements (GRDB's argument arrays cost a third).
        let insert = try RawStatement(db, """
            INSERT INTO organisation(code, name, kind, first_period, created_at, created_by, bank_name, bank_account, channel, parent_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let parentID = try RawStatement(db, "SELECT id FROM organisation WHERE code = ?")
        // A federation's file names the same parent on row after row: the last one found is kept.
        var lastParent: (code: String, id: Int64)?
        try queue.forEachNewUnit { unit in
            // The file check names the row; this guards every other way in.
            try OrganisationCode.check(unit.code)
            var parent: Int64?
            if let last = lastParent, last.code.utf8.hasSameBytes(as: unit.parent.utf8) {
                parent = last.id
            } else if !unit.parent.isEmpty {
                parentID.bind(1, unit.parent)
                parent = try parentID.step() ? parentID.int64(0) : nil
                parentID.reset()
                if let parent { lastParent = (unit.parent, parent) }
            }
            insert.reset()
            for (index, text) in [unit.code, unit.name, unit.kind].enumerated() { insert.bind(Int32(1 + index), text) }
            insert.bind(4, firstPeriod.ordinal)
            for (index, text) in [now, user, unit.bankName, unit.bankAccount, unit.channel.rawValue].enumerated() {
                insert.bind(Int32(5 + index), text)
            }
            // Left unbound (NULL) when the parent comes later or there is none.
            if let parent { insert.bind(10, parent) }
            try insert.run()
            if !unit.parent.isEmpty && parent == nil {
                try queue.noteParentLater(id: db.lastInsertedRowID, parent: unit.parent)
            }
        }
        try queue.setParentsLater()
    }
}
