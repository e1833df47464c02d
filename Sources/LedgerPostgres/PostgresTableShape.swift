import LedgerStore

/// A table the change journal covers, as the catalog describes it: its columns (recorded, so
/// verify sees a column changed outside a migration), its primary key, and the SQL that renders
/// a row's key and image — the same expressions in the triggers and in verify.
struct PostgresTableShape {
    var name: String
    /// `name:type:pk` per column, in table order.
    var signature: String
    var keyColumns: [String]

    /// Every table of the current schema with a primary key, by name.
    static func all(_ session: PostgresSession) throws -> [PostgresTableShape] {
        var columns: [(table: String, column: String, type: String, key: Int64)] = []
        for row in try session.query("""
            SELECT c.relname::text AS tbl, a.attname::text AS col, format_type(a.atttypid, a.atttypmod) AS typ,
                   COALESCE((SELECT k.n FROM unnest(i.indkey) WITH ORDINALITY k(attnum, n) WHERE k.attnum = a.attnum), 0)::bigint AS pk
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            LEFT JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary
            WHERE c.relkind = 'r'
            ORDER BY c.relname COLLATE "C", a.attnum
            """) {
            columns.append((try row.text("tbl"), try row.text("col"), try row.text("typ"), try row.int("pk")))
        }
        var shapes: [PostgresTableShape] = []
        var start = 0
        while start < columns.count {
            var end = start
            while end < columns.count && columns[end].table == columns[start].table { end += 1 }
            let table = columns[start..<end]
            let keys = table.filter { $0.key > 0 }.sorted { $0.key < $1.key }.map(\.column)
            // Every Gonghui table has a primary key; one without cannot name its rows, and verify says so.
            shapes.append(PostgresTableShape(
                name: columns[start].table,
                signature: table.map { "\($0.column):\($0.type):\($0.key)" }.joined(separator: ","),
                keyColumns: keys))
            start = end
        }
        return shapes
    }

    static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    var quotedName: String { Self.quoted(name) }
    var literalName: String { "'" + name.replacingOccurrences(of: "'", with: "''") + "'" }

    /// The row `alias`'s key as a JSON array's text (the whole row when the table has no key).
    func keyExpression(_ alias: String) -> String {
        guard !keyColumns.isEmpty else { return imageExpression(alias) }
        return "jsonb_build_array(" + keyColumns.map { alias + "." + Self.quoted($0) }.joined(separator: ", ") + ")::text"
    }

    /// The row `alias` as a JSON object's text (`to_jsonb`: keys in a fixed order, so one row has one image).
    func imageExpression(_ alias: String) -> String { "to_jsonb(\(alias))::text" }

    static func triggerNames(_ table: String) -> [String] {
        ["insert", "update", "delete"].map { "change_journal_\(table)_\($0)" }
    }

    var functionName: String { Self.quoted("change_journal_\(name)") }

    /// The table's trigger function and its three statement triggers (dropped first when present).
    /// The aliases are names no column has, so `to_jsonb(alias)` is always the whole row.
    var createTriggers: [String] {
        let names = Self.triggerNames(name).map(Self.quoted)
        let n = "gonghui_new", o = "gonghui_old"
        return names.map { "DROP TRIGGER IF EXISTS \($0) ON \(quotedName)" } + [
            """
            CREATE OR REPLACE FUNCTION \(functionName)() RETURNS trigger LANGUAGE plpgsql AS $journal$
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    INSERT INTO change(tbl, key, image)
                    SELECT \(literalName), \(keyExpression(n)), \(imageExpression(n)) FROM gonghui_new_rows \(n);
                ELSIF TG_OP = 'UPDATE' THEN
                    INSERT INTO change(tbl, key, image)
                    SELECT \(literalName), gone.key, NULL FROM (
                        SELECT \(keyExpression(o)) AS key FROM gonghui_old_rows \(o)
                        EXCEPT SELECT \(keyExpression(n)) FROM gonghui_new_rows \(n)) gone;
                    INSERT INTO change(tbl, key, image)
                    SELECT \(literalName), \(keyExpression(n)), \(imageExpression(n)) FROM gonghui_new_rows \(n);
                ELSE
                    INSERT INTO change(tbl, key, image)
                    SELECT \(literalName), \(keyExpression(o)), NULL FROM gonghui_old_rows \(o);
                END IF;
                RETURN NULL;
            END $journal$
            """,
            """
            CREATE TRIGGER \(names[0]) AFTER INSERT ON \(quotedName) REFERENCING NEW TABLE AS gonghui_new_rows
            FOR EACH STATEMENT EXECUTE FUNCTION \(functionName)()
            """,
            """
            CREATE TRIGGER \(names[1]) AFTER UPDATE ON \(quotedName)
            REFERENCING OLD TABLE AS gonghui_old_rows NEW TABLE AS gonghui_new_rows
            FOR EACH STATEMENT EXECUTE FUNCTION \(functionName)()
            """,
            """
            CREATE TRIGGER \(names[2]) AFTER DELETE ON \(quotedName) REFERENCING OLD TABLE AS gonghui_old_rows
            FOR EACH STATEMENT EXECUTE FUNCTION \(functionName)()
            """,
        ]
    }
}
