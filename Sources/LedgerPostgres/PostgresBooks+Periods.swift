import LedgerCore
import LedgerStore

extension PostgresBooks {
    /// Locks a month (the same rules as the SQLite store: in order, balanced, no unposted drafts).
    public func closeMonth(_ month: YearMonth) throws {
        try postgres.write { try closeMonthInTransaction(month) }
    }

    func closeMonthInTransaction(_ month: YearMonth) throws {
        let first = organisation.firstPeriod.ordinal
        guard month.ordinal >= first else {
            throw LedgerError.periodMustBeWithinBooks(period: month.description, firstPeriod: organisation.firstPeriod.description)
        }
        // The organisation's lock: a month is not closed while a clerk posts into it.
        try session.query("SELECT pg_advisory_xact_lock($1::int, $2::int)", [.int(PostgresSchema.lockSpace), .integer(organisation.id)])
        let closed = Set(try session.query("SELECT ordinal FROM period WHERE org_id = $1 AND closed_at IS NOT NULL",
                                           [.integer(organisation.id)]).map { Int(try $0.int("ordinal")) })
        guard !closed.contains(month.ordinal) else { throw LedgerError.periodMustNotBeClosedTwice(period: month.description) }
        if let firstOpen = (first..<month.ordinal).first(where: { !closed.contains($0) }) {
            throw LedgerError.periodsMustCloseInOrder(period: month.description, firstOpen: YearMonth(ordinal: firstOpen).description)
        }
        let unposted = try session.query("""
            SELECT id FROM voucher_draft WHERE org_id = $1 AND ordinal = $2 AND posted_voucher_id IS NULL ORDER BY id
            """, [.integer(organisation.id), .int(month.ordinal)]).map { try $0.int("id") }
        if !unposted.isEmpty {
            throw WorkflowError.monthMustHaveNothingUnposted(period: month.description,
                                                             drafts: unposted)
        }
        let sums = try session.one("""
            SELECT COALESCE(SUM(CASE WHEN ordinal = $2 THEN debit_fen - credit_fen END), 0)::text AS month,
                   COALESCE(SUM(debit_fen - credit_fen), 0)::text AS cumulative
            FROM balance WHERE org_id = $1 AND ordinal <= $2
            """, [.integer(organisation.id), .int(month.ordinal)])
        guard try sums.text("month") == "0", try sums.text("cumulative") == "0" else {
            throw LedgerError.trialBalanceMustBalanceToClose(period: month.description)
        }
        try session.query("""
            INSERT INTO period(org_id, ordinal, last_number, closed_at, closed_by) VALUES ($1, $2, 0, $3, $4)
            ON CONFLICT(org_id, ordinal) DO UPDATE SET closed_at = excluded.closed_at, closed_by = excluded.closed_by
            """, [.integer(organisation.id), .int(month.ordinal), .text(now()), .text(user)])
        try PostgresEventLog.record(session, at: now(), organisation: organisation.id, user: user, action: "period.close",
                                    detail: month.description)
    }

    public func reopenMonth(_ month: YearMonth, reason: String) throws {
        let reason = reason.trimmingSpaces()
        guard !reason.isEmpty, !reason.hasControlCharacters else { throw LedgerError.fieldMustBePresent(field: "reason") }
        try postgres.write {
            let closed = try session.query("SELECT ordinal FROM period WHERE org_id = $1 AND closed_at IS NOT NULL ORDER BY ordinal",
                                           [.integer(organisation.id)]).map { Int(try $0.int("ordinal")) }
            guard closed.contains(month.ordinal) else { throw LedgerError.periodMustBeClosedToReopen(period: month.description) }
            if let latest = closed.last, latest != month.ordinal {
                throw LedgerError.reopenMustBeLatestClosed(period: month.description,
                                                           latest: try StoredValue.month(ordinal: latest, row: "period row").description)
            }
            try session.query("UPDATE period SET closed_at = NULL, closed_by = NULL WHERE org_id = $1 AND ordinal = $2",
                              [.integer(organisation.id), .int(month.ordinal)])
            try PostgresEventLog.record(session, at: now(), organisation: organisation.id, user: user, action: "period.reopen",
                                        detail: "\(month.description) \(reason)")
        }
    }

