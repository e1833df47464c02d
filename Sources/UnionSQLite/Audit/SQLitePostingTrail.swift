import GRDB
import LedgerCore
import LedgerSQLite
import UnionAudit

/// When each voucher was posted: `voucher.posted_at`, written by the posting path.
public struct SQLitePostingTrail: PostingTrail {
    public let database: LedgerDatabase

    public init(database: LedgerDatabase) {
        self.database = database
    }

    public func postingTimes(organisation: String, months: ClosedRange<YearMonth>) throws -> [Int64: String] {
        try database.read { db in
            let organisationID = try SQLiteOrganisationStore.id(of: organisation, db)
            var times: [Int64: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, posted_at FROM voucher_as_posted WHERE org_id = ? AND ordinal BETWEEN ? AND ?",
                                        arguments: [organisationID, months.lowerBound.ordinal, months.upperBound.ordinal]) {
                let stored = StoredRow(row, table: "voucher", keyColumn: "id")
                times[try stored.integer("id")] = try stored.text("posted_at")
            }
            return times
        }
    }
}
