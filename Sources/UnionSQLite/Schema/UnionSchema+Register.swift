extension UnionSchema {
    /// The organisation register: parent in the federation chain, bank account, how the 2% is
    /// collected, and dated tenures of the officers the audit module reports on.
    static let migration0002 = """
    ALTER TABLE organisation ADD COLUMN parent_id INTEGER REFERENCES organisation(id);
    ALTER TABLE organisation ADD COLUMN bank_name TEXT NOT NULL DEFAULT '';
    ALTER TABLE organisation ADD COLUMN bank_account TEXT NOT NULL DEFAULT '';
    ALTER TABLE organisation ADD COLUMN channel TEXT NOT NULL DEFAULT 'self'
        CHECK(channel IN ('self','tax-40','tax-full','fiscal','prep'));

    CREATE TABLE tenure(
        id INTEGER PRIMARY KEY,
        org_id INTEGER NOT NULL REFERENCES organisation(id),
        role TEXT NOT NULL CHECK(role IN ('chair','vice-chair','finance-head','accountant','cashier')),
        person TEXT NOT NULL CHECK(length(person) > 0),
        start_date TEXT NOT NULL CHECK(start_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        end_date TEXT CHECK(end_date IS NULL OR end_date >= start_date),
        end_reason TEXT NOT NULL DEFAULT '',
        recorded_by TEXT NOT NULL
    ) STRICT;
    CREATE INDEX tenure_by_organisation ON tenure(org_id, role, start_date);
    """
}
