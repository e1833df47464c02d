import GRDB
import GRDBSQLite
import LedgerStore

/// The change journal's images of the rows a bulk writer inserts, written by the writer itself
/// rather than by the table's insert trigger (issue 16).
///
/// A trigger runs as a sub-program for every row: at 50,000 allocation rows that was ≈ 13,000
/// instructions a row, twice the insert itself (5,000 to enter the trigger, 5,700 for SQLite's
/// `json_array`). For its life the writer sets the table's insert trigger aside (dropped inside the
/// command's transaction, so a rollback brings it back) and writes the same `change` rows, one
/// multi-row insert after each batch: `[key]` and `[value,…]` as `json_array` writes them. Values
/// are written here only where the text cannot differ between SQLite versions (integers into
/// INTEGER columns, NULL, texts into TEXT columns with no byte that JSON or JSON5 escapes); any
/// other row's image is read back from the table through the trigger's own expressions.
/// `finish()` puts the trigger back; a transaction cannot commit while one is set aside
/// (`ChangeJournal.commit` asks `SetAsideTriggers`). `verify` compares every latest image with its
/// row, as for any image.
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
    /// The trigger's own key and image expressions over the stored row, for values not written here.
    private let storedImage: RawStatement
    private let lastRowID: RawStatement?
    private var isFinished = false
    private static let null = Array("null".utf8)

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
        changes = BatchInsert(db, table: "change", columns: ["tbl", "key", "image"], batchSize: 64, flushesWhenFull: false)
        let quotedTable = ChangeJournal.TableShape.quoted(table)
        storedImage = try RawStatement(db, "SELECT \(shape.keyExpression()), \(shape.imageExpression()) FROM \(quotedTable) WHERE rowid = ?")
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

    /// Writes the images of `rowCount` rows just inserted from `slots` (values in the writer's
    /// column order, `width` a row), texts at `arena`; `firstRowID` is `nextAssignedRowID()` from
    /// before the insert.
    func rowsInserted(_ slots: UnsafeBufferPointer<BatchInsert.Slot>, width: Int, rowCount: Int, arena: UnsafePointer<UInt8>,
                      firstRowID: Int64?) throws {
        if let firstRowID {
            // A multi-row insert numbers its rows one past the largest, one after the other; only a
            // table at the largest rowid SQLite allows would number them otherwise.
            guard sqlite3_last_insert_rowid(connection) == firstRowID + Int64(rowCount) - 1 else {
                throw StoreError.storage(message: "\(table): rows were not numbered one after the other")
            }
        }
        for row in 0..<rowCount {
            let values = UnsafeBufferPointer(rebasing: slots[(row * width)..<((row + 1) * width)])
            let rowID: Int64
            switch sources[keyIndex].source {
            case .assignedRowID: rowID = (firstRowID ?? 0) + Int64(row)
            case .bound(let index): rowID = values[index].value
            }
            if canWrite(values, arena: arena) {
                try changes.row { change in
                    change.add(text: table)
                    change.addText { bytes in
                        bytes.append(UInt8(ascii: "["))
                        bytes.appendDecimal(rowID)
                        bytes.append(UInt8(ascii: "]"))
                    }
                    change.addText { bytes in writeImage(values, rowID: rowID, arena: arena, into: &bytes) }
                }
            } else {
                try addStoredImage(rowID: rowID)
            }
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

    private func canWrite(_ values: UnsafeBufferPointer<BatchInsert.Slot>, arena: UnsafePointer<UInt8>) -> Bool {
        for (source, isText) in sources {
            guard case .bound(let index) = source else { continue }
            let value = values[index]
            switch value.kind {
            case .null: continue
            case .integer: if isText { return false }
            case .text:
                guard isText else { return false }
                let bytes = UnsafeBufferPointer(start: arena + Int(value.value), count: Int(value.length))
                if bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "\\") }) {
                    return false
                }
            case .blob, .chainLink: return false
            }
        }
        return true
    }

    private func writeImage(_ values: UnsafeBufferPointer<BatchInsert.Slot>, rowID: Int64, arena: UnsafePointer<UInt8>,
                            into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "["))
        for (position, column) in sources.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            guard case .bound(let index) = column.source else {
                bytes.appendDecimal(rowID)
                continue
            }
            let value = values[index]
            switch value.kind {
            case .integer: bytes.appendDecimal(value.value)
            case .text:
                bytes.append(UInt8(ascii: "\""))
                bytes.append(contentsOf: UnsafeBufferPointer(start: arena + Int(value.value), count: Int(value.length)))
                bytes.append(UInt8(ascii: "\""))
            case .null, .blob, .chainLink: bytes.append(contentsOf: Self.null)   // a blob never gets here
            }
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// The row's key and image as the trigger would have made them, read from the stored row.
    private func addStoredImage(rowID: Int64) throws {
        storedImage.bind(1, rowID)
        defer { storedImage.reset() }
        guard try storedImage.step() else { throw StoreError.storage(message: "\(table): row \(rowID) was not written") }
        let key = storedImage.text(0), image = storedImage.text(1)
        try changes.row { change in
            change.add(text: table)
            change.addText { $0.append(contentsOf: key) }
            change.addText { $0.append(contentsOf: image) }
        }
    }
}
