import GRDB
import LedgerCore
import LedgerSQLite
import LedgerStore
import UnionAllocation
import UnionCore

extension SQLiteAllocationTransaction {
    func unitQueue() throws -> any UnitQueue { try SQLiteUnitQueue(db) }

    /// Through a queue of the units, as `org import` registers them: one way in.
    func registerUnits(_ units: [NewUnit], firstPeriod: YearMonth) throws {
        let queue = try SQLiteUnitQueue(db)
        for (index, unit) in units.enumerated() { try queue.note(code: unit.code, line: index + 1, newUnit: unit) }
        try registerUnits(from: queue, firstPeriod: firstPeriod)
        try queue.close()
    }

    /// The queue's units as they come off its table (no array of them), each unit's parent looked up
    /// by code as it goes in: registered, or earlier in the file. A unit whose parent comes later
    /// is noted in the queue's second table and gets its parent once every unit is in, in file
    /// order.
    func registerUnits(from queue: any UnitQueue, firstPeriod: YearMonth) throws {
        guard queue is SQLiteUnitQueue else {
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
        let parentLater = try RawStatement(db, "INSERT INTO temp.unit_import_parent_later(id, parent) VALUES (?, ?)")
        var anyLater = false
        // A federation's file names the same parent on row after row: the last one found is kept.
        var lastParent: (code: String, id: Int64)?
        try queue.forEachNewUnit { unit in
            // The file check names the row; this guards every other way in.
            try OrganisationCode.check(unit.code)
            var parent: Int64?
            if let last = lastParent, last.code.utf8.elementsEqual(unit.parent.utf8) {
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
                parentLater.bind(1, db.lastInsertedRowID)
                parentLater.bind(2, unit.parent)
                try parentLater.run()
                anyLater = true
            }
        }
        guard anyLater else { return }
        // In row-id order, which is file order: the same change-journal images as one update a unit.
        try db.execute(sql: """
            UPDATE organisation SET parent_id = (
                SELECT p.id FROM organisation p WHERE p.code = (SELECT l.parent FROM temp.unit_import_parent_later l WHERE l.id = organisation.id))
            WHERE id IN (SELECT id FROM temp.unit_import_parent_later)
            """)
        if let orphan = try Row.fetchOne(db, sql: """
            SELECT o.code, l.parent FROM temp.unit_import_parent_later l JOIN organisation o ON o.id = l.id WHERE o.parent_id IS NULL LIMIT 1
            """) {
            let code: String = orphan[0], parent: String = orphan[1]
            throw StoreError.storage(message: "organisation \(code): parent \(parent) is not registered")
        }
    }
}
