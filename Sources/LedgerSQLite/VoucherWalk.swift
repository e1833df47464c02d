import Foundation
import LedgerCore
import LedgerStore

/// Verify's pass over the vouchers, from the first or from a given voucher: the chain, every
/// voucher's own rules, and the balances recomputed from postings. One walk over the whole journal
/// is the sequential verify; walks over consecutive ranges on readers of the same snapshot are the
/// parallel one (`ParallelVoucherWalk`), which only stands when the ranges join up without a finding.
struct VoucherWalk {
    /// What every range reads and none changes: set before the walk.
    struct Context: Sendable {
        var organisations: [Int64: String]
        var accounts: [Int64: Verifier.AccountFacts]
        /// The voucher chain's head each change-journal record carries, by voucher count.
        var voucherHeadChecks: [Int64: [(record: Int64, hash: [UInt8])]]
    }

    /// Vouchers with `firstID ≤ id < endID` (nil: unbounded), after `vouchersBefore` others whose
    /// last stored link is `previousHash`.
    struct Range: Sendable {
        var firstID: Int64?
        var endID: Int64?
        var vouchersBefore: Int64
        var previousHash: [UInt8]

        static let whole = Range(firstID: nil, endID: nil, vouchersBefore: 0, previousHash: JournalChain.genesis)

        /// SQL condition on `column` for this range ("" for the whole journal). Integers only.
        func condition(_ column: String) -> String {
            let bounds = [firstID.map { "\(column) >= \($0)" }, endID.map { "\(column) < \($0)" }].compactMap { $0 }
            return bounds.isEmpty ? "" : "WHERE " + bounds.joined(separator: " AND ")
        }
    }

    typealias Line = JournalChain.Line
    typealias BalanceKey = Verifier.BalanceKey
    typealias PeriodKey = Verifier.PeriodKey

    let connection: OpaquePointer
    let context: Context
    let range: Range

    /// What the walk has found and summed so far; what it leaves once it has run.
    private(set) var outcome: Outcome
    private var chainBroken = false
    /// The last voucher date read (its bytes, its String) and its month (nil: not a date).
    private var lastDate: (bytes: [UInt8], text: String, ordinal: Int?) = ([], "", nil)
    private var lastOrganisation: (id: Int64, code: String) = (Int64.min, "")
    /// The accounts by id when the ids are small (a posting's lookup is an index, not a hash);
    /// empty when they are not, and the dictionary answers.
    private let accountsByID: [Verifier.AccountFacts?]
    private static let kinds = VoucherDraft.Kind.allCases.map { (bytes: Array($0.rawValue.utf8), kind: $0) }

    /// The voucher kind its stored bytes name, without making a String (nil: none).
    private static func kind(_ bytes: UnsafeBufferPointer<UInt8>) -> VoucherDraft.Kind? {
        kinds.first { $0.bytes.elementsEqual(bytes) }?.kind
    }
    /// The canonical encoding of the voucher being checked, its buffer reused voucher after voucher.
    private var canonical = JournalChain.Writer()
    /// The balances as they are summed; `outcome.computed` once the walk is over.
    private var balances = BalanceTable<BalanceKey>()
    /// The counts the change journal's records name, in order, and the next the walk can meet: a
    /// walk's counts only grow, so a step along this list replaces a hashed lookup per voucher.
    private let headCounts: [Int64]
    private var nextHead = 0
    private var reversalReads: (lines: RawStatement, date: RawStatement)?

    /// What a walk leaves for verify's comparisons after it.
    struct Outcome: Sendable {
        var findings: [VerifyFinding] = []
        var computed: [BalanceKey: (debit: Int64, credit: Int64)] = [:]
        var funds = FundNumbers()
        var lastNumbers: [PeriodKey: Int] = [:]
        /// A range after the first cannot check a month's first number in it (the month may have
        /// begun in the range before): it is kept here and checked when the ranges are joined.
        var firstNumbers: [PeriodKey: Int] = [:]
        var headsSeen: Set<Int64> = []
        var count: Int64 = 0
        var lastStored: [UInt8]

        init(previousHash: [UInt8]) { lastStored = previousHash }
    }

    init(connection: OpaquePointer, context: Context, range: Range) {
        self.connection = connection
        self.context = context
        self.range = range
        self.outcome = Outcome(previousHash: range.previousHash)
        self.headCounts = context.voucherHeadChecks.keys.sorted()
        let largestID = context.accounts.keys.max() ?? -1
        if largestID < 65_536 && context.accounts.keys.allSatisfy({ $0 >= 0 }) {
            var byID = [Verifier.AccountFacts?](repeating: nil, count: Int(largestID) + 1)
            for (id, facts) in context.accounts { byID[Int(id)] = facts }
            accountsByID = byID
        } else {
            accountsByID = []
        }
    }

