import GRDB
import LedgerCore

extension Books {
    /// Locks a month: nothing can be posted into it afterwards.
    ///
    /// Months close in order from the books' first month; closing an already closed month is
    /// refused by the same rule.
    /// - Throws: `.periodsMustCloseInOrder`, `.periodMustBeOpen` (already closed or before the books).
    public func closeMonth(_ month: YearMonth) throws {
        try database.write { db in
            let first = organisation.firstPeriod.ordinal
            guard month.ordinal >= first else {
                throw LedgerError.periodMustBeWithinBooks(period: month.description, firstPeriod: organisation.firstPeriod.description)
            }
            let closedOrdinals = Set(try Int.fetchAll(db, sql: """
                SELECT ordinal FROM period WHERE org_id = ? AND closed_at IS NOT NULL
                """, arguments: [organisation.id]))
            guard !closedOrdinals.contains(month.ordinal) else {
                throw LedgerError.periodMustNotBeClosedTwice(period: month.description)
            }
            if let firstOpen = (first..<month.ordinal).first(where: { !closedOrdinals.contains($0) }) {
                throw LedgerError.periodsMustCloseInOrder(period: month.description,
                                                         firstOpen: YearMonth(ordinal: firstOpen).description)
            }
            try db.execute(sql: """
                INSERT INTO period(org_id, ordinal, last_number, closed_at, closed_by) VALUES (?, ?, 0, ?, ?)
                ON CONFLICT(org_id, ordinal) DO UPDATE SET closed_at = excluded.closed_at, closed_by = excluded.closed_by
                """, arguments: [organisation.id, month.ordinal, Clock.now(), user])
            try EventLog.record(db, organisation: organisation.id, user: user, action: "period.close", detail: month.description)
        }
    }

    /// The closed months, in order.
    public func closedMonths() throws -> [YearMonth] {
        try database.read { db in
            try Int.fetchAll(db, sql: "SELECT ordinal FROM period WHERE org_id = ? AND closed_at IS NOT NULL ORDER BY ordinal",
                             arguments: [organisation.id]).map(YearMonth.init(ordinal:))
        }
    }
}
