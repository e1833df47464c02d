import LedgerCore
import LedgerPostgres
import LedgerStore
import UnionCore
import UnionMembers

/// An assessment run's reads and writes within one transaction, on PostgreSQL.
///
/// `MemberDues.assess` writes member by member; the writes are queued and sent as a few
/// multi-row statements before the next read (`assessmentTotals`) and before commit. A second
/// write for the same member and month sends the queue first, so the net effect is the calls' in order.
final class PostgresDuesAssessment: DuesAssessmentTransaction {
    let session: PostgresSession
    /// The organisation id of the books assessed.
    let books: Int64
    let user: String
    let now: String

    private var inserts: [[PostgresValue]] = []
    private var updates: [[PostgresValue]] = []
    private var deletes: [[PostgresValue]] = []
    private var queuedKeys: Set<String> = []

    init(session: PostgresSession, books: Int64, user: String, now: String) {
        self.session = session
        self.books = books
        self.user = user
        self.now = now
    }

    func organisations() throws -> [RegisteredOrganisation] {
        try PostgresMemberRows.organisations(session)
    }

    func assessmentCandidates(month: YearMonth) throws -> [DuesCandidate] {
        try flush()
        let lastDay = month.lastDay.description
        return try session.query("""
            SELECT m.member_no, o.code AS unit, s.status, s.wage_fen, s.from_ordinal, a.amount_fen, a.base_fen, a.exempt,
                   EXISTS (SELECT 1 FROM dues_payment p WHERE p.member_id = m.id AND p.ordinal = $1) AS paid_any
            FROM member m JOIN organisation o ON o.id = m.unit_id
            JOIN member_state s ON s.member_id = m.id
             AND s.from_ordinal = (SELECT max(from_ordinal) FROM member_state x WHERE x.member_id = m.id AND x.from_ordinal <= $1)
            LEFT JOIN dues_assessment a ON a.member_id = m.id AND a.ordinal = $1
            WHERE m.join_date <= $2
            ORDER BY m.id
            """, [.int(month.ordinal), .text(lastDay)]).map { row in
            let number = try PostgresStoredRow(row, table: "member", keyColumn: "member_no").text("member_no")
            let state = try PostgresMemberRows.state(row, member: number)
            let assessment = PostgresStoredRow(row, table: "dues_assessment", key: "\(number) \(month)")
            let existing = try assessment.optionalInteger("amount_fen") == nil ? nil
                : DuesAssessment(base: try assessment.money("base_fen"), amount: try assessment.money("amount_fen"),
                                 exempt: try assessment.flag("exempt"))
            return DuesCandidate(memberNumber: number, unit: try PostgresStoredRow(row, table: "member", key: number).text("unit"),
                                 status: state.status, wageBase: state.wageBase, existing: existing,
                                 hasPayments: try assessment.truth("paid_any"))
        }
    }

    func insertAssessment(memberNumber: String, month: YearMonth, _ assessment: DuesAssessment) throws {
        try queue(memberNumber, month)
        inserts.append([.text(memberNumber), .int(month.ordinal), .integer(books), .integer(assessment.base.fen),
                        .integer(assessment.amount.fen), .integer(assessment.exempt ? 1 : 0), .text(now), .text(user)])
    }

    func updateAssessment(memberNumber: String, month: YearMonth, _ assessment: DuesAssessment) throws {
        try queue(memberNumber, month)
        updates.append([.text(memberNumber), .int(month.ordinal), .integer(assessment.base.fen), .integer(assessment.amount.fen),
                        .integer(assessment.exempt ? 1 : 0), .text(now), .text(user)])
    }

    func deleteAssessment(memberNumber: String, month: YearMonth) throws {
        try queue(memberNumber, month)
        deletes.append([.text(memberNumber), .int(month.ordinal)])
    }

    func assessmentTotals(month: YearMonth) throws -> (total: Money, exempt: Int) {
        try flush()
        // sum() of BIGINT is NUMERIC on PostgreSQL: back to BIGINT (an overflow is an error, not a rounding).
        let row = try session.one("""
            SELECT coalesce(sum(amount_fen), 0)::bigint AS total, coalesce(sum(exempt), 0)::bigint AS exempt
            FROM dues_assessment WHERE org_id = $1 AND ordinal = $2
            """, [.integer(books), .int(month.ordinal)])
        let stored = PostgresStoredRow(row, table: "dues_assessment", key: "totals of \(month)")
        return (try stored.money("total"), try stored.count("exempt"))
    }

    func recordEvent(action: String, detail: String) throws {
        try PostgresMemberRows.recordEvent(session, organisation: books, at: now, user: user, action: action, detail: detail)
    }

    /// One queued write per member and month: another for the same key sends the queue first.
    private func queue(_ memberNumber: String, _ month: YearMonth) throws {
        if !queuedKeys.insert("\(memberNumber) \(month.ordinal)").inserted {
            try flush()
            queuedKeys.insert("\(memberNumber) \(month.ordinal)")
        }
    }

