import InputFiles
import Foundation
import GRDB
import LedgerCore
import LedgerStore

/// One pass over the journal, recomputing what the posting path maintained and re-checking
/// the rules it enforced. Memory is O(accounts × months), not O(postings).
struct Verifier {
    let db: Database

    struct BalanceKey: Hashable {
        var organisation: Int64
        var account: Int64
        /// The fund's text, numbered (see `fundNumber`): hashed on every posting.
        var fund: Int32
        var ordinal: Int
        var closing: Bool
    }

    struct PeriodKey: Hashable {
        var organisation: Int64
        var ordinal: Int
    }

    typealias Line = (code: String, side: String, amountFen: Int64, memo: String)

    private var findings: [VerifyFinding] = []
    private var organisations: [Int64: String] = [:]
    private var accountCodes: [Int64: String] = [:]
    private var accountOrganisation: [Int64: Int64] = [:]
    private var leafAccounts: Set<Int64> = []
    private var computed: [BalanceKey: (debit: Int64, credit: Int64)] = [:]
    private var funds = FundNumbers()
    private var lastNumbers: [PeriodKey: Int] = [:]
    private var voucherDates: [Int64: String] = [:]

    init(db: Database) {
        self.db = db
    }

    mutating func run() throws -> [VerifyFinding] {
        organisations = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, code FROM organisation")
            .map { ($0["id"] as Int64, $0["code"] as String) })
        for row in try Row.fetchAll(db, sql: "SELECT id, org_id, code, is_leaf FROM account") {
            accountCodes[row["id"]] = row["code"]
            accountOrganisation[row["id"]] = row["org_id"]
            if (row["is_leaf"] as Int) == 1 { leafAccounts.insert(row["id"]) }
        }
        let (count, lastHash) = try walkJournal()
        try compareHead(count: count, lastHash: lastHash)
        try compareBalances()
        try comparePeriods()
        return findings
    }

    /// The approval record joined to the voucher row, as the posting path hashed it. A field that
    /// no longer parses still yields a record, so the hash (not this reader) reports the change.
    private func approval(_ row: RawStatement) -> VoucherApproval? {
        guard row.int64(16) != 0 else { return nil }
        let signoffDate = try? LocalDate(parsing: row.string(22))
        let decisionDate = try? LocalDate(parsing: row.string(24))
        return VoucherApproval(
            preparedBy: row.string(17), reviewedBy: row.string(18), reviewedAt: row.string(19),
            singleOperator: row.int64(20) != 0,
            signoff: row.string(21).isEmpty ? nil : VoucherApproval.SignOff(by: row.string(21), date: signoffDate ?? .unknown),
            decision: row.string(23).isEmpty ? nil
                : VoucherApproval.CollectiveDecision(reference: row.string(23), date: decisionDate ?? .unknown))
    }

    /// The chain, every voucher's own rules, and the balances recomputed from postings.
    private mutating func walkJournal() throws -> (count: Int64, lastHash: [UInt8]) {
        let vouchers = try RawStatement(db, """
            SELECT v.id, v.org_id, v.date, v.ordinal, v.number, v.summary, v.kind, v.reverses_id, v.prepared_by,
                   v.posted_at, v.source, v.external_ref, v.hash, v.total_fen, v.attachments, v.chain_version,
                   a.voucher_id IS NOT NULL, a.prepared_by, a.reviewed_by, a.reviewed_at, a.single_operator,
                   a.signoff_by, a.signoff_date, a.decision_ref, a.decision_date, v.fund
            FROM voucher v LEFT JOIN voucher_approval a ON a.voucher_id = v.id ORDER BY v.id
            """)
        let postings = try RawStatement(db, """
            SELECT voucher_id, line, account_id, side, amount_fen, memo FROM posting ORDER BY voucher_id, line
            """)
        var previous = JournalChain.genesis
        var lastStored = JournalChain.genesis
        var chainBroken = false
        var count: Int64 = 0
        var postingPending = try postings.step()
        while try vouchers.step() {
            count += 1
            let id = vouchers.int64(0)
            let organisationID = vouchers.int64(1)
            let organisation = organisations[organisationID] ?? "?"
            let date = vouchers.string(2)
            let ordinal = Int(vouchers.int64(3))
            let number = Int(vouchers.int64(4))
            let kind = vouchers.string(6)
            let reverses: Int64? = vouchers.isNull(7) ? nil : vouchers.int64(7)
            let fundName = vouchers.byteCount(25) == 0 ? "" : vouchers.string(25)
            let fund = funds.number(fundName)
            voucherDates[id] = date
            var found: [VerifyFinding] = []
            func finding(_ kind: VerifyFinding.Kind, _ detail: String) {
                found.append(VerifyFinding(kind: kind, voucherID: id, organisation: organisation, detail: detail))
            }

            var lines: [Line] = []
            var debit: Int64 = 0, credit: Int64 = 0
            while postingPending && postings.int64(0) <= id {
                let line = postings.int64(1)
                if postings.int64(0) < id {
                    findings.append(VerifyFinding(kind: .orphanPosting, voucherID: postings.int64(0), organisation: organisation,
                                                  detail: "line \(line)"))
                } else {
                    let accountID = postings.int64(2)
                    let side = postings.string(3)
                    let amount = postings.int64(4)
                    lines.append((accountCodes[accountID] ?? "?", side, amount, postings.string(5)))
                    if side == "D" { debit &+= amount } else { credit &+= amount }
                    let key = BalanceKey(organisation: organisationID, account: accountID, fund: fund, ordinal: ordinal, closing: kind == "closing")
                    var balance = computed[key] ?? (0, 0)
                    if side == "D" { balance.debit &+= amount } else { balance.credit &+= amount }
                    computed[key] = balance
                    if accountCodes[accountID] == nil || accountOrganisation[accountID] != organisationID {
                        finding(.orphanPosting, "line \(line): account #\(accountID)")
                    } else if !leafAccounts.contains(accountID) {
                        finding(.accountNotLeaf, accountCodes[accountID] ?? "?")
                    }
                    let signOK = kind == "reversal" ? amount < 0 : amount > 0
                    if !signOK { finding(.amountSign, "line \(line): \(Money(fen: amount).plainString)") }
                }
                postingPending = try postings.step()
            }
            if lines.count < 2 { finding(.voucherTooFewPostings, "\(lines.count)") }
            if debit != credit || debit == 0 {
                finding(.voucherUnbalanced, "\(Money(fen: debit).plainString) / \(Money(fen: credit).plainString)")
            }
            if let parsed = try? LocalDate(parsing: date), parsed.yearMonth.ordinal != ordinal {
                finding(.voucherFieldMismatch, "date \(date), period \(YearMonth(ordinal: ordinal))")
            }
            if vouchers.int64(13) != debit {
                finding(.voucherFieldMismatch, "total \(Money(fen: vouchers.int64(13)).plainString), postings \(Money(fen: debit).plainString)")
            }
            let periodKey = PeriodKey(organisation: organisationID, ordinal: ordinal)
            let expected = (lastNumbers[periodKey] ?? 0) + 1
            if number != expected { finding(.numberingGap, "expected \(expected), found \(number)") }
            lastNumbers[periodKey] = max(number, lastNumbers[periodKey] ?? 0)

            let entry = JournalChain.Entry(
                id: id, organisation: organisation, date: date, number: number, kind: kind, reverses: reverses,
                summary: vouchers.string(5), preparedBy: vouchers.string(8), postedAt: vouchers.string(9),
                source: vouchers.string(10), externalReference: vouchers.string(11), postings: lines,
                version: Int(vouchers.int64(15)), attachments: Int(vouchers.int64(14)), approval: approval(vouchers), fund: fundName)
            let recomputed = JournalChain.hash(previous: previous, entry: entry)
            lastStored = vouchers.bytes(12)
            if !chainBroken && recomputed != lastStored {
                // Later links all differ too; the first break is the one to find.
                found.insert(VerifyFinding(kind: .chainBroken, voucherID: id, organisation: organisation,
                                           detail: "sha256 \(JournalChain.hex(recomputed).prefix(12))… ≠ stored \(JournalChain.hex(lastStored).prefix(12))…"),
                             at: 0)
                chainBroken = true
            }
            previous = recomputed
            if let reverses { try checkReversal(id: id, date: date, of: reverses, lines: lines, finding: finding) }
            findings += found
        }
        while postingPending {
            findings.append(VerifyFinding(kind: .orphanPosting, voucherID: postings.int64(0), organisation: "",
                                          detail: "line \(postings.int64(1))"))
            postingPending = try postings.step()
        }
        vouchers.reset()
        postings.reset()
        return (count, lastStored)   // the head records the stored link, whatever the recomputation says
    }

    private func checkReversal(id: Int64, date: String, of original: Int64, lines: [Line],
                               finding: (VerifyFinding.Kind, String) -> Void) throws {
        let originalLines = try Row.fetchAll(db, sql: """
            SELECT a.code, p.side, p.amount_fen FROM posting p JOIN account a ON a.id = p.account_id
            WHERE p.voucher_id = ? ORDER BY p.line
            """, arguments: [original])
        let mirrors = originalLines.count == lines.count && zip(originalLines, lines).allSatisfy { row, line in
            (row["code"] as String) == line.code && (row["side"] as String) == line.side
                && (row["amount_fen"] as Int64) == -line.amountFen
        }
        if !mirrors { finding(.reversalMismatch, "original #\(original)") }
        if let originalDate = voucherDates[original], date < originalDate {
            finding(.reversalMismatch, "dated \(date), before its original (\(originalDate))")
        }
    }

    /// The recorded head must match the journal's length and last link.
    private mutating func compareHead(count: Int64, lastHash: [UInt8]) throws {
        let row = try Row.fetchOne(db, sql: "SELECT voucher_count, hash FROM journal_head WHERE id = 1")
        let headCount: Int64 = row?["voucher_count"] ?? 0
        let headHash = (row?["hash"] as Data?).map { Array($0) } ?? JournalChain.genesis
        if headCount != count || headHash != lastHash {
            findings.append(VerifyFinding(kind: .journalHeadMismatch, voucherID: nil, organisation: "",
                                          detail: "head \(headCount) vouchers \(JournalChain.hex(headHash).prefix(12))…, journal \(count) vouchers \(JournalChain.hex(lastHash).prefix(12))…"))
        }
    }

    private mutating func compareBalances() throws {
        var stored: [BalanceKey: (debit: Int64, credit: Int64)] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT org_id, account_id, fund, ordinal, closing, debit_fen AS d, credit_fen AS c FROM balance
            """) {
            stored[BalanceKey(organisation: row["org_id"], account: row["account_id"], fund: funds.number(row["fund"]), ordinal: row["ordinal"],
                              closing: row["closing"])] = (row["d"], row["c"])
        }
        let keys = Set(computed.keys).union(stored.keys).sorted {
            ($0.organisation, $0.account, $0.ordinal, $0.fund) < ($1.organisation, $1.account, $1.ordinal, $1.fund)
        }
        for key in keys {
            let expected = computed[key] ?? (0, 0)
            let actual = stored[key] ?? (0, 0)
            guard expected != actual else { continue }
            findings.append(VerifyFinding(
                kind: .balanceMismatch, voucherID: nil, organisation: organisations[key.organisation] ?? "#\(key.organisation)",
                detail: "\(accountCodes[key.account] ?? "#\(key.account)")\(key.fund == 0 ? "" : " [\(funds.name(key.fund))]") \(YearMonth(ordinal: key.ordinal)): postings \(Money(fen: expected.debit).plainString)/\(Money(fen: expected.credit).plainString), balance table \(Money(fen: actual.debit).plainString)/\(Money(fen: actual.credit).plainString)"))
        }
    }

    /// Period counters agree with the vouchers, every month with vouchers has its period row,
    /// and every month the event log says was closed is still closed.
    private mutating func comparePeriods() throws {
        var recorded: [PeriodKey: (lastNumber: Int, closed: Bool)] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT org_id, ordinal, last_number, closed_at FROM period") {
            recorded[PeriodKey(organisation: row["org_id"], ordinal: row["ordinal"])] =
                (row["last_number"], (row["closed_at"] as String?) != nil)
        }
        func report(_ key: PeriodKey, _ detail: String) {
            findings.append(VerifyFinding(kind: .periodMismatch, voucherID: nil,
                                          organisation: organisations[key.organisation] ?? "#\(key.organisation)",
                                          detail: "\(YearMonth(ordinal: key.ordinal)): \(detail)"))
        }
        for key in Set(recorded.keys).union(lastNumbers.keys).sorted(by: { ($0.organisation, $0.ordinal) < ($1.organisation, $1.ordinal) }) {
            let counted = lastNumbers[key] ?? 0
            guard let record = recorded[key] else {
                report(key, "\(counted) vouchers, no period record")
                continue
            }
            if counted != record.lastNumber {
                report(key, "\(counted) vouchers, counter \(record.lastNumber)")
            }
        }
        // Replay the closes and reopens on record: each month must end as the record left it.
        var onRecord: [PeriodKey: Bool] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT org_id, action, detail FROM event WHERE action IN ('period.close', 'period.reopen') AND org_id IS NOT NULL ORDER BY id
            """) {
            let detail: String = row["detail"]
            guard let month = try? YearMonth(parsing: detail.prefix(7)) else { continue }
            onRecord[PeriodKey(organisation: row["org_id"], ordinal: month.ordinal)] = (row["action"] as String) == "period.close"
        }
        for (key, closed) in onRecord.sorted(by: { ($0.key.organisation, $0.key.ordinal) < ($1.key.organisation, $1.key.ordinal) })
        where (recorded[key]?.closed ?? false) != closed {
            report(key, closed ? "closed on record, open in the books" : "reopened on record, closed in the books")
        }
    }
}
