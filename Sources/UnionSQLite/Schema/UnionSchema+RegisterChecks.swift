/// The registers filled row by row by the other imports (units, members and their states, dues
/// payments) rebuilt with their `IN (…)` checks written out as comparisons, as 0017 did for the
/// federation's registers: SQLite 3.40 evaluates an IN list of three or more values through a
/// temporary b-tree built and cleared for every row. That was over half of `org import`'s work
/// (50,000 units: 8.8 G instructions, of which SQLite's inserts 4.4 G). Same columns, keys, values
/// and indexes; SQLite's procedure for changing a table (foreign keys off, copy, drop, rename,
/// foreign keys checked, in `Schema.migrate`). The change journal's triggers go with the old
/// tables and are put back by `coverTables`; the columns are the same, so no new images are taken.
extension UnionSchema {
    static let migration0024 = """
    CREATE TABLE organisation_v2(
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE CHECK(length(code) BETWEEN 1 AND 32),
        name TEXT NOT NULL CHECK(length(name) > 0),
        kind TEXT NOT NULL CHECK(length(kind) > 0),
        first_period INTEGER NOT NULL CHECK(first_period > 0),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        parent_id INTEGER REFERENCES organisation(id),
        bank_name TEXT NOT NULL DEFAULT '',
        bank_account TEXT NOT NULL DEFAULT '',
        channel TEXT NOT NULL DEFAULT 'self'
            CHECK(channel = 'self' OR channel = 'tax-40' OR channel = 'tax-full' OR channel = 'fiscal' OR channel = 'prep')
    ) STRICT;
    INSERT INTO organisation_v2(id, code, name, kind, first_period, created_at, created_by, parent_id, bank_name, bank_account, channel)
    SELECT id, code, name, kind, first_period, created_at, created_by, parent_id, bank_name, bank_account, channel FROM organisation;
    DROP TABLE organisation;
    ALTER TABLE organisation_v2 RENAME TO organisation;

    CREATE TABLE member_v2(
        id INTEGER PRIMARY KEY,
        member_no TEXT NOT NULL UNIQUE CHECK(length(member_no) BETWEEN 1 AND 32),
        name TEXT NOT NULL CHECK(length(name) > 0),
        id_hash BLOB CHECK(id_hash IS NULL OR length(id_hash) = 32),
        id_masked TEXT NOT NULL DEFAULT ''
            CHECK(id_masked = '' OR id_masked GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][*][*][*][*][*][*][*][*][0-9][0-9][0-9][0-9X]'),
        id_legacy INTEGER NOT NULL DEFAULT 0 CHECK(id_legacy = 0 OR id_legacy = 1),
        unit_id INTEGER NOT NULL REFERENCES organisation(id),
        department TEXT NOT NULL DEFAULT '',
        join_date TEXT NOT NULL CHECK(join_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        employment_type TEXT NOT NULL
            CHECK(employment_type = 'contract' OR employment_type = 'dispatched' OR employment_type = 'migrant'
                  OR employment_type = 'part-time' OR employment_type = 'flexible' OR employment_type = 'other'),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        CHECK((id_hash IS NULL) = (id_masked = ''))
    ) STRICT;
    INSERT INTO member_v2(id, member_no, name, id_hash, id_masked, id_legacy, unit_id, department, join_date, employment_type,
                          created_at, created_by)
    SELECT id, member_no, name, id_hash, id_masked, id_legacy, unit_id, department, join_date, employment_type,
           created_at, created_by FROM member;
    DROP TABLE member;
    ALTER TABLE member_v2 RENAME TO member;
    CREATE INDEX member_by_id_hash ON member(id_hash) WHERE id_hash IS NOT NULL;
    CREATE INDEX member_by_unit_number ON member(unit_id, member_no);

    CREATE TABLE member_state_v2(
        member_id INTEGER NOT NULL REFERENCES member(id),
        from_ordinal INTEGER NOT NULL,
        status TEXT NOT NULL
            CHECK(status = 'active' OR status = 'retained-exempt' OR status = 'withdrawn' OR status = 'transferred-out'),
        wage_fen INTEGER NOT NULL CHECK(wage_fen >= 0),
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        PRIMARY KEY(member_id, from_ordinal)
    ) STRICT, WITHOUT ROWID;
    INSERT INTO member_state_v2(member_id, from_ordinal, status, wage_fen, recorded_at, recorded_by)
    SELECT member_id, from_ordinal, status, wage_fen, recorded_at, recorded_by FROM member_state;
    DROP TABLE member_state;
    ALTER TABLE member_state_v2 RENAME TO member_state;

    CREATE TABLE dues_payment_v2(
        id INTEGER PRIMARY KEY,
        member_id INTEGER NOT NULL,
        ordinal INTEGER NOT NULL,
        amount_fen INTEGER NOT NULL CHECK(amount_fen > 0),
        paid_on TEXT NOT NULL CHECK(paid_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        method TEXT NOT NULL CHECK(method = 'payroll' OR method = 'bank' OR method = 'cash'),
        voucher_id INTEGER NOT NULL REFERENCES voucher(id),
        org_id INTEGER NOT NULL DEFAULT 0,
        FOREIGN KEY(member_id, ordinal) REFERENCES dues_assessment(member_id, ordinal)
    ) STRICT;
    INSERT INTO dues_payment_v2(id, member_id, ordinal, amount_fen, paid_on, method, voucher_id, org_id)
    SELECT id, member_id, ordinal, amount_fen, paid_on, method, voucher_id, org_id FROM dues_payment;
    DROP TABLE dues_payment;
    ALTER TABLE dues_payment_v2 RENAME TO dues_payment;
    CREATE INDEX dues_payment_by_member ON dues_payment(member_id, ordinal);
    CREATE INDEX dues_payment_by_books ON dues_payment(org_id, ordinal);
    """
}
