import GRDB
import GRDBSQLite
import LedgerStore

/// The change journal's entries for the rows a bulk writer inserts, written by the writer itself
/// rather than by the table's insert trigger (issue 16).
///
/// A trigger runs as a sub-program for every row: at 50,000 allocation rows that was ≈ 13,000
/// instructions a row, twice the insert itself. And an image per row doubled what the append-only
/// registers wrote, and what every commit read back and hashed (45% of a payroll import). For its
/// life the writer sets the table's insert trigger aside (dropped inside the command's
/// transaction, so a rollback brings it back) and writes one `BatchImage` entry after each batch:
/// the batch's keys and the digest of its rows' values, taken from the values it bound where they
/// are stored as bound (an integer into an INTEGER column, a text into a TEXT one, NULL), else
/// read back from the row. `finish()` puts the trigger back; a transaction cannot commit while one
/// is set aside (`ChangeJournal.commit` asks `SetAsideTriggers`). `verify` recomputes each batch's
/// digest from its rows.
final class WrittenChangeImages {
    private enum Source {
        /// The writer's value at this index of the row.
        case bound(Int)
        /// The rowid SQLite assigns (the `INTEGER PRIMARY KEY` the writer leaves out).
        case assignedRowID
    }

    private let db: Database
    private let connection: OpaquePointer
    private let table: String
    private let trigger: SetAsideTriggers.Trigger
    /// Each table column in table order: where its value comes from, and whether it is TEXT.
    private let sources: [(source: Source, isText: Bool)]
    /// The key column's position in `sources` (the table's one `INTEGER PRIMARY KEY`).
    private let keyIndex: Int
    private let changes: BatchInsert
    /// A stored row's columns in table order, for values not stored as they were bound.
    private let storedRow: RawStatement
    private let lastRowID: RawStatement?
    private var isFinished = false

