import Foundation
import GRDB
import LedgerCore
import LedgerSQLite
import LedgerStore
import UnionAudit
import UnionCore

/// The findings register in a SQLite books file (tables `audit_run`, `audit_finding`,
/// `audit_finding_event`, `audit_comment`; migration 0010). Every write is one transaction.
public struct SQLiteFindingsRegister: FindingsRegister {
    public let database: LedgerDatabase

    public init(database: LedgerDatabase) {
        self.database = database
    }

    public func runs(organisation: String) throws -> [AuditRunRecord] {
        try database.read { db in
            let organisationID = try SQLiteOrganisationStore.id(of: organisation, db)
            return try Row.fetchAll(db, sql: "SELECT * FROM audit_run WHERE org_id = ? ORDER BY id", arguments: [organisationID]).map(Self.run)
        }
    }

    public func registeredFindings(organisation: String) throws -> [RegisteredFinding] {
        try database.read { db in
            let organisationID = try SQLiteOrganisationStore.id(of: organisation, db)
            return try Row.fetchAll(db, sql: "SELECT * FROM audit_finding WHERE org_id = ? ORDER BY id", arguments: [organisationID])
                .map { try Self.registered($0, db) }
        }
    }

    public func record(_ kind: AuditRunKind, organisation: String, months: ClosedRange<YearMonth>, tenure: Int64?,
                       findings: [Finding], user: String) throws -> AuditRunRecord {
        let now = database.clock.now()
        return try database.write { db in
            let organisationID = try SQLiteOrganisationStore.id(of: organisation, db)
            try db.execute(sql: """
                INSERT INTO audit_run(org_id, kind, from_ordinal, to_ordinal, tenure_id, run_at, run_by) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [organisationID, kind.rawValue, months.lowerBound.ordinal, months.upperBound.ordinal, tenure, now, user])
            let runID = db.lastInsertedRowID
            for finding in findings {
                let fingerprint = finding.fingerprint
                if let row = try Row.fetchOne(db, sql: "SELECT id, status FROM audit_finding WHERE org_id = ? AND fingerprint = ?",
                                              arguments: [organisationID, fingerprint]) {
                    let stored = StoredRow(row, table: "audit_finding", keyColumn: "id")
                    let id = try stored.integer("id")
                    let status = try stored.choice("status", as: FindingStatus.self)
                    try db.execute(sql: """
                        UPDATE audit_finding SET last_run_id = ?, severity = ?, amount_fen = ?, explanation_zh = ?, explanation_en = ?,
                               responsibility = ?, status = 'open' WHERE id = ?
                        """, arguments: [runID, Self.severityText(finding.severity), finding.amount?.fen, finding.explanationChinese,
                                         finding.explanationEnglish, finding.responsibility, id])
                    // Found again after it was reported fixed: open again, on record.
                    if status != .open {
                        try Self.addEvent(db, finding: id, status: .open, note: "found again by run \(runID)", at: now, user: user)
                    }
                    continue
                }
                try db.execute(sql: """
                    INSERT INTO audit_finding(org_id, fingerprint, check_id, severity, amount_fen, vouchers, organisations,
                                              from_ordinal, to_ordinal, explanation_zh, explanation_en, responsibility,
                                              first_run_id, last_run_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [organisationID, fingerprint, finding.check, Self.severityText(finding.severity), finding.amount?.fen,
                                     finding.vouchers.map(String.init).joined(separator: ","), finding.organisations.joined(separator: ","),
                                     finding.period?.lowerBound.ordinal, finding.period?.upperBound.ordinal,
                                     finding.explanationChinese, finding.explanationEnglish, finding.responsibility, runID, runID])
                try Self.addEvent(db, finding: db.lastInsertedRowID, status: .open, note: "", at: now, user: user)
            }
            return AuditRunRecord(id: runID, kind: kind, months: months, tenure: tenure, at: now, by: user)
        }
    }