    /// Sends the queued inserts, updates and deletes (each key at most once, so their order does not matter).
    func flush() throws {
        try MemberBulk.run(session, rows: inserts, types: ["text", "bigint", "bigint", "bigint", "bigint", "bigint", "text", "text"]) {
            values in """
            INSERT INTO dues_assessment(member_id, ordinal, org_id, base_fen, amount_fen, exempt, assessed_at, assessed_by)
            SELECT (SELECT m.id FROM member m WHERE m.member_no = v.member_no), v.ordinal, v.org_id, v.base_fen, v.amount_fen,
                   v.exempt, v.assessed_at, v.assessed_by
            FROM (\(values)) AS v(member_no, ordinal, org_id, base_fen, amount_fen, exempt, assessed_at, assessed_by)
            """
        }
        try MemberBulk.run(session, rows: updates, types: ["text", "bigint", "bigint", "bigint", "bigint", "text", "text"]) { values in """
            UPDATE dues_assessment a SET base_fen = v.base_fen, amount_fen = v.amount_fen, exempt = v.exempt,
                   assessed_at = v.assessed_at, assessed_by = v.assessed_by
            FROM (\(values)) AS v(member_no, ordinal, base_fen, amount_fen, exempt, assessed_at, assessed_by), member m
            WHERE m.member_no = v.member_no AND a.member_id = m.id AND a.ordinal = v.ordinal
            """
        }
        try MemberBulk.run(session, rows: deletes, types: ["text", "bigint"]) { values in """
            DELETE FROM dues_assessment a USING (\(values)) AS v(member_no, ordinal), member m
            WHERE m.member_no = v.member_no AND a.member_id = m.id AND a.ordinal = v.ordinal
            """
        }
        inserts = []
        updates = []
        deletes = []
        queuedKeys = []
    }
}

/// A collection run's reads and writes within the books' posting transaction, on PostgreSQL.
///
/// A payments file is checked row by row (`standing`): each month asked about is read once for
/// every member, and the rows are read strictly only when asked for. Payments are queued and
/// sent as multi-row statements before the next read and before commit.
final class PostgresDuesCollection: DuesCollectionTransaction {
    let posting: PostgresPostingTransaction
    /// The organisation id of the books collecting.
    let books: Int64

    private var session: PostgresSession { posting.session }
    private var payments: [[PostgresValue]] = []
    /// Per month ordinal: each member's standing row, as read.
    private var standings: [Int: [String: PostgresRowValues]] = [:]

    init(posting: PostgresPostingTransaction, books: Int64) {
        self.posting = posting
        self.books = books
    }

    func post(_ draft: VoucherDraft) throws -> PostedVoucher {
        try posting.post(draft)
    }

    func importedContent(kind: String, digest: String) throws -> ImportedContent? {
        try posting.importedContent(kind: kind, digest: digest)
    }

    func recordImportedContent(kind: String, digest: String, fileName: String, rows: Int) throws {
        try posting.recordImportedContent(kind: kind, digest: digest, fileName: fileName, rows: rows)
    }

    func unpaidDues(month: YearMonth) throws -> [(memberNumber: String, owed: Money)] {
        try flush()
        return try session.query("""
            SELECT m.member_no, a.amount_fen - coalesce((SELECT sum(p.amount_fen) FROM dues_payment p
                                                         WHERE p.member_id = a.member_id AND p.ordinal = a.ordinal), 0)::bigint AS owed
            FROM dues_assessment a JOIN member m ON m.id = a.member_id
            WHERE a.org_id = $1 AND a.ordinal = $2 AND a.exempt = 0 ORDER BY a.member_id
            """, [.integer(books), .int(month.ordinal)]).map { row in
            let stored = PostgresStoredRow(row, table: "dues_assessment", key: "\(PostgresStoredRow.plain(row, "member_no")) \(month)")
            return (try stored.text("member_no"), try stored.money("owed"))
        }
    }

    func standing(memberNumber: String, month: YearMonth) throws -> DuesStanding? {
        if standings[month.ordinal] == nil {
            try flush()
            var rows: [String: PostgresRowValues] = [:]
            for row in try session.query("""
                SELECT m.member_no, a.org_id, a.amount_fen,
                       coalesce((SELECT sum(p.amount_fen) FROM dues_payment p WHERE p.member_id = m.id AND p.ordinal = $1), 0)::bigint AS paid
                FROM member m LEFT JOIN dues_assessment a ON a.member_id = m.id AND a.ordinal = $1
                """, [.int(month.ordinal)]) {
                rows[try PostgresStoredRow(row, table: "member", keyColumn: "member_no").text("member_no")] = row
            }
            standings[month.ordinal] = rows
        }
        guard let row = standings[month.ordinal]?[memberNumber] else { return nil }
        let stored = PostgresStoredRow(row, table: "dues_assessment", key: "\(memberNumber) \(month)")
        let assessment = try stored.optionalInteger("org_id").map { books in
            DuesStanding.Assessment(books: books, amount: try stored.money("amount_fen"))
        }
        return DuesStanding(assessment: assessment, paid: try stored.money("paid"))
    }

    func recordPayment(_ payment: DuesPayment, voucherID: Int64) throws {
        payments.append([.text(payment.memberNumber), .int(payment.month.ordinal), .integer(payment.amount.fen),
                         .text(payment.date.description), .text(payment.method.rawValue), .integer(voucherID)])
        // What was read of the month no longer holds.
        standings[payment.month.ordinal] = nil
    }

    /// Sends the queued payments; each takes the books of its voucher, as on SQLite.
    func flush() throws {
        try MemberBulk.run(session, rows: payments, types: ["text", "bigint", "bigint", "text", "text", "bigint"]) { values in """
            INSERT INTO dues_payment(member_id, ordinal, amount_fen, paid_on, method, voucher_id, org_id)
            SELECT (SELECT m.id FROM member m WHERE m.member_no = v.member_no), v.ordinal, v.amount_fen, v.paid_on, v.method,
                   v.voucher_id, (SELECT x.org_id FROM voucher x WHERE x.id = v.voucher_id)
            FROM (\(values)) AS v(member_no, ordinal, amount_fen, paid_on, method, voucher_id)
            """
        }
        payments = []
    }
}
