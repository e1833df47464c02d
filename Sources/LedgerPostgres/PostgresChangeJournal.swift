import LedgerStore

/// The change journal on PostgreSQL: the SQLite file's design (LedgerSQLite `ChangeJournal`) —
/// every state table's row images, hash-chained in commit records that also carry the voucher
/// chain's head, with the same link encoding (`ChangeLink`) — adapted to several writers at once.
///
/// - Each state table has three statement-level AFTER triggers (insert, update, delete) that
///   append the rows' images from the statement's transition tables: one set-based INSERT per
///   statement, so a bulk register import pays no per-row trigger call. The key is the primary
///   key as a JSON array, the image the row as `to_jsonb` renders it (NULL once deleted).
/// - Every change carries the transaction that wrote it (`tx`). At the end of each write
///   transaction (`PostgresSession.beforeCommit`) `commit` takes the journal's lock, so records
///   are numbered in the order their transactions commit, and links that transaction's own
///   changes. Sequence numbers of concurrent transactions interleave, so a record covers "the
///   changes of transaction tx", not a range of `seq`.
/// - Changes whose transaction has no record were written outside gonghui: verify names them.
///   Rows written with the triggers disabled show as rows that differ from their latest image.
enum PostgresChangeJournal {
    /// Tables the journal does not cover: the migrations' own, the journal itself, the voucher
    /// chain (`JournalChain` covers vouchers, postings and approvals; `journal_head` is checked
    /// against both chains) and `balance`, which verify recomputes from postings.
    static let uncovered: Set<String> = [
        "schema_migrations", "change", "change_commit", "change_table",
        "voucher", "posting", "voucher_approval", "journal_head", "balance",
    ]

    /// As the SQLite file's 0013.
    static let schema: [String] = [
        """
        CREATE TABLE change(
            seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            tx BIGINT NOT NULL DEFAULT txid_current(),
            tbl TEXT NOT NULL,
            key TEXT NOT NULL,
            image TEXT)
        """,
        "CREATE INDEX change_by_transaction ON change(tx, seq)",
        """
        CREATE TABLE change_commit(
            seq BIGINT PRIMARY KEY CHECK(seq > 0),
            kind TEXT NOT NULL CHECK(kind IN ('baseline', 'write', 'schema')),
            at TEXT NOT NULL,
            tx BIGINT NOT NULL UNIQUE,
            last_change_seq BIGINT NOT NULL,
            change_count BIGINT NOT NULL CHECK(change_count >= 0),
            voucher_count BIGINT NOT NULL,
            voucher_hash TEXT NOT NULL CHECK(length(voucher_hash) = 64),
            hash TEXT NOT NULL CHECK(length(hash) = 64))
        """,
        """
        CREATE TABLE change_table(
            name TEXT PRIMARY KEY,
            columns TEXT NOT NULL,
            covered_at_change_seq BIGINT NOT NULL)
        """,
        """
        CREATE TRIGGER change_is_append_only BEFORE UPDATE OR DELETE ON change
        FOR EACH ROW EXECUTE FUNCTION gonghui_refuse('the change journal is append-only')
        """,
        """
        CREATE TRIGGER change_is_not_truncated BEFORE TRUNCATE ON change
        FOR EACH STATEMENT EXECUTE FUNCTION gonghui_refuse('the change journal is append-only')
        """,
        """
        CREATE TRIGGER change_commit_is_append_only BEFORE UPDATE OR DELETE ON change_commit
        FOR EACH ROW EXECUTE FUNCTION gonghui_refuse('the change journal is append-only')
        """,
        """
        CREATE TRIGGER change_commit_is_not_truncated BEFORE TRUNCATE ON change_commit
        FOR EACH STATEMENT EXECUTE FUNCTION gonghui_refuse('the change journal is append-only')
        """,
    ]

    struct Record {
        var seq: Int64
        var kind: String
        var at: String
        var tx: Int64
        var lastChange: Int64
        var changeCount: Int64
        var voucherCount: Int64
        var voucherHash: [UInt8]
        var hash: [UInt8]

        static let columns = "seq, kind, at, tx, last_change_seq, change_count, voucher_count, voucher_hash, hash"

        init(_ row: PostgresRowValues) throws {
            seq = try row.int("seq")
            kind = try row.text("kind")
            at = try row.text("at")
            tx = try row.int("tx")
            lastChange = try row.int("last_change_seq")
            changeCount = try row.int("change_count")
            voucherCount = try row.int("voucher_count")
            voucherHash = try HexBytes.decode(try row.text("voucher_hash"), row: "change_commit \(seq)")
            hash = try HexBytes.decode(try row.text("hash"), row: "change_commit \(seq)")
        }
    }

    static func lastRecord(_ session: PostgresSession) throws -> Record? {
        try session.query("SELECT \(Record.columns) FROM change_commit ORDER BY seq DESC LIMIT 1").first.map(Record.init)
    }

    static func voucherHead(_ session: PostgresSession) throws -> (count: Int64, hash: [UInt8]) {
        guard let row = try session.query("SELECT voucher_count, hash FROM journal_head WHERE id = 1").first else {
            return (0, JournalChain.genesis)
        }
        return (try row.int("voucher_count"), try HexBytes.decode(try row.text("hash"), row: "journal_head"))
    }

