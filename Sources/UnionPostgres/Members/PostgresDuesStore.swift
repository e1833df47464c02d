import LedgerCore
import LedgerPostgres
import LedgerStore
import UnionCore
import UnionMembers

/// Dues assessed and paid in a PostgreSQL book (tables `dues_assessment`, `dues_payment`; step
/// 0005) — as `SQLiteDuesStore`. Payments post through the books' one posting path in the same
/// transaction.
public struct PostgresDuesStore: DuesStore, @unchecked Sendable {
    public let store: PostgresStore

    public init(store: PostgresStore) {
        self.store = store
    }

    public func duesLines(books: Organisation, month: YearMonth) throws -> [DuesLine] {
        try store.read { try Self.lines(store.session, books: books.id, where: "a.ordinal = $3", [.int(month.ordinal)], paidBy: nil) }
    }

    public func owedDuesLines(books: Organisation, through: YearMonth, paidBy: LocalDate) throws -> [DuesLine] {
        try store.read {
            try Self.lines(store.session, books: books.id, where: "a.ordinal <= $3 AND a.exempt = 0", [.int(through.ordinal)], paidBy: paidBy)
        }
    }

    public func withDuesAssessment<T>(books: Organisation, user: String,
                                      _ body: (any DuesAssessmentTransaction) throws -> T) throws -> T {
        try store.write {
            // A new transaction object per attempt: a rerun after a serialization failure starts clean.
            let transaction = PostgresDuesAssessment(session: store.session, books: books.id, user: user, now: store.clock.now())
            let result = try body(transaction)
            try transaction.flush()
            return result
        }
    }

    /// - Throws: `StoreError.storage` when `books` are not a PostgreSQL store's (a caller mixing stores).
    public func withDuesCollection<T>(books: any Books, _ body: (any DuesCollectionTransaction) throws -> T) throws -> T {
        guard let books = books as? PostgresBooks else {
            throw StoreError.storage(message: "dues on PostgreSQL are collected into PostgreSQL books, not \(type(of: books)) "
                                     + "(\(books.store.location))")
        }
        return try books.postgresTransaction { posting in
            let transaction = PostgresDuesCollection(posting: posting, books: books.organisation.id)
            let result = try body(transaction)
            try transaction.flush()
            return result
        }
    }

    /// The books' dues lines matching `condition` (on `a`, the assessment; its parameters from
    /// `$3`), by unit, member and month; `paid` sums the payments dated on or before `paidBy` (all
    /// of them when nil). `paid_on` is an ISO date, so text order is date order; codes and
    /// numbers are ordered byte-wise (`COLLATE "C"`), as SQLite orders text, whatever the server's locale.
    static func lines(_ session: PostgresSession, books organisationID: Int64, where condition: String,
                      _ arguments: [PostgresValue], paidBy: LocalDate?) throws -> [DuesLine] {
        try session.query("""
            SELECT m.member_no, m.name, o.code AS unit, a.ordinal, a.base_fen, a.amount_fen, a.exempt,
                   coalesce((SELECT sum(p.amount_fen) FROM dues_payment p WHERE p.member_id = a.member_id AND p.ordinal = a.ordinal
                             AND ($1::text IS NULL OR p.paid_on <= $1::text)), 0)::bigint AS paid
            FROM dues_assessment a JOIN member m ON m.id = a.member_id JOIN organisation o ON o.id = m.unit_id
            WHERE a.org_id = $2 AND \(condition)
            ORDER BY o.code COLLATE "C", m.member_no COLLATE "C", a.ordinal
            """, [.optional(paidBy?.description), .integer(organisationID)] + arguments).map { row in
            let stored = PostgresStoredRow(row, table: "dues_assessment",
                                         key: "\(PostgresStoredRow.plain(row, "member_no")) \(PostgresStoredRow.plain(row, "ordinal"))")
            return DuesLine(memberNumber: try stored.text("member_no"), name: try stored.text("name"), unit: try stored.text("unit"),
                            month: try stored.month("ordinal"), base: try stored.money("base_fen"), amount: try stored.money("amount_fen"),
                            paid: try stored.money("paid"), exempt: try stored.flag("exempt"))
        }
    }
}
