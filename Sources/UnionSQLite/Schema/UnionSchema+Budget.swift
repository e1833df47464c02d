extension UnionSchema {
    /// Budgets (预算), their approval steps and the final accounts (决算) prepared from the books.
    /// An approved version or final-accounts revision is immutable: triggers refuse changing or
    /// deleting it and its lines, and approval steps are never changed once recorded. The union
    /// module reads and writes these through `SQLiteBudgetStore` (UnionSQLite).
    static let migration0009 = """
    CREATE TABLE budget_version(
        id INTEGER PRIMARY KEY,
        org_id INTEGER NOT NULL REFERENCES organisation(id),
        year INTEGER NOT NULL CHECK(year BETWEEN 1900 AND 9999),
        number INTEGER NOT NULL CHECK(number >= 0),          -- 0 年初预算, n 第 n 次调整
        reason TEXT NOT NULL DEFAULT '' CHECK(number = 0 OR length(reason) > 0),
        carried_forward_fen INTEGER NOT NULL,
        status TEXT NOT NULL DEFAULT 'draft' CHECK(status IN ('draft','approved')),
        source TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        UNIQUE(org_id, year, number)
    ) STRICT;

    CREATE TABLE budget_line(
        version_id INTEGER NOT NULL REFERENCES budget_version(id),
        line INTEGER NOT NULL CHECK(line > 0),
        account TEXT NOT NULL CHECK(length(account) BETWEEN 3 AND 11 AND account NOT GLOB '*[^0-9]*'),
        category TEXT NOT NULL CHECK(category IN ('revenue','basic','project')),
        project TEXT NOT NULL DEFAULT '' CHECK((category = 'project') = (length(project) > 0)),
        amount_fen INTEGER NOT NULL CHECK(amount_fen >= 0),
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY(version_id, line),
        UNIQUE(version_id, account, project)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE final_accounts(
        id INTEGER PRIMARY KEY,
        org_id INTEGER NOT NULL REFERENCES organisation(id),
        year INTEGER NOT NULL CHECK(year BETWEEN 1900 AND 9999),
        revision INTEGER NOT NULL CHECK(revision > 0),
        budget_number INTEGER NOT NULL CHECK(budget_number >= 0),
        revenue_fen INTEGER NOT NULL,
        spending_fen INTEGER NOT NULL,
        closing_fen INTEGER NOT NULL,
        status TEXT NOT NULL DEFAULT 'draft' CHECK(status IN ('draft','approved')),
        prepared_at TEXT NOT NULL,
        prepared_by TEXT NOT NULL,
        UNIQUE(org_id, year, revision)
    ) STRICT;

    CREATE TABLE final_accounts_line(
        final_id INTEGER NOT NULL REFERENCES final_accounts(id),
        line INTEGER NOT NULL CHECK(line > 0),
        account TEXT NOT NULL CHECK(length(account) BETWEEN 3 AND 11 AND account NOT GLOB '*[^0-9]*'),
        category TEXT NOT NULL CHECK(category IN ('revenue','basic','project')),
        project TEXT NOT NULL DEFAULT '',
        budget_fen INTEGER CHECK(budget_fen IS NULL OR budget_fen >= 0),
        actual_fen INTEGER NOT NULL,
        PRIMARY KEY(final_id, line)
    ) STRICT, WITHOUT ROWID;

    -- One row per step of the approval chain: subject 'budget' (number = version) or 'final'
    -- (number = revision). Who signed, when, at which meeting, and their opinion.
    CREATE TABLE budget_approval(
        id INTEGER PRIMARY KEY,
        org_id INTEGER NOT NULL REFERENCES organisation(id),
        year INTEGER NOT NULL,
        subject TEXT NOT NULL CHECK(subject IN ('budget','final')),
        number INTEGER NOT NULL,
        step TEXT NOT NULL CHECK(step IN ('review_committee','committee','higher_union')),
        decided_on TEXT NOT NULL CHECK(decided_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        signer TEXT NOT NULL CHECK(length(signer) > 0),
        meeting TEXT NOT NULL CHECK(length(meeting) > 0),
        opinion TEXT NOT NULL DEFAULT '',
        mode TEXT CHECK(mode IS NULL OR mode IN ('filing','approval')),
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        UNIQUE(org_id, year, subject, number, step)
    ) STRICT;

    CREATE TRIGGER budget_approval_is_immutable_update BEFORE UPDATE ON budget_approval
    BEGIN SELECT RAISE(ABORT, 'approval steps are immutable'); END;
    CREATE TRIGGER budget_approval_is_immutable_delete BEFORE DELETE ON budget_approval
    BEGIN SELECT RAISE(ABORT, 'approval steps are immutable'); END;

    CREATE TRIGGER budget_version_approved_update BEFORE UPDATE ON budget_version
    WHEN OLD.status = 'approved'
    BEGIN SELECT RAISE(ABORT, 'an approved budget version is immutable'); END;
    CREATE TRIGGER budget_version_approved_delete BEFORE DELETE ON budget_version
    WHEN OLD.status = 'approved' OR EXISTS (SELECT 1 FROM budget_approval a WHERE a.org_id = OLD.org_id AND a.year = OLD.year
                                            AND a.subject = 'budget' AND a.number = OLD.number)
    BEGIN SELECT RAISE(ABORT, 'a budget version under approval cannot be deleted'); END;
    CREATE TRIGGER budget_line_approved_update BEFORE UPDATE ON budget_line
    BEGIN SELECT RAISE(ABORT, 'budget lines are replaced with their draft, never edited'); END;
    CREATE TRIGGER budget_line_approved_delete BEFORE DELETE ON budget_line
    WHEN (SELECT status FROM budget_version WHERE id = OLD.version_id) = 'approved'
    BEGIN SELECT RAISE(ABORT, 'an approved budget version is immutable'); END;

    CREATE TRIGGER final_accounts_approved_update BEFORE UPDATE ON final_accounts
    WHEN OLD.status = 'approved'
    BEGIN SELECT RAISE(ABORT, 'approved final accounts are immutable'); END;
    CREATE TRIGGER final_accounts_approved_delete BEFORE DELETE ON final_accounts
    WHEN OLD.status = 'approved' OR EXISTS (SELECT 1 FROM budget_approval a WHERE a.org_id = OLD.org_id AND a.year = OLD.year
                                            AND a.subject = 'final' AND a.number = OLD.revision)
    BEGIN SELECT RAISE(ABORT, 'final accounts under approval cannot be deleted'); END;
    CREATE TRIGGER final_accounts_line_update BEFORE UPDATE ON final_accounts_line
    BEGIN SELECT RAISE(ABORT, 'final-accounts lines are replaced with their draft, never edited'); END;
    CREATE TRIGGER final_accounts_line_approved_delete BEFORE DELETE ON final_accounts_line
    WHEN (SELECT status FROM final_accounts WHERE id = OLD.final_id) = 'approved'
    BEGIN SELECT RAISE(ABORT, 'approved final accounts are immutable'); END;
    """
}
