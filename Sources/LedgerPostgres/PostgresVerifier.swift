import LedgerCore
import LedgerStore

/// `verify` on a PostgreSQL book: walks the journal in id order (a thousand vouchers at a time),
/// recomputes the hash chain with the same encoding as the SQLite store (`JournalChain`), the
/// balances and the voucher numbering, and compares them with what the posting path maintained.
/// Every problem is a finding; the pass never stops at the first.
struct PostgresVerifier {
    let session: PostgresSession

    private struct BalanceKey: Hashable {
        var organisation: Int64
        var account: Int64
        var fund: String
        var ordinal: Int64
        var closing: Int64
    }

    private struct PeriodKey: Hashable {
        var organisation: Int64
        var ordinal: Int64
    }

    func run() throws -> [VerifyFinding] {
        var findings: [VerifyFinding] = []
        var organisations: [Int64: String] = [:]
        for row in try session.query("SELECT id, code FROM organisation") { organisations[try row.int("id")] = try row.text("code") }
        var accounts: [Int64: (code: String, leaf: Bool)] = [:]
        for row in try session.query("SELECT id, code, is_leaf FROM account") {
            accounts[try row.int("id")] = (try row.text("code"), try row.int("is_leaf") == 1)
        }
        var computed: [BalanceKey: (debit: Int64, credit: Int64)] = [:]
        var lastNumbers: [PeriodKey: Int64] = [:]
        var previous = JournalChain.genesis
        var count: Int64 = 0
        var lastID: Int64 = 0
        while true {
            let vouchers = try session.query("""
                SELECT id, org_id, date, ordinal, number, kind, reverses_id, summary, prepared_by, posted_at, source, external_ref,
                       hash, attachments, fund, chain_version, total_fen
                FROM voucher WHERE id > $1 ORDER BY id LIMIT 1000
                """, [.integer(lastID)])
            guard let lastRow = vouchers.last else { break }
            let from = lastID, to = try lastRow.int("id")
            var lines: [Int64: [(line: JournalChain.Line, account: Int64)]] = [:]
            for row in try session.query("""
                SELECT voucher_id, account_id, side, amount_fen, memo, budget_line, counterparty FROM posting
                WHERE voucher_id > $1 AND voucher_id <= $2 ORDER BY voucher_id, line
                """, [.integer(from), .integer(to)]) {
                let account = try row.int("account_id")
                lines[try row.int("voucher_id"), default: []].append((JournalChain.Line(
                    code: accounts[account]?.code ?? "#\(account)", side: try row.text("side"), amountFen: try row.int("amount_fen"),
                    memo: try row.text("memo"), budgetLine: try row.optionalText("budget_line"),
                    counterparty: try row.optionalText("counterparty")), account))
            }
            var approvals: [Int64: JournalChain.ApprovalText] = [:]
            for row in try session.query("SELECT * FROM voucher_approval WHERE voucher_id > $1 AND voucher_id <= $2",
                                         [.integer(from), .integer(to)]) {
                approvals[try row.int("voucher_id")] = JournalChain.ApprovalText(
                    preparedBy: try row.text("prepared_by"), reviewedBy: try row.text("reviewed_by"), reviewedAt: try row.text("reviewed_at"),
                    singleOperator: String(try row.int("single_operator")), signoffBy: try row.text("signoff_by"),
                    signoffDate: try row.text("signoff_date"), decisionReference: try row.text("decision_ref"),
                    decisionDate: try row.text("decision_date"))
            }
            for row in vouchers {
                let id = try row.int("id"), orgID = try row.int("org_id")
                let organisation = organisations[orgID] ?? "#\(orgID)"
                func finding(_ kind: VerifyFinding.Kind, _ detail: String) {
                    findings.append(VerifyFinding(kind: kind, voucherID: id, organisation: organisation, detail: detail))
                }
                let postings = lines[id] ?? []
                guard let version = JournalChain.Version(rawValue: Int(try row.int("chain_version"))) else {
                    finding(.valueUnreadable, "chain_version \(try row.int("chain_version"))")
                    continue
                }
                let entry = JournalChain.Entry(
                    id: id, organisation: organisation, date: try row.text("date"), number: Int(try row.int("number")),
                    kind: try row.text("kind"), reverses: try row.optionalInt("reverses_id"), summary: try row.text("summary"),
                    preparedBy: try row.text("prepared_by"), postedAt: try row.text("posted_at"), source: try row.text("source"),
                    externalReference: try row.text("external_ref"), postings: postings.map(\.line), version: version,
                    attachments: Int(try row.int("attachments")), approval: approvals[id], fund: try row.text("fund"))
                let hash = JournalChain.hash(previous: previous, entry: entry)
                let stored = try row.text("hash")
                if JournalChain.hex(hash) != stored { finding(.chainBroken, "stored \(stored.prefix(12))…") }
                // The chain goes on from what is stored, so one edited voucher is one finding.
                previous = (try? HexBytes.decode(stored, row: "voucher row \(id)")) ?? hash
                count += 1
                if postings.count < 2 { finding(.voucherTooFewPostings, "\(postings.count) postings") }
                var debit: Int64 = 0, credit: Int64 = 0
                let ordinal = try row.int("ordinal"), closing: Int64 = try row.text("kind") == "closing" ? 1 : 0
                let fund = try row.text("fund")
                for (line, account) in postings {
                    if accounts[account] == nil { finding(.orphanPosting, "account #\(account)") }
                    if accounts[account]?.leaf == false { finding(.accountNotLeaf, line.code) }
                    let key = BalanceKey(organisation: orgID, account: account, fund: fund, ordinal: ordinal, closing: closing)
                    var sums = computed[key] ?? (0, 0)
                    if line.side == "D" {
                        debit = debit.addingReportingOverflow(line.amountFen).partialValue
                        sums.debit = sums.debit.addingReportingOverflow(line.amountFen).partialValue
                    } else {
                        credit = credit.addingReportingOverflow(line.amountFen).partialValue
                        sums.credit = sums.credit.addingReportingOverflow(line.amountFen).partialValue
                    }
                    computed[key] = sums
                }
                if debit != credit { finding(.voucherUnbalanced, "debit \(debit) ≠ credit \(credit)") }
                if debit != (try row.int("total_fen")) { finding(.voucherFieldMismatch, "total_fen \(try row.int("total_fen")) ≠ \(debit)") }
                let periodKey = PeriodKey(organisation: orgID, ordinal: ordinal)
                let expected = (lastNumbers[periodKey] ?? 0) + 1
                let number = try row.int("number")
                if number != expected { finding(.numberingGap, "number \(number), expected \(expected)") }
                lastNumbers[periodKey] = max(number, lastNumbers[periodKey] ?? 0)
            }
            lastID = to
        }
        let head = try session.one("SELECT voucher_count, hash FROM journal_head WHERE id = 1")
        if try head.int("voucher_count") != count || head.text("hash") != JournalChain.hex(previous) {
            findings.append(VerifyFinding(kind: .journalHeadMismatch, voucherID: nil, organisation: "",
                                          detail: "head \(try head.int("voucher_count")) vouchers, journal \(count)"))
        }
        var stored: [BalanceKey: (debit: Int64, credit: Int64)] = [:]
        for row in try session.query("SELECT * FROM balance") {
            let key = BalanceKey(organisation: try row.int("org_id"), account: try row.int("account_id"), fund: try row.text("fund"),
                                 ordinal: try row.int("ordinal"), closing: try row.int("closing"))
            stored[key] = (try row.int("debit_fen"), try row.int("credit_fen"))
        }
        for key in Set(stored.keys).union(computed.keys).sorted(by: { ($0.organisation, $0.account, $0.ordinal) < ($1.organisation, $1.account, $1.ordinal) }) {
            let have = stored[key] ?? (0, 0), want = computed[key] ?? (0, 0)
            if have != want {
                findings.append(VerifyFinding(kind: .balanceMismatch, voucherID: nil, organisation: organisations[key.organisation] ?? "",
                                              detail: "\(accounts[key.account]?.code ?? "#\(key.account)") \(key.ordinal): stored \(have.debit)/\(have.credit), postings \(want.debit)/\(want.credit)"))
            }
        }
        for row in try session.query("SELECT org_id, ordinal, last_number FROM period") {
            let key = PeriodKey(organisation: try row.int("org_id"), ordinal: try row.int("ordinal"))
            let last = try row.int("last_number")
            if last != (lastNumbers[key] ?? 0) {
                findings.append(VerifyFinding(kind: .periodCounterMismatch, voucherID: nil, organisation: organisations[key.organisation] ?? "",
                                              detail: "month \(key.ordinal): counter \(last), vouchers \(lastNumbers[key] ?? 0)"))
            }
            lastNumbers[key] = nil
        }
        for (key, last) in lastNumbers where last > 0 {
            findings.append(VerifyFinding(kind: .periodCounterMismatch, voucherID: nil, organisation: organisations[key.organisation] ?? "",
                                          detail: "month \(key.ordinal): no period row, vouchers \(last)"))
        }
        return findings
    }
}
