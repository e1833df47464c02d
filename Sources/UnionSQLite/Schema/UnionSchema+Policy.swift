extension UnionSchema {
    /// The policy the books are kept under. Every change is a new row (history kept; the latest
    /// row is in force), so past allocations can be explained by the rules of their day.
    static let migration0003 = """
    CREATE TABLE policy(
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK(length(name) > 0),
        source TEXT NOT NULL,
        document BLOB NOT NULL,
        sha256 TEXT NOT NULL CHECK(length(sha256) = 64),
        set_at TEXT NOT NULL,
        set_by TEXT NOT NULL
    ) STRICT;
    CREATE TRIGGER policy_is_history_update BEFORE UPDATE ON policy
    BEGIN SELECT RAISE(ABORT, 'policy rows are history and cannot be changed'); END;
    CREATE TRIGGER policy_is_history_delete BEFORE DELETE ON policy
    BEGIN SELECT RAISE(ABORT, 'policy rows are history and cannot be deleted'); END;
    """
}
