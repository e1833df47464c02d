import Foundation
import LedgerCore
import LedgerPostgres
import LedgerStore
import UnionMembers

/// The member register's writes within one import, on PostgreSQL.
///
/// `MemberRegister.importMembers` asks row by row (is this number known, who holds this ID, what
/// is the latest state) and writes row by row. Asked of the server one by one, 20,000 rows would
/// be 60,000+ round trips; instead the register is read once, in one query, at the first
/// question, and the writes are queued and sent as a few multi-row statements when the body is
/// done (`flush`, before commit). Answers come from what was read plus what this transaction
/// wrote. Rows are read strictly only when asked for, so a damaged row fails where SQLite's
/// store would fail too, not because it happened to be read in bulk.
final class PostgresMemberTransaction: MemberTransaction {
    let session: PostgresSession
    let user: String
    let now: String

    init(session: PostgresSession, user: String, now: String) {
        self.session = session
        self.user = user
        self.now = now
    }

    // MARK: The register as read once, and as written since

    private var loaded = false
    /// Each stored member's row (register fields and latest state), read strictly on demand.
    private var storedRows: [String: PostgresRowValues] = [:]
    private var ids: [String: Int64] = [:]
    /// Members by ID hash, in id order (the lowest id answers `holder`, as SQLite's index scan does).
    private var numbersByHash: [Data: [String]] = [:]
    /// Register fields and latest states written by this transaction.
    private var writtenRecords: [String: MemberRecord] = [:]
    private var writtenLatest: [String: MemberStateChange] = [:]

    // MARK: Writes queued until `flush`

    private var newMembers: [String] = []
    private var updatedMembers: [String] = []
    private var updatedSet: Set<String> = []
    /// Per member: stored states after `deleteAfter` go, then `upserts` (by month) are written.
    private var stateOrder: [String] = []
    private var stateWrites: [String: (deleteAfter: Int?, upserts: [Int: MemberStateChange])] = [:]
    private var changes: [(change: MemberChange, source: String)] = []

    func registeredUnits() throws -> Set<String> {
        try PostgresMemberRows.registeredUnits(session)
    }

    func idKeyRecord() throws -> MemberIDKeyRecord? {
        guard let row = try session.query("""
            SELECT source, secret, secret IS NULL AS secret_missing, fingerprint, fingerprint IS NULL AS fingerprint_missing
            FROM member_id_key WHERE id = 1
            """).first else { return nil }
        let stored = PostgresStoredRow(row, table: "member_id_key", key: "1")
        guard let fingerprint = try stored.blob("fingerprint", isNullColumn: "fingerprint_missing") else {
            throw stored.failure("fingerprint", "is missing")
        }
        return MemberIDKeyRecord(source: try stored.choice("source", as: MemberIDKeyRecord.Source.self),
                                 secret: try stored.blob("secret", isNullColumn: "secret_missing"), fingerprint: fingerprint)
    }

    func insertIDKeyRecord(_ record: MemberIDKeyRecord) throws {
        try session.query("""
            INSERT INTO member_id_key(id, source, secret, fingerprint, created_at, created_by) VALUES (1, $1, $2, $3, $4, $5)
            """, [.text(record.source.rawValue), record.secret.map { .bytes(Array($0)) } ?? .null, .bytes(Array(record.fingerprint)),
                  .text(now), .text(user)])
    }

    func member(number: String) throws -> MemberRecord? {
        try load()
        if let written = writtenRecords[number] { return written }
        return try storedRows[number].map(PostgresMemberRows.record)
    }

    func holder(ofIDHash hash: Data) throws -> String? {
        try load()
        // Still a member: active or retained (a withdrawn or transferred member may join again).
        let stillMember: Set<String> = [MemberStatus.active.rawValue, MemberStatus.retainedExempt.rawValue]
        return try numbersByHash[hash]?.first { number in
            if let latest = writtenLatest[number] { return stillMember.contains(latest.status.rawValue) }
            // As SQLite's `status IN (…)`: compared as stored, not parsed.
            guard let status = try storedRows[number]?.optionalText("status") else { return false }
            return stillMember.contains(status)
        }
    }

    func latestState(memberNumber: String) throws -> MemberStateChange? {
        try load()
        if let written = writtenLatest[memberNumber] { return written }
        guard let row = storedRows[memberNumber], try row.optionalInt("from_ordinal") != nil else { return nil }
        return try PostgresMemberRows.state(row, member: memberNumber)
    }

