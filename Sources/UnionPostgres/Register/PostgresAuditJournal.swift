import LedgerCore
import LedgerPostgres
import LedgerStore
import UnionAudit

/// The audit's bulk read of posted vouchers on PostgreSQL, as `SQLiteAuditJournal`: three
/// statements for a whole period (vouchers, postings, approval records), read strictly (a value
/// the engine did not write is a `StoreError.storage` naming its row). A test holds it to
/// `Books.vouchers` on both stores.
public struct PostgresAuditJournal: AuditJournal, @unchecked Sendable {
    public let store: PostgresStore

    public init(store: PostgresStore) {
        self.store = store
    }

    public func vouchers(organisation code: String, months: ClosedRange<YearMonth>) throws -> [PostedVoucher] {
        try store.read {
            let session = store.session
            let organisationID = try PostgresOrganisationStore.id(of: code, session)
            let bounds: [PostgresValue] = [.integer(organisationID), .int(months.lowerBound.ordinal), .int(months.upperBound.ordinal)]
            let postings = try Self.postings(session, bounds)
            let approvals = try Self.approvals(session, bounds)
            return try session.query("""
                SELECT v.*, r.id AS reversed_by FROM voucher v LEFT JOIN voucher r ON r.reverses_id = v.id
                WHERE v.org_id = $1 AND v.ordinal BETWEEN $2 AND $3 ORDER BY v.ordinal, v.number
                """, bounds).map { row in
                let stored = PostgresStoredRow(row, table: "voucher", keyColumn: "id")
                let id = try stored.integer("id")
                let approval = approvals[id]
                let postedBy = try stored.text("prepared_by")
                let kindText = try stored.text("kind")
                guard let kind = VoucherDraft.Kind(rawValue: kindText) else { throw stored.failure("kind", "'\(kindText)' is not a voucher kind") }
                return PostedVoucher(
                    id: id, organisation: code, date: try stored.date("date"), number: Int(try stored.integer("number")),
                    summary: try stored.text("summary"), kind: kind, postings: postings[id] ?? [],
                    reverses: try stored.optionalInteger("reverses_id"), reversedBy: try stored.optionalInteger("reversed_by"),
                    // Without an approval record the voucher was entered by whoever posted it (as Books.vouchers reads it).
                    preparedBy: approval?.preparedBy ?? postedBy,
                    source: try stored.text("source"), externalReference: try stored.text("external_ref"),
                    attachments: try stored.count("attachments"), approval: approval, postedBy: postedBy,
                    fund: try stored.text("fund"))
            }
        }
    }

    /// The period's postings, by voucher id, in line order.
    private static func postings(_ session: PostgresSession, _ bounds: [PostgresValue]) throws -> [Int64: [Posting]] {
        var postings: [Int64: [Posting]] = [:]
        for row in try session.query("""
            SELECT p.voucher_id, p.line, a.code, p.side, p.amount_fen, p.memo, p.budget_line, p.counterparty
            FROM voucher v JOIN posting p ON p.voucher_id = v.id JOIN account a ON a.id = p.account_id
            WHERE v.org_id = $1 AND v.ordinal BETWEEN $2 AND $3 ORDER BY p.voucher_id, p.line
            """, bounds) {
            let place = "posting row (voucher \(PostgresStoredRow.plain(row, "voucher_id")), line \(PostgresStoredRow.plain(row, "line")))"
            let stored = PostgresStoredRow(row, table: "posting", key: place)
            let sideText = try stored.text("side")
            guard sideText == "D" || sideText == "C" else { throw stored.failure("side", "'\(sideText)' is not D or C") }
            let codeText = try stored.text("code")
            guard let code = try? AccountCode(codeText) else {
                // As UnionSQLite words it: the place, then the column.
                throw StoreError.storage(message: "\(place): code '\(codeText)' is not an account code")
            }
            postings[try stored.integer("voucher_id"), default: []].append(Posting(
                account: code, side: sideText == "D" ? .debit : .credit,
                amount: try stored.money("amount_fen"), memo: try stored.text("memo"),
                budgetLine: try stored.optionalText("budget_line"), counterparty: try stored.optionalText("counterparty")))
        }
        return postings
    }

    /// The period's approval records, by voucher id.
    private static func approvals(_ session: PostgresSession, _ bounds: [PostgresValue]) throws -> [Int64: VoucherApproval] {
        var approvals: [Int64: VoucherApproval] = [:]
        for row in try session.query("""
            SELECT a.* FROM voucher v JOIN voucher_approval a ON a.voucher_id = v.id WHERE v.org_id = $1 AND v.ordinal BETWEEN $2 AND $3
            """, bounds) {
            let stored = PostgresStoredRow(row, table: "voucher_approval", keyColumn: "voucher_id")
            let signoffBy = try stored.text("signoff_by"), decision = try stored.text("decision_ref")
            approvals[try stored.integer("voucher_id")] = VoucherApproval(
                preparedBy: try stored.text("prepared_by"), reviewedBy: try stored.text("reviewed_by"), reviewedAt: try stored.text("reviewed_at"),
                singleOperator: try stored.flag("single_operator"),
                signoff: signoffBy.isEmpty ? nil : VoucherApproval.SignOff(by: signoffBy, date: try stored.date("signoff_date")),
                decision: decision.isEmpty ? nil : VoucherApproval.CollectiveDecision(reference: decision, date: try stored.date("decision_date")))
        }
        return approvals
    }
}
