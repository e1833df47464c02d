extension UnionSchema {
    /// The organisation on every per-organisation row of the union registers (issue 15: ready to
    /// distribute by it); the ledger's rows got theirs in 0014. Budget and final-accounts lines,
    /// the findings trail, auditees' comments and dues payments (the books their voucher is in)
    /// reached their organisation only through a parent row; existing rows take it from there
    /// (0 for an orphan). No CHECK on the new columns: SQLite tests it against the rows before
    /// they are filled. The update triggers that keep these rows immutable are lifted for the
    /// fill and put back word for word.
    static let migration0015 = """
    DROP TRIGGER budget_line_approved_update;
    ALTER TABLE budget_line ADD COLUMN org_id INTEGER NOT NULL DEFAULT 0;
    UPDATE budget_line SET org_id = coalesce((SELECT v.org_id FROM budget_version v WHERE v.id = budget_line.version_id), 0);
    CREATE TRIGGER budget_line_approved_update BEFORE UPDATE ON budget_line
    BEGIN SELECT RAISE(ABORT, 'budget lines are replaced with their draft, never edited'); END;

    DROP TRIGGER final_accounts_line_update;
    ALTER TABLE final_accounts_line ADD COLUMN org_id INTEGER NOT NULL DEFAULT 0;
    UPDATE final_accounts_line SET org_id = coalesce((SELECT f.org_id FROM final_accounts f WHERE f.id = final_accounts_line.final_id), 0);
    CREATE TRIGGER final_accounts_line_update BEFORE UPDATE ON final_accounts_line
    BEGIN SELECT RAISE(ABORT, 'final-accounts lines are replaced with their draft, never edited'); END;

    DROP TRIGGER audit_finding_event_is_immutable_update;
    ALTER TABLE audit_finding_event ADD COLUMN org_id INTEGER NOT NULL DEFAULT 0;
    UPDATE audit_finding_event SET org_id = coalesce((SELECT f.org_id FROM audit_finding f WHERE f.id = audit_finding_event.finding_id), 0);
    CREATE TRIGGER audit_finding_event_is_immutable_update BEFORE UPDATE ON audit_finding_event
    BEGIN SELECT RAISE(ABORT, 'the findings trail is immutable'); END;

    ALTER TABLE audit_comment ADD COLUMN org_id INTEGER NOT NULL DEFAULT 0;
    UPDATE audit_comment SET org_id = coalesce((SELECT t.org_id FROM tenure t WHERE t.id = audit_comment.tenure_id), 0);

    ALTER TABLE dues_payment ADD COLUMN org_id INTEGER NOT NULL DEFAULT 0;
    UPDATE dues_payment SET org_id = coalesce((SELECT v.org_id FROM voucher v WHERE v.id = dues_payment.voucher_id), 0);
    CREATE INDEX dues_payment_by_books ON dues_payment(org_id, ordinal);
    """
}
