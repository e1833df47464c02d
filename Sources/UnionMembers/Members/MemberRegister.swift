import UnionCore
import InputFiles
import Foundation
import GRDB
import LedgerCore
import LedgerSQLite
import LedgerStore

/// The member register of a file (会员名册): members of the unions and units in the organisation
/// register, with their dated status and wage base. One transaction per call.
public struct MemberRegister: Sendable {
    public let database: LedgerDatabase
    public let user: String

    public init(database: LedgerDatabase, user: String) {
        self.database = database
        self.user = user
    }

    /// Members as they stood in `month`, by unit and number; those who joined later are left out.
    /// - Parameters:
    ///   - unit: only this unit's members.
    ///   - status: only members with this status in `month`.
    public func members(unit: String? = nil, status: MemberStatus? = nil, in month: YearMonth) throws -> [Member] {
        try database.read { db in
            if let unit, try Int.fetchOne(db, sql: "SELECT 1 FROM organisation WHERE code = ?", arguments: [unit]) == nil {
                throw MembershipError.unitMustBeRegistered(code: NationalID.maskingNumbers(in: unit))
            }
            return try StoredMember.members(db, in: month).filter { member in
                (unit == nil || member.unit == unit) && (status == nil || member.status == status)
            }
        }
    }

    /// One member in `month`, with the dated history of status and wage base and what imports changed.
    /// - Throws: `MembershipError.memberMustExist`.
    public func member(number: String, in month: YearMonth) throws -> (member: Member, states: [MemberStateChange], changes: [MemberChange]) {
        try database.read { db in
            guard let stored = try StoredMember.fetch(db, number: number) else {
                throw MembershipError.memberMustExist(memberNumber: NationalID.maskingNumbers(in: number))
            }
            let states = try Row.fetchAll(db, sql: """
                SELECT from_ordinal, status, wage_fen FROM member_state WHERE member_id = ? ORDER BY from_ordinal
                """, arguments: [stored.id]).map { row in
                MemberStateChange(from: YearMonth(ordinal: row["from_ordinal"]), status: MemberStatus(rawValue: row["status"]) ?? .active,
                                  wageBase: Money(fen: row["wage_fen"]))
            }
            let changes = try Row.fetchAll(db, sql: """
                SELECT field, old_value, new_value, effective FROM member_change WHERE member_id = ? ORDER BY id
                """, arguments: [stored.id]).map { row in
                MemberChange(memberNumber: number, field: row["field"], old: row["old_value"], new: row["new_value"],
                             effective: row["effective"])
            }
            let current = states.last(where: { $0.from <= month }) ?? states.first
            let member = Member(number: stored.number, name: stored.name, maskedID: stored.maskedID, idIsLegacy: stored.idIsLegacy,
                                unit: stored.unitCode, department: stored.department,
                                joinDate: (try? LocalDate(parsing: stored.joinDate)) ?? .unknownJoin,
                                employmentType: EmploymentType(rawValue: stored.employment) ?? .other,
                                status: current?.status ?? .active, wageBase: current?.wageBase ?? .zero,
                                stateFrom: current?.from ?? month)
            return (member, states, changes)
        }
    }

    /// Records a unit's employee count (职工人数) from a month on, the denominator of 入会率.
    /// Payroll declarations, once imported, are preferred in the same month (`unit_headcount`).
    /// - Throws: `LedgerError.organisationMustExist`, `MembershipError.employeeCountMustBeWhole`.
    public func setEmployees(unit: String, count: Int, from month: YearMonth) throws {
        guard count >= 0 else { throw MembershipError.employeeCountMustBeWhole(value: String(count)) }
        try database.write { db in
            guard let unitID = try Int64.fetchOne(db, sql: "SELECT id FROM organisation WHERE code = ?", arguments: [unit]) else {
                throw LedgerError.organisationMustExist(code: unit)
            }
            try db.execute(sql: """
                INSERT INTO unit_headcount(org_id, from_ordinal, source, employees, recorded_at, recorded_by)
                VALUES (?, ?, 'declared', ?, ?, ?)
                ON CONFLICT(org_id, from_ordinal, source) DO UPDATE SET employees = excluded.employees,
                    recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by
                """, arguments: [unitID, month.ordinal, count, database.clock.now(), user])
        }
    }
}

