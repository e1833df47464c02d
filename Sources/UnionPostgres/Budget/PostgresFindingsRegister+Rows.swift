import LedgerCore
import LedgerPostgres
import LedgerStore
import UnionAudit
import UnionCore

/// The findings register's rows: written and read back strictly, as UnionSQLite's.
extension PostgresFindingsRegister {
    /// The organisation's id.
    /// - Throws: `LedgerError.organisationMustExist`.
    static func id(of code: String, _ session: PostgresSession) throws -> Int64 {
        guard let row = try session.query("SELECT id FROM organisation WHERE code = $1", [.text(code)]).first else {
            throw LedgerError.organisationMustExist(code: code)
        }
        return try row.int("id")
    }

    static func severityText(_ severity: Severity) -> String {
        switch severity {
        case .info: "info"
        case .warning: "warning"
        case .violation: "violation"
        }
    }

    static func addEvent(_ session: PostgresSession, finding: Int64, organisation: Int64, status: FindingStatus, note: String,
                         at timestamp: String, user: String) throws {
        try session.query("""
            INSERT INTO audit_finding_event(finding_id, status, note, at, by, org_id) VALUES ($1, $2, $3, $4, $5, $6)
            """, [.integer(finding), .text(status.rawValue), .text(note), .text(timestamp), .text(user), .integer(organisation)])
    }

    static func run(_ row: PostgresRowValues) throws -> AuditRunRecord {
        let stored = PostgresStoredRow(row, table: "audit_run", keyColumn: "id")
        return AuditRunRecord(id: try stored.integer("id"), kind: try stored.choice("kind", as: AuditRunKind.self),
                              months: try stored.month("from_ordinal")...stored.month("to_ordinal"),
                              tenure: try stored.optionalInteger("tenure_id"), at: try stored.text("run_at"), by: try stored.text("run_by"))
    }

    /// The trail of the organisation's findings (or of one), by finding, each in the order recorded:
    /// one query for the whole register instead of one per finding.
    static func history(_ session: PostgresSession, organisation: Int64, finding: Int64?) throws -> [Int64: [RegisteredFinding.Event]] {
        var sql = "SELECT id, finding_id, status, note, at, by FROM audit_finding_event WHERE org_id = $1"
        var values: [PostgresValue] = [.integer(organisation)]
        if let finding {
            sql += " AND finding_id = $2"
            values.append(.integer(finding))
        }
        var result: [Int64: [RegisteredFinding.Event]] = [:]
        for row in try session.query(sql + " ORDER BY finding_id, id", values) {
            let trail = PostgresStoredRow(row, table: "audit_finding_event", keyColumn: "id")
            result[try trail.integer("finding_id"), default: []].append(RegisteredFinding.Event(
                status: try trail.choice("status", as: FindingStatus.self), note: try trail.text("note"),
                at: try trail.text("at"), by: try trail.text("by")))
        }
        return result
    }

    static func registered(_ row: PostgresRowValues, history: [Int64: [RegisteredFinding.Event]]) throws -> RegisteredFinding {
        let stored = PostgresStoredRow(row, table: "audit_finding", keyColumn: "id")
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
        return RegisteredFinding(id: id, finding: finding, status: try stored.choice("status", as: FindingStatus.self),
                                 firstRun: try stored.integer("first_run_id"), lastRun: try stored.integer("last_run_id"),
                                 history: history[id] ?? [])
    }
}
