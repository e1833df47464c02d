/// The organisation on every per-organisation row (issue 15: ready to distribute by it).
///
/// `posting`, `voucher_approval` and `voucher_draft_line` reached their organisation only through
/// their voucher or draft; a store distributed by organisation must find it on the row itself, so
/// that a voucher, its lines and its approval sit on the same shard. Existing rows take it from
/// their parent (0 for an orphan, which `verify` already reports). The column has no CHECK:
/// SQLite tests a new column's CHECK against the rows before they are filled; the posting path
/// writes it and `verify` compares it with the voucher's (`voucherFieldMismatch`).
///
/// The keys stay as they are in SQLite (ids are unique across the file); a distributed store puts
/// `org_id` first in each key (ARCHITECTURE.md, "Distribution key").
extension Schema {
    static let migration0014 = """
    DROP TRIGGER posting_is_immutable_update;
    ALTER TABLE posting ADD COLUMN org_id INTEGER NOT NULL DEFAULT 0;
    UPDATE posting SET org_id = coalesce((SELECT v.org_id FROM voucher v WHERE v.id = posting.voucher_id), 0);
    CREATE TRIGGER posting_is_immutable_update BEFORE UPDATE ON posting
    BEGIN SELECT RAISE(ABORT, 'postings are immutable; correct by red-ink reversal'); END;

    DROP TRIGGER voucher_approval_is_immutable_update;
    ALTER TABLE voucher_approval ADD COLUMN org_id INTEGER NOT NULL DEFAULT 0;
    UPDATE voucher_approval SET org_id = coalesce((SELECT v.org_id FROM voucher v WHERE v.id = voucher_approval.voucher_id), 0);
    CREATE TRIGGER voucher_approval_is_immutable_update BEFORE UPDATE ON voucher_approval
    BEGIN SELECT RAISE(ABORT, 'approvals of posted vouchers are immutable'); END;

    ALTER TABLE voucher_draft_line ADD COLUMN org_id INTEGER NOT NULL DEFAULT 0;
    UPDATE voucher_draft_line SET org_id = coalesce((SELECT d.org_id FROM voucher_draft d WHERE d.id = voucher_draft_line.draft_id), 0);
    """
}