/// A member row as stored, for the register's own reads and writes.
struct StoredMember {
    var id: Int64
    var number: String
    var name: String
    var idHash: Data?
    var maskedID: String
    var idIsLegacy: Bool
    var unitID: Int64
    var unitCode: String
    var department: String
    var joinDate: String
    var employment: String

    static let selection = """
        SELECT m.id, m.member_no, m.name, m.id_hash, m.id_masked, m.id_legacy, m.unit_id, o.code AS unit_code, m.department,
               m.join_date, m.employment_type
        FROM member m JOIN organisation o ON o.id = m.unit_id
        """

    init(row: Row) {
        id = row["id"]
        number = row["member_no"]
        name = row["name"]
        idHash = row["id_hash"]
        maskedID = row["id_masked"]
        idIsLegacy = row["id_legacy"]
        unitID = row["unit_id"]
        unitCode = row["unit_code"]
        department = row["department"]
        joinDate = row["join_date"]
        employment = row["employment_type"]
    }

    static func fetch(_ db: Database, number: String) throws -> StoredMember? {
        // Cached: an import looks up every row.
        try Row.fetchOne(try db.cachedStatement(sql: selection + " WHERE m.member_no = ?"), arguments: [number]).map(StoredMember.init)
    }

    /// The number of the member who holds this ID and is still a member (withdrawn or transferred
    /// members may join again under a new number).
    static func holder(of hash: Data, db: Database) throws -> String? {
        try String.fetchOne(try db.cachedStatement(sql: """
            SELECT m.member_no FROM member m
            WHERE m.id_hash = ? AND (SELECT s.status FROM member_state s WHERE s.member_id = m.id
                                     ORDER BY s.from_ordinal DESC LIMIT 1) IN ('active', 'retained-exempt')
            LIMIT 1
            """), arguments: [hash])
    }

    static func latestState(memberID: Int64, db: Database) throws -> MemberStateChange? {
        try Row.fetchOne(try db.cachedStatement(sql: """
            SELECT from_ordinal, status, wage_fen FROM member_state WHERE member_id = ? ORDER BY from_ordinal DESC LIMIT 1
            """), arguments: [memberID]).map { row in
            MemberStateChange(from: YearMonth(ordinal: row["from_ordinal"]), status: MemberStatus(rawValue: row["status"]) ?? .active,
                              wageBase: Money(fen: row["wage_fen"]))
        }
    }

    /// Every member who had joined by the end of `month`, with the state in force then.
    /// - Complexity: one query; O(members + states).
    static func members(_ db: Database, in month: YearMonth) throws -> [Member] {
        let lastDay = (try? LocalDate(year: month.year, month: month.month, day: month.dayCount))?.description ?? "9999-12-31"
        return try Row.fetchAll(db, sql: """
            SELECT m.member_no, m.name, m.id_masked, m.id_legacy, o.code AS unit_code, m.department, m.join_date, m.employment_type,
                   s.status, s.wage_fen, s.from_ordinal
            FROM member m JOIN organisation o ON o.id = m.unit_id
            JOIN member_state s ON s.member_id = m.id
             AND s.from_ordinal = (SELECT max(from_ordinal) FROM member_state x WHERE x.member_id = m.id AND x.from_ordinal <= ?)
            WHERE m.join_date <= ?
            ORDER BY o.code, m.member_no
            """, arguments: [month.ordinal, lastDay]).map { row in
            Member(number: row["member_no"], name: row["name"], maskedID: row["id_masked"], idIsLegacy: row["id_legacy"],
                   unit: row["unit_code"], department: row["department"],
                   joinDate: (try? LocalDate(parsing: row["join_date"] as String)) ?? .unknownJoin,
                   employmentType: EmploymentType(rawValue: row["employment_type"]) ?? .other,
                   status: MemberStatus(rawValue: row["status"]) ?? .active, wageBase: Money(fen: row["wage_fen"]),
                   stateFrom: YearMonth(ordinal: row["from_ordinal"]))
        }
    }
}
