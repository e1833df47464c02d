import Foundation
import GRDB
import LedgerCore
import LedgerStore
import UnionMembers

/// The member register's reads, each value read strictly (`StoredRow`).
enum MemberRows {
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
        let lastDay = try LocalDate(year: month.year, month: month.month, day: month.dayCount).description
        return try Row.fetchAll(db, sql: """
            SELECT m.member_no, m.name, m.id_hash, m.id_masked, m.id_legacy, o.code AS unit_code, m.department, m.join_date,
                   m.employment_type, s.status, s.wage_fen, s.from_ordinal
            FROM member m JOIN organisation o ON o.id = m.unit_id
            JOIN member_state s ON s.member_id = m.id
             AND s.from_ordinal = (SELECT max(from_ordinal) FROM member_state x WHERE x.member_id = m.id AND x.from_ordinal <= ?)
            WHERE m.join_date <= ?
            ORDER BY o.code, m.member_no
            """, arguments: [month.ordinal, lastDay]).map { row in
            let record = try record(row)
            return Member(record, state: try state(row, member: record.number))
        }
    }
}