    func insertMember(_ member: MemberRecord, state: MemberStateChange) throws {
        try load()
        // member_no is UNIQUE: refused here, at once, as SQLite refuses the INSERT.
        guard storedRows[member.number] == nil, writtenRecords[member.number] == nil else {
            throw StoreError.storage(message: "member row \(member.number): member_no is already in the register")
        }
        writtenRecords[member.number] = member
        if let hash = member.idHash { numbersByHash[hash, default: []].append(member.number) }
        newMembers.append(member.number)
        queueState(member.number, deleteAfter: nil, state)
    }

    func updateMember(_ member: MemberRecord) throws {
        // As SQLite's UPDATE … WHERE member_no = ?: an unknown number changes nothing.
        guard let old = try self.member(number: member.number) else { return }
        if old.idHash != member.idHash {
            if let hash = old.idHash { numbersByHash[hash]?.removeAll { $0 == member.number } }
            if let hash = member.idHash { numbersByHash[hash, default: []].append(member.number) }
        }
        writtenRecords[member.number] = member
        if storedRows[member.number] != nil, updatedSet.insert(member.number).inserted { updatedMembers.append(member.number) }
    }

    func replaceStates(memberNumber: String, from state: MemberStateChange) throws {
        try load()
        guard storedRows[memberNumber] != nil || writtenRecords[memberNumber] != nil else {
            throw StoreError.storage(message: "member \(memberNumber) is not in the register")
        }
        queueState(memberNumber, deleteAfter: state.from.ordinal, state)
    }

    func recordChanges(_ changes: [MemberChange], source: String) throws {
        self.changes += changes.map { ($0, source) }
    }

    func recordEvent(action: String, detail: String) throws {
        try PostgresMemberRows.recordEvent(session, organisation: nil, at: now, user: user, action: action, detail: detail)
    }

    /// Sends the queued writes, in an order that gives the calls' net effect: new members (their
    /// ids back), changed members, the states given way, the states written, the changes.
    func flush() throws {
        if !newMembers.isEmpty {
            let rows = try newMembers.map { number in try memberValues(number) + [.text(now), .text(user)] }
            for row in try MemberBulk.run(session, rows: rows, types: Self.memberTypes + ["text", "text"], { values in """
                INSERT INTO member(member_no, name, id_hash, id_masked, id_legacy, unit_id, department, join_date, employment_type,
                                   created_at, created_by)
                SELECT v.member_no, v.name, v.id_hash, v.id_masked, v.id_legacy, (SELECT o.id FROM organisation o WHERE o.code = v.unit),
                       v.department, v.join_date, v.employment_type, v.created_at, v.created_by
                FROM (\(values)) AS v(\(Self.memberColumns), created_at, created_by)
                RETURNING id, member_no
                """ }) {
                ids[try row.text("member_no")] = try row.int("id")
            }
            newMembers = []
        }
        if !updatedMembers.isEmpty {
            try MemberBulk.run(session, rows: try updatedMembers.map { number in try memberValues(number) }, types: Self.memberTypes) { values in """
                UPDATE member m SET name = v.name, id_hash = v.id_hash, id_masked = v.id_masked, id_legacy = v.id_legacy,
                       unit_id = (SELECT o.id FROM organisation o WHERE o.code = v.unit), department = v.department,
                       join_date = v.join_date, employment_type = v.employment_type
                FROM (\(values)) AS v(\(Self.memberColumns))
                WHERE m.member_no = v.member_no
                """ }
            updatedMembers = []
            updatedSet = []
        }
        if !stateOrder.isEmpty {
            var deletions: [[PostgresValue]] = []
            var upserts: [[PostgresValue]] = []
            for number in stateOrder {
                guard let queued = stateWrites[number], let id = ids[number] else {
                    throw StoreError.storage(message: "member \(number) is not in the register")
                }
                if let after = queued.deleteAfter { deletions.append([.integer(id), .int(after)]) }
                for (_, state) in queued.upserts.sorted(by: { $0.key < $1.key }) {
                    upserts.append([.integer(id), .int(state.from.ordinal), .text(state.status.rawValue), .integer(state.wageBase.fen),
                                    .text(now), .text(user)])
                }
            }
            try MemberBulk.run(session, rows: deletions, types: ["bigint", "bigint"]) { values in """
                DELETE FROM member_state s USING (\(values)) AS v(member_id, after)
                WHERE s.member_id = v.member_id AND s.from_ordinal > v.after
                """ }
            try MemberBulk.run(session, rows: upserts, types: ["bigint", "bigint", "text", "bigint", "text", "text"]) { values in """
                INSERT INTO member_state(member_id, from_ordinal, status, wage_fen, recorded_at, recorded_by) \(values)
                ON CONFLICT(member_id, from_ordinal) DO UPDATE SET status = excluded.status, wage_fen = excluded.wage_fen,
                    recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by
                """ }
            stateOrder = []
            stateWrites = [:]
        }
        if !changes.isEmpty {
            let rows: [[PostgresValue]] = changes.map { entry in
                [.text(entry.change.memberNumber), .text(entry.change.field), .text(entry.change.old), .text(entry.change.new),
                 .text(entry.change.effective), .text(entry.source), .text(now), .text(user)]
            }
            try MemberBulk.run(session, rows: rows, types: Array(repeating: "text", count: 8)) { values in """
                INSERT INTO member_change(member_id, field, old_value, new_value, effective, source, at, by)
                SELECT (SELECT m.id FROM member m WHERE m.member_no = v.member_no), v.field, v.old_value, v.new_value, v.effective,
                       v.source, v.at, v.by
                FROM (\(values)) AS v(member_no, field, old_value, new_value, effective, source, at, by)
                """ }
            changes = []
        }
    }

