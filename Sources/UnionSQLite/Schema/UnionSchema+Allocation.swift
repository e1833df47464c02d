/// The federation's registers for the 2% allocation (issue 4): payroll declarations as filed,
/// the allocations posted from them, receipts from units or the tax office, and enforcement
/// status. The books themselves only ever change through the posting path; these tables say
/// which unit and month each voucher was for, so arrears are read without scanning postings.
extension UnionSchema {
    static let migration0006 = """
    -- One row per imported register file (units, payroll, receipts): the same file twice is a no-op.
    CREATE TABLE register_import(
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK(kind IN ('unit','payroll','remittance')),
        file_name TEXT NOT NULL,
        file_sha256 TEXT NOT NULL CHECK(length(file_sha256) = 64),
        row_count INTEGER NOT NULL CHECK(row_count >= 0),
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL,
        UNIQUE(kind, file_sha256)
    ) STRICT;

    -- A unit's payroll for a month (所属期) as declared. A later declaration with other figures is
    -- a new revision; the latest revision counts, and allocate posts the difference. Who imported
    -- it and when are on its register_import row (rows stay narrow: a federation files 600k a year).
    CREATE TABLE payroll_declaration(
        id INTEGER PRIMARY KEY,
        unit_id INTEGER NOT NULL REFERENCES organisation(id),
        month INTEGER NOT NULL CHECK(month > 0),
        revision INTEGER NOT NULL CHECK(revision >= 1),
        headcount INTEGER NOT NULL CHECK(headcount >= 0),
        wage_total_fen INTEGER NOT NULL CHECK(wage_total_fen >= 0),
        channel TEXT NOT NULL CHECK(channel IN ('self','tax-40','tax-full','fiscal','prep')),
        import_id INTEGER NOT NULL REFERENCES register_import(id),
        line INTEGER NOT NULL,
        UNIQUE(unit_id, month, revision)
    ) STRICT;
    CREATE INDEX payroll_declaration_by_month ON payroll_declaration(month, unit_id);

    -- One run of allocate: when and by whom.
    CREATE TABLE allocation_run(
        id INTEGER PRIMARY KEY,
        month INTEGER NOT NULL,
        run_at TEXT NOT NULL,
        run_by TEXT NOT NULL
    ) STRICT;

    -- What allocate posted for one declaration revision (keyed by it): the whole split for the
    -- first revision, the differences for a later one (an adjusting voucher, never an edit).
    -- The payer follows from the channel: self and prep the unit, tax-40 and tax-full the tax
    -- office, fiscal the budget.
    CREATE TABLE allocation(
        declaration_id INTEGER PRIMARY KEY REFERENCES payroll_declaration(id),
        unit_id INTEGER NOT NULL,
        month INTEGER NOT NULL,
        channel TEXT NOT NULL CHECK(channel IN ('self','tax-40','tax-full','fiscal','prep')),
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
    CREATE INDEX allocation_by_unit ON allocation(unit_id, month);

    -- Money received from a unit (or for it, from the tax office or the budget).
    CREATE TABLE remittance(
        id INTEGER PRIMARY KEY,
        unit_id INTEGER NOT NULL REFERENCES organisation(id),
        date TEXT NOT NULL CHECK(date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        amount_fen INTEGER NOT NULL CHECK(amount_fen > 0),
        month INTEGER,
        payer TEXT NOT NULL CHECK(payer IN ('unit','tax','fiscal')),
        ref TEXT NOT NULL DEFAULT '',
        -- the retained share passed down to the unit with this receipt (tax-full, fiscal)
        returned_fen INTEGER NOT NULL DEFAULT 0 CHECK(returned_fen >= 0),
        source TEXT NOT NULL DEFAULT '',
        import_id INTEGER REFERENCES register_import(id),
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
    ) STRICT;
    CREATE INDEX remittance_by_unit ON remittance(unit_id, date);
    CREATE UNIQUE INDEX remittance_ref_once ON remittance(unit_id, ref) WHERE ref <> '';

    -- 筹备金 refunded to a union formed by an employer that paid the preparatory fund.
    CREATE TABLE preparatory_refund(
        id INTEGER PRIMARY KEY,
        unit_id INTEGER NOT NULL UNIQUE REFERENCES organisation(id),
        date TEXT NOT NULL,
        amount_fen INTEGER NOT NULL CHECK(amount_fen >= 0),
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
    ) STRICT;

    -- Enforcement of arrears (工会法 art. 44): history kept, the latest row per unit counts.
    CREATE TABLE arrears_status(
        id INTEGER PRIMARY KEY,
        unit_id INTEGER NOT NULL REFERENCES organisation(id),
        status TEXT NOT NULL CHECK(status IN ('none','notice','payment-order','enforced')),
        date TEXT NOT NULL,
        set_at TEXT NOT NULL,
        set_by TEXT NOT NULL
    ) STRICT;
    CREATE INDEX arrears_status_by_unit ON arrears_status(unit_id, id);
    """

    /// 筹备金 refunds become events: the refund on formation, then one for each later receipt that
    /// pays a month before formation (the new amount only), so `unit_id` is no longer unique.
    /// SQLite cannot drop a UNIQUE constraint, so the table is rebuilt with its rows.
    static let migration0011 = """
    CREATE TABLE preparatory_refund_events(
        id INTEGER PRIMARY KEY,
        unit_id INTEGER NOT NULL REFERENCES organisation(id),
        date TEXT NOT NULL CHECK(date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        amount_fen INTEGER NOT NULL CHECK(amount_fen >= 0),
        -- the receipt whose money this refund returns; NULL for the refund on formation (or by hand)
        receipt_id INTEGER UNIQUE REFERENCES remittance(id),
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
    ) STRICT;
    INSERT INTO preparatory_refund_events(id, unit_id, date, amount_fen, recorded_at, recorded_by)
        SELECT id, unit_id, date, amount_fen, recorded_at, recorded_by FROM preparatory_refund;
    DROP TABLE preparatory_refund;
    ALTER TABLE preparatory_refund_events RENAME TO preparatory_refund;
    CREATE INDEX preparatory_refund_by_unit ON preparatory_refund(unit_id, date);
    """
}
