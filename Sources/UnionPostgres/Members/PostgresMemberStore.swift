import Foundation
import LedgerCore
import LedgerPostgres
import LedgerStore
import UnionCore
import UnionMembers

/// The member register in a PostgreSQL book (tables `member`, `member_state`, `member_change`,
/// `member_id_key`, `unit_headcount`; step 0005) — as `SQLiteMemberStore`.
public struct PostgresMemberStore: MemberStore, @unchecked Sendable {
    public let store: PostgresStore

    public init(store: PostgresStore) {
        self.store = store
    }

    public var clock: WallClock { store.clock }

    public func registeredUnits() throws -> Set<String> {
        try store.read { try PostgresMemberRows.registeredUnits(store.session) }
    }

    public func members(in month: YearMonth) throws -> [Member] {
        try store.read { try PostgresMemberRows.members(store.session, in: month) }
    }

    public func member(number: String) throws -> MemberHistory? {
        let session = store.session
        return try store.read {
            guard let record = try PostgresMemberRows.record(session, number: number) else { return nil }
            let states = try session.query("""
                SELECT s.from_ordinal, s.status, s.wage_fen FROM member_state s JOIN member m ON m.id = s.member_id
                WHERE m.member_no = $1 ORDER BY s.from_ordinal
                """, [.text(number)]).map { row in try PostgresMemberRows.state(row, member: number) }
            let changes = try session.query("""
                SELECT c.id, c.field, c.old_value, c.new_value, c.effective FROM member_change c JOIN member m ON m.id = c.member_id
                WHERE m.member_no = $1 ORDER BY c.id
                """, [.text(number)]).map { row in
                let stored = PostgresStoredRow(row, table: "member_change", keyColumn: "id")
                return MemberChange(memberNumber: number, field: try stored.text("field"), old: try stored.text("old_value"),
                                    new: try stored.text("new_value"), effective: try stored.text("effective"))
            }
            return MemberHistory(record: record, states: states, changes: changes)
        }
    }

    public func employeeCounts(in month: YearMonth) throws -> [String: Int] {
        let session = store.session
        return try store.read {
            // The latest count at or before the month: the payroll declarations' headcount (the
            // latest revision of the latest month declared, issue 4), or a count recorded with
            // `org set --employees`; in the same month the declaration wins. The declarations'
            // table comes with the allocation registers (step 0006): a book without it has none.
            let declarations = try session.one("SELECT to_regclass('payroll_declaration') IS NOT NULL AS present").bool("present")
            // Each unit's latest declaration in one pass over the register, which is keyed month
            // first (0022): a lookup per organisation would find no index by unit.
            let latest = declarations ? """
                (SELECT DISTINCT ON (d.unit_id) d.unit_id, d.month, d.headcount FROM payroll_declaration d WHERE d.month <= $1
                 ORDER BY d.unit_id, d.month DESC, d.revision DESC)
                """ : "(SELECT NULL::bigint AS unit_id, NULL::bigint AS month, NULL::bigint AS headcount WHERE false)"
            var counts: [String: Int] = [:]
            for row in try session.query("""
                SELECT o.code, l.month AS payroll_month, l.headcount AS payroll_headcount,
                       (SELECT h.from_ordinal FROM unit_headcount h WHERE h.org_id = o.id AND h.from_ordinal <= $1
                        ORDER BY h.from_ordinal DESC, h.source = 'payroll' DESC LIMIT 1) AS declared_month,
                       (SELECT h.employees FROM unit_headcount h WHERE h.org_id = o.id AND h.from_ordinal <= $1
                        ORDER BY h.from_ordinal DESC, h.source = 'payroll' DESC LIMIT 1) AS declared_employees
                FROM organisation o LEFT JOIN \(latest) l ON l.unit_id = o.id
                """, [.int(month.ordinal)]) {
                let stored = PostgresStoredRow(row, table: "organisation", keyColumn: "code")
                let code = try stored.text("code")
                let payrollMonth = try stored.optionalInteger("payroll_month"), declaredMonth = try stored.optionalInteger("declared_month")
                if let payrollMonth, payrollMonth >= (declaredMonth ?? Int64.min) {
                    counts[code] = try PostgresStoredRow(row, table: "payroll_declaration", key: "\(code) \(payrollMonth)")
                        .count("payroll_headcount")
                } else if let declaredMonth {
                    counts[code] = try PostgresStoredRow(row, table: "unit_headcount", key: "\(code) \(declaredMonth)")
                        .count("declared_employees")
                }
            }
            return counts
        }
    }

    public func setEmployees(unit: String, count: Int, from month: YearMonth, user: String) throws {
        let session = store.session
        try store.write {
            let unitID = try PostgresMemberRows.organisationID(of: unit, session)
            try session.query("""
                INSERT INTO unit_headcount(org_id, from_ordinal, source, employees, recorded_at, recorded_by)
                VALUES ($1, $2, 'declared', $3, $4, $5)
                ON CONFLICT(org_id, from_ordinal, source) DO UPDATE SET employees = excluded.employees,
                    recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by
                """, [.integer(unitID), .int(month.ordinal), .int(count), .text(store.clock.now()), .text(user)])
        }
    }

    public func withMemberTransaction<T>(user: String, _ body: (any MemberTransaction) throws -> T) throws -> T {
        try store.write {
            // A new transaction object per attempt: a rerun after a serialization failure starts clean.
            let transaction = PostgresMemberTransaction(session: store.session, user: user, now: store.clock.now())
            let result = try body(transaction)
            try transaction.flush()
            return result
        }
    }
}
