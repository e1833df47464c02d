extension Schema {
    /// The dimensions of a posting (issue 9): the budget line an amount is charged to (预算项目) and
    /// the counterparty organisation (往来单位), NULL when none, on postings and on draft lines.
    /// They are hashed with their voucher from journal chain version 3 on.
    ///
    /// `voucher.chain_version` was added (0004) with `CHECK(chain_version IN (1, 2))`; SQLite cannot
    /// alter a CHECK, so the table is rebuilt with the same columns, indexes and triggers, allowing
    /// 3 (SQLite's documented procedure: foreign keys are off during a migration and checked
    /// before it commits). Its rows keep their ids, so the chain and every reference still hold.
    /// The kind and version CHECKs are written as comparisons, not `IN` lists (see the comment).
    static let migration0008 = """
    ALTER TABLE posting ADD COLUMN budget_line TEXT
        CHECK(budget_line IS NULL OR length(budget_line) BETWEEN 1 AND 64);
    ALTER TABLE posting ADD COLUMN counterparty TEXT
        CHECK(counterparty IS NULL OR length(counterparty) BETWEEN 1 AND 32);
    -- Partial: postings without the dimension cost an import nothing. Budget control reads a
    -- line's spending so far through it, inside the posting transaction.
    CREATE INDEX posting_by_budget_line ON posting(budget_line) WHERE budget_line IS NOT NULL;
    CREATE INDEX posting_by_counterparty ON posting(counterparty) WHERE counterparty IS NOT NULL;

    ALTER TABLE voucher_draft_line ADD COLUMN budget_line TEXT
        CHECK(budget_line IS NULL OR length(budget_line) BETWEEN 1 AND 64);
    ALTER TABLE voucher_draft_line ADD COLUMN counterparty TEXT
        CHECK(counterparty IS NULL OR length(counterparty) BETWEEN 1 AND 32);

    CREATE TABLE voucher_v3(
        id INTEGER PRIMARY KEY,
        org_id INTEGER NOT NULL REFERENCES organisation(id),
        date TEXT NOT NULL CHECK(date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        ordinal INTEGER NOT NULL,
        number INTEGER NOT NULL CHECK(number > 0),
        summary TEXT NOT NULL CHECK(length(summary) > 0),
        -- Written out rather than `IN (…)`: SQLite evaluates an IN list of three or more values
        -- through a temporary b-tree built for every row, which cost a bulk import about 8%.
        kind TEXT NOT NULL CHECK(kind = 'normal' OR kind = 'reversal' OR kind = 'closing' OR kind = 'opening'),
        reverses_id INTEGER REFERENCES voucher(id),
        total_fen INTEGER NOT NULL,
        prepared_by TEXT NOT NULL,
        posted_at TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        external_ref TEXT NOT NULL DEFAULT '',
        import_id INTEGER REFERENCES import_log(id),
        hash BLOB NOT NULL CHECK(length(hash) = 32),
        attachments INTEGER NOT NULL DEFAULT 0 CHECK(attachments >= 0),
        fund TEXT NOT NULL DEFAULT '' CHECK(length(fund) <= 64),
        -- 1: hashed before attachments and approvals; 2: with them; 3: with posting dimensions.
        chain_version INTEGER NOT NULL DEFAULT 1 CHECK(chain_version BETWEEN 1 AND 3),
        UNIQUE(org_id, ordinal, number),
        CHECK((kind = 'reversal') = (reverses_id IS NOT NULL))
    ) STRICT;
    INSERT INTO voucher_v3(id, org_id, date, ordinal, number, summary, kind, reverses_id, total_fen, prepared_by,
                           posted_at, source, external_ref, import_id, hash, attachments, fund, chain_version)
    SELECT id, org_id, date, ordinal, number, summary, kind, reverses_id, total_fen, prepared_by,
           posted_at, source, external_ref, import_id, hash, attachments, fund, chain_version
    FROM voucher;
    DROP TABLE voucher;
    ALTER TABLE voucher_v3 RENAME TO voucher;
    CREATE UNIQUE INDEX voucher_reversed_once ON voucher(reverses_id) WHERE reverses_id IS NOT NULL;
    CREATE TRIGGER voucher_is_immutable_update BEFORE UPDATE ON voucher
    BEGIN SELECT RAISE(ABORT, 'posted vouchers are immutable; correct by red-ink reversal'); END;
    CREATE TRIGGER voucher_is_immutable_delete BEFORE DELETE ON voucher
    BEGIN SELECT RAISE(ABORT, 'posted vouchers are immutable; correct by red-ink reversal'); END;
    """
}