    /// The approval record beside the voucher row, as stored text: hashed as it stands, so a
    /// field edited into something that no longer parses breaks the chain (and is reported).
    /// SQLite's own bytes, valid until the statement steps again.
    private func approval(_ row: RawStatement) -> JournalChain.ApprovalFields<UnsafeBufferPointer<UInt8>> {
        JournalChain.ApprovalFields(
            preparedBy: row.text(1), reviewedBy: row.text(2), reviewedAt: row.text(3),
            singleOperator: row.text(4), signoffBy: row.text(5), signoffDate: row.text(6),
            decisionReference: row.text(7), decisionDate: row.text(8))
    }

    /// Each record's voucher head must be a link of the voucher chain, at the count it names.
    private mutating func checkVoucherHead(count: Int64, hash: [UInt8]) {
        while nextHead < headCounts.count && headCounts[nextHead] < count { nextHead += 1 }
        guard nextHead < headCounts.count, headCounts[nextHead] == count, let expected = context.voucherHeadChecks[count] else { return }
        outcome.headsSeen.insert(count)
        for (record, recorded) in expected where recorded != hash {
            outcome.findings.append(VerifyFinding(kind: .changeJournalBroken, voucherID: nil, organisation: "",
                                                  detail: .journalVoucherLink(record: record, count: count, link: hash, recorded: recorded)))
        }
    }

