/// The change journal (migration 0012): every state table's row images, hash-chained in commit
/// records that also carry the voucher chain's head. Triggers on each state table are installed
/// by `ChangeJournal.coverTables` after the migrations, so tables created by later migrations (of
/// any module) are covered too.
extension Schema {
    static let migration0013 = """
    -- One row per insert, update or delete of a state table, written by that table's triggers.
    -- key: the row's primary key as a JSON array; image: the whole row as a JSON array, NULL when
    -- the row was deleted.
    CREATE TABLE change(
        seq INTEGER PRIMARY KEY,
        tbl TEXT NOT NULL,
        key TEXT NOT NULL,
        image TEXT
    ) STRICT;

    -- One row per write transaction: the changes (last_change_seq after the previous record's),
    -- the voucher chain's head at that commit, and the link sha256(previous ‖ this record).
    CREATE TABLE change_commit(
        seq INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK(kind IN ('baseline', 'write', 'schema')),
        at TEXT NOT NULL,
        last_change_seq INTEGER NOT NULL,
        voucher_count INTEGER NOT NULL,
        voucher_hash BLOB NOT NULL CHECK(length(voucher_hash) = 32),
        hash BLOB NOT NULL CHECK(length(hash) = 32)
    ) STRICT;

    -- The tables the journal covers and the columns their images were taken with.
    CREATE TABLE change_table(
        name TEXT PRIMARY KEY,
        columns TEXT NOT NULL,
        covered_at_change_seq INTEGER NOT NULL
    ) STRICT;

    CREATE TRIGGER change_is_append_only_update BEFORE UPDATE ON change
    BEGIN SELECT RAISE(ABORT, 'the change journal is append-only'); END;
    CREATE TRIGGER change_is_append_only_delete BEFORE DELETE ON change
    BEGIN SELECT RAISE(ABORT, 'the change journal is append-only'); END;
    CREATE TRIGGER change_commit_is_append_only_update BEFORE UPDATE ON change_commit
    BEGIN SELECT RAISE(ABORT, 'the change journal is append-only'); END;
    CREATE TRIGGER change_commit_is_append_only_delete BEFORE DELETE ON change_commit
    BEGIN SELECT RAISE(ABORT, 'the change journal is append-only'); END;
    """
}