    public func periodEvents() throws -> [(at: String, user: String, action: String, detail: String)] {
        try session.query("""
            SELECT at, "user", action, detail FROM event WHERE org_id = $1 AND action IN ('period.close', 'period.reopen') ORDER BY id
            """, [.integer(organisation.id)]).map { (try $0.text("at"), try $0.text("user"), try $0.text("action"), try $0.text("detail")) }
    }

    public func closedMonths() throws -> [YearMonth] {
        try session.query("SELECT ordinal FROM period WHERE org_id = $1 AND closed_at IS NOT NULL ORDER BY ordinal",
                          [.integer(organisation.id)]).map { row in
            try StoredValue.month(ordinal: Int(try row.int("ordinal")), row: "period row (\(organisation.code))")
        }
    }

    /// The year close, as the SQLite store does it (see `SQLiteBooks.closeYear`): every step in one transaction.
    @discardableResult
    public func closeYear(_ year: Int, carryForwardTo target: AccountCode, restrictedTo: AccountCode?,
                          routes: [YearEndRoute] = [], rollUps: [YearEndRollUp]) throws -> YearCloseResult {
        let december = try YearMonth(year: year, month: 12)
        let lastDay = try LocalDate(year: year, month: 12, day: 31)
        return try withPostingSession { posting in
            let accounts = try PostgresAccounts.all(session, organisation: organisation.id)
            for code in [target] + (restrictedTo.map { [$0] } ?? []) + routes.map(\.to) {
                guard let account = accounts.first(where: { $0.account.code == code }) else {
                    throw LedgerError.accountMustExist(code: code.rawValue)
                }
                guard account.account.kind == .netAssets else { throw LedgerError.carryForwardAccountMustBeNetAssets(code: code.rawValue) }
            }
            let byID = Dictionary(uniqueKeysWithValues: accounts.map { ($0.id, $0.account) })
            var byFund: [String: [(account: Account, debitMinusCredit: Money)]] = [:]
            for row in try session.query("""
                SELECT b.fund, b.account_id, SUM(b.debit_fen)::bigint AS d, SUM(b.credit_fen)::bigint AS c
                FROM balance b JOIN account a ON a.id = b.account_id
                WHERE b.org_id = $1 AND b.ordinal <= $2 AND a.kind IN ('revenue', 'expenditure')
                GROUP BY b.fund, b.account_id ORDER BY b.fund
                """, [.integer(organisation.id), .int(december.ordinal)]) {
                guard let account = byID[try row.int("account_id")] else {
                    throw StoreError.storage(message: "balance row (account #\(try row.int("account_id"))): the account is not in \(organisation.code)'s chart")
                }
                let net = try Money(fen: try row.int("d")).subtracting(Money(fen: try row.int("c")))
                if !net.isZero { byFund[try row.text("fund"), default: []].append((account, net)) }
            }
            let restrictedFunds = byFund.keys.filter { !$0.isEmpty }.sorted()
            if !restrictedFunds.isEmpty && restrictedTo == nil {
                throw LedgerError.restrictedFundsMustHaveAccount(funds: restrictedFunds.joined(separator: "、"))
            }
            var routed: [(route: YearEndRoute, lines: [(account: Account, debitMinusCredit: Money)])] = []
            for route in routes {
                let claimed = (byFund[""] ?? []).filter { route.accounts.contains($0.account.code) }
                byFund[""] = (byFund[""] ?? []).filter { !route.accounts.contains($0.account.code) }
                routed.append((route, claimed))
            }
            func close(fund: String, into account: AccountCode,
                       lines given: [(account: Account, debitMinusCredit: Money)]? = nil, summary custom: String? = nil) throws -> PostedVoucher? {
                var postings: [Posting] = []
                var net = Money.zero
                for line in (given ?? byFund[fund] ?? []).sorted(by: { $0.account.code < $1.account.code }) {
                    let side: Side = line.debitMinusCredit.isPositive ? .credit : .debit
                    let amount = line.debitMinusCredit.isPositive ? line.debitMinusCredit : line.debitMinusCredit.negated
                    postings.append(Posting(account: line.account.code, side: side, amount: amount))
                    net = side == .debit ? try net.adding(amount) : try net.subtracting(amount)
                }
                if !net.isZero {
                    postings.append(Posting(account: account, side: net.isPositive ? .credit : .debit, amount: net.isPositive ? net : net.negated))
                }
                guard !postings.isEmpty else { return nil }
                let summary = custom ?? (fund.isEmpty ? "\(year) 年收支结转" : "\(year) 年专项资金结转：\(fund)")
                return try posting.post(VoucherDraft(date: lastDay, summary: summary, postings: postings, kind: .closing, fund: fund))
            }
            let unrestricted = try close(fund: "", into: target)
            let routedVouchers = try routed.compactMap { try close(fund: "", into: $0.route.to, lines: $0.lines, summary: $0.route.summary) }
            var restricted: [PostedVoucher] = []
            if let restrictedTo {
                for fund in restrictedFunds {
                    if let posted = try close(fund: fund, into: restrictedTo) { restricted.append(posted) }
                }
            }
            try posting.finish()
            let rolled = try rollUp(rollUps, december: december, on: lastDay, accounts: accounts)
            try closeMonthInTransaction(december)
            try PostgresEventLog.record(session, at: now(), organisation: organisation.id, user: user, action: "year.close",
                                        detail: "\(year) → \(target)" + (restrictedFunds.isEmpty ? "" : "; 专项 \(restrictedFunds.joined(separator: "、")) → \(restrictedTo?.rawValue ?? "")"))
            return YearCloseResult(unrestricted: unrestricted, restricted: restricted, rollUps: rolled, routed: routedVouchers)
        }
    }

