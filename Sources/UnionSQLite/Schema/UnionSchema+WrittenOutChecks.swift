/// The three registers a federation fills by the hundred thousand a year (declarations,
/// allocations, receipts) rebuilt with their `IN (…)` checks written out as comparisons, as the
/// voucher table's were in 0008: SQLite evaluates an IN list of three or more values through a
/// temporary b-tree built and cleared for every row, which was about a third of SQLite's cost of
/// inserting a declaration (600,000 rows: 3.2 → 2.0 s of CPU without the change journal's
/// trigger, 4.9 → 3.8 s with it). Same columns, keys, values and indexes; SQLite's procedure for
/// changing a table (foreign keys off, copy, drop, rename, foreign keys checked). The change
/// journal's triggers go with the old tables and are put back by `coverTables` after the
/// migration; the columns are the same, so no new images are taken.
extension UnionSchema {
    static let migration0017 = """
    CREATE TABLE payroll_declaration_v2(
        id INTEGER PRIMARY KEY,
        unit_id INTEGER NOT NULL REFERENCES organisation(id),
        month INTEGER NOT NULL CHECK(month > 0),
        revision INTEGER NOT NULL CHECK(revision >= 1),
        headcount INTEGER NOT NULL CHECK(headcount >= 0),
        wage_total_fen INTEGER NOT NULL CHECK(wage_total_fen >= 0),
        channel TEXT NOT NULL
            CHECK(channel = 'self' OR channel = 'tax-40' OR channel = 'tax-full' OR channel = 'fiscal' OR channel = 'prep'),
        import_id INTEGER NOT NULL REFERENCES register_import(id),
        line INTEGER NOT NULL,
        UNIQUE(unit_id, month, revision)
    ) STRICT;
    INSERT INTO payroll_declaration_v2(id, unit_id, month, revision, headcount, wage_total_fen, channel, import_id, line)
    SELECT id, unit_id, month, revision, headcount, wage_total_fen, channel, import_id, line FROM payroll_declaration;
    DROP TABLE payroll_declaration;
    ALTER TABLE payroll_declaration_v2 RENAME TO payroll_declaration;
    CREATE INDEX payroll_declaration_by_month ON payroll_declaration(month, unit_id);

    CREATE TABLE allocation_v2(
        declaration_id INTEGER PRIMARY KEY REFERENCES payroll_declaration(id),
        unit_id INTEGER NOT NULL,
        month INTEGER NOT NULL,
        channel TEXT NOT NULL
            CHECK(channel = 'self' OR channel = 'tax-40' OR channel = 'tax-full' OR channel = 'fiscal' OR channel = 'prep'),
        due_date TEXT NOT NULL CHECK(length(due_date) = 10),
        collector_id INTEGER,
        due_fen INTEGER NOT NULL,
        retained_fen INTEGER NOT NULL,
        upward_fen INTEGER NOT NULL,
        collector_fen INTEGER NOT NULL,
        above_fen INTEGER NOT NULL,
        receivable_fen INTEGER NOT NULL,
        run_id INTEGER NOT NULL REFERENCES allocation_run(id),
        CHECK(retained_fen + upward_fen = due_fen),
        CHECK(collector_fen + above_fen = upward_fen)
    ) STRICT;
    INSERT INTO allocation_v2(declaration_id, unit_id, month, channel, due_date, collector_id, due_fen, retained_fen,
                              upward_fen, collector_fen, above_fen, receivable_fen, run_id)
    SELECT declaration_id, unit_id, month, channel, due_date, collector_id, due_fen, retained_fen,
           upward_fen, collector_fen, above_fen, receivable_fen, run_id FROM allocation;
    DROP TABLE allocation;
    ALTER TABLE allocation_v2 RENAME TO allocation;
    CREATE INDEX allocation_by_unit ON allocation(unit_id, month);

    CREATE TABLE remittance_v2(
        id INTEGER PRIMARY KEY,
        unit_id INTEGER NOT NULL REFERENCES organisation(id),
        date TEXT NOT NULL CHECK(date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        amount_fen INTEGER NOT NULL CHECK(amount_fen > 0),
        month INTEGER,
        payer TEXT NOT NULL CHECK(payer = 'unit' OR payer = 'tax' OR payer = 'fiscal'),
        ref TEXT NOT NULL DEFAULT '',
        -- the retained share passed down to the unit with this receipt (tax-full, fiscal)
        returned_fen INTEGER NOT NULL DEFAULT 0 CHECK(returned_fen >= 0),
        source TEXT NOT NULL DEFAULT '',
        import_id INTEGER REFERENCES register_import(id),
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
    ) STRICT;
    INSERT INTO remittance_v2(id, unit_id, date, amount_fen, month, payer, ref, returned_fen, source, import_id, recorded_at, recorded_by)
    SELECT id, unit_id, date, amount_fen, month, payer, ref, returned_fen, source, import_id, recorded_at, recorded_by FROM remittance;
    DROP TABLE remittance;
    ALTER TABLE remittance_v2 RENAME TO remittance;
    CREATE INDEX remittance_by_unit ON remittance(unit_id, date);
    CREATE UNIQUE INDEX remittance_ref_once ON remittance(unit_id, ref) WHERE ref <> '';
    """
}
