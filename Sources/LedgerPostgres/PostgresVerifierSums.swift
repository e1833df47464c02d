import LedgerCore
import LedgerStore

/// What `verify` recomputes on the server: grouped queries that return only the rows that disagree,
/// so a clean book costs a few scans and no per-voucher round trip. Sums are `numeric` (they cannot
/// overflow in the server) and come back as text, printed as the Swift pass printed its integers.
struct PostgresVerifierSums {
    let session: PostgresSession
    let organisations: [Int64: String]
    let accountCodes: [Int64: String]

    /// The findings of each voucher other than its hash, in the order the checks always ran: too few
    /// postings, then each posting's account (missing, or not a leaf), then the sums, then the number.
    func voucherFindings() throws -> [Int64: [VerifyFinding]] {
        var found: [Int64: [VerifyFinding]] = [:]
        var tail: [Int64: [VerifyFinding]] = [:]
        func add(_ kind: VerifyFinding.Kind, _ id: Int64, _ orgID: Int64, _ detail: VerifyDetail, toTail: Bool = false) {
            let finding = VerifyFinding(kind: kind, voucherID: id, organisation: organisations[orgID] ?? "#\(orgID)", detail: detail)
            if toTail { tail[id, default: []].append(finding) } else { found[id, default: []].append(finding) }
        }
        // Each voucher's posting count and debit and credit sums against its stored total.
        for row in try session.query("""
            SELECT v.id, v.org_id, v.total_fen::text AS total, COUNT(p.voucher_id) AS n,
                   COALESCE(SUM(CASE WHEN p.side = 'D' THEN p.amount_fen END), 0)::text AS d,
                   COALESCE(SUM(CASE WHEN p.side <> 'D' THEN p.amount_fen END), 0)::text AS c
            FROM voucher v LEFT JOIN posting p ON p.voucher_id = v.id
            GROUP BY v.id
            HAVING COUNT(p.voucher_id) < 2
                OR COALESCE(SUM(CASE WHEN p.side = 'D' THEN p.amount_fen END), 0)
                   <> COALESCE(SUM(CASE WHEN p.side <> 'D' THEN p.amount_fen END), 0)
                OR COALESCE(SUM(CASE WHEN p.side = 'D' THEN p.amount_fen END), 0) <> v.total_fen
            """) {
            let id = try row.int("id"), orgID = try row.int("org_id"), count = try row.int("n")
            let debit = try row.text("d"), credit = try row.text("c"), total = try row.text("total")
            if count < 2 { add(.voucherTooFewPostings, id, orgID, VerifyDetail("分录 \(count) 条", "\(count) postings")) }
            if debit != credit { add(.voucherUnbalanced, id, orgID, VerifyDetail("借方 \(debit) ≠ 贷方 \(credit)", "debit \(debit) ≠ credit \(credit)"), toTail: true) }
            if debit != total { add(.voucherFieldMismatch, id, orgID, VerifyDetail("凭证合计（分）\(total) ≠ 分录合计 \(debit)", "total_fen \(total) ≠ \(debit)"), toTail: true) }
        }
        // Postings on an account that is not in the chart, or not a leaf.
        for row in try session.query("""
            SELECT p.voucher_id, v.org_id, p.account_id, a.id IS NULL AS orphan
            FROM posting p JOIN voucher v ON v.id = p.voucher_id LEFT JOIN account a ON a.id = p.account_id
            WHERE a.id IS NULL OR a.is_leaf <> 1
            ORDER BY p.voucher_id, p.line
            """) {
            let id = try row.int("voucher_id"), orgID = try row.int("org_id"), account = try row.int("account_id")
            if try row.bool("orphan") {
                add(.orphanPosting, id, orgID, VerifyDetail("科目 #\(account)", "account #\(account)"))
            } else {
                add(.accountNotLeaf, id, orgID, VerifyDetail(accountCodes[account] ?? "#\(account)", accountCodes[account] ?? "#\(account)"))
            }
        }
        for (id, findings) in tail { found[id, default: []] += findings }
        // Numbers run 1, 2, 3… per organisation and month, in the order the vouchers were posted.
        for row in try session.query("""
            SELECT id, org_id, number, expected FROM (
                SELECT id, org_id, number,
                       COALESCE(MAX(number) OVER (PARTITION BY org_id, ordinal ORDER BY id
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) + 1 AS expected
                FROM voucher) numbered
            WHERE number <> expected
            """) {
            add(.numberingGap, try row.int("id"), try row.int("org_id"),
                VerifyDetail("实为第 \(try row.int("number")) 号，应为第 \(try row.int("expected")) 号",
                             "number \(try row.int("number")), expected \(try row.int("expected"))"))
        }
        return found
    }

