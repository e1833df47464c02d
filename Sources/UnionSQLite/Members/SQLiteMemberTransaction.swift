import Foundation
import GRDB
import LedgerCore
import LedgerStore
import UnionMembers

/// The member register's writes within one write transaction (an import).
struct SQLiteMemberTransaction: MemberTransaction {
    let db: Database
    let user: String
    let now: String

    func registeredUnits() throws -> Set<String> {
        try SQLiteMemberStore.registeredUnits(db)
    }

    func idKeyRecord() throws -> MemberIDKeyRecord? {
        guard let row = try Row.fetchOne(db, sql: "SELECT source, secret, fingerprint FROM member_id_key WHERE id = 1") else { return nil }
        let stored = StoredRow(row, table: "member_id_key", key: "1")
        guard let fingerprint = try stored.blob("fingerprint") else { throw stored.failure("fingerprint", "is missing") }
        return MemberIDKeyRecord(source: try stored.choice("source", as: MemberIDKeyRecord.Source.self),
                                 secret: try stored.blob("secret"), fingerprint: fingerprint)
    }

    func insertIDKeyRecord(_ record: MemberIDKeyRecord) throws {
        try db.execute(sql: """
            INSERT INTO member_id_key(id, source, secret, fingerprint, created_at, created_by) VALUES (1, ?, ?, ?, ?, ?)
            """, arguments: [record.source.rawValue, record.secret, record.fingerprint, now, user])
    }

    func fileRowsSeen(expectedRows: Int) throws -> any MemberFileSeen { SQLiteMemberFileSeen(db, expectedRows: expectedRows) }

    func member(number: String) throws -> MemberRecord? {
        try MemberRows.record(db, number: number)
    }

    func holder(ofIDHash hash: Data) throws -> String? {
        try String.fetchOne(try db.cachedStatement(sql: """
            SELECT m.member_no FROM member m
            WHERE m.id_hash = ? AND (SELECT s.status FROM member_state s WHERE s.member_id = m.id
                                     ORDER BY s.from_ordinal DESC LIMIT 1) IN ('active', 'retained-exempt')
            LIMIT 1
            """), arguments: [hash])
    }

    func latestState(memberNumber: String) throws -> MemberStateChange? {
        try Row.fetchOne(try db.cachedStatement(sql: """
            SELECT s.from_ordinal, s.status, s.wage_fen FROM member_state s JOIN member m ON m.id = s.member_id
            WHERE m.member_no = ? ORDER BY s.from_ordinal DESC LIMIT 1
            """), arguments: [memberNumber]).map { row in try MemberRows.state(row, member: memberNumber) }
    }

    func insertMember(_ member: MemberRecord, state: MemberStateChange) throws {
        try db.cachedStatement(sql: """
            INSERT INTO member(member_no, name, id_hash, id_masked, id_legacy, unit_id, department, join_date, employment_type,
                               created_at, created_by)
            VALUES (?, ?, ?, ?, ?, (SELECT id FROM organisation WHERE code = ?), ?, ?, ?, ?, ?)
            """).execute(arguments: [member.number, member.name, member.idHash, member.maskedID, member.idIsLegacy ? 1 : 0, member.unit,
                                     member.department, member.joinDate.description, member.employmentType.rawValue, now, user])
        try setState(memberID: db.lastInsertedRowID, state)
    }

    func updateMember(_ member: MemberRecord) throws {
        try db.execute(sql: """
            UPDATE member SET name = ?, id_hash = ?, id_masked = ?, id_legacy = ?, unit_id = (SELECT id FROM organisation WHERE code = ?),
                              department = ?, join_date = ?, employment_type = ? WHERE member_no = ?
            """, arguments: [member.name, member.idHash, member.maskedID, member.idIsLegacy ? 1 : 0, member.unit, member.department,
                             member.joinDate.description, member.employmentType.rawValue, member.number])
    }

    func replaceStates(memberNumber: String, from state: MemberStateChange) throws {
        let memberID = try id(of: memberNumber)
        try db.execute(sql: "DELETE FROM member_state WHERE member_id = ? AND from_ordinal > ?", arguments: [memberID, state.from.ordinal])
        try setState(memberID: memberID, state)
    }

    func recordChanges(_ changes: [MemberChange], source: String) throws {
        for change in changes {
            try db.execute(sql: """
                INSERT INTO member_change(member_id, field, old_value, new_value, effective, source, at, by)
                VALUES ((SELECT id FROM member WHERE member_no = ?), ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [change.memberNumber, change.field, change.old, change.new, change.effective, source, now, user])
        }
    }

    func recordEvent(action: String, detail: String) throws {
        try UnionSQLiteStores.recordEvent(db, organisation: nil, at: now, user: user, action: action, detail: detail)
    }

    private func id(of memberNumber: String) throws -> Int64 {
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM member WHERE member_no = ?", arguments: [memberNumber]) else {
            throw StoreError.storage(message: "member \(memberNumber) is not in the register")
        }
        return id
    }

    private func setState(memberID: Int64, _ state: MemberStateChange) throws {
        try db.cachedStatement(sql: """
            INSERT INTO member_state(member_id, from_ordinal, status, wage_fen, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT(member_id, from_ordinal) DO UPDATE SET status = excluded.status, wage_fen = excluded.wage_fen,
                recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by
            """).execute(arguments: [memberID, state.from.ordinal, state.status.rawValue, state.wageBase.fen, now, user])
    }
}
