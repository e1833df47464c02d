import LedgerCore
import LedgerPostgres
import UnionAudit

/// When each voucher was posted: `voucher.posted_at`, written by the posting path (as
/// `SQLitePostingTrail`).
public struct PostgresPostingTrail: PostingTrail, @unchecked Sendable {
    public let store: PostgresStore

    public init(store: PostgresStore) {
        self.store = store
    }

    public func postingTimes(organisation: String, months: ClosedRange<YearMonth>) throws -> [Int64: String] {
        try store.read {
            let organisationID = try PostgresOrganisationStore.id(of: organisation, store.session)
            var times: [Int64: String] = [:]
            for row in try store.session.query("SELECT id, posted_at FROM voucher WHERE org_id = $1 AND ordinal BETWEEN $2 AND $3",
                                               [.integer(organisationID), .int(months.lowerBound.ordinal), .int(months.upperBound.ordinal)]) {
                let stored = PostgresStoredRow(row, table: "voucher", keyColumn: "id")
                times[try stored.integer("id")] = try stored.text("posted_at")
            }
            return times
        }
    }
}