    /// How many changes a commit reads back per round trip.
    static let chunkSize = 5_000

    /// Links this transaction's changes (and the voucher head) into the chain, under the journal's
    /// lock. Nothing is written when the transaction wrote nothing, or when it changed no state
    /// row and the voucher head is where the last record left it. Runs once per transaction: a
    /// second call in the same transaction finds its record and returns.
    static func commit(_ session: PostgresSession, kind: String = "write", at: String) throws {
        // A transaction that wrote nothing has no transaction id yet: no lock, no record.
        guard let tx = try session.one("SELECT txid_current_if_assigned() AS tx").optionalInt("tx") else { return }
        guard try session.query("SELECT 1 AS one FROM change_commit WHERE tx = $1", [.integer(tx)]).isEmpty else { return }
        // Readers (SELECT) pass; other transactions' commits wait here until this one ends.
        try session.query("LOCK TABLE change_commit IN EXCLUSIVE MODE")
        let previous = try lastRecord(session)
        let summary = try session.one("SELECT count(*) AS n, COALESCE(max(seq), 0) AS last FROM change WHERE tx = $1", [.integer(tx)])
        let count = try summary.int("n"), lastChange = try summary.int("last")
        let vouchers = try voucherHead(session)
        if let previous, count == 0, previous.voucherCount == vouchers.count, previous.voucherHash == vouchers.hash { return }
        let seq = (previous?.seq ?? 0) + 1
        var link = ChangeLink(previous: previous?.hash ?? JournalChain.genesis)
        link.header(seq: seq, kind: kind, at: at, lastChange: lastChange, voucherCount: vouchers.count, voucherHash: vouchers.hash)
        try changes(of: tx, session) { seq, table, key, image in link.change(seq: seq, table: table, key: key, image: image) }
        try session.query("""
            INSERT INTO change_commit(\(Record.columns)) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            """, [.integer(seq), .text(kind), .text(at), .integer(tx), .integer(lastChange), .integer(count),
                  .integer(vouchers.count), .text(JournalChain.hex(vouchers.hash)), .text(JournalChain.hex(link.finish()))])
    }

    /// A transaction's changes in `seq` order, read in keyset chunks.
    static func changes(of tx: Int64, _ session: PostgresSession,
                        _ each: (_ seq: Int64, _ table: String, _ key: String, _ image: String?) throws -> Void) throws {
        var after: Int64 = 0
        while true {
            let rows = try session.query("""
                SELECT seq, tbl, key, image FROM change WHERE tx = $1 AND seq > $2 ORDER BY seq LIMIT \(chunkSize)
                """, [.integer(tx), .integer(after)])
            for row in rows {
                after = try row.int("seq")
                try each(after, try row.text("tbl"), try row.text("key"), try row.optionalText("image"))
            }
            if rows.count < chunkSize { return }
        }
    }

    /// After the migrations: covers every state table not yet covered (or whose columns a step
    /// changed) — its triggers, and an image of each of its rows — and records the first record
    /// (the baseline) or a schema record. In the migration's transaction.
    static func cover(_ session: PostgresSession, at: String) throws {
        let recorded = try Dictionary(session.query("SELECT name, columns FROM change_table").map {
            (try $0.text("name"), try $0.text("columns"))
        }, uniquingKeysWith: { first, _ in first })
        let triggers = try journalTriggers(session)
        for shape in try PostgresTableShape.all(session) where !uncovered.contains(shape.name) {
            if recorded[shape.name] == shape.signature && triggers[shape.name] == 3 { continue }
            try session.script(shape.createTriggers)
            if recorded[shape.name] != shape.signature {
                try session.query("""
                    INSERT INTO change(tbl, key, image)
                    SELECT \(shape.literalName), \(shape.keyExpression("r")), \(shape.imageExpression("r"))
                    FROM \(shape.quotedName) r ORDER BY \(shape.keyColumns.map { "r." + PostgresTableShape.quoted($0) }.joined(separator: ", "))
                    """)
                let last = try session.one("SELECT COALESCE(max(seq), 0) AS last FROM change").int("last")
                try session.query("""
                    INSERT INTO change_table(name, columns, covered_at_change_seq) VALUES ($1, $2, $3)
                    ON CONFLICT(name) DO UPDATE SET columns = excluded.columns, covered_at_change_seq = excluded.covered_at_change_seq
                    """, [.text(shape.name), .text(shape.signature), .integer(last)])
            }
        }
        let first = try session.one("SELECT count(*) AS n FROM change_commit").int("n") == 0
        try commit(session, kind: first ? "baseline" : "schema", at: at)
    }

    /// How many enabled journal triggers each table has.
    static func journalTriggers(_ session: PostgresSession) throws -> [String: Int64] {
        try Dictionary(session.query("""
            SELECT c.relname::text AS name, count(*) AS n FROM pg_trigger t
            JOIN pg_class c ON c.oid = t.tgrelid
            JOIN pg_namespace s ON s.oid = c.relnamespace AND s.nspname = current_schema()
            WHERE NOT t.tgisinternal AND t.tgname LIKE 'change\\_journal\\_%' AND t.tgenabled IN ('O', 'A')
            GROUP BY c.relname
            """).map { (try $0.text("name"), try $0.int("n")) }, uniquingKeysWith: { first, _ in first })
    }
}
