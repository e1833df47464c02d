import Foundation
import GRDB
import LedgerCore
import LedgerSQLite
import LedgerStore
import UnionCore
import UnionMembers

/// The member register in a SQLite books file (tables `member`, `member_state`, `member_change`,
/// `member_id_key`, `unit_headcount`; migration 0005).
public struct SQLiteMemberStore: MemberStore {
    public let database: LedgerDatabase

    public init(database: LedgerDatabase) {
        self.database = database
    }

    public var clock: WallClock { database.clock }

    public func registeredUnits() throws -> Set<String> {
        try database.read { db in try Self.registeredUnits(db) }
    }

    public func members(in month: YearMonth) throws -> [Member] {
        try database.read { db in try MemberRows.members(db, in: month) }
    }

    public func forEachMember(in month: YearMonth, unit: String?, status: MemberStatus?, _ body: (Member) throws -> Void) throws {
        try database.read { db in try MemberRows.forEachMember(db, in: month, unit: unit, status: status, body) }
    }

    public func member(number: String) throws -> MemberHistory? {
        try database.read { db in
            guard let record = try MemberRows.record(db, number: number) else { return nil }
            let states = try Row.fetchAll(db, sql: """
                SELECT s.from_ordinal, s.status, s.wage_fen FROM member_state s JOIN member m ON m.id = s.member_id
                WHERE m.member_no = ? ORDER BY s.from_ordinal
                """, arguments: [number]).map { row in try MemberRows.state(row, member: number) }
            let changes = try Row.fetchAll(db, sql: """
                SELECT c.id, c.field, c.old_value, c.new_value, c.effective FROM member_change c JOIN member m ON m.id = c.member_id
                WHERE m.member_no = ? ORDER BY c.id
                """, arguments: [number]).map { row in
                let stored = StoredRow(row, table: "member_change", keyColumn: "id")
                return MemberChange(memberNumber: number, field: try stored.text("field"), old: try stored.text("old_value"),
                                    new: try stored.text("new_value"), effective: try stored.text("effective"))
            }
            return MemberHistory(record: record, states: states, changes: changes)
        }
    }

    public func employeeCounts(in month: YearMonth) throws -> [String: Int] {
        try database.read { db in
            // The latest count at or before the month: the payroll declarations' headcount (the
            // latest revision of the latest month declared, issue 4), or a count recorded with
            // `org set --employees`; in the same month the declaration wins.
            let declared = try Self.latestDeclarations(db, upTo: month)
            var counts: [String: Int] = [:]
            // A cursor: its rows find columns by name from a table (see `organisations`).
            let rows = try Row.fetchCursor(db, sql: """
                SELECT o.id, o.code,
                       (SELECT h.from_ordinal FROM unit_headcount h WHERE h.org_id = o.id AND h.from_ordinal <= ?
                        ORDER BY h.from_ordinal DESC, h.source = 'payroll' DESC LIMIT 1) AS declared_month,
                       (SELECT h.employees FROM unit_headcount h WHERE h.org_id = o.id AND h.from_ordinal <= ?
                        ORDER BY h.from_ordinal DESC, h.source = 'payroll' DESC LIMIT 1) AS declared_employees
                FROM organisation o
                """, arguments: [month.ordinal, month.ordinal])
            while let row = try rows.next() {
                let stored = StoredRow(row, table: "organisation", keyColumn: "code")
                let code = try stored.text("code")
                let declaredMonth = try stored.optionalInteger("declared_month")
                if let payroll = declared[try stored.integer("id")], payroll.month >= (declaredMonth ?? Int64.min) {
                    guard let headcount = Int(exactly: payroll.headcount), headcount >= 0 else {
                        throw StoreError.storage(message: "payroll_declaration row \(code) \(payroll.month): headcount \(payroll.headcount) is not a count")
                    }
                    counts[code] = headcount
                } else if let declaredMonth {
                    counts[code] = try StoredRow(row, table: "unit_headcount", key: "\(code) \(declaredMonth)").count("declared_employees")
                }
            }
            return counts
        }
    }

    /// A unit's latest payroll declaration at or before a month: its month, revision and headcount.
    private struct DeclaredHeadcount {
        var month: Int64
        var revision: Int64
        var headcount: Int64
    }

    /// Each unit's latest declaration at or before `month` (latest month, then latest revision),
    /// by unit id: one pass over the register, which is keyed month first (0022), in the table's
    /// own order (through the key's index, each row was a second seek). Read from SQLite's
    /// buffers: a federation's year is 600,000 rows, and the table is STRICT, so its INTEGER NOT
    /// NULL columns hold integers.
    private static func latestDeclarations(_ db: Database, upTo month: YearMonth) throws -> [Int64: DeclaredHeadcount] {
        var latest: [Int64: DeclaredHeadcount] = [:]
        let rows = try RawStatement(db, "SELECT unit_id, month, revision, headcount FROM payroll_declaration NOT INDEXED WHERE month <= ?")
        rows.bind(1, month.ordinal)
        while try rows.step() {
            let unit = rows.int64(0)
            let found = DeclaredHeadcount(month: rows.int64(1), revision: rows.int64(2), headcount: rows.int64(3))
            if let known = latest[unit], (known.month, known.revision) >= (found.month, found.revision) { continue }
            latest[unit] = found
        }
        rows.reset()
        return latest
    }

    public func setEmployees(unit: String, count: Int, from month: YearMonth, user: String) throws {
        try database.write { db in
            let unitID = try SQLiteOrganisationStore.id(of: unit, db)
            try db.execute(sql: """
                INSERT INTO unit_headcount(org_id, from_ordinal, source, employees, recorded_at, recorded_by)
                VALUES (?, ?, 'declared', ?, ?, ?)
                ON CONFLICT(org_id, from_ordinal, source) DO UPDATE SET employees = excluded.employees,
                    recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by
                """, arguments: [unitID, month.ordinal, count, database.clock.now(), user])
        }
    }

    public func withMemberTransaction<T>(user: String, _ body: (any MemberTransaction) throws -> T) throws -> T {
        try database.write { db in try body(SQLiteMemberTransaction(db: db, user: user, now: database.clock.now())) }
    }

    static func registeredUnits(_ db: Database) throws -> Set<String> {
        try Set(String.fetchAll(db, sql: "SELECT code FROM organisation"))
    }
}