    private static let memberColumns = "member_no, name, id_hash, id_masked, id_legacy, unit, department, join_date, employment_type"
    private static let memberTypes = ["text", "text", "bytea", "text", "bigint", "text", "text", "text", "text"]

    /// A member's register fields as written, in `memberColumns` order.
    private func memberValues(_ number: String) throws -> [PostgresValue] {
        guard let member = writtenRecords[number] else { throw StoreError.storage(message: "member \(number) is not in the register") }
        return [.text(member.number), .text(member.name), member.idHash.map { .bytes(Array($0)) } ?? .null, .text(member.maskedID),
                .integer(member.idIsLegacy ? 1 : 0), .text(member.unit), .text(member.department), .text(member.joinDate.description),
                .text(member.employmentType.rawValue)]
    }

    /// Later dated states give way and one in the same month is replaced — merged with what is
    /// queued for the member already, so the queue's net effect is the calls' in order.
    private func queueState(_ number: String, deleteAfter: Int?, _ state: MemberStateChange) {
        var queued = stateWrites[number] ?? (deleteAfter: nil, upserts: [:])
        if queued.deleteAfter == nil && queued.upserts.isEmpty { stateOrder.append(number) }
        if let deleteAfter {
            queued.deleteAfter = min(queued.deleteAfter ?? deleteAfter, deleteAfter)
            queued.upserts = queued.upserts.filter { $0.key <= deleteAfter }
        }
        queued.upserts[state.from.ordinal] = state
        stateWrites[number] = queued
        // Every state this transaction queued is at or before the last one given.
        writtenLatest[number] = queued.upserts.max { $0.key < $1.key }?.value ?? state
    }

    /// The register, read once: every member with their latest state, in id order.
    private func load() throws {
        guard !loaded else { return }
        for row in try session.query("""
            SELECT m.id, m.member_no, m.name, m.id_hash, m.id_hash IS NULL AS id_hash_missing, m.id_masked, m.id_legacy,
                   o.code AS unit_code, m.department, m.join_date, m.employment_type, s.from_ordinal, s.status, s.wage_fen
            FROM member m JOIN organisation o ON o.id = m.unit_id
            LEFT JOIN LATERAL (SELECT x.from_ordinal, x.status, x.wage_fen FROM member_state x WHERE x.member_id = m.id
                               ORDER BY x.from_ordinal DESC LIMIT 1) s ON true
            ORDER BY m.id
            """) {
            let stored = PostgresStoredRow(row, table: "member", keyColumn: "id")
            let number = try stored.text("member_no")
            storedRows[number] = row
            ids[number] = try stored.integer("id")
            if let hash = try stored.blob("id_hash", isNullColumn: "id_hash_missing") { numbersByHash[hash, default: []].append(number) }
        }
        loaded = true
    }
}
