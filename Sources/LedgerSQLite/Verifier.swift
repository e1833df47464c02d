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
    /// What a posting's account must be, looked up once per posting.
    struct AccountFacts {
        var code: String
        var organisation: Int64
        var isLeaf: Bool
    }

    var accounts: [Int64: AccountFacts] = [:]
    var computed: [BalanceKey: (debit: Int64, credit: Int64)] = [:]
    var funds = FundNumbers()
    var lastNumbers: [PeriodKey: Int] = [:]
    /// The canonical encoding of the voucher being checked, its buffer reused voucher after voucher.
    private var canonical = JournalChain.Writer()
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
            accounts[id] = AccountFacts(code: code, organisation: row["org_id"], isLeaf: (row["is_leaf"] as Int) == 1)
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
    /// SQLite's own bytes, valid until the statement steps again.
    private func approval(_ row: RawStatement) -> JournalChain.ApprovalFields<UnsafeBufferPointer<UInt8>> {
        JournalChain.ApprovalFields(
            preparedBy: row.text(1), reviewedBy: row.text(2), reviewedAt: row.text(3),
            singleOperator: row.text(4), signoffBy: row.text(5), signoffDate: row.text(6),
            decisionReference: row.text(7), decisionDate: row.text(8))
    }

    /// The chain, every voucher's own rules, and the balances recomputed from postings.
    private mutating func walkJournal() throws -> (count: Int64, lastHash: [UInt8]) {
        let vouchers = try RawStatement(db, """
            SELECT v.id, v.org_id, v.date, v.ordinal, v.number, v.summary, v.kind, v.reverses_id, v.prepared_by,
                   v.posted_at, v.source, v.external_ref, v.hash, v.total_fen, v.attachments, v.chain_version, v.fund
            FROM voucher v ORDER BY v.id
            """)
        // Approvals are few: read beside the vouchers in the same order (a join looked one up per voucher).
        let approvals = try RawStatement(db, """
            SELECT voucher_id, prepared_by, reviewed_by, reviewed_at, single_operator, signoff_by, signoff_date,
                   decision_ref, decision_date, org_id
            FROM voucher_approval ORDER BY voucher_id
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
        var approvalPending = try approvals.step()
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
            let isClosing = kind == VoucherDraft.Kind.closing.rawValue
            let isReversalKind = kind == VoucherDraft.Kind.reversal.rawValue
            let reverses: Int64? = vouchers.isNull(7) ? nil : vouchers.int64(7)
            let fundName = vouchers.byteCount(16) == 0 ? "" : vouchers.string(16)
            let fund = funds.number(fundName)
            let version = JournalChain.Version(rawValue: Int(vouchers.int64(15)))
            // An approval whose voucher is not there has nothing to be hashed with: passed over, as the join did.
            while approvalPending && approvals.int64(0) < id { approvalPending = try approvals.step() }
            let hasApproval = approvalPending && approvals.int64(0) == id
            // The link is encoded straight from SQLite's column bytes (no String per field): the
            // header now, each posting line as it is read.
            canonical.bytes.removeAll(keepingCapacity: true)
            if let version {
                let approval = hasApproval ? approval(approvals) : nil
                canonical.header(version: version, id: id, organisation: organisation, date: vouchers.text(2), number: number,
                                 kind: vouchers.text(6), reverses: reverses, summary: vouchers.text(5), preparedBy: vouchers.text(8),
                                 postedAt: vouchers.text(9), source: vouchers.text(10), externalReference: vouchers.text(11),
                                 attachments: Int(vouchers.int64(14)), fund: vouchers.text(16), approval: approval)
            }
            var found: [VerifyFinding] = []
            func finding(_ kind: VerifyFinding.Kind, _ detail: VerifyDetail) {
                found.append(VerifyFinding(kind: kind, voucherID: id, organisation: organisation, detail: detail))
            }
            func unreadable(_ column: String, _ value: String, isNot what: VerifyDetail, table: String = "voucher") {
                finding(.valueUnreadable, VerifyDetail("\(table) 表第 \(id) 行：\(column) 的值“\(value)”不是\(what.zh)",
                                                       "\(table) row \(id): \(column) '\(value)' is not \(what.en)"))
            }

            var lineCount = 0
            /// Kept as Strings only for a reversal, which is compared with its original.
            var reversalLines: [Line] = []
            var debit: Int64 = 0, credit: Int64 = 0
            var overflowed = false
            while postingPending && postings.int64(0) <= id {
                let line = postings.int64(1)
                if postings.int64(0) < id {
                    findings.append(VerifyFinding(kind: .orphanPosting, voucherID: postings.int64(0), organisation: organisation,
                                                  detail: VerifyDetail("第 \(line) 行", "line \(line)")))
                } else {
                    let accountID = postings.int64(2)
                    let side = postings.text(3)
                    let amount = postings.int64(4)
                    // NULL when the posting has no such dimension: true optionals.
                    let hasBudgetLine = !postings.isNull(6), hasCounterparty = !postings.isNull(7)
                    // An account that is not there is reported just below; "?" only fills the hash.
                    let account = accounts[accountID]
                    let code = account?.code ?? "?"
                    lineCount += 1
                    if let version {
                        canonical.line(version: version, code: code, side: side, amountFen: amount, memo: postings.text(5),
                                       budgetLine: hasBudgetLine ? postings.text(6) : nil,
                                       counterparty: hasCounterparty ? postings.text(7) : nil)
                    }
                    if reverses != nil {
                        reversalLines.append(Line(code: code, side: postings.string(3), amountFen: amount, memo: postings.string(5),
                                                  budgetLine: hasBudgetLine ? postings.string(6) : nil,
                                                  counterparty: hasCounterparty ? postings.string(7) : nil))
                    }
                    let key = BalanceKey(organisation: organisationID, account: accountID, fund: fund, ordinal: ordinal, closing: isClosing)
                    let sideByte: UInt8? = side.count == 1 ? side[0] : nil
                    switch sideByte {
                    case UInt8(ascii: "D"):
                        overflowed = !accumulate(amount, into: &debit, key: key, debitSide: true) || overflowed
                    case UInt8(ascii: "C"):
                        overflowed = !accumulate(amount, into: &credit, key: key, debitSide: false) || overflowed
                    default:
                        computed[key] = computed[key] ?? (0, 0)
                        unreadable("side", postings.string(3), isNot: VerifyDetail("借贷方向（D 或 C）", "a side (D or C)"),
                                   table: "posting line \(line) of voucher")
                    }
                    // The organisation key on the row (migration 0014) must be the voucher's.
                    if postings.int64(8) != organisationID {
                        finding(.voucherFieldMismatch, VerifyDetail("第 \(line) 行：org_id 为 \(postings.int64(8))，凭证的为 \(organisationID)",
                                                                   "line \(line): org_id \(postings.int64(8)), the voucher's is \(organisationID)"))
                    }
                    if account == nil || account?.organisation != organisationID {
                        finding(.orphanPosting, VerifyDetail("第 \(line) 行：科目 #\(accountID)", "line \(line): account #\(accountID)"))
                    } else if account?.isLeaf == false {
                        finding(.accountNotLeaf, VerifyDetail(code, code))
                    }
                    let signOK = isReversalKind ? amount < 0 : amount > 0
                    if !signOK {
                        finding(.amountSign, VerifyDetail("第 \(line) 行：\(Money(fen: amount).plainString)", "line \(line): \(Money(fen: amount).plainString)"))
                    }
                    if version != .v3 && (hasBudgetLine || hasCounterparty) {
                        finding(.voucherFieldMismatch, VerifyDetail(
                            "第 \(line) 行：第 \(vouchers.int64(15)) 版哈希链的凭证带有分录维度，其哈希不涵盖此项",
                            "line \(line): a posting dimension on a chain-version-\(vouchers.int64(15)) voucher, which its hash does not cover"))
                    }
                }
                postingPending = try postings.step()
            }
            if overflowed { finding(.amountOverflow, VerifyDetail("分录", "postings")) }
            if lineCount < 2 { finding(.voucherTooFewPostings, VerifyDetail("\(lineCount)", "\(lineCount)")) }
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
            if hasApproval {
                if approvals.int64(9) != organisationID {
                    finding(.voucherFieldMismatch, VerifyDetail("voucher_approval 的 org_id 为 \(approvals.int64(9))，凭证的为 \(organisationID)",
                                                               "voucher_approval org_id \(approvals.int64(9)), the voucher's is \(organisationID)"))
                }
                // Its dates must parse.
                for (column, index) in [("signoff_date", Int32(6)), ("decision_date", Int32(8))]
                where approvals.byteCount(index) > 0 && (try? LocalDate(parsing: approvals.string(index))) == nil {
                    unreadable(column, approvals.string(index), isNot: VerifyDetail("日期", "a date"), table: "voucher_approval")
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
            if version != nil {
                let recomputed = JournalChain.hash(previous: previous, canonical: canonical.bytes)
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
            if let reverses { try checkReversal(id: id, date: date, of: reverses, lines: reversalLines, finding: finding) }
            findings += found
        }
        while postingPending {
            findings.append(VerifyFinding(kind: .orphanPosting, voucherID: postings.int64(0), organisation: "",
                                          detail: VerifyDetail("第 \(postings.int64(1)) 行", "line \(postings.int64(1))")))
            postingPending = try postings.step()
        }
        vouchers.reset()
        postings.reset()
        approvals.reset()
        return (count, lastStored)   // the head records the stored link, whatever the recomputation says
    }

    /// Adds a posting to its voucher's side total and then to its balance (one dictionary access;
    /// the balance is left as it was once the voucher's total overflows). False on overflow.
    private mutating func accumulate(_ amount: Int64, into voucherTotal: inout Int64, key: BalanceKey, debitSide: Bool) -> Bool {
        guard Self.add(amount, to: &voucherTotal) else {
            computed[key] = computed[key] ?? (0, 0)
            return false
        }
        return debitSide ? Self.add(amount, to: &computed[key, default: (0, 0)].debit)
                         : Self.add(amount, to: &computed[key, default: (0, 0)].credit)
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
        // The original's date, read for this reversal only (a date per voucher held for the whole
        // pass grew with the journal). An original after its reversal is not compared.
        let originalDate = original < id ? try String.fetchOne(db, sql: "SELECT date FROM voucher WHERE id = ?", arguments: [original]) : nil
        if let originalDate, date < originalDate {
            finding(.reversalMismatch, VerifyDetail("日期 \(date)，早于原凭证（\(originalDate)）", "dated \(date), before its original (\(originalDate))"))
        }
    }
}
