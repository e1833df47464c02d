import GRDB
import LedgerCore
import LedgerSQLite
import LedgerStore
import UnionAllocation
import UnionAudit

/// The audit's bulk read of posted vouchers: three statements for a whole period (vouchers,
/// postings, approval records) instead of two per voucher, read strictly (a value the engine did
/// not write is a `StoreError.storage` naming its row). A test holds it to `Books.vouchers`.
public struct SQLiteAuditJournal: AuditJournal {
    public let database: LedgerDatabase

    public init(database: LedgerDatabase) {
        self.database = database
    }

    public func vouchers(organisation code: String, months: ClosedRange<YearMonth>) throws -> [PostedVoucher] {
        try database.read { db in
            let organisationID = try SQLiteOrganisationStore.id(of: code, db)
            let bounds: StatementArguments = [organisationID, months.lowerBound.ordinal, months.upperBound.ordinal]
            var postings: [Int64: [Posting]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT p.voucher_id, p.line, a.code, p.side, p.amount_fen, p.memo, p.budget_line, p.counterparty
                FROM voucher v JOIN posting p ON p.voucher_id = v.id JOIN account a ON a.id = p.account_id
                WHERE v.org_id = ? AND v.ordinal BETWEEN ? AND ? ORDER BY p.voucher_id, p.line
                """, arguments: bounds) {
                let place = "posting row (voucher \(StoredRow.plain(row["voucher_id"])), line \(StoredRow.plain(row["line"])))"
                let stored = StoredRow(row, table: "posting", key: place)
                let sideText = try stored.text("side")
                guard sideText == "D" || sideText == "C" else { throw stored.failure("side", "'\(sideText)' is not D or C") }
                postings[try stored.integer("voucher_id"), default: []].append(Posting(
                    account: try RegisterValue.accountCode(try stored.text("code"), place), side: sideText == "D" ? .debit : .credit,
                    amount: try stored.money("amount_fen"), memo: try stored.text("memo"),
                    budgetLine: try stored.optionalText("budget_line"), counterparty: try stored.optionalText("counterparty")))
            }
            var approvals: [Int64: VoucherApproval] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT a.* FROM voucher v JOIN voucher_approval a ON a.voucher_id = v.id WHERE v.org_id = ? AND v.ordinal BETWEEN ? AND ?
                """, arguments: bounds) {
                let stored = StoredRow(row, table: "voucher_approval", keyColumn: "voucher_id")
                let signoffBy = try stored.text("signoff_by"), decision = try stored.text("decision_ref")
                approvals[try stored.integer("voucher_id")] = VoucherApproval(
                    preparedBy: try stored.text("prepared_by"), reviewedBy: try stored.text("reviewed_by"), reviewedAt: try stored.text("reviewed_at"),
                    singleOperator: try stored.flag("single_operator"),
                    signoff: signoffBy.isEmpty ? nil : VoucherApproval.SignOff(by: signoffBy, date: try stored.date("signoff_date")),
                    decision: decision.isEmpty ? nil : VoucherApproval.CollectiveDecision(reference: decision, date: try stored.date("decision_date")))
            }
            return try Row.fetchAll(db, sql: """
                SELECT v.*, r.id AS reversed_by FROM voucher_as_posted v LEFT JOIN voucher r ON r.reverses_id = v.id
                WHERE v.org_id = ? AND v.ordinal BETWEEN ? AND ? ORDER BY v.ordinal, v.number
                """, arguments: bounds).map { row in
                let stored = StoredRow(row, table: "voucher", keyColumn: "id")
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
}
