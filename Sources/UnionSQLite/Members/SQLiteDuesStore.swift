import GRDB
import LedgerCore
import LedgerSQLite
import LedgerStore
import UnionCore
import UnionMembers

/// Dues assessed and paid in a SQLite books file (tables `dues_assessment`, `dues_payment`;
/// migration 0005). Payments post through the books' one posting path in the same transaction.
public struct SQLiteDuesStore: DuesStore {
    public let database: LedgerDatabase

    public init(database: LedgerDatabase) {
        self.database = database
    }

    public func duesLines(books: Organisation, month: YearMonth) throws -> [DuesLine] {
        try database.read { db in try Self.lines(db, books: books.id, where: "a.ordinal = ?", [month.ordinal], paidBy: nil) }
    }

    public func owedDuesLines(books: Organisation, through: YearMonth, paidBy: LocalDate) throws -> [DuesLine] {
        try database.read { db in
            try Self.lines(db, books: books.id, where: "a.ordinal <= ? AND a.exempt = 0", [through.ordinal], paidBy: paidBy)
        }
    }

    public func withDuesAssessment<T>(books: Organisation, user: String,
                                      _ body: (any DuesAssessmentTransaction) throws -> T) throws -> T {
        try database.write { db in
            try body(SQLiteDuesAssessment(db: db, books: books.id, user: user, now: database.clock.now()))
        }
    }

    public func withDuesCollection<T>(books: any Books, _ body: (any DuesCollectionTransaction) throws -> T) throws -> T {
        try books.sqliteTransaction { posting in try body(SQLiteDuesCollection(posting: posting, books: books.organisation.id)) }
    }

    /// The books' dues lines matching `condition` (on `a`, the assessment), by unit, member and month;
    /// `paid` sums the payments dated on or before `paidBy` (all of them when nil). `paid_on` is an
    /// ISO date, so text order is date order.
    static func lines(_ db: Database, books organisationID: Int64, where condition: String,
                      _ arguments: [any DatabaseValueConvertible], paidBy: LocalDate?) throws -> [DuesLine] {
        try Row.fetchAll(db, sql: """
            SELECT m.member_no, m.name, o.code AS unit, a.ordinal, a.base_fen, a.amount_fen, a.exempt,
                   coalesce((SELECT sum(p.amount_fen) FROM dues_payment p WHERE p.member_id = a.member_id AND p.ordinal = a.ordinal
                             AND (?1 IS NULL OR p.paid_on <= ?1)), 0) AS paid
            FROM dues_assessment a JOIN member m ON m.id = a.member_id JOIN organisation o ON o.id = m.unit_id
            WHERE a.org_id = ?2 AND \(condition)
            ORDER BY o.code, m.member_no, a.ordinal
            """, arguments: StatementArguments([paidBy?.description, organisationID] + arguments)).map { row in
            let stored = StoredRow(row, table: "dues_assessment",
                                   key: "\(StoredRow.plain(row["member_no"])) \(StoredRow.plain(row["ordinal"]))")
            return DuesLine(memberNumber: try stored.text("member_no"), name: try stored.text("name"), unit: try stored.text("unit"),
                            month: try stored.month("ordinal"), base: try stored.money("base_fen"), amount: try stored.money("amount_fen"),
                            paid: try stored.money("paid"), exempt: try stored.flag("exempt"))
        }
    }
}

/// An assessment run's reads and writes within one write transaction.
struct SQLiteDuesAssessment: DuesAssessmentTransaction {
    let db: Database
    /// The organisation id of the books assessed.
    let books: Int64
    let user: String
    let now: String

    func organisations() throws -> [RegisteredOrganisation] {
        try SQLiteOrganisationStore.organisations(db)
    }

    func assessmentCandidates(month: YearMonth) throws -> [DuesCandidate] {
        let lastDay = month.lastDay.description
        return try Row.fetchAll(db, sql: """
            SELECT m.member_no, o.code AS unit, s.status, s.wage_fen, s.from_ordinal, a.amount_fen, a.base_fen, a.exempt,
                   EXISTS (SELECT 1 FROM dues_payment p WHERE p.member_id = m.id AND p.ordinal = ?) AS paid_any
            FROM member m JOIN organisation o ON o.id = m.unit_id
            JOIN member_state s ON s.member_id = m.id
             AND s.from_ordinal = (SELECT max(from_ordinal) FROM member_state x WHERE x.member_id = m.id AND x.from_ordinal <= ?)
            LEFT JOIN dues_assessment a ON a.member_id = m.id AND a.ordinal = ?
            WHERE m.join_date <= ?
            ORDER BY m.id
            """, arguments: [month.ordinal, month.ordinal, month.ordinal, lastDay]).map { row in
            let number = try StoredRow(row, table: "member", keyColumn: "member_no").text("member_no")
            let state = try MemberRows.state(row, member: number)
            let assessment = StoredRow(row, table: "dues_assessment", key: "\(number) \(month)")
            let existing = try assessment.optionalInteger("amount_fen") == nil ? nil
                : DuesAssessment(base: try assessment.money("base_fen"), amount: try assessment.money("amount_fen"),
                                 exempt: try assessment.flag("exempt"))
            return DuesCandidate(memberNumber: number, unit: try StoredRow(row, table: "member", key: number).text("unit"),
                                 status: state.status, wageBase: state.wageBase, existing: existing,
                                 hasPayments: try assessment.flag("paid_any"))
        }
    }