    mutating func run() throws {
        // The journal's start is a link too: a record may name the empty chain.
        if range.firstID == nil { checkVoucherHead(count: 0, hash: JournalChain.genesis) }
        let vouchers = try RawStatement(connection: connection, """
            SELECT v.id, v.org_id, v.date, v.ordinal, v.number, v.summary, v.kind, v.reverses_id, v.prepared_by,
                   v.posted_at, v.source, v.external_ref, v.hash, v.total_fen, v.attachments, v.chain_version, v.fund,
                   v.import_id, v.source_line
            FROM voucher v \(range.condition("v.id")) ORDER BY v.id
            """)
        // Approvals are few: read beside the vouchers in the same order (a join looked one up per voucher).
        let approvals = try RawStatement(connection: connection, """
            SELECT voucher_id, prepared_by, reviewed_by, reviewed_at, single_operator, signoff_by, signoff_date,
                   decision_ref, decision_date, org_id
            FROM voucher_approval \(range.condition("voucher_id")) ORDER BY voucher_id
            """)
        let postings = try RawStatement(connection: connection, """
            SELECT voucher_id, line, account_id, side, amount_fen, memo, budget_line, counterparty, org_id
            FROM posting \(range.condition("voucher_id")) ORDER BY voucher_id, line
            """)
        // An imported voucher's texts, as `voucher_as_posted` puts them together.
        var importedTexts = try ImportedVoucherTextRebuilder(connection: connection)
        var previous = range.previousHash
        var recomputed: [UInt8] = []
        var postingPending = try postings.step()
        var approvalPending = try approvals.step()
        while try vouchers.step() {
            outcome.count += 1
            let id = vouchers.int64(0)
            let organisationID = vouchers.int64(1)
            // A voucher of an organisation that is not there: its code is unknown, and the hash
            // (which covers the code) reports the voucher.
            if organisationID != lastOrganisation.id {
                lastOrganisation = (organisationID, context.organisations[organisationID] ?? "#\(organisationID)")
            }
            let organisation = lastOrganisation.code
            // Vouchers come day by day: a date is read into a String and parsed once for its run.
            let dateBytes = vouchers.text(2)
            if !lastDate.bytes.hasSameBytes(as: dateBytes) {
                let text = String(decoding: dateBytes, as: UTF8.self)
                lastDate = (Array(dateBytes), text, (try? LocalDate(parsing: text))?.yearMonth.ordinal)
            }
            let date = lastDate.text
            let ordinal = Int(vouchers.int64(3))
            let number = Int(vouchers.int64(4))
            let kindBytes = vouchers.text(6)
            let kind = Self.kind(kindBytes)
            let isClosing = kind == .closing
            let isReversalKind = kind == .reversal
            let reverses: Int64? = vouchers.isNull(7) ? nil : vouchers.int64(7)
            let fundName = vouchers.byteCount(16) == 0 ? "" : vouchers.string(16)
            let fund = outcome.funds.number(fundName)
            let version = JournalChain.Version(rawValue: Int(vouchers.int64(15)))
            // An approval whose voucher is not there has nothing to be hashed with: passed over, as the join did.
            while approvalPending && approvals.int64(0) < id { approvalPending = try approvals.step() }
            let hasApproval = approvalPending && approvals.int64(0) == id
            // The link is encoded straight from SQLite's column bytes (no String per field): the
            // header now, each posting line as it is read.
            canonical.reset()
            if let version {
                let approval = hasApproval ? approval(approvals) : nil
                func header(preparedBy: UnsafeBufferPointer<UInt8>, postedAt: UnsafeBufferPointer<UInt8>, source: UnsafeBufferPointer<UInt8>) {
                    canonical.header(version: version, id: id, organisation: organisation, date: dateBytes, number: number,
                                     kind: kindBytes, reverses: reverses, summary: vouchers.text(5), preparedBy: preparedBy,
                                     postedAt: postedAt, source: source, externalReference: vouchers.text(11),
                                     attachments: Int(vouchers.int64(14)), fund: vouchers.text(16), approval: approval)
                }
                if vouchers.isNull(18) {
                    header(preparedBy: vouchers.text(8), postedAt: vouchers.text(9), source: vouchers.text(10))
                } else {
                    importedTexts.rebuild(importID: vouchers.isNull(17) ? nil : vouchers.int64(17), line: vouchers.int64(18),
                                          preparedBy: vouchers.text(8), postedAt: vouchers.text(9), source: vouchers.text(10), header)
                }
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
            while postingPending {
                let postingVoucher = postings.int64(0)
                guard postingVoucher <= id else { break }
                let line = postings.int64(1)
                if postingVoucher < id {
                    outcome.findings.append(VerifyFinding(kind: .orphanPosting, voucherID: postingVoucher, organisation: organisation,
                                                          detail: VerifyDetail("第 \(line) 行", "line \(line)")))
                } else {
                    let accountID = postings.int64(2)
                    let side = postings.text(3)
                    let amount = postings.int64(4)
                    // NULL when the posting has no such dimension: true optionals.
                    let budgetLine = postings.optionalText(6), counterparty = postings.optionalText(7)
                    let hasBudgetLine = budgetLine != nil, hasCounterparty = counterparty != nil
                    // An account that is not there is reported just below; "?" only fills the hash.
                    let account = accountsByID.isEmpty ? context.accounts[accountID]
                        : accountID >= 0 && accountID < accountsByID.count ? accountsByID[Int(accountID)] : nil
                    let code = account?.code ?? "?"
                    lineCount += 1
                    if let version {
                        canonical.line(version: version, code: code, side: side, amountFen: amount, memo: postings.text(5),
                                       budgetLine: budgetLine, counterparty: counterparty)
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
                        _ = balances.entry(for: key)
                        unreadable("side", postings.string(3), isNot: VerifyDetail("借贷方向（D 或 C）", "a side (D or C)"),
                                   table: "posting line \(line) of voucher")
                    }
                    // The organisation key on the row (migration 0014) must be the voucher's.
                    let postingOrganisation = postings.int64(8)
                    if postingOrganisation != organisationID {
                        finding(.voucherFieldMismatch, VerifyDetail("第 \(line) 行：org_id 为 \(postingOrganisation)，凭证的为 \(organisationID)",
                                                                   "line \(line): org_id \(postingOrganisation), the voucher's is \(organisationID)"))
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
            if let dateOrdinal = lastDate.ordinal {
                if dateOrdinal != ordinal {
                    finding(.voucherFieldMismatch, VerifyDetail("日期 \(date)，期间 \(YearMonth(ordinal: ordinal))", "date \(date), period \(YearMonth(ordinal: ordinal))"))
                }
            } else {
                unreadable("date", date, isNot: VerifyDetail("日期", "a date"))
            }
            if kind == nil { unreadable("kind", vouchers.string(6), isNot: VerifyDetail("凭证类型", "a voucher kind")) }
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
            // The month's entry is found once and updated in place (no second hashing).
            let known = outcome.lastNumbers.index(forKey: periodKey)
            if range.firstID != nil && known == nil {
                // The month may have begun in the range before: checked when the ranges are joined.
                outcome.firstNumbers[periodKey] = number
                outcome.lastNumbers[periodKey] = number
            } else {
                let expected = (known.map { outcome.lastNumbers.values[$0] } ?? 0) + 1   // a month's first voucher is number 1
                if number != expected {
                    finding(.numberingGap, VerifyDetail("应为第 \(expected) 号，实为第 \(number) 号", "expected \(expected), found \(number)"))
                }
                if let known { outcome.lastNumbers.values[known] = max(number, expected - 1) }
                else { outcome.lastNumbers[periodKey] = max(number, expected - 1) }
            }

            vouchers.copyBytes(12, into: &outcome.lastStored)
            checkVoucherHead(count: range.vouchersBefore + outcome.count, hash: outcome.lastStored)
            if version != nil {
                JournalChain.hash(previous: previous, canonical: canonical, into: &recomputed)
                if !chainBroken && recomputed != outcome.lastStored {
                    // Later links all differ too; the first break is the one to find.
                    found.insert(VerifyFinding(kind: .chainBroken, voucherID: id, organisation: organisation,
                                               detail: VerifyDetail.hashes(recomputed: recomputed, stored: outcome.lastStored)),
                                 at: 0)
                    chainBroken = true
                }
                swap(&previous, &recomputed)
            } else {
                // No encoding to recompute with: the chain cannot be followed past this voucher.
                if !chainBroken {
                    found.insert(VerifyFinding(kind: .chainBroken, voucherID: id, organisation: organisation,
                                               detail: VerifyDetail("哈希链版本 \(vouchers.int64(15))", "chain_version \(vouchers.int64(15))")), at: 0)
                    chainBroken = true
                }
                previous = outcome.lastStored
            }
            if let reverses { try checkReversal(id: id, date: date, of: reverses, lines: reversalLines, finding: finding) }
            outcome.findings += found
        }
        while postingPending {
            outcome.findings.append(VerifyFinding(kind: .orphanPosting, voucherID: postings.int64(0), organisation: "",
                                                  detail: VerifyDetail("第 \(postings.int64(1)) 行", "line \(postings.int64(1))")))
            postingPending = try postings.step()
        }
        vouchers.reset()
        postings.reset()
        approvals.reset()
        outcome.computed = balances.dictionary
    }

    /// Adds a posting to its voucher's side total and then to its balance (one lookup in the table;
    /// the balance is left as it was once the voucher's total overflows). False on overflow.
    private mutating func accumulate(_ amount: Int64, into voucherTotal: inout Int64, key: BalanceKey, debitSide: Bool) -> Bool {
        let entry = balances.entry(for: key)
        guard Verifier.add(amount, to: &voucherTotal) else { return false }
        return balances.add(amount, to: entry, debitSide: debitSide)
    }

    private mutating func checkReversal(id: Int64, date: String, of original: Int64, lines: [Line],
                                        finding: (VerifyFinding.Kind, VerifyDetail) -> Void) throws {
        let reads = try reversalReads ?? (
            lines: RawStatement(connection: connection, """
                SELECT a.code, p.side, p.amount_fen, p.budget_line, p.counterparty
                FROM posting p JOIN account a ON a.id = p.account_id
                WHERE p.voucher_id = ? ORDER BY p.line
                """),
            date: RawStatement(connection: connection, "SELECT date FROM voucher WHERE id = ?"))
        reversalReads = reads
        reads.lines.bind(1, original)
        defer { reads.lines.reset() }
        var originalLines: [Line] = []
        while try reads.lines.step() {
            originalLines.append(Line(code: reads.lines.string(0), side: reads.lines.string(1), amountFen: reads.lines.int64(2), memo: "",
                                      budgetLine: reads.lines.isNull(3) ? nil : reads.lines.string(3),
                                      counterparty: reads.lines.isNull(4) ? nil : reads.lines.string(4)))
        }
        let mirrors = originalLines.count == lines.count && zip(originalLines, lines).allSatisfy { stored, line in
            // amount = −line.amount, without negating Int64.min.
            let (sum, overflow) = stored.amountFen.addingReportingOverflow(line.amountFen)
            return stored.code == line.code && stored.side == line.side && !overflow && sum == 0
                && stored.budgetLine == line.budgetLine && stored.counterparty == line.counterparty
        }
        if !mirrors { finding(.reversalMismatch, VerifyDetail("原凭证 #\(original)", "original #\(original)")) }
        // The original's date, read for this reversal only (a date per voucher held for the whole
        // pass grew with the journal). An original after its reversal is not compared.
        var originalDate: String?
        if original < id {
            reads.date.bind(1, original)
            defer { reads.date.reset() }
            if try reads.date.step(), !reads.date.isNull(0) { originalDate = reads.date.string(0) }
        }
        if let originalDate, date < originalDate {
            finding(.reversalMismatch, VerifyDetail("日期 \(date)，早于原凭证（\(originalDate)）", "dated \(date), before its original (\(originalDate))"))
        }
    }
}
