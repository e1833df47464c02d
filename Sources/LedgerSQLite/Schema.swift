import LedgerStore
import InputFiles
import GRDB

/// The schema, changed only by appending numbered migrations.
///
/// The tables state what SQLite can enforce (STRICT types, NOT NULL, CHECK, foreign keys,
/// uniqueness); the posting path enforces the rest. Posted vouchers and postings are immutable:
/// triggers refuse UPDATE and DELETE, and the hash chain catches anyone who drops the triggers.
enum Schema {
    static let applicationID: Int32 = 0x4748_4855   // "GHHU"

    static let migration0001 = """
    CREATE TABLE organisation(
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE CHECK(length(code) BETWEEN 1 AND 32),
        name TEXT NOT NULL CHECK(length(name) > 0),
        kind TEXT NOT NULL CHECK(length(kind) > 0),
        first_period INTEGER NOT NULL CHECK(first_period > 0),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
    ) STRICT;

    CREATE TABLE account(
        id INTEGER PRIMARY KEY,
        org_id INTEGER NOT NULL REFERENCES organisation(id),
        code TEXT NOT NULL CHECK(length(code) BETWEEN 3 AND 11 AND length(code) % 2 = 1 AND code NOT GLOB '*[^0-9]*'),
        name TEXT NOT NULL CHECK(length(name) > 0),
        name_en TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK(kind IN ('asset','liability','netAssets','revenue','expenditure')),
        parent_id INTEGER REFERENCES account(id),
        is_leaf INTEGER NOT NULL DEFAULT 1 CHECK(is_leaf IN (0,1)),
        is_open INTEGER NOT NULL DEFAULT 1 CHECK(is_open IN (0,1)),
        created_by TEXT NOT NULL,
        UNIQUE(org_id, code)
    ) STRICT;

    -- One row per organisation and month that has vouchers or has been closed.
    -- last_number keeps voucher numbering consecutive without scanning vouchers.
    CREATE TABLE period(
        org_id INTEGER NOT NULL REFERENCES organisation(id),
        ordinal INTEGER NOT NULL,               -- year * 12 + month - 1
        last_number INTEGER NOT NULL DEFAULT 0 CHECK(last_number >= 0),
        closed_at TEXT,
        closed_by TEXT,
        PRIMARY KEY(org_id, ordinal)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE import_log(
        id INTEGER PRIMARY KEY,
        org_id INTEGER NOT NULL REFERENCES organisation(id),
        kind TEXT NOT NULL,
        file_name TEXT NOT NULL,
        file_sha256 TEXT NOT NULL CHECK(length(file_sha256) = 64),
        row_count INTEGER NOT NULL,
        voucher_count INTEGER NOT NULL,
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL,
        UNIQUE(org_id, kind, file_sha256)
    ) STRICT;

    CREATE TABLE voucher(
        id INTEGER PRIMARY KEY,
        org_id INTEGER NOT NULL REFERENCES organisation(id),
        date TEXT NOT NULL CHECK(date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        ordinal INTEGER NOT NULL,
        number INTEGER NOT NULL CHECK(number > 0),
        summary TEXT NOT NULL CHECK(length(summary) > 0),
        kind TEXT NOT NULL CHECK(kind IN ('normal','reversal','closing','opening')),
        reverses_id INTEGER REFERENCES voucher(id),
        total_fen INTEGER NOT NULL,
        prepared_by TEXT NOT NULL,
        posted_at TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        external_ref TEXT NOT NULL DEFAULT '',
        import_id INTEGER REFERENCES import_log(id),
        hash BLOB NOT NULL CHECK(length(hash) = 32),
        UNIQUE(org_id, ordinal, number),
        CHECK((kind = 'reversal') = (reverses_id IS NOT NULL))
    ) STRICT;

    -- A voucher is reversed at most once. Partial, so ordinary vouchers cost no index entry.
    CREATE UNIQUE INDEX voucher_reversed_once ON voucher(reverses_id) WHERE reverses_id IS NOT NULL;

    -- No foreign keys here on purpose: the posting path resolves every account and writes each
    -- voucher before its postings, and `verify` reports orphans. The two lookups per row cost
    -- about 10% of a bulk import.
    CREATE TABLE posting(
        voucher_id INTEGER NOT NULL,
        line INTEGER NOT NULL CHECK(line > 0),
        account_id INTEGER NOT NULL,
        side TEXT NOT NULL CHECK(side IN ('D','C')),
        amount_fen INTEGER NOT NULL CHECK(amount_fen <> 0),
        memo TEXT NOT NULL DEFAULT '',
        PRIMARY KEY(voucher_id, line)
    ) STRICT, WITHOUT ROWID;

    -- Maintained by the posting path so reports read O(accounts × months), never O(postings).
    -- Amounts are signed: a red-ink reversal lowers the side it sits on.
    CREATE TABLE balance(
        org_id INTEGER NOT NULL REFERENCES organisation(id),
        account_id INTEGER NOT NULL REFERENCES account(id),
        fund TEXT NOT NULL DEFAULT '',
        ordinal INTEGER NOT NULL,
        -- 1 for period-end carry-forward (结转) entries, kept apart so statements can show a
        -- year's revenue and expenditure after the year is closed.
        closing INTEGER NOT NULL DEFAULT 0 CHECK(closing IN (0, 1)),
        debit_fen INTEGER NOT NULL DEFAULT 0,
        credit_fen INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY(org_id, account_id, fund, ordinal, closing)
    ) STRICT, WITHOUT ROWID;

    -- The end of the journal: how many vouchers and the last link. Written by the posting path
    -- with every commit, so removing vouchers from the end shows in `verify`.
    CREATE TABLE journal_head(
        id INTEGER PRIMARY KEY CHECK(id = 1),
        voucher_count INTEGER NOT NULL,
        hash BLOB NOT NULL CHECK(length(hash) = 32)
    ) STRICT;

    -- Who did what and when: closes, reversals, imports, account changes.
    CREATE TABLE event(
        id INTEGER PRIMARY KEY,
        org_id INTEGER REFERENCES organisation(id),
        at TEXT NOT NULL,
        user TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
    ) STRICT;

    CREATE TRIGGER posting_is_immutable_update BEFORE UPDATE ON posting
    BEGIN SELECT RAISE(ABORT, 'postings are immutable; correct by red-ink reversal'); END;
    CREATE TRIGGER posting_is_immutable_delete BEFORE DELETE ON posting
    BEGIN SELECT RAISE(ABORT, 'postings are immutable; correct by red-ink reversal'); END;
    CREATE TRIGGER voucher_is_immutable_update BEFORE UPDATE ON voucher
    BEGIN SELECT RAISE(ABORT, 'posted vouchers are immutable; correct by red-ink reversal'); END;
    CREATE TRIGGER voucher_is_immutable_delete BEFORE DELETE ON voucher
    BEGIN SELECT RAISE(ABORT, 'posted vouchers are immutable; correct by red-ink reversal'); END;
    """

    /// Account roles: the chart profile's name for what an account is for (cash, payableToHigher, …),
    /// so the union rules post to roles and never to codes. Empty for accounts without a role.
    static let migration0007 = """
    ALTER TABLE account ADD COLUMN role TEXT NOT NULL DEFAULT '' CHECK(role NOT GLOB '*[^A-Za-z0-9]*');
    CREATE UNIQUE INDEX account_role ON account(org_id, role) WHERE role <> '';
    """

}
