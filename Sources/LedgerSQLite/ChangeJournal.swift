import Foundation
import GRDB
import InputFiles
import LedgerStore

/// The change journal: one hash chain over every state table of the file.
///
/// Each state table has AFTER INSERT/UPDATE/DELETE triggers that append the row's image (its
/// primary key and its columns as JSON arrays; NULL for a delete) to `change`. At the end of every
/// write transaction `commit` links the changes not yet linked into `change_commit` (encoding: `ChangeLink`).
/// Vouchers and postings are already chained (`JournalChain`); each record carries the voucher
/// chain's head at its commit, so the last record's hash covers both. `verify` recomputes the
/// chain and compares the latest image of every record with the row as it is now.
enum ChangeJournal {
    static let tag = ChangeLink.tag

    /// Tables the journal does not cover: SQLite's and GRDB's own, the journal itself, the
    /// voucher chain (`JournalChain` covers vouchers, postings and approvals; `journal_head` is
    /// checked against both chains) and `balance`, which verify recomputes from postings.
    static let uncovered: Set<String> = [
        "grdb_migrations", "change", "change_commit", "change_table",
        "voucher", "posting", "voucher_approval", "journal_head", "balance",
    ]

    /// A covered table's columns and the SQL that renders a row's key and image.
    struct TableShape {
        var name: String
        /// `name:type:pk` per column, in table order: recorded, so verify sees a schema change.
        var signature: String
        var columns: [(name: String, type: String)]
        var keyColumns: [String]

        init?(_ db: Database, table: String) throws {
            let rows = try Row.fetchAll(db, sql: "SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid", arguments: [table])
            guard !rows.isEmpty else { return nil }
            name = table
            columns = rows.map { (name: $0["name"], type: ($0["type"] as String).uppercased()) }
            signature = rows.map { "\($0["name"] as String):\(($0["type"] as String).uppercased()):\($0["pk"] as Int)" }
                .joined(separator: ",")
            let keyed = rows.filter { ($0["pk"] as Int) > 0 }.sorted { ($0["pk"] as Int) < ($1["pk"] as Int) }
            keyColumns = keyed.isEmpty ? ["rowid"] : keyed.map { $0["name"] }
        }

        static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

        /// A column as JSON can hold it: blobs as `x` + hex written with the letters a–p (digits
        /// 0–9 as g–p), so a hash kept as text never reads as a long number such as an ID.
        /// `everywhere` wraps every column (verify reads what is there); triggers wrap only the
        /// columns that may hold a blob, to stay cheap.
        private static func value(_ column: String, type: String, prefix: String, everywhere: Bool) -> String {
            let reference = prefix + quoted(column)
            guard everywhere || ["BLOB", "ANY", ""].contains(type) else { return reference }
            var hex = "hex(\(reference))"
            for (digit, letter) in zip("0123456789", "ghijklmnop") { hex = "replace(\(hex), '\(digit)', '\(letter)')" }
            return "CASE WHEN typeof(\(reference)) = 'blob' THEN 'x' || \(hex) ELSE \(reference) END"
        }

        func keyExpression(_ prefix: String = "", everywhere: Bool = false) -> String {
            "json_array(" + keyColumns.map { key in
                let type = columns.first(where: { $0.name == key })?.type ?? "INTEGER"
                return Self.value(key, type: type, prefix: prefix, everywhere: everywhere)
            }.joined(separator: ", ") + ")"
        }

        func imageExpression(_ prefix: String = "", everywhere: Bool = false) -> String {
            "json_array(" + columns.map { Self.value($0.name, type: $0.type, prefix: prefix, everywhere: everywhere) }
                .joined(separator: ", ") + ")"
        }

        var literalName: String { "'" + name.replacingOccurrences(of: "'", with: "''") + "'" }

        static func triggerNames(_ table: String) -> [String] {
            ["insert", "update", "delete"].map { "change_journal_\(table)_\($0)" }
        }

        var createTriggers: String {
            let names = Self.triggerNames(name).map(Self.quoted)
            let table = Self.quoted(name)
            return """
            CREATE TRIGGER \(names[0]) AFTER INSERT ON \(table) BEGIN
                INSERT INTO change(tbl, key, image) VALUES (\(literalName), \(keyExpression("NEW.")), \(imageExpression("NEW.")));
            END;
            CREATE TRIGGER \(names[1]) AFTER UPDATE ON \(table) BEGIN
                INSERT INTO change(tbl, key, image) SELECT \(literalName), \(keyExpression("OLD.")), NULL
                    WHERE \(keyExpression("OLD.")) IS NOT \(keyExpression("NEW."));
                INSERT INTO change(tbl, key, image) VALUES (\(literalName), \(keyExpression("NEW.")), \(imageExpression("NEW.")));
            END;
            CREATE TRIGGER \(names[2]) AFTER DELETE ON \(table) BEGIN
                INSERT INTO change(tbl, key, image) VALUES (\(literalName), \(keyExpression("OLD.")), NULL);
            END;
            """
        }
    }

    /// The state tables of the file, by name.
    static func stateTables(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            .filter { !uncovered.contains($0) }
    }

