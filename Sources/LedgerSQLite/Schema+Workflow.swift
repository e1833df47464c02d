extension Schema {
    /// The voucher workflow (填制 → 审核 → 记账).
    ///
    /// Entered and reviewed vouchers wait in `voucher_draft`, outside the journal: they can be
    /// changed or deleted and count in no balance. Posting moves one into `voucher` (numbered, hashed)
    /// and keeps the draft row, marked with the voucher it became, as the trail. The approval record
    /// of a posted voucher sits in `voucher_approval` and in the hash chain (`chain_version` 2);
    /// `voucher.prepared_by` stays who posted it (记账), the approval names who entered it (制单).
    static let migration0004 = """
    ALTER TABLE voucher ADD COLUMN attachments INTEGER NOT NULL DEFAULT 0 CHECK(attachments >= 0);
    -- 1: vouchers hashed before attachments and approvals existed; 2: everything since.
    -- The restricted fund (专项) a voucher belongs to; '' for unrestricted money. Balances carry it.
    ALTER TABLE voucher ADD COLUMN fund TEXT NOT NULL DEFAULT '' CHECK(length(fund) <= 64);
    ALTER TABLE voucher ADD COLUMN chain_version INTEGER NOT NULL DEFAULT 1 CHECK(chain_version IN (1, 2));

    CREATE TABLE voucher_approval(
        voucher_id INTEGER PRIMARY KEY,
        prepared_by TEXT NOT NULL CHECK(length(prepared_by) > 0),
        reviewed_by TEXT NOT NULL CHECK(length(reviewed_by) > 0),
        reviewed_at TEXT NOT NULL,
        single_operator INTEGER NOT NULL CHECK(single_operator IN (0, 1)),
        signoff_by TEXT NOT NULL DEFAULT '',
        signoff_date TEXT NOT NULL DEFAULT '',
        decision_ref TEXT NOT NULL DEFAULT '',
        decision_date TEXT NOT NULL DEFAULT '',
        CHECK(single_operator = 1 OR reviewed_by <> prepared_by)
    ) STRICT;
    CREATE TRIGGER voucher_approval_is_immutable_update BEFORE UPDATE ON voucher_approval
    BEGIN SELECT RAISE(ABORT, 'approvals of posted vouchers are immutable'); END;
    CREATE TRIGGER voucher_approval_is_immutable_delete BEFORE DELETE ON voucher_approval
    BEGIN SELECT RAISE(ABORT, 'approvals of posted vouchers are immutable'); END;

    CREATE TABLE voucher_draft(
        id INTEGER PRIMARY KEY,
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
    CREATE INDEX voucher_draft_unposted ON voucher_draft(org_id, ordinal) WHERE posted_voucher_id IS NULL;
    CREATE TABLE voucher_draft_line(
        draft_id INTEGER NOT NULL REFERENCES voucher_draft(id) ON DELETE CASCADE,
        line INTEGER NOT NULL CHECK(line > 0),
        account_code TEXT NOT NULL,
        side TEXT NOT NULL CHECK(side IN ('D','C')),
        amount_fen INTEGER NOT NULL CHECK(amount_fen > 0),
        memo TEXT NOT NULL DEFAULT '',
        PRIMARY KEY(draft_id, line)
    ) STRICT, WITHOUT ROWID;
    -- A posted draft is the trail of its voucher: it stays as it was.
    CREATE TRIGGER voucher_draft_posted_update BEFORE UPDATE ON voucher_draft WHEN OLD.posted_voucher_id IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'a posted draft cannot be changed'); END;
    CREATE TRIGGER voucher_draft_posted_delete BEFORE DELETE ON voucher_draft WHEN OLD.posted_voucher_id IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'a posted draft cannot be deleted'); END;
    """
}
