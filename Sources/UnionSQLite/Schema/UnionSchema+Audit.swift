extension UnionSchema {
    /// The audit's findings register (审计发现问题台账): each run of `audit check|review|departure`
    /// that was recorded, every finding once (by its fingerprint: check, vouchers, units, months)
    /// with its rectification status (open → rectificationNoted → closed, 整改) and the trail of
    /// changes, and the audited persons' written comments on departure audits.
    static let migration0010 = """
    CREATE TABLE audit_run(
        id INTEGER PRIMARY KEY,
        org_id INTEGER NOT NULL REFERENCES organisation(id),
        kind TEXT NOT NULL CHECK(kind IN ('check','review','departure')),
        from_ordinal INTEGER NOT NULL,
        to_ordinal INTEGER NOT NULL CHECK(to_ordinal >= from_ordinal),
        tenure_id INTEGER REFERENCES tenure(id),
        run_at TEXT NOT NULL,
        run_by TEXT NOT NULL,
        CHECK((kind = 'departure') = (tenure_id IS NOT NULL))
    ) STRICT;
    CREATE INDEX audit_run_by_organisation ON audit_run(org_id, id);

    CREATE TABLE audit_finding(
        id INTEGER PRIMARY KEY,
        org_id INTEGER NOT NULL REFERENCES organisation(id),
        fingerprint TEXT NOT NULL CHECK(length(fingerprint) > 0),
        check_id TEXT NOT NULL CHECK(length(check_id) > 0),
        severity TEXT NOT NULL CHECK(severity IN ('info','warning','violation')),
        amount_fen INTEGER,
        vouchers TEXT NOT NULL DEFAULT '' CHECK(vouchers NOT GLOB '*[^0-9,]*'),
        organisations TEXT NOT NULL DEFAULT '',
        from_ordinal INTEGER,
        to_ordinal INTEGER,
        explanation_zh TEXT NOT NULL,
        explanation_en TEXT NOT NULL,
        responsibility TEXT,
        status TEXT NOT NULL DEFAULT 'open' CHECK(status IN ('open','rectificationNoted','closed')),
        first_run_id INTEGER NOT NULL REFERENCES audit_run(id),
        last_run_id INTEGER NOT NULL REFERENCES audit_run(id),
        CHECK((from_ordinal IS NULL) = (to_ordinal IS NULL)),
        UNIQUE(org_id, fingerprint)
    ) STRICT;

    CREATE TABLE audit_finding_event(
        id INTEGER PRIMARY KEY,
        finding_id INTEGER NOT NULL REFERENCES audit_finding(id),
        status TEXT NOT NULL CHECK(status IN ('open','rectificationNoted','closed')),
        note TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL,
        by TEXT NOT NULL
    ) STRICT;
    CREATE INDEX audit_finding_event_by_finding ON audit_finding_event(finding_id, id);
    -- The trail is a record: it is added to, never changed.
    CREATE TRIGGER audit_finding_event_is_immutable_update BEFORE UPDATE ON audit_finding_event
    BEGIN SELECT RAISE(ABORT, 'the findings trail is immutable'); END;
    CREATE TRIGGER audit_finding_event_is_immutable_delete BEFORE DELETE ON audit_finding_event
    BEGIN SELECT RAISE(ABORT, 'the findings trail is immutable'); END;

    CREATE TABLE audit_comment(
        id INTEGER PRIMARY KEY,
        tenure_id INTEGER NOT NULL REFERENCES tenure(id),
        received TEXT NOT NULL CHECK(received GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        comment TEXT NOT NULL CHECK(length(comment) > 0),
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL
    ) STRICT;
    """
}
