import InputFiles
import Foundation
import GRDB
import LedgerCore
import LedgerStore

/// One pass over the journal, recomputing what the posting path maintained and re-checking
/// the rules it enforced. Memory is O(accounts × months), not O(postings).
///
/// Verify reads the file as it is, edits behind the engine's back included: a stored value that
/// does not parse is a finding (`valueUnreadable`), never an error that stops the pass nor a
/// default that hides it, and every sum is checked (`amountOverflow`).
struct Verifier {
    let db: Database

    struct BalanceKey: Hashable {
        var organisation: Int64
        var account: Int64
        /// The fund's text, numbered (see `FundNumbers`): hashed on every posting.
        var fund: Int32
        var ordinal: Int
        var closing: Bool
    }

    struct PeriodKey: Hashable {
        var organisation: Int64
        var ordinal: Int
    }

    typealias Line = JournalChain.Line

    var findings: [VerifyFinding] = []
    var organisations: [Int64: String] = [:]
    var accountCodes: [Int64: String] = [:]
    private var accountOrganisation: [Int64: Int64] = [:]
    private var leafAccounts: Set<Int64> = []
    var computed: [BalanceKey: (debit: Int64, credit: Int64)] = [:]
    var funds = FundNumbers()
    var lastNumbers: [PeriodKey: Int] = [:]
    private var voucherDates: [Int64: String] = [:]
    /// The voucher chain's head each change-journal record carries, by voucher count.
    var voucherHeadChecks: [Int64: [(record: Int64, hash: [UInt8])]] = [:]
    var voucherHeadsSeen: Set<Int64> = []

    init(db: Database) {
        self.db = db
    }

    mutating func run() throws -> [VerifyFinding] {
        for row in try Row.fetchAll(db, sql: "SELECT id, code, first_period FROM organisation ORDER BY id") {
            let id: Int64 = row["id"], code: String = row["code"]
            organisations[id] = code
            do { _ = try StoredValue.month(ordinal: row["first_period"], row: "organisation row \(id)", column: "first_period") } catch {
                unreadable(error, organisation: code)
            }
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, org_id, code, kind, is_leaf FROM account ORDER BY id") {
            let id: Int64 = row["id"], code: String = row["code"]
            accountCodes[id] = code
            accountOrganisation[id] = row["org_id"]
            if (row["is_leaf"] as Int) == 1 { leafAccounts.insert(id) }
            do {
                _ = try StoredValue.accountCode(code, row: "account row \(id)")
                _ = try StoredValue.accountKind(row["kind"], row: "account row \(id)")
            } catch {
                unreadable(error, organisation: organisations[row["org_id"]] ?? "#\(row["org_id"] as Int64)")
            }
        }
        let journal = try walkChangeJournal()
        checkVoucherHead(count: 0, hash: JournalChain.genesis)
        let (count, lastHash) = try walkJournal()
        try compareHead(count: count, lastHash: lastHash)
        try finishChangeJournal(journal, voucherCount: count, voucherHash: lastHash)
        try compareBalances()
        try comparePeriods()
        return findings
    }

    /// A stored value that does not parse, as a finding.
    mutating func unreadable(_ error: StoreError, voucherID: Int64? = nil, organisation: String) {
        guard case .storage(let message) = error else { return }
        findings.append(VerifyFinding(kind: .valueUnreadable, voucherID: voucherID, organisation: organisation, detail: message))
    }

    /// The approval record joined to the voucher row, as stored text: hashed as it stands, so a
    /// field edited into something that no longer parses breaks the chain (and is reported).
    private func approval(_ row: RawStatement) -> JournalChain.ApprovalText? {
        guard row.int64(16) != 0 else { return nil }
        return JournalChain.ApprovalText(
            preparedBy: row.string(17), reviewedBy: row.string(18), reviewedAt: row.string(19),
            singleOperator: String(row.int64(20)), signoffBy: row.string(21), signoffDate: row.string(22),
            decisionReference: row.string(23), decisionDate: row.string(24))
    }

