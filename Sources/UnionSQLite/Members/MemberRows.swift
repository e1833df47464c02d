import Foundation
import GRDB
import LedgerCore
import LedgerStore
import UnionMembers

/// The member register's reads, each value read strictly (`StoredRow`).
package enum MemberRows {
    static let recordSelection = """
        SELECT m.member_no, m.name, m.id_hash, m.id_masked, m.id_legacy, o.code AS unit_code, m.department,
               m.join_date, m.employment_type
        FROM member m JOIN organisation o ON o.id = m.unit_id
        """

    /// The member with this number, or nil.
    static func record(_ db: Database, number: String) throws -> MemberRecord? {
        // Cached: an import looks up every row.
        try Row.fetchOne(try db.cachedStatement(sql: recordSelection + " WHERE m.member_no = ?"), arguments: [number]).map(record)
    }

    static func record(_ row: Row) throws -> MemberRecord {
        let stored = StoredRow(row, table: "member", keyColumn: "member_no")
        return MemberRecord(number: try stored.text("member_no"), name: try stored.text("name"), idHash: try stored.blob("id_hash"),
                            maskedID: try stored.text("id_masked"), idIsLegacy: try stored.flag("id_legacy"),
                            unit: try stored.text("unit_code"), department: try stored.text("department"),
                            joinDate: try stored.date("join_date"),
                            employmentType: try stored.choice("employment_type", as: EmploymentType.self))
    }

    /// One dated state (`from_ordinal`, `status`, `wage_fen`) of `member`.
    static func state(_ row: Row, member: String) throws -> MemberStateChange {
        let stored = StoredRow(row, table: "member_state", key: "\(member) \(StoredRow.plain(row["from_ordinal"]))")
        let wage = try stored.money("wage_fen")
        guard !wage.isNegative else { throw stored.failure("wage_fen", "\(wage.fen) is negative") }
        return MemberStateChange(from: try stored.month("from_ordinal"), status: try stored.choice("status", as: MemberStatus.self),
                                 wageBase: wage)
    }

    /// Every member who had joined by the end of `month`, with the state in force then, by unit and number.
    /// - Complexity: one query; O(members + states).
    static func members(_ db: Database, in month: YearMonth) throws -> [Member] {
        var members: [Member] = []
        try forEachMember(db, in: month, unit: nil, status: nil) { members.append($0) }
        return members
    }

    /// `member list`'s query (arguments `:month`, `:lastDay`, `:unit`, `:status`); the schema tests
    /// check its plan sorts nothing.
    package static let listingSQL = """
        SELECT m.member_no, m.name, m.id_hash, m.id_masked, m.id_legacy, o.code AS unit_code, m.department, m.join_date,
               m.employment_type, s.status, s.wage_fen, s.from_ordinal
        FROM organisation o CROSS JOIN member m ON m.unit_id = o.id
        CROSS JOIN member_state s ON s.member_id = m.id
         AND s.from_ordinal = (SELECT max(from_ordinal) FROM member_state x WHERE x.member_id = m.id AND x.from_ordinal <= :month)
        WHERE m.join_date <= :lastDay AND (:unit IS NULL OR o.code = :unit) AND (:status IS NULL OR s.status = :status)
        ORDER BY o.code, m.member_no
        """

    /// The same members, only `unit`'s and only those with `status` in `month` when given, one at a
    /// time from the cursor. The joins are fixed (CROSS JOIN) to walk the units by code and each
    /// unit's members by number off `member_by_unit_number` (0018): no sort of the whole register
    /// before the first row, which left to itself the planner chose (scan the states, then sort).
    static func forEachMember(_ db: Database, in month: YearMonth, unit: String?, status: MemberStatus?,
                              _ body: (Member) throws -> Void) throws {
        let lastDay = month.lastDay.description
        let cursor = try Row.fetchCursor(db, sql: listingSQL, arguments: ["month": month.ordinal, "lastDay": lastDay, "unit": unit,
                                                                         "status": status?.rawValue])
        while let row = try cursor.next() {
            let record = try record(row)
            try body(Member(record, state: try state(row, member: record.number)))
        }
    }
}