    public func setStatus(finding id: Int64, organisation: String, to status: FindingStatus, note: String,
                          user: String) throws -> RegisteredFinding {
        let now = database.clock.now()
        return try database.write { db in
            let organisationID = try SQLiteOrganisationStore.id(of: organisation, db)
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM audit_finding WHERE id = ? AND org_id = ?",
                                             arguments: [id, organisationID]) else { throw AuditError.findingMustExist(id: id) }
            let current = try StoredRow(row, table: "audit_finding", keyColumn: "id").choice("status", as: FindingStatus.self)
            try FindingStatus.checkMove(finding: id, from: current, to: status)
            try db.execute(sql: "UPDATE audit_finding SET status = ? WHERE id = ?", arguments: [status.rawValue, id])
            try Self.addEvent(db, finding: id, status: status, note: note, at: now, user: user)
            guard let updated = try Row.fetchOne(db, sql: "SELECT * FROM audit_finding WHERE id = ?", arguments: [id]) else {
                throw AuditError.findingMustExist(id: id)
            }
            return try Self.registered(updated, db)
        }
    }

    public func recordComment(_ comment: AuditeeComment, user: String) throws {
        let now = database.clock.now()
        try database.write { db in
            guard try Int64.fetchOne(db, sql: "SELECT id FROM tenure WHERE id = ?", arguments: [comment.tenure]) != nil else {
                throw UnionFundsError.tenureMustExist(id: comment.tenure)
            }
            try db.execute(sql: """
                INSERT INTO audit_comment(tenure_id, received, comment, recorded_at, recorded_by, org_id)
                VALUES (?, ?, ?, ?, ?, (SELECT org_id FROM tenure WHERE id = ?))
                """, arguments: [comment.tenure, comment.received.description, comment.text, now, user, comment.tenure])
        }
    }

    public func comments(tenure: Int64) throws -> [AuditeeComment] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit_comment WHERE tenure_id = ? ORDER BY received, id", arguments: [tenure]).map { row in
                let stored = StoredRow(row, table: "audit_comment", keyColumn: "id")
                return AuditeeComment(tenure: try stored.integer("tenure_id"), received: try stored.date("received"), text: try stored.text("comment"))
            }
        }
    }

    // MARK: Rows

    static func severityText(_ severity: Severity) -> String {
        switch severity {
        case .info: "info"
        case .warning: "warning"
        case .violation: "violation"
        }
    }

    static func addEvent(_ db: Database, finding: Int64, status: FindingStatus, note: String, at: String, user: String) throws {
        try db.execute(sql: """
            INSERT INTO audit_finding_event(finding_id, status, note, at, by, org_id)
            VALUES (?, ?, ?, ?, ?, (SELECT org_id FROM audit_finding WHERE id = ?))
            """, arguments: [finding, status.rawValue, note, at, user, finding])
    }

    static func run(_ row: Row) throws -> AuditRunRecord {
        let stored = StoredRow(row, table: "audit_run", keyColumn: "id")
        return AuditRunRecord(id: try stored.integer("id"), kind: try stored.choice("kind", as: AuditRunKind.self),
                              months: try stored.month("from_ordinal")...stored.month("to_ordinal"),
                              tenure: try stored.optionalInteger("tenure_id"), at: try stored.text("run_at"), by: try stored.text("run_by"))
    }

    static func registered(_ row: Row, _ db: Database) throws -> RegisteredFinding {
        let stored = StoredRow(row, table: "audit_finding", keyColumn: "id")
        let id = try stored.integer("id")
        let severity: Severity = switch try stored.text("severity") {
        case "info": .info
        case "warning": .warning
        case "violation": .violation
        case let other: throw stored.failure("severity", "'\(other)' is not a severity")
        }
        let vouchers = try stored.text("vouchers").split(separator: ",").map { text in
            guard let id = Int64(text) else { throw stored.failure("vouchers", "'\(text)' is not a voucher id") }
            return id
        }
        var months: ClosedRange<YearMonth>?
        if try stored.optionalInteger("from_ordinal") != nil {
            let from = try stored.month("from_ordinal"), to = try stored.month("to_ordinal")
            guard from <= to else { throw stored.failure("to_ordinal", "is before from_ordinal") }
            months = from...to
        }
        var finding = Finding(check: try stored.text("check_id"), severity: severity,
                              amount: try stored.optionalInteger("amount_fen").map(Money.init(fen:)), vouchers: vouchers,
                              organisations: try stored.text("organisations").split(separator: ",").map(String.init), period: months,
                              explanation: (try stored.text("explanation_zh"), try stored.text("explanation_en")))
        finding.responsibility = try stored.optionalText("responsibility")
        let history = try Row.fetchAll(db, sql: "SELECT * FROM audit_finding_event WHERE finding_id = ? ORDER BY id", arguments: [id]).map { event in
            let trail = StoredRow(event, table: "audit_finding_event", keyColumn: "id")
            return RegisteredFinding.Event(status: try trail.choice("status", as: FindingStatus.self), note: try trail.text("note"),
                                           at: try trail.text("at"), by: try trail.text("by"))
        }
        return RegisteredFinding(id: id, finding: finding, status: try stored.choice("status", as: FindingStatus.self),
                                 firstRun: try stored.integer("first_run_id"), lastRun: try stored.integer("last_run_id"), history: history)
    }
}
