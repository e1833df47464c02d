/// Migration 0016: a deleted draft's number is never given to another draft.
///
/// SQLite gives a new row the largest key + 1, so deleting the newest draft (作废) handed its number
/// to the next one: the event log's "草稿 2 作废" and a later, different 草稿 2 named two drafts
/// (PostgreSQL's identity never went back). AUTOINCREMENT keeps the largest number ever given in
/// sqlite_sequence. SQLite cannot add it to a table, so the table is rebuilt, rows and numbers
/// kept, as SQLite's ALTER TABLE procedure describes (foreign keys are off while steps run).
extension Schema {
    static let migration0016 = """
    CREATE TABLE voucher_draft_v2(
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        org_id INTEGER NOT NULL REFERENCES organisation(id),
        date TEXT NOT NULL CHECK(date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        ordinal INTEGER NOT NULL,
        summary TEXT NOT NULL CHECK(length(summary) > 0),
        attachments INTEGER NOT NULL DEFAULT 0 CHECK(attachments >= 0),
        fund TEXT NOT NULL DEFAULT '' CHECK(length(fund) <= 64),
        prepared_by TEXT NOT NULL CHECK(length(prepared_by) > 0),
        prepared_at TEXT NOT NULL,
        reviewed_by TEXT,
        reviewed_at TEXT,
        single_operator INTEGER NOT NULL DEFAULT 0 CHECK(single_operator IN (0, 1)),
        signoff_by TEXT NOT NULL DEFAULT '',
        signoff_date TEXT NOT NULL DEFAULT '',
        decision_ref TEXT NOT NULL DEFAULT '',
        decision_date TEXT NOT NULL DEFAULT '',
        posted_voucher_id INTEGER REFERENCES voucher(id),
        CHECK((reviewed_by IS NULL) = (reviewed_at IS NULL)),
        CHECK(posted_voucher_id IS NULL OR reviewed_by IS NOT NULL)
    ) STRICT;
    INSERT INTO voucher_draft_v2(id, org_id, date, ordinal, summary, attachments, fund, prepared_by, prepared_at,
                                 reviewed_by, reviewed_at, single_operator, signoff_by, signoff_date, decision_ref,
                                 decision_date, posted_voucher_id)
    SELECT id, org_id, date, ordinal, summary, attachments, fund, prepared_by, prepared_at,
           reviewed_by, reviewed_at, single_operator, signoff_by, signoff_date, decision_ref,
           decision_date, posted_voucher_id
    FROM voucher_draft ORDER BY id;
    DROP TABLE voucher_draft;
    ALTER TABLE voucher_draft_v2 RENAME TO voucher_draft;
    CREATE INDEX voucher_draft_unposted ON voucher_draft(org_id, ordinal) WHERE posted_voucher_id IS NULL;
    -- A posted draft is the trail of its voucher: it stays as it was.
    CREATE TRIGGER voucher_draft_posted_update BEFORE UPDATE ON voucher_draft WHEN OLD.posted_voucher_id IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'a posted draft cannot be changed'); END;
    CREATE TRIGGER voucher_draft_posted_delete BEFORE DELETE ON voucher_draft WHEN OLD.posted_voucher_id IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'a posted draft cannot be deleted'); END;
    """
}