    /// The chain, every voucher's own rules, and the balances recomputed from postings.
    private mutating func walkJournal() throws -> (count: Int64, lastHash: [UInt8]) {
        let vouchers = try RawStatement(db, """
            SELECT v.id, v.org_id, v.date, v.ordinal, v.number, v.summary, v.kind, v.reverses_id, v.prepared_by,
                   v.posted_at, v.source, v.external_ref, v.hash, v.total_fen, v.attachments, v.chain_version,
                   a.voucher_id IS NOT NULL, a.prepared_by, a.reviewed_by, a.reviewed_at, a.single_operator,
                   a.signoff_by, a.signoff_date, a.decision_ref, a.decision_date, v.fund, a.org_id
            FROM voucher v LEFT JOIN voucher_approval a ON a.voucher_id = v.id ORDER BY v.id
            """)
        let postings = try RawStatement(db, """
            SELECT voucher_id, line, account_id, side, amount_fen, memo, budget_line, counterparty, org_id
            FROM posting ORDER BY voucher_id, line
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
            // A voucher of an organisation that is not there: its code is unknown, and the hash
            // (which covers the code) reports the voucher.
            let organisation = organisations[organisationID] ?? "#\(organisationID)"
            let date = vouchers.string(2)
            let ordinal = Int(vouchers.int64(3))
            let number = Int(vouchers.int64(4))
            let kind = vouchers.string(6)
            let reverses: Int64? = vouchers.isNull(7) ? nil : vouchers.int64(7)
            let fundName = vouchers.byteCount(25) == 0 ? "" : vouchers.string(25)
            let fund = funds.number(fundName)
            let version = JournalChain.Version(rawValue: Int(vouchers.int64(15)))
            voucherDates[id] = date
            var found: [VerifyFinding] = []
            func finding(_ kind: VerifyFinding.Kind, _ detail: VerifyDetail) {
                found.append(VerifyFinding(kind: kind, voucherID: id, organisation: organisation, detail: detail))
            }
            func unreadable(_ column: String, _ value: String, isNot what: VerifyDetail, table: String = "voucher") {
                finding(.valueUnreadable, VerifyDetail("\(table) 表第 \(id) 行：\(column) 的值“\(value)”不是\(what.zh)",
                                                       "\(table) row \(id): \(column) '\(value)' is not \(what.en)"))
            }

            var lines: [Line] = []
            var debit: Int64 = 0, credit: Int64 = 0
            var overflowed = false
            while postingPending && postings.int64(0) <= id {
                let line = postings.int64(1)
                if postings.int64(0) < id {
                    findings.append(VerifyFinding(kind: .orphanPosting, voucherID: postings.int64(0), organisation: organisation,
                                                  detail: VerifyDetail("第 \(line) 行", "line \(line)")))
                } else {
                    let accountID = postings.int64(2)
                    let side = postings.string(3)
                    let amount = postings.int64(4)
                    // NULL when the posting has no such dimension: true optionals.
                    let budgetLine: String? = postings.isNull(6) ? nil : postings.string(6)
                    let counterparty: String? = postings.isNull(7) ? nil : postings.string(7)
                    // An account that is not there is reported just below; "?" only fills the hash.
                    lines.append(Line(code: accountCodes[accountID] ?? "?", side: side, amountFen: amount, memo: postings.string(5),
                                      budgetLine: budgetLine, counterparty: counterparty))
                    let key = BalanceKey(organisation: organisationID, account: accountID, fund: fund, ordinal: ordinal,
                                         closing: kind == VoucherDraft.Kind.closing.rawValue)
                    var balance = computed[key] ?? (0, 0)
                    switch side {
                    case "D":
                        overflowed = !Self.add(amount, to: &debit) || !Self.add(amount, to: &balance.debit) || overflowed
                    case "C":
                        overflowed = !Self.add(amount, to: &credit) || !Self.add(amount, to: &balance.credit) || overflowed
                    default:
                        unreadable("side", side, isNot: VerifyDetail("借贷方向（D 或 C）", "a side (D or C)"), table: "posting line \(line) of voucher")
                    }
                    computed[key] = balance
                    // The organisation key on the row (migration 0014) must be the voucher's.
                    if postings.int64(8) != organisationID {
                        finding(.voucherFieldMismatch, VerifyDetail("第 \(line) 行：org_id 为 \(postings.int64(8))，凭证的为 \(organisationID)",
                                                                   "line \(line): org_id \(postings.int64(8)), the voucher's is \(organisationID)"))
                    }
                    if accountCodes[accountID] == nil || accountOrganisation[accountID] != organisationID {
                        finding(.orphanPosting, VerifyDetail("第 \(line) 行：科目 #\(accountID)", "line \(line): account #\(accountID)"))
                    } else if !leafAccounts.contains(accountID) {
                        finding(.accountNotLeaf, VerifyDetail(accountCodes[accountID] ?? "?", accountCodes[accountID] ?? "?"))
                    }
                    let signOK = kind == VoucherDraft.Kind.reversal.rawValue ? amount < 0 : amount > 0
                    if !signOK {
                        finding(.amountSign, VerifyDetail("第 \(line) 行：\(Money(fen: amount).plainString)", "line \(line): \(Money(fen: amount).plainString)"))
                    }
                    if version != .v3 && (budgetLine != nil || counterparty != nil) {
                        finding(.voucherFieldMismatch, VerifyDetail(
                            "第 \(line) 行：第 \(vouchers.int64(15)) 版哈希链的凭证带有分录维度，其哈希不涵盖此项",
                            "line \(line): a posting dimension on a chain-version-\(vouchers.int64(15)) voucher, which its hash does not cover"))
                    }
                }
                postingPending = try postings.step()
            }
            if overflowed { finding(.amountOverflow, VerifyDetail("分录", "postings")) }
            if lines.count < 2 { finding(.voucherTooFewPostings, VerifyDetail("\(lines.count)", "\(lines.count)")) }
            if debit != credit || debit == 0 {
                let figures = "\(Money(fen: debit).plainString) / \(Money(fen: credit).plainString)"
                finding(.voucherUnbalanced, VerifyDetail(figures, figures))
            }
            if let parsed = try? LocalDate(parsing: date) {
                if parsed.yearMonth.ordinal != ordinal {
                    finding(.voucherFieldMismatch, VerifyDetail("日期 \(date)，期间 \(YearMonth(ordinal: ordinal))", "date \(date), period \(YearMonth(ordinal: ordinal))"))
                }
            } else {
                unreadable("date", date, isNot: VerifyDetail("日期", "a date"))
            }
            if VoucherDraft.Kind(rawValue: kind) == nil { unreadable("kind", kind, isNot: VerifyDetail("凭证类型", "a voucher kind")) }
            if version == nil { unreadable("chain_version", String(vouchers.int64(15)), isNot: VerifyDetail("哈希链版本", "a journal chain version")) }
            if vouchers.int64(16) != 0 && vouchers.int64(26) != organisationID {   // 16: the voucher has an approval record
                finding(.voucherFieldMismatch, VerifyDetail("voucher_approval 的 org_id 为 \(vouchers.int64(26))，凭证的为 \(organisationID)",
                                                           "voucher_approval org_id \(vouchers.int64(26)), the voucher's is \(organisationID)"))
            }
            if !vouchers.isNull(16) {   // an approval record: its dates must parse
                for (column, index) in [("signoff_date", Int32(22)), ("decision_date", Int32(24))]
                where vouchers.byteCount(index) > 0 && (try? LocalDate(parsing: vouchers.string(index))) == nil {
                    unreadable(column, vouchers.string(index), isNot: VerifyDetail("日期", "a date"), table: "voucher_approval")
                }
            }
            if vouchers.int64(13) != debit {
                let total = Money(fen: vouchers.int64(13)).plainString, posted = Money(fen: debit).plainString
                finding(.voucherFieldMismatch, VerifyDetail("凭证合计 \(total)，分录合计 \(posted)", "total \(total), postings \(posted)"))
            }
            let periodKey = PeriodKey(organisation: organisationID, ordinal: ordinal)
            let expected = (lastNumbers[periodKey] ?? 0) + 1   // a month's first voucher is number 1
            if number != expected {
                finding(.numberingGap, VerifyDetail("应为第 \(expected) 号，实为第 \(number) 号", "expected \(expected), found \(number)"))
            }
            lastNumbers[periodKey] = max(number, expected - 1)

            lastStored = vouchers.bytes(12)
            checkVoucherHead(count: count, hash: lastStored)
            if let version {
                let entry = JournalChain.Entry(
                    id: id, organisation: organisation, date: date, number: number, kind: kind, reverses: reverses,
                    summary: vouchers.string(5), preparedBy: vouchers.string(8), postedAt: vouchers.string(9),
                    source: vouchers.string(10), externalReference: vouchers.string(11), postings: lines,
                    version: version, attachments: Int(vouchers.int64(14)), approval: approval(vouchers), fund: fundName)
                let recomputed = JournalChain.hash(previous: previous, entry: entry)
                if !chainBroken && recomputed != lastStored {
                    // Later links all differ too; the first break is the one to find.
                    found.insert(VerifyFinding(kind: .chainBroken, voucherID: id, organisation: organisation,
                                               detail: VerifyDetail.hashes(recomputed: recomputed, stored: lastStored)),
                                 at: 0)
                    chainBroken = true
                }
                previous = recomputed
            } else {
                // No encoding to recompute with: the chain cannot be followed past this voucher.
                if !chainBroken {
                    found.insert(VerifyFinding(kind: .chainBroken, voucherID: id, organisation: organisation,
                                               detail: VerifyDetail("哈希链版本 \(vouchers.int64(15))", "chain_version \(vouchers.int64(15))")), at: 0)
                    chainBroken = true
                }
                previous = lastStored
            }
            if let reverses { try checkReversal(id: id, date: date, of: reverses, lines: lines, finding: finding) }
            findings += found
        }
        while postingPending {
            findings.append(VerifyFinding(kind: .orphanPosting, voucherID: postings.int64(0), organisation: "",
                                          detail: VerifyDetail("第 \(postings.int64(1)) 行", "line \(postings.int64(1))")))
            postingPending = try postings.step()
        }
        vouchers.reset()
        postings.reset()
        return (count, lastStored)   // the head records the stored link, whatever the recomputation says
    }

    /// `total += amount`, false (and `total` unchanged) on overflow.
    static func add(_ amount: Int64, to total: inout Int64) -> Bool {
        let (sum, overflow) = total.addingReportingOverflow(amount)
        if !overflow { total = sum }
        return !overflow
    }

    private func checkReversal(id: Int64, date: String, of original: Int64, lines: [Line],
                               finding: (VerifyFinding.Kind, VerifyDetail) -> Void) throws {
        let originalLines = try Row.fetchAll(db, sql: """
            SELECT a.code, p.side, p.amount_fen, p.budget_line, p.counterparty
            FROM posting p JOIN account a ON a.id = p.account_id
            WHERE p.voucher_id = ? ORDER BY p.line
            """, arguments: [original])
        let mirrors = originalLines.count == lines.count && zip(originalLines, lines).allSatisfy { row, line in
            // amount = −line.amount, without negating Int64.min.
            let (sum, overflow) = (row["amount_fen"] as Int64).addingReportingOverflow(line.amountFen)
            return (row["code"] as String) == line.code && (row["side"] as String) == line.side && !overflow && sum == 0
                && (row["budget_line"] as String?) == line.budgetLine && (row["counterparty"] as String?) == line.counterparty
        }
        if !mirrors { finding(.reversalMismatch, VerifyDetail("原凭证 #\(original)", "original #\(original)")) }
        if let originalDate = voucherDates[original], date < originalDate {
            finding(.reversalMismatch, VerifyDetail("日期 \(date)，早于原凭证（\(originalDate)）", "dated \(date), before its original (\(originalDate))"))
        }
    }
}
