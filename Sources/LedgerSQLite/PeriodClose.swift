import InputFiles
import GRDB
import LedgerCore
import LedgerStore

extension SQLiteBooks {
    /// Locks a month: nothing can be posted into it afterwards.
    ///
    /// Months close in order from the books' first month; closing an already closed month is
    /// refused by the same rule.
    /// - Throws: `.periodsMustCloseInOrder`, `.periodMustNotBeClosedTwice`, `.periodMustBeWithinBooks`,
    ///   `.trialBalanceMustBalanceToClose`.
    public func closeMonth(_ month: YearMonth) throws {
        try database.write { db in try closeMonth(month, db: db) }
    }

    /// The close itself, inside a caller's transaction (the year close runs it after posting).
    func closeMonth(_ month: YearMonth, db: Database) throws {
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
        // Nothing entered or reviewed may wait outside the books of a closed month.
        let unposted = try Self.unpostedDraftIDs(db, organisation: organisation, month: month)
        if !unposted.isEmpty {
            throw WorkflowError.monthMustHaveNothingUnposted(period: month.description,
                                                             drafts: unposted)
        }
        // Debits equal credits in the month and in the books up to it (the posting path keeps
        // this; checked again here because a closed month is what statements rest on).
        let sums = try Row.fetchOne(db, sql: """
            SELECT COALESCE(SUM(CASE WHEN ordinal = ?2 THEN debit_fen - credit_fen END), 0) AS month,
                   COALESCE(SUM(debit_fen - credit_fen), 0) AS cumulative
            FROM balance WHERE org_id = ?1 AND ordinal <= ?2
            """, arguments: [organisation.id, month.ordinal])
        guard (sums?["month"] as Int64?) == 0, (sums?["cumulative"] as Int64?) == 0 else {
            throw LedgerError.trialBalanceMustBalanceToClose(period: month.description)
        }
        try db.execute(sql: """
            INSERT INTO period(org_id, ordinal, last_number, closed_at, closed_by) VALUES (?, ?, 0, ?, ?)
            ON CONFLICT(org_id, ordinal) DO UPDATE SET closed_at = excluded.closed_at, closed_by = excluded.closed_by
            """, arguments: [organisation.id, month.ordinal, database.clock.now(), user])
        try EventLog.record(db, at: database.clock.now(), organisation: organisation.id, user: user, action: "period.close", detail: month.description)
    }

    /// Opens the latest closed month again, with a reason kept on record (the audit module reports
    /// reopenings). Earlier closed months stay closed.
    /// - Throws: `.periodMustBeClosedToReopen`, `.reopenMustBeLatestClosed`, `.fieldMustBePresent` (reason).
    public func reopenMonth(_ month: YearMonth, reason: String) throws {
        let reason = reason.trimmingSpaces()
        guard !reason.isEmpty, !reason.hasControlCharacters else { throw LedgerError.fieldMustBePresent(field: "reason") }
        try database.write { db in
            let closed = try Int.fetchAll(db, sql: "SELECT ordinal FROM period WHERE org_id = ? AND closed_at IS NOT NULL ORDER BY ordinal",
                                          arguments: [organisation.id])
            guard closed.contains(month.ordinal) else { throw LedgerError.periodMustBeClosedToReopen(period: month.description) }
            if let latest = closed.last, latest != month.ordinal {
                throw LedgerError.reopenMustBeLatestClosed(period: month.description, latest: try StoredValue.month(ordinal: latest, row: "period row (\(organisation.code), \(latest))").description)
            }
            try db.execute(sql: "UPDATE period SET closed_at = NULL, closed_by = NULL WHERE org_id = ? AND ordinal = ?",
                           arguments: [organisation.id, month.ordinal])
            try EventLog.record(db, at: database.clock.now(), organisation: organisation.id, user: user, action: "period.reopen",
                                detail: "\(month.description) \(reason)")
        }
    }

    /// Every close and reopen on record, oldest first: who, when, which month, and why.
    public func periodEvents() throws -> [(at: String, user: String, action: String, detail: String)] {
        try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT at, user, action, detail FROM event WHERE org_id = ? AND action IN ('period.close', 'period.reopen') ORDER BY id
                """, arguments: [organisation.id]).map { ($0["at"], $0["user"], $0["action"], $0["detail"]) }
        }
    }

    /// The closed months, in order.
    public func closedMonths() throws -> [YearMonth] {
        try database.read { db in
            try Int.fetchAll(db, sql: "SELECT ordinal FROM period WHERE org_id = ? AND closed_at IS NOT NULL ORDER BY ordinal",
                             arguments: [organisation.id]).map { ordinal throws -> YearMonth in
                try StoredValue.month(ordinal: ordinal, row: "period row (\(organisation.code), \(ordinal))")
            }
        }
    }
}
