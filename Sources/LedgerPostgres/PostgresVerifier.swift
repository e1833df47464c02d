import LedgerCore
import LedgerStore

/// `verify` on a PostgreSQL book. The hash chain is recomputed in Swift (the same encoding as the
/// SQLite store, `JournalChain`) from one ordered pass over the journal, read in keyset chunks of
/// `chunkSize` vouchers (three queries a chunk: vouchers, their postings, their approvals). Everything
/// else is recomputed by the server in grouped SQL that returns only what disagrees
/// (`PostgresVerifierSums`): each voucher's sums and posting count, its numbering, the balances and
/// the period counters; the change journal is checked by `PostgresChangeJournalCheck`. Every problem is a finding; the pass never stops at the first. Findings come
/// in the order they always did: voucher by voucher, then the journal head, balances, periods.
struct PostgresVerifier {
    let session: PostgresSession
    var chunkSize = 5_000

    func run() throws -> [VerifyFinding] {
        var organisations: [Int64: String] = [:]
        for row in try session.query("SELECT id, code FROM organisation") { organisations[try row.int("id")] = try row.text("code") }
        var accountCodes: [Int64: String] = [:]
        for row in try session.query("SELECT id, code FROM account") { accountCodes[try row.int("id")] = try row.text("code") }
        let sums = PostgresVerifierSums(session: session, organisations: organisations, accountCodes: accountCodes)
        var voucherFindings = try sums.voucherFindings()
        var journal = PostgresChangeJournalCheck(session: session)
        try journal.walk()
        journal.checkVoucherHead(count: 0, hash: JournalChain.genesis)

        var findings: [VerifyFinding] = []
        var previous = JournalChain.genesis
        var count: Int64 = 0
        var lastID: Int64 = 0
        while true {
            let vouchers = try session.query("""
                SELECT id, org_id, date, number, kind, reverses_id, summary, prepared_by, posted_at, source, external_ref,
                       hash, attachments, fund, chain_version
                FROM voucher WHERE id > $1 ORDER BY id LIMIT \(chunkSize)
                """, [.integer(lastID)])
            guard let lastRow = vouchers.last else { break }
            let from = lastID, to = try lastRow.int("id")
            var lines: [Int64: [JournalChain.Line]] = [:]
            for row in try session.query("""
                SELECT voucher_id, account_id, side, amount_fen, memo, budget_line, counterparty FROM posting
                WHERE voucher_id > $1 AND voucher_id <= $2 ORDER BY voucher_id, line
                """, [.integer(from), .integer(to)]) {
                let account = try row.int("account_id")
                lines[try row.int("voucher_id"), default: []].append(JournalChain.Line(
                    code: accountCodes[account] ?? "#\(account)", side: try row.text("side"), amountFen: try row.int("amount_fen"),
                    memo: try row.text("memo"), budgetLine: try row.optionalText("budget_line"),
                    counterparty: try row.optionalText("counterparty")))
            }
            var approvals: [Int64: JournalChain.ApprovalText] = [:]
            for row in try session.query("""
                SELECT voucher_id, prepared_by, reviewed_by, reviewed_at, single_operator, signoff_by, signoff_date,
                       decision_ref, decision_date
                FROM voucher_approval WHERE voucher_id > $1 AND voucher_id <= $2
                """, [.integer(from), .integer(to)]) {
                approvals[try row.int("voucher_id")] = JournalChain.ApprovalText(
                    preparedBy: try row.text("prepared_by"), reviewedBy: try row.text("reviewed_by"), reviewedAt: try row.text("reviewed_at"),
                    singleOperator: String(try row.int("single_operator")), signoffBy: try row.text("signoff_by"),
                    signoffDate: try row.text("signoff_date"), decisionReference: try row.text("decision_ref"),
                    decisionDate: try row.text("decision_date"))
            }
            for row in vouchers {
                let id = try row.int("id"), orgID = try row.int("org_id")
                let organisation = organisations[orgID] ?? "#\(orgID)"
                let others = voucherFindings.removeValue(forKey: id) ?? []
                guard let version = JournalChain.Version(rawValue: Int(try row.int("chain_version"))) else {
                    findings.append(VerifyFinding(kind: .valueUnreadable, voucherID: id, organisation: organisation,
                                                  detail: VerifyDetail("哈希链版本 \(try row.int("chain_version"))", "chain_version \(try row.int("chain_version"))")))
                    continue
                }
                let entry = JournalChain.Entry(
                    id: id, organisation: organisation, date: try row.text("date"), number: Int(try row.int("number")),
                    kind: try row.text("kind"), reverses: try row.optionalInt("reverses_id"), summary: try row.text("summary"),
                    preparedBy: try row.text("prepared_by"), postedAt: try row.text("posted_at"), source: try row.text("source"),
                    externalReference: try row.text("external_ref"), postings: lines[id] ?? [], version: version,
                    attachments: Int(try row.int("attachments")), approval: approvals[id], fund: try row.text("fund"))
                let hash = JournalChain.hash(previous: previous, entry: entry)
                let stored = try row.text("hash")
                if JournalChain.hex(hash) != stored {
                    findings.append(VerifyFinding(kind: .chainBroken, voucherID: id, organisation: organisation,
                                                  detail: VerifyDetail("存储的 \(stored.prefix(12))…", "stored \(stored.prefix(12))…")))
                }
                // The chain goes on from what is stored, so one edited voucher is one finding.
                previous = (try? HexBytes.decode(stored, row: "voucher row \(id)")) ?? hash
                count += 1
                journal.checkVoucherHead(count: count, hash: previous)
                findings += others
            }
            lastID = to
        }
        let head = try session.one("SELECT voucher_count, hash FROM journal_head WHERE id = 1")
        if try head.int("voucher_count") != count || head.text("hash") != JournalChain.hex(previous) {
            findings.append(VerifyFinding(kind: .journalHeadMismatch, voucherID: nil, organisation: "",
                                          detail: VerifyDetail("记录的末端为凭证 \(try head.int("voucher_count")) 张，日记账为 \(count) 张",
                                                               "head \(try head.int("voucher_count")) vouchers, journal \(count)")))
        }
        try journal.finish(voucherCount: count, voucherHash: previous)
        findings += journal.findings
        findings += try sums.balanceFindings()
        findings += try sums.periodFindings()
        return findings
    }
}
