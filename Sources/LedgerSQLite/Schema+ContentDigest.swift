extension Schema {
    /// Imports recognised by their content (`RecordDigest`) rather than their bytes: one row per
    /// import that wrote something. `org_id` is NULL for the store-wide registers (units, payroll,
    /// receipts). Older rows of `import_log`/`register_import` keep matching by file bytes.
    static let migration0012 = """
    CREATE TABLE import_content(
        id INTEGER PRIMARY KEY,
        org_id INTEGER REFERENCES organisation(id),
        kind TEXT NOT NULL CHECK(length(kind) > 0),
        content_sha256 TEXT NOT NULL CHECK(length(content_sha256) = 64),
        file_name TEXT NOT NULL,
        row_count INTEGER NOT NULL CHECK(row_count >= 0),
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX import_content_once ON import_content(coalesce(org_id, 0), kind, content_sha256);
    """
}
