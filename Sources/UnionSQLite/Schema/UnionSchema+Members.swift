extension UnionSchema {
    /// The member register, its dated status and wage base, dues assessed and paid, and the
    /// employee counts the membership statistics divide by.
    ///
    /// A full national ID is never stored: `member.id_hash` is its HMAC-SHA256 under the key in
    /// `member_id_key` (or one from the environment, of which only a fingerprint is kept), and
    /// `id_masked` hides the birth date (CHECK: the mask's shape, so no full number fits).
    static let migration0005 = """
    CREATE TABLE member_id_key(
        id INTEGER PRIMARY KEY CHECK(id = 1),
        source TEXT NOT NULL CHECK(source IN ('file', 'environment')),
        secret BLOB CHECK(secret IS NULL OR length(secret) = 32),
        fingerprint BLOB NOT NULL CHECK(length(fingerprint) = 32),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        CHECK((source = 'file') = (secret IS NOT NULL))
    ) STRICT;

    CREATE TABLE member(
        id INTEGER PRIMARY KEY,
        member_no TEXT NOT NULL UNIQUE CHECK(length(member_no) BETWEEN 1 AND 32),
        name TEXT NOT NULL CHECK(length(name) > 0),
        id_hash BLOB CHECK(id_hash IS NULL OR length(id_hash) = 32),
        id_masked TEXT NOT NULL DEFAULT ''
            CHECK(id_masked = '' OR id_masked GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][*][*][*][*][*][*][*][*][0-9][0-9][0-9][0-9X]'),
        id_legacy INTEGER NOT NULL DEFAULT 0 CHECK(id_legacy IN (0, 1)),
        unit_id INTEGER NOT NULL REFERENCES organisation(id),
        department TEXT NOT NULL DEFAULT '',
        join_date TEXT NOT NULL CHECK(join_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        employment_type TEXT NOT NULL
            CHECK(employment_type IN ('contract', 'dispatched', 'migrant', 'part-time', 'flexible', 'other')),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        CHECK((id_hash IS NULL) = (id_masked = ''))
    ) STRICT;
    CREATE INDEX member_by_unit ON member(unit_id);
    CREATE INDEX member_by_id_hash ON member(id_hash) WHERE id_hash IS NOT NULL;

    -- Status and wage base from a month on: the latest row at or before a month applies.
    CREATE TABLE member_state(
        member_id INTEGER NOT NULL REFERENCES member(id),
        from_ordinal INTEGER NOT NULL,
        status TEXT NOT NULL CHECK(status IN ('active', 'retained-exempt', 'withdrawn', 'transferred-out')),
        wage_fen INTEGER NOT NULL CHECK(wage_fen >= 0),
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        PRIMARY KEY(member_id, from_ordinal)
    ) STRICT, WITHOUT ROWID;

    -- What each import changed, IDs masked.
    CREATE TABLE member_change(
        id INTEGER PRIMARY KEY,
        member_id INTEGER NOT NULL REFERENCES member(id),
        field TEXT NOT NULL,
        old_value TEXT NOT NULL,
        new_value TEXT NOT NULL,
        effective TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL,
        at TEXT NOT NULL,
        by TEXT NOT NULL
    ) STRICT;

    -- Employees per unit from a month on, from `org set --employees` ('declared'). The statistics
    -- prefer the payroll declarations' headcount (payroll_declaration, migration 0006) from the
    -- month declared; 'payroll' rows are for headcounts reported some other way.
    CREATE TABLE unit_headcount(
        org_id INTEGER NOT NULL REFERENCES organisation(id),
        from_ordinal INTEGER NOT NULL,
        source TEXT NOT NULL CHECK(source IN ('declared', 'payroll')),
        employees INTEGER NOT NULL CHECK(employees >= 0),
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        PRIMARY KEY(org_id, from_ordinal, source)
    ) STRICT, WITHOUT ROWID;

    -- Dues per member and month. Assessment posts nothing (the books are on a cash basis);
    -- payments post 借 银行存款/库存现金 贷 会费收入 and point at their voucher.
    CREATE TABLE dues_assessment(
        member_id INTEGER NOT NULL REFERENCES member(id),
        ordinal INTEGER NOT NULL,
        org_id INTEGER NOT NULL REFERENCES organisation(id),
        base_fen INTEGER NOT NULL CHECK(base_fen >= 0),
        amount_fen INTEGER NOT NULL CHECK(amount_fen >= 0),
        exempt INTEGER NOT NULL CHECK(exempt IN (0, 1)),
        assessed_at TEXT NOT NULL,
        assessed_by TEXT NOT NULL,
        PRIMARY KEY(member_id, ordinal),
        CHECK(exempt = 0 OR amount_fen = 0)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX dues_assessment_by_books ON dues_assessment(org_id, ordinal);

    CREATE TABLE dues_payment(
        id INTEGER PRIMARY KEY,
        member_id INTEGER NOT NULL,
        ordinal INTEGER NOT NULL,
        amount_fen INTEGER NOT NULL CHECK(amount_fen > 0),
        paid_on TEXT NOT NULL CHECK(paid_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        method TEXT NOT NULL CHECK(method IN ('payroll', 'bank', 'cash')),
        voucher_id INTEGER NOT NULL REFERENCES voucher(id),
        FOREIGN KEY(member_id, ordinal) REFERENCES dues_assessment(member_id, ordinal)
    ) STRICT;
    CREATE INDEX dues_payment_by_member ON dues_payment(member_id, ordinal);
    """
}
