import LedgerCore
import LedgerPostgres
import LedgerStore
import UnionAudit
import UnionCore

/// The findings register in a PostgreSQL book (tables `audit_run`, `audit_finding`,
/// `audit_finding_event`, `audit_comment`; step 0010) — as UnionSQLite's `SQLiteFindingsRegister`.
/// Every write is one transaction.
public struct PostgresFindingsRegister: FindingsRegister, @unchecked Sendable {
    public let store: PostgresStore

    public init(store: PostgresStore) {
        self.store = store
    }

    /// The first key of the advisory lock recording a run holds on its organisation ("GHAF"): two
    /// runs recording the same new finding at once would both insert it; they take turns instead,
    /// as every writer does on SQLite.
    static let lockSpace = 0x4748_4146

    public func runs(organisation: String) throws -> [AuditRunRecord] {
        try store.read {
            let organisationID = try Self.id(of: organisation, store.session)
            return try store.session.query("""
                SELECT id, kind, from_ordinal, to_ordinal, tenure_id, run_at, run_by FROM audit_run WHERE org_id = $1 ORDER BY id
                """, [.integer(organisationID)]).map(Self.run)
        }
    }

    public func registeredFindings(organisation: String) throws -> [RegisteredFinding] {
        try store.read {
            let organisationID = try Self.id(of: organisation, store.session)
            let history = try Self.history(store.session, organisation: organisationID, finding: nil)
            return try store.session.query("SELECT * FROM audit_finding WHERE org_id = $1 ORDER BY id", [.integer(organisationID)])
                .map { try Self.registered($0, history: history) }
        }
    }

    public func record(_ kind: AuditRunKind, organisation: String, months: ClosedRange<YearMonth>, tenure: Int64?,
                       findings: [Finding], user: String) throws -> AuditRunRecord {
        let now = store.clock.now()
        let session = store.session
        return try store.write {
            let organisationID = try Self.id(of: organisation, session)
            try session.query("SELECT pg_advisory_xact_lock($1::int, $2::int)", [.int(Self.lockSpace), .integer(organisationID)])
            let runID = try session.one("""
                INSERT INTO audit_run(org_id, kind, from_ordinal, to_ordinal, tenure_id, run_at, run_by) VALUES ($1, $2, $3, $4, $5, $6, $7)
                RETURNING id
                """, [.integer(organisationID), .text(kind.rawValue), .int(months.lowerBound.ordinal), .int(months.upperBound.ordinal),
                      .optional(tenure), .text(now), .text(user)]).int("id")
            // The findings already registered, read once for the whole run.
            var known: [String: (id: Int64, status: FindingStatus)] = [:]
            for row in try session.query("SELECT id, fingerprint, status FROM audit_finding WHERE org_id = $1", [.integer(organisationID)]) {
                let stored = PostgresStoredRow(row, table: "audit_finding", keyColumn: "id")
                known[try stored.text("fingerprint")] = (try stored.integer("id"), try stored.choice("status", as: FindingStatus.self))
            }
            for finding in findings {
                let fingerprint = finding.fingerprint
                if let (id, status) = known[fingerprint] {
                    try session.query("""
                        UPDATE audit_finding SET last_run_id = $1, severity = $2, amount_fen = $3, explanation_zh = $4, explanation_en = $5,
                               responsibility = $6, status = 'open' WHERE id = $7
                        """, [.integer(runID), .text(Self.severityText(finding.severity)), .optional(finding.amount?.fen),
                              .text(finding.explanationChinese), .text(finding.explanationEnglish), .optional(finding.responsibility),
                              .integer(id)])
                    // Found again after it was reported fixed: open again, on record.
                    if status != .open {
                        try Self.addEvent(session, finding: id, organisation: organisationID, status: .open,
                                          note: "found again by run \(runID)", at: now, user: user)
                    }
                    known[fingerprint] = (id, .open)
                    continue
                }
                let id = try session.one("""
                    INSERT INTO audit_finding(org_id, fingerprint, check_id, severity, amount_fen, vouchers, organisations,
                                              from_ordinal, to_ordinal, explanation_zh, explanation_en, responsibility,
                                              first_run_id, last_run_id)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id
                    """, [.integer(organisationID), .text(fingerprint), .text(finding.check), .text(Self.severityText(finding.severity)),
                          .optional(finding.amount?.fen), .text(finding.vouchers.map(String.init).joined(separator: ",")),
                          .text(finding.organisations.joined(separator: ",")),
                          .optional(finding.period.map { Int64($0.lowerBound.ordinal) }), .optional(finding.period.map { Int64($0.upperBound.ordinal) }),
                          .text(finding.explanationChinese), .text(finding.explanationEnglish), .optional(finding.responsibility),
                          .integer(runID), .integer(runID)]).int("id")
                try Self.addEvent(session, finding: id, organisation: organisationID, status: .open, note: "", at: now, user: user)
                known[fingerprint] = (id, .open)
            }
            return AuditRunRecord(id: runID, kind: kind, months: months, tenure: tenure, at: now, by: user)
        }
    }

    public func setStatus(finding id: Int64, organisation: String, to status: FindingStatus, note: String,
                          user: String) throws -> RegisteredFinding {
        let now = store.clock.now()
        let session = store.session
        return try store.write {
            let organisationID = try Self.id(of: organisation, session)
            // FOR UPDATE: two people moving the same finding at once take turns, each from where the other left it.
            guard let row = try session.query("SELECT * FROM audit_finding WHERE id = $1 AND org_id = $2 FOR UPDATE",
                                              [.integer(id), .integer(organisationID)]).first else { throw AuditError.findingMustExist(id: id) }
            let current = try PostgresStoredRow(row, table: "audit_finding", keyColumn: "id").choice("status", as: FindingStatus.self)
            try FindingStatus.checkMove(finding: id, from: current, to: status)
            try session.query("UPDATE audit_finding SET status = $1 WHERE id = $2", [.text(status.rawValue), .integer(id)])
            try Self.addEvent(session, finding: id, organisation: organisationID, status: status, note: note, at: now, user: user)
            guard let updated = try session.query("SELECT * FROM audit_finding WHERE id = $1", [.integer(id)]).first else {
                throw AuditError.findingMustExist(id: id)
            }
            return try Self.registered(updated, history: try Self.history(session, organisation: organisationID, finding: id))
        }
    }

    public func recordComment(_ comment: AuditeeComment, user: String) throws {
        let now = store.clock.now()
        let session = store.session
        try store.write {
            guard let tenure = try session.query("SELECT org_id FROM tenure WHERE id = $1", [.integer(comment.tenure)]).first else {
                throw UnionFundsError.tenureMustExist(id: comment.tenure)
            }
            try session.query("""
                INSERT INTO audit_comment(tenure_id, received, comment, recorded_at, recorded_by, org_id) VALUES ($1, $2, $3, $4, $5, $6)
                """, [.integer(comment.tenure), .text(comment.received.description), .text(comment.text), .text(now), .text(user),
                      .integer(try tenure.int("org_id"))])
        }
    }

    public func comments(tenure: Int64) throws -> [AuditeeComment] {
        try store.read {
            try store.session.query("""
                SELECT id, tenure_id, received, comment FROM audit_comment WHERE tenure_id = $1 ORDER BY received COLLATE "C", id
                """, [.integer(tenure)]).map { row in
                let stored = PostgresStoredRow(row, table: "audit_comment", keyColumn: "id")
                return AuditeeComment(tenure: try stored.integer("tenure_id"), received: try stored.date("received"), text: try stored.text("comment"))
            }
        }
    }
}