    private func rollUp(_ rollUps: [YearEndRollUp], december: YearMonth, on lastDay: LocalDate,
                        accounts: [StoredAccount]) throws -> [PostedVoucher] {
        guard !rollUps.isEmpty else { return [] }
        let posting = try PostgresPostingSession(session: session, organisation: organisation, user: user, clock: postgres.clock,
                                                 checks: postgres.postingChecks, yearsAhead: postgres.dateWindowYearsAhead)
        var posted: [PostedVoucher] = []
        for rollUp in rollUps {
            guard let target = accounts.first(where: { $0.account.code == rollUp.to }), target.account.kind == .netAssets else {
                throw LedgerError.carryForwardAccountMustBeNetAssets(code: rollUp.to.rawValue)
            }
            let members = accounts.filter { rollUp.from.contains($0.account.code) && $0.account.kind == .netAssets }
            guard !members.isEmpty else { continue }
            let codeByID = Dictionary(uniqueKeysWithValues: members.map { ($0.id, $0.account.code) })
            var movements: [YearEndRollUp.Movement] = []
            for row in try session.query("""
                SELECT fund, account_id, SUM(debit_fen)::bigint AS d, SUM(credit_fen)::bigint AS c FROM balance
                WHERE org_id = $1 AND ordinal <= $2 AND account_id = ANY($3::bigint[])
                GROUP BY fund, account_id ORDER BY fund, account_id
                """, [.integer(organisation.id), .int(december.ordinal),
                      .text("{" + members.map { String($0.id) }.joined(separator: ",") + "}")]) {
                guard let code = codeByID[try row.int("account_id")] else { continue }
                movements.append(YearEndRollUp.Movement(account: code, fund: try row.text("fund"),
                                                        debit: Money(fen: try row.int("d")), credit: Money(fen: try row.int("c"))))
            }
            for draft in try rollUp.vouchers(movements: movements, on: lastDay) { posted.append(try posting.post(draft)) }
        }
        try posting.finish()
        return posted
    }
}