    static func isInstalled(_ db: Database) throws -> Bool {
        try db.tableExists("change_commit")
    }

    /// After migrations: installs the triggers of every state table not yet covered (or whose
    /// columns a migration changed) and records an image of each of its rows, then commits. The
    /// first time (books older than the journal) this is the baseline: verify says so.
    static func coverTables(_ db: Database, at: String) throws {
        guard try isInstalled(db) else { return }
        let recorded = try Dictionary(Row.fetchAll(db, sql: "SELECT name, columns FROM change_table").map {
            (($0["name"] as String), ($0["columns"] as String))
        }, uniquingKeysWith: { first, _ in first })
        for table in try stateTables(db) {
            guard let shape = try TableShape(db, table: table) else { continue }
            let triggers = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND name LIKE 'change_journal_%'
                """, arguments: [table]) ?? 0
            if recorded[table] == shape.signature && triggers == 3 { continue }
            for name in TableShape.triggerNames(table) { try db.execute(sql: "DROP TRIGGER IF EXISTS \(TableShape.quoted(name))") }
            try db.execute(sql: shape.createTriggers)
            if recorded[table] != shape.signature {
                try db.execute(sql: """
                    INSERT INTO change(tbl, key, image)
                    SELECT \(shape.literalName), \(shape.keyExpression()), \(shape.imageExpression(everywhere: true))
                    FROM \(TableShape.quoted(table)) ORDER BY \(shape.keyColumns.map(TableShape.quoted).joined(separator: ", "))
                    """)
                let last = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM change") ?? 0
                try db.execute(sql: """
                    INSERT INTO change_table(name, columns, covered_at_change_seq) VALUES (?, ?, ?)
                    ON CONFLICT(name) DO UPDATE SET columns = excluded.columns, covered_at_change_seq = excluded.covered_at_change_seq
                    """, arguments: [table, shape.signature, last])
            }
        }
        let first = try Int64.fetchOne(db, sql: "SELECT COUNT(*) FROM change_commit") == 0
        try commit(db, kind: first ? "baseline" : "schema", at: at)
    }

    /// The voucher chain's head as `journal_head` records it (the empty chain before any voucher).
    static func voucherHead(_ db: Database) throws -> (count: Int64, hash: [UInt8]) {
        guard let row = try Row.fetchOne(db, sql: "SELECT voucher_count, hash FROM journal_head WHERE id = 1") else {
            return (0, JournalChain.genesis)
        }
        return (row["voucher_count"], Array(row["hash"] as Data))
    }

    struct Record {
        var seq: Int64
        var kind: String
        var at: String
        var lastChange: Int64
        var voucherCount: Int64
        var voucherHash: [UInt8]
        var hash: [UInt8]
    }

    static func lastRecord(_ db: Database) throws -> Record? {
        try Row.fetchOne(db, sql: """
            SELECT seq, kind, at, last_change_seq, voucher_count, voucher_hash, hash FROM change_commit ORDER BY seq DESC LIMIT 1
            """).map(record)
    }

    static func record(_ row: Row) -> Record {
        Record(seq: row["seq"], kind: row["kind"], at: row["at"], lastChange: row["last_change_seq"],
               voucherCount: row["voucher_count"], voucherHash: Array(row["voucher_hash"] as Data), hash: Array(row["hash"] as Data))
    }

    /// Links the changes written since the last record (and the voucher head) into the chain.
    /// Nothing is written when nothing changed. Runs at the end of every write transaction.
    static func commit(_ db: Database, kind: String = "write", at: String) throws {
        guard try isInstalled(db) else { return }
        try SetAsideTriggers.requireRestored(db)
        let previous = try lastRecord(db)
        let lastChange = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM change") ?? 0
        let vouchers = try voucherHead(db)
        if let previous, previous.lastChange == lastChange, previous.voucherCount == vouchers.count,
           previous.voucherHash == vouchers.hash {
            return
        }
        var link = Link(previous: previous?.hash ?? JournalChain.genesis)
        let seq = (previous?.seq ?? 0) + 1
        link.header(seq: seq, kind: kind, at: at, lastChange: lastChange, voucherCount: vouchers.count, voucherHash: vouchers.hash)
        let changes = try RawStatement(db, "SELECT seq, tbl, key, image FROM change WHERE seq > ? AND seq <= ? ORDER BY seq")
        changes.bind(1, previous?.lastChange ?? 0)
        changes.bind(2, lastChange)
        // Each change's columns hashed from SQLite's own buffers: a bulk register import links
        // hundreds of thousands of changes here, so no Strings are made for them.
        while try changes.step() {
            link.change(seq: changes.int64(0), table: changes.text(1), key: changes.text(2), image: changes.text(3))
        }
        changes.reset()
        try db.execute(sql: """
            INSERT INTO change_commit(seq, kind, at, last_change_seq, voucher_count, voucher_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [seq, kind, at, lastChange, vouchers.count, Data(vouchers.hash), Data(link.finish())])
    }

    /// One record's link (the encoding is `ChangeLink`'s, shared with the PostgreSQL store).
    typealias Link = ChangeLink
}