    func insertAssessment(memberNumber: String, month: YearMonth, _ assessment: DuesAssessment) throws {
        try db.execute(sql: """
            INSERT INTO dues_assessment(member_id, ordinal, org_id, base_fen, amount_fen, exempt, assessed_at, assessed_by)
            VALUES ((SELECT id FROM member WHERE member_no = ?), ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [memberNumber, month.ordinal, books, assessment.base.fen, assessment.amount.fen, assessment.exempt, now, user])
    }

    func updateAssessment(memberNumber: String, month: YearMonth, _ assessment: DuesAssessment) throws {
        try db.execute(sql: """
            UPDATE dues_assessment SET base_fen = ?, amount_fen = ?, exempt = ?, assessed_at = ?, assessed_by = ?
            WHERE member_id = (SELECT id FROM member WHERE member_no = ?) AND ordinal = ?
            """, arguments: [assessment.base.fen, assessment.amount.fen, assessment.exempt, now, user, memberNumber, month.ordinal])
    }

    func deleteAssessment(memberNumber: String, month: YearMonth) throws {
        try db.execute(sql: "DELETE FROM dues_assessment WHERE member_id = (SELECT id FROM member WHERE member_no = ?) AND ordinal = ?",
                       arguments: [memberNumber, month.ordinal])
    }

    func assessmentTotals(month: YearMonth) throws -> (total: Money, exempt: Int) {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT coalesce(sum(amount_fen), 0) AS total, coalesce(sum(exempt), 0) AS exempt
            FROM dues_assessment WHERE org_id = ? AND ordinal = ?
            """, arguments: [books, month.ordinal]) else { return (.zero, 0) }
        let stored = StoredRow(row, table: "dues_assessment", key: "totals of \(month)")
        return (try stored.money("total"), try stored.count("exempt"))
    }

    func recordEvent(action: String, detail: String) throws {
        try UnionSQLiteStores.recordEvent(db, organisation: books, at: now, user: user, action: action, detail: detail)
    }
}

/// A collection run's reads and writes within the books' posting transaction.
struct SQLiteDuesCollection: DuesCollectionTransaction {
    let posting: SQLitePostingTransaction
    /// The organisation id of the books collecting.
    let books: Int64

    private var db: Database { posting.db }

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
        try Row.fetchAll(db, sql: """
            SELECT m.member_no, a.amount_fen - coalesce((SELECT sum(p.amount_fen) FROM dues_payment p
                                                         WHERE p.member_id = a.member_id AND p.ordinal = a.ordinal), 0) AS owed
            FROM dues_assessment a JOIN member m ON m.id = a.member_id
            WHERE a.org_id = ? AND a.ordinal = ? AND a.exempt = 0 ORDER BY a.member_id
            """, arguments: [books, month.ordinal]).map { row in
            let stored = StoredRow(row, table: "dues_assessment", key: "\(StoredRow.plain(row["member_no"])) \(month)")
            return (try stored.text("member_no"), try stored.money("owed"))
        }
    }

    func standing(memberNumber: String, month: YearMonth) throws -> DuesStanding? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT a.org_id, a.amount_fen,
                   coalesce((SELECT sum(p.amount_fen) FROM dues_payment p WHERE p.member_id = m.id AND p.ordinal = ?), 0) AS paid
            FROM member m LEFT JOIN dues_assessment a ON a.member_id = m.id AND a.ordinal = ?
            WHERE m.member_no = ?
            """, arguments: [month.ordinal, month.ordinal, memberNumber]) else { return nil }
        let stored = StoredRow(row, table: "dues_assessment", key: "\(memberNumber) \(month)")
        let assessment = try stored.optionalInteger("org_id").map { books in
            DuesStanding.Assessment(books: books, amount: try stored.money("amount_fen"))
        }
        return DuesStanding(assessment: assessment, paid: try stored.money("paid"))
    }

    func recordPayment(_ payment: DuesPayment, voucherID: Int64) throws {
        try db.execute(sql: """
            INSERT INTO dues_payment(member_id, ordinal, amount_fen, paid_on, method, voucher_id, org_id)
            VALUES ((SELECT id FROM member WHERE member_no = ?), ?, ?, ?, ?, ?, (SELECT org_id FROM voucher WHERE id = ?))
            """, arguments: [payment.memberNumber, payment.month.ordinal, payment.amount.fen, payment.date.description,
                             payment.method.rawValue, voucherID, voucherID])
    }
}