    /// Stored balances against the sums of the postings, per organisation, account, fund, month and
    /// closing flag (a key on one side only counts as zero on the other).
    func balanceFindings() throws -> [VerifyFinding] {
        try session.query("""
            WITH computed AS (
                SELECT v.org_id, p.account_id, v.fund, v.ordinal, CASE WHEN v.kind = 'closing' THEN 1 ELSE 0 END AS closing,
                       SUM(CASE WHEN p.side = 'D' THEN p.amount_fen ELSE 0 END) AS d,
                       SUM(CASE WHEN p.side = 'D' THEN 0 ELSE p.amount_fen END) AS c
                FROM posting p JOIN voucher v ON v.id = p.voucher_id
                GROUP BY v.org_id, p.account_id, v.fund, v.ordinal, closing)
            SELECT COALESCE(b.org_id, c.org_id) AS org_id, COALESCE(b.account_id, c.account_id) AS account_id,
                   COALESCE(b.ordinal, c.ordinal) AS ordinal,
                   COALESCE(b.debit_fen, 0)::text AS have_d, COALESCE(b.credit_fen, 0)::text AS have_c,
                   COALESCE(c.d, 0)::text AS want_d, COALESCE(c.c, 0)::text AS want_c
            FROM balance b FULL JOIN computed c
              ON b.org_id = c.org_id AND b.account_id = c.account_id AND b.fund = c.fund AND b.ordinal = c.ordinal
             AND b.closing = c.closing
            WHERE COALESCE(b.debit_fen, 0) <> COALESCE(c.d, 0) OR COALESCE(b.credit_fen, 0) <> COALESCE(c.c, 0)
            ORDER BY 1, 2, 3, COALESCE(b.fund, c.fund), COALESCE(b.closing, c.closing)
            """).map { row -> VerifyFinding in
            let orgID = try row.int("org_id"), account = try row.int("account_id")
            let code = accountCodes[account] ?? "#\(account)", ordinal = try row.int("ordinal")
            let stored = "\(try row.text("have_d"))/\(try row.text("have_c"))", summed = "\(try row.text("want_d"))/\(try row.text("want_c"))"
            return VerifyFinding(kind: .balanceMismatch, voucherID: nil, organisation: organisations[orgID] ?? "",
                                 detail: VerifyDetail("\(code) \(YearMonth(ordinal: Int(ordinal)))：余额表（分）\(stored)，分录合计 \(summed)",
                                                      "\(code) \(ordinal): stored \(stored), postings \(summed)"))
        }
    }

    /// Each month's counter against the highest number posted in it; months with vouchers and no
    /// period row come last.
    func periodFindings() throws -> [VerifyFinding] {
        try session.query("""
            WITH numbers AS (SELECT org_id, ordinal, MAX(number) AS last FROM voucher GROUP BY org_id, ordinal)
            SELECT COALESCE(p.org_id, n.org_id) AS org_id, COALESCE(p.ordinal, n.ordinal) AS ordinal,
                   p.last_number, COALESCE(n.last, 0) AS last
            FROM period p FULL JOIN numbers n ON p.org_id = n.org_id AND p.ordinal = n.ordinal
            WHERE (p.org_id IS NOT NULL AND p.last_number <> COALESCE(n.last, 0)) OR (p.org_id IS NULL AND n.last > 0)
            ORDER BY p.org_id IS NULL, 1, 2
            """).map { row -> VerifyFinding in
            let orgID = try row.int("org_id"), ordinal = try row.int("ordinal"), last = try row.int("last")
            let organisation = organisations[orgID] ?? ""
            guard let counter = try row.optionalInt("last_number") else {
                return VerifyFinding(kind: .periodCounterMismatch, voucherID: nil, organisation: organisation,
                                     detail: VerifyDetail("\(YearMonth(ordinal: Int(ordinal)))：没有期间记录，凭证 \(last) 张",
                                                          "month \(ordinal): no period row, vouchers \(last)"))
            }
            return VerifyFinding(kind: .periodCounterMismatch, voucherID: nil, organisation: organisation,
                                 detail: VerifyDetail("\(YearMonth(ordinal: Int(ordinal)))：期间计数为 \(counter)，凭证 \(last) 张",
                                                      "month \(ordinal): counter \(counter), vouchers \(last)"))
        }
    }
}
