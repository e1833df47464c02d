import InputFiles
import GRDB
import LedgerCore
import LedgerStore

extension SQLiteBooks {
    /// Closes a year (年终结账): carries every revenue and expenditure balance of the year into
    /// net assets with closing vouchers (结转凭证) dated 31 December, then closes December, all in
    /// one transaction. Unrestricted money goes to `carryForwardTo`; each restricted fund (专项) is
    /// carried by its own voucher, tagged with the fund, into `restrictedTo`, so what is left of
    /// each fund stays apart in net assets and can only be spent for its purpose next year. The
    /// balance table is cumulative, so the next year opens with the balances as they stand.
    /// - Parameters:
    ///   - carryForwardTo: the net-assets leaf for the unrestricted result (工会资金结余—本年收支结转
    ///     under the 2021 system, 结余 under 2009).
    ///   - restrictedTo: the net-assets leaf for restricted funds (工会资金结转); required when
    ///     any fund has revenue or expenditure in the year.
    /// - Throws: `.periodsMustCloseInOrder` (January–November must be closed first),
    ///   `.carryForwardAccountMustBeNetAssets`, `.restrictedFundsMustHaveAccount`, and the posting path's rules.
    @discardableResult
    public func closeYear(_ year: Int, carryForwardTo target: AccountCode, restrictedTo: AccountCode?,
                          routes: [YearEndRoute] = [], rollUps: [YearEndRollUp]) throws -> YearCloseResult {
        let december = try YearMonth(year: year, month: 12)
        let lastDay = try LocalDate(year: year, month: 12, day: 31)
        return try withPostingSession { session, db in
            let accounts = try AccountStore.all(db, organisation: organisation.id)
            for code in [target] + (restrictedTo.map { [$0] } ?? []) + routes.map(\.to) {   // restrictedTo is optional
                guard let account = accounts.first(where: { $0.account.code == code }) else {
                    throw LedgerError.accountMustExist(code: code.rawValue)
                }
                guard account.account.kind == .netAssets else { throw LedgerError.carryForwardAccountMustBeNetAssets(code: code.rawValue) }
            }
            let byID = Dictionary(uniqueKeysWithValues: accounts.map { ($0.id, $0.account) })
            // Read inside the write transaction: nothing can be posted into the year meanwhile.
            // Cumulative to December: earlier years' closing entries have already zeroed their results.
            let rows = try Row.fetchAll(db, sql: """
                SELECT b.fund, b.account_id, SUM(b.debit_fen) AS d, SUM(b.credit_fen) AS c
                FROM balance b JOIN account a ON a.id = b.account_id
                WHERE b.org_id = ? AND b.ordinal <= ? AND a.kind IN ('revenue', 'expenditure')
                GROUP BY b.fund, b.account_id ORDER BY b.fund
                """, arguments: [organisation.id, december.ordinal])
            var byFund: [String: [(account: Account, debitMinusCredit: Money)]] = [:]
            for row in rows {
                guard let account = byID[row["account_id"]] else {
                    throw StoreError.storage(message: "balance row (account #\(row["account_id"] as Int64)): the account is not in \(organisation.code)'s chart")
                }
                let net = try Money(fen: row["d"]).subtracting(Money(fen: row["c"]))
                if !net.isZero { byFund[row["fund"], default: []].append((account, net)) }
            }
            let restrictedFunds = byFund.keys.filter { !$0.isEmpty }.sorted()
            if !restrictedFunds.isEmpty && restrictedTo == nil {
                throw LedgerError.restrictedFundsMustHaveAccount(funds: restrictedFunds.joined(separator: "、"))
            }
            // Unrestricted lines a route claims leave the general close for the route's own voucher.
            var routed: [(route: YearEndRoute, lines: [(account: Account, debitMinusCredit: Money)])] = []
            for route in routes {
                let claimed = (byFund[""] ?? []).filter { route.accounts.contains($0.account.code) }
                byFund[""] = (byFund[""] ?? []).filter { !route.accounts.contains($0.account.code) }
                routed.append((route, claimed))
            }
            func close(fund: String, into account: AccountCode,
                       lines given: [(account: Account, debitMinusCredit: Money)]? = nil, summary custom: String? = nil) throws -> PostedVoucher? {
                var postings: [Posting] = []
                var net = Money.zero   // credit − debit carried into the account
                for line in (given ?? byFund[fund] ?? []).sorted(by: { $0.account.code < $1.account.code }) {
                    // Zero the account: take its balance off the side it sits on.
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
                return try session.post(VoucherDraft(date: lastDay, summary: summary, postings: postings, kind: .closing, fund: fund))
            }
            let unrestricted = try close(fund: "", into: target)
            let routedVouchers = try routed.compactMap { try close(fund: "", into: $0.route.to, lines: $0.lines, summary: $0.route.summary) }
            var restricted: [PostedVoucher] = []
            if let restrictedTo {   // required above whenever a restricted fund moved this year
                for fund in restrictedFunds {
                    if let posted = try close(fund: fund, into: restrictedTo) { restricted.append(posted) }
                }
            }
            try session.finish()   // balances in place before the roll-ups read them and December's close checks them
            let rolled = try rollUp(rollUps, december: december, on: lastDay, accounts: accounts, db: db)
            try closeMonth(december, db: db)
            try EventLog.record(db, at: database.clock.now(), organisation: organisation.id, user: user, action: "year.close",
                                detail: "\(year) → \(target)" + (restrictedFunds.isEmpty ? "" : "; 专项 \(restrictedFunds.joined(separator: "、")) → \(restrictedTo?.rawValue ?? "")"))
            return YearCloseResult(unrestricted: unrestricted, restricted: restricted, rollUps: rolled, routed: routedVouchers)
        }
    }

    /// Posts the roll-ups inside the close's transaction, through a posting session of their own
    /// (the carry-forward's balances are written by then): per roll-up and fund, one closing
    /// voucher that empties the `from` accounts into `to`.
    private func rollUp(_ rollUps: [YearEndRollUp], december: YearMonth, on lastDay: LocalDate,
                        accounts: [StoredAccount], db: Database) throws -> [PostedVoucher] {
        guard !rollUps.isEmpty else { return [] }
        let session = try PostingSession(db: db, organisation: organisation, user: user, clock: database.clock,
                                         checks: database.postingChecks, yearsAhead: database.dateWindowYearsAhead)
        var posted: [PostedVoucher] = []
        for rollUp in rollUps {
            guard let target = accounts.first(where: { $0.account.code == rollUp.to }), target.account.kind == .netAssets else {
                throw LedgerError.carryForwardAccountMustBeNetAssets(code: rollUp.to.rawValue)
            }
            let ids = accounts.filter { stored in rollUp.from.contains(stored.account.code) && stored.account.kind == .netAssets }
            guard !ids.isEmpty else { continue }
            let codeByID = Dictionary(uniqueKeysWithValues: ids.map { ($0.id, $0.account.code) })
            let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
            let rows = try Row.fetchAll(db, sql: """
                SELECT fund, account_id, SUM(debit_fen) AS d, SUM(credit_fen) AS c FROM balance
                WHERE org_id = ? AND ordinal <= ? AND account_id IN (\(marks))
                GROUP BY fund, account_id ORDER BY fund, account_id
                """, arguments: StatementArguments([organisation.id, Int64(december.ordinal)] + ids.map(\.id)))
            let movements = rows.compactMap { row -> YearEndRollUp.Movement? in
                guard let code = codeByID[row["account_id"]] else { return nil }
                return YearEndRollUp.Movement(account: code, fund: row["fund"], debit: Money(fen: row["d"]), credit: Money(fen: row["c"]))
            }
            for draft in try rollUp.vouchers(movements: movements, on: lastDay) { posted.append(try session.post(draft)) }
        }
        try session.finish()
        return posted
    }
}
