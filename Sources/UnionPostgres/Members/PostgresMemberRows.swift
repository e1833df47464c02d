import Foundation
import LedgerCore
import LedgerPostgres
import LedgerStore
import UnionCore
import UnionMembers

/// The member register's reads on PostgreSQL, each value read strictly (`PostgresStoredRow`) — as
/// UnionSQLite's `MemberRows`, statement for statement.
enum PostgresMemberRows {
    /// A member's register fields; `id_hash_missing` because the session reads bytes only where they must be.
    static let recordSelection = """
        SELECT m.id, m.member_no, m.name, m.id_hash, m.id_hash IS NULL AS id_hash_missing, m.id_masked, m.id_legacy,
               o.code AS unit_code, m.department, m.join_date, m.employment_type
        FROM member m JOIN organisation o ON o.id = m.unit_id
        """

    /// The member with this number, or nil.
    static func record(_ session: PostgresSession, number: String) throws -> MemberRecord? {
        try session.query(recordSelection + " WHERE m.member_no = $1", [.text(number)]).first.map(record)
    }

    static func record(_ row: PostgresRowValues) throws -> MemberRecord {
        let stored = PostgresStoredRow(row, table: "member", keyColumn: "member_no")
        return MemberRecord(number: try stored.text("member_no"), name: try stored.text("name"),
                            idHash: try stored.blob("id_hash", isNullColumn: "id_hash_missing"),
                            maskedID: try stored.text("id_masked"), idIsLegacy: try stored.flag("id_legacy"),
                            unit: try stored.text("unit_code"), department: try stored.text("department"),
                            joinDate: try stored.date("join_date"),
                            employmentType: try stored.choice("employment_type", as: EmploymentType.self))
    }

    /// One dated state (`from_ordinal`, `status`, `wage_fen`) of `member`.
    static func state(_ row: PostgresRowValues, member: String) throws -> MemberStateChange {
        let stored = PostgresStoredRow(row, table: "member_state", key: "\(member) \(PostgresStoredRow.plain(row, "from_ordinal"))")
        let wage = try stored.money("wage_fen")
        guard !wage.isNegative else { throw stored.failure("wage_fen", "\(wage.fen) is negative") }
        return MemberStateChange(from: try stored.month("from_ordinal"), status: try stored.choice("status", as: MemberStatus.self),
                                 wageBase: wage)
    }

    /// Every member who had joined by the end of `month`, with the state in force then, by unit and number.
    /// - Complexity: one query; O(members + states).
    static func members(_ session: PostgresSession, in month: YearMonth) throws -> [Member] {
        let lastDay = month.lastDay.description
        return try session.query("""
            SELECT m.member_no, m.name, m.id_hash, m.id_hash IS NULL AS id_hash_missing, m.id_masked, m.id_legacy,
                   o.code AS unit_code, m.department, m.join_date, m.employment_type, s.status, s.wage_fen, s.from_ordinal
            FROM member m JOIN organisation o ON o.id = m.unit_id
            JOIN member_state s ON s.member_id = m.id
             AND s.from_ordinal = (SELECT max(from_ordinal) FROM member_state x WHERE x.member_id = m.id AND x.from_ordinal <= $1)
            WHERE m.join_date <= $2
            ORDER BY o.code COLLATE "C", m.member_no COLLATE "C"
            """, [.int(month.ordinal), .text(lastDay)]).map { row in
            let record = try record(row)
            return Member(record, state: try state(row, member: record.number))
        }
    }

    /// The codes of every registered organisation.
    static func registeredUnits(_ session: PostgresSession) throws -> Set<String> {
        try Set(session.query("SELECT code FROM organisation").map { row in try row.text("code") })
    }

    /// Every registered organisation, by code — the organisation register's own reading (as
    /// UnionSQLite's `SQLiteOrganisationStore.organisations`), which the dues assessment needs.
    static func organisations(_ session: PostgresSession) throws -> [RegisteredOrganisation] {
        try session.query("""
            SELECT o.code, o.name, o.kind, p.code AS parent, o.bank_name, o.bank_account, o.channel,
                   EXISTS (SELECT 1 FROM account a WHERE a.org_id = o.id) AS keeps_books
            FROM organisation o LEFT JOIN organisation p ON p.id = o.parent_id
            ORDER BY o.code COLLATE "C"
            """).map { row in
            let stored = PostgresStoredRow(row, table: "organisation", keyColumn: "code")
            return RegisteredOrganisation(code: try stored.text("code"), name: try stored.text("name"), kind: try stored.text("kind"),
                                          parent: try stored.optionalText("parent"), bankName: try stored.text("bank_name"),
                                          bankAccount: try stored.text("bank_account"),
                                          channel: try stored.choice("channel", as: CollectionChannel.self),
                                          keepsBooks: try stored.truth("keeps_books"))
        }
    }

    /// The id of the organisation with this code.
    /// - Throws: `LedgerError.organisationMustExist`.
    static func organisationID(of code: String, _ session: PostgresSession) throws -> Int64 {
        guard let row = try session.query("SELECT id FROM organisation WHERE code = $1", [.text(code)]).first else {
            throw LedgerError.organisationMustExist(code: code)
        }
        return try row.int("id")
    }

    /// Records who did what in the book's event log (the ledger's `event` table).
    static func recordEvent(_ session: PostgresSession, organisation: Int64?, at timestamp: String, user: String, action: String,
                            detail: String) throws {
        try session.query("INSERT INTO event(org_id, at, \"user\", action, detail) VALUES ($1, $2, $3, $4, $5)",
                          [.optional(organisation), .text(timestamp), .text(user), .text(action), .text(detail)])
    }
}