    /// Sets the table's insert trigger aside and returns the images' writer, or nil when the
    /// trigger stays (no change journal in this file, the table not covered, or a shape this does
    /// not write: no single INTEGER PRIMARY KEY, a column neither INTEGER nor TEXT, a column the
    /// writer does not fill other than that key).
    static func setAside(_ db: Database, table: String, columns: [String]) throws -> WrittenChangeImages? {
        guard try ChangeJournal.isInstalled(db), let connection = db.sqliteConnection else { return nil }
        let triggerName = ChangeJournal.TableShape.triggerNames(table)[0]
        guard let triggerSQL = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                                                   arguments: [triggerName]),
              let shape = try ChangeJournal.TableShape(db, table: table),
              shape.keyColumns.count == 1, shape.keyColumns[0] != "rowid",
              try Bool.fetchOne(db, sql: "SELECT wr FROM pragma_table_list WHERE name = ? AND schema = 'main'", arguments: [table]) == false
        else { return nil }
        var sources: [(source: Source, isText: Bool)] = []
        var keyIndex = -1
        for (index, column) in shape.columns.enumerated() {
            let isKey = column.name == shape.keyColumns[0]
            if isKey {
                guard column.type == "INTEGER" else { return nil }
                keyIndex = index
            }
            guard column.type == "INTEGER" || column.type == "TEXT" else { return nil }
            if let bound = columns.firstIndex(of: column.name) {
                sources.append((.bound(bound), column.type == "TEXT"))
            } else if isKey {
                sources.append((.assignedRowID, false))
            } else {
                return nil
            }
        }
        guard keyIndex >= 0, sources.count == shape.columns.count else { return nil }
        let images = try WrittenChangeImages(db, connection: connection, table: table, shape: shape, sources: sources, keyIndex: keyIndex,
                                             trigger: SetAsideTriggers.Trigger(connection: connection, table: table, name: triggerName, sql: triggerSQL))
        try db.execute(sql: "DROP TRIGGER \(ChangeJournal.TableShape.quoted(triggerName))")
        SetAsideTriggers.add(images.trigger)
        return images
    }

    private init(_ db: Database, connection: OpaquePointer, table: String, shape: ChangeJournal.TableShape,
                 sources: [(source: Source, isText: Bool)], keyIndex: Int, trigger: SetAsideTriggers.Trigger) throws {
        self.db = db
        self.connection = connection
        self.table = table
        self.trigger = trigger
        self.sources = sources
        self.keyIndex = keyIndex
        changes = BatchInsert(db, table: "change", columns: ["tbl", "key", "image"], batchSize: 1, flushesWhenFull: false)
        let quotedTable = ChangeJournal.TableShape.quoted(table)
        storedRow = try RawStatement(db, """
            SELECT \(shape.columns.map { ChangeJournal.TableShape.quoted($0.name) }.joined(separator: ", ")) FROM \(quotedTable) WHERE rowid = ?
            """)
        if case .assignedRowID = sources[keyIndex].source {
            lastRowID = try RawStatement(db, "SELECT COALESCE(MAX(rowid), 0) FROM \(quotedTable)")
        } else {
            lastRowID = nil
        }
    }

    /// The rowid SQLite will give the next row, when it assigns them: one more than the largest.
    func nextAssignedRowID() throws -> Int64? {
        guard let lastRowID else { return nil }
        guard try lastRowID.step() else { throw StoreError.storage(message: "no largest rowid in \(table)") }
        let last = lastRowID.int64(0)
        lastRowID.reset()
        return last + 1
    }

    /// A batch's entry made before its rows are written (on the thread that queued them, while the
    /// writer's thread is busy with SQLite): the keys and the digest of their values.
    struct PreparedEntry: Sendable {
        /// The first rowid the rows were numbered from, when SQLite numbers them.
        var firstRowID: Int64?
        var key: [UInt8]
        var digest: String
    }

    /// The entry of `rowCount` rows in `slots` (values in the writer's column order, `width` a row,
    /// texts at `arena`), numbered from `firstRowID` when SQLite numbers them; nil when a value
    /// would not be stored as bound (then `rowsInserted` reads the row back). Reads no database.
    func prepare(_ slots: UnsafeBufferPointer<BatchInsert.Slot>, width: Int, rowCount: Int, arena: UnsafePointer<UInt8>,
                 firstRowID: Int64?) throws -> PreparedEntry? {
        guard rowCount > 0 else { return nil }
        let order = keyOrder(slots, width: width, rowCount: rowCount, firstRowID: firstRowID)
        guard let digest = try digest(of: order, slots, width: width, arena: arena, readingBack: false) else { return nil }
        return PreparedEntry(firstRowID: firstRowID, key: BatchImage.key(order.map(\.key)), digest: digest)
    }

    /// Writes the batch entry of `rowCount` rows just inserted from `slots` (as for `prepare`);
    /// `firstRowID` is `nextAssignedRowID()` from before the insert. An entry prepared for the
    /// same numbering is written as it is.
    func rowsInserted(_ slots: UnsafeBufferPointer<BatchInsert.Slot>, width: Int, rowCount: Int, arena: UnsafePointer<UInt8>,
                      firstRowID: Int64?, prepared: PreparedEntry? = nil) throws {
        guard rowCount > 0 else { return }
        if let firstRowID {
            // A multi-row insert numbers its rows one past the largest, one after the other; only a
            // table at the largest rowid SQLite allows would number them otherwise.
            guard sqlite3_last_insert_rowid(connection) == firstRowID + Int64(rowCount) - 1 else {
                throw StoreError.storage(message: "\(table): rows were not numbered one after the other")
            }
        }
        if let prepared, prepared.firstRowID == firstRowID {
            return try write(key: prepared.key, digest: prepared.digest)
        }
        let order = keyOrder(slots, width: width, rowCount: rowCount, firstRowID: firstRowID)
        guard let digest = try digest(of: order, slots, width: width, arena: arena, readingBack: true) else {
            throw StoreError.storage(message: "\(table): a batch's rows could not be read back")
        }
        try write(key: BatchImage.key(order.map(\.key)), digest: digest)
    }

    /// The digest of the rows in `order`, from their bound values; a row not stored as bound is
    /// read back from the table when `readingBack` (its rows are in), else the answer is nil.
    private func digest(of order: [(key: Int64, row: Int)], _ slots: UnsafeBufferPointer<BatchInsert.Slot>, width: Int,
                        arena: UnsafePointer<UInt8>, readingBack: Bool) throws -> String? {
        var digest = BatchImage.Digest()
        for (key, row) in order {
            let values = UnsafeBufferPointer(rebasing: slots[(row * width)..<((row + 1) * width)])
            if isStoredAsBound(values) {
                add(values, key: key, arena: arena, to: &digest)
            } else if readingBack {
                try addStoredRow(key: key, to: &digest)
            } else {
                return nil
            }
        }
        return digest.finish()
    }

    /// The rows' keys in ascending order, with each row's position (a batch's digest is over its
    /// rows by key, as verify reads them).
    private func keyOrder(_ slots: UnsafeBufferPointer<BatchInsert.Slot>, width: Int, rowCount: Int,
                          firstRowID: Int64?) -> [(key: Int64, row: Int)] {
        var order: [(key: Int64, row: Int)] = []
        order.reserveCapacity(rowCount)
        for row in 0..<rowCount {
            switch sources[keyIndex].source {
            case .assignedRowID: order.append(((firstRowID ?? 0) + Int64(row), row))
            case .bound(let index): order.append((slots[row * width + index].value, row))
            }
        }
        if !order.indices.dropFirst().allSatisfy({ order[$0 - 1].key < order[$0].key }) { order.sort { $0.key < $1.key } }
        return order
    }

    private func write(key: [UInt8], digest: String) throws {
        try changes.row { change in
            change.add(text: table)
            change.addText { $0.append(contentsOf: key) }
            change.addText { $0.append(contentsOf: digest.utf8) }
        }
        try changes.flush()
    }

    /// Puts the insert trigger back. The images of every row written are already in `change`.
    func finish() throws {
        guard !isFinished else { return }
        try db.execute(sql: trigger.sql)
        SetAsideTriggers.remove(trigger)
        isFinished = true
    }

    /// Whether every bound value is stored as it was bound: STRICT tables convert a text that
    /// reads as a number into an INTEGER column, and a number into a TEXT one.
    private func isStoredAsBound(_ values: UnsafeBufferPointer<BatchInsert.Slot>) -> Bool {
        for (source, isText) in sources {
            guard case .bound(let index) = source else { continue }
            switch values[index].kind {
            case .null: continue
            case .integer: if isText { return false }
            case .text: if !isText { return false }
            case .blob, .chainLink: return false
            }
        }
        return true
    }

    private func add(_ values: UnsafeBufferPointer<BatchInsert.Slot>, key: Int64, arena: UnsafePointer<UInt8>,
                     to digest: inout BatchImage.Digest) {
        for column in sources {
            guard case .bound(let index) = column.source else {
                digest.integer(key)
                continue
            }
            let value = values[index]
            switch value.kind {
            case .integer: digest.integer(value.value)
            case .text: digest.text(UnsafeBufferPointer(start: arena + Int(value.value), count: Int(value.length)))
            case .null, .blob, .chainLink: digest.null()   // a blob or link never gets here
            }
        }
    }

    /// The row's columns as stored.
    private func addStoredRow(key: Int64, to digest: inout BatchImage.Digest) throws {
        storedRow.bind(1, key)
        defer { storedRow.reset() }
        guard try storedRow.step() else { throw StoreError.storage(message: "\(table): row \(key) was not written") }
        for column in 0..<storedRow.columnCount() { digest.column(storedRow, column) }
    }
}
