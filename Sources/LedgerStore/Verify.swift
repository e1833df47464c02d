import Foundation
import GRDB
import LedgerCore

/// Something `verify` found wrong with the books. Findings are values: verify reports them all.
public struct VerifyFinding: Hashable, Sendable {
    public enum Kind: String, Sendable {
        case chainBroken
        case balanceMismatch
        case voucherUnbalanced
        case voucherTooFewPostings
        case amountSign
        case accountNotLeaf
        case numberingGap
        case reversalMismatch
        case periodCounterMismatch
        case orphanPosting
    }

    public var kind: Kind
    /// The voucher concerned (id), when there is one.
    public var voucherID: Int64?
    public var organisation: String
    public var detail: String

    public func message(in language: Language) -> String {
        let subject = voucherID.map { language.pick("凭证 #\($0)", "voucher #\($0)") } ?? language.pick("账套", "books")
        let what: String
        switch kind {
        case .chainBroken: what = language.pick("哈希链不符：凭证内容在引擎之外被改动", "hash chain broken: the voucher was changed outside the engine")
        case .balanceMismatch: what = language.pick("余额表与分录不符", "balance table disagrees with postings")
        case .voucherUnbalanced: what = language.pick("借贷不平衡", "debits and credits differ")
        case .voucherTooFewPostings: what = language.pick("分录少于两条", "fewer than two postings")
        case .amountSign: what = language.pick("金额符号不符合规则", "amount sign breaks the rules")
        case .accountNotLeaf: what = language.pick("记入了非末级科目", "posted to a non-leaf account")
        case .numberingGap: what = language.pick("凭证号不连续", "voucher numbers are not consecutive")
        case .reversalMismatch: what = language.pick("冲销凭证与原凭证不对应", "reversal does not mirror its original")
        case .periodCounterMismatch: what = language.pick("期间凭证计数不符", "period voucher counter disagrees")
        case .orphanPosting: what = language.pick("分录没有所属凭证或科目", "posting without its voucher or account")
        }
        return "\(organisation) \(subject): \(what) (\(detail))"
    }
}

extension LedgerDatabase {
    /// Recomputes everything the posting path maintains and re-checks every invariant:
    /// the hash chain, balances against postings, each voucher's rules, numbering, reversals.
    /// - Returns: every finding, in voucher order; empty when the books are sound.
    /// - Complexity: one pass over vouchers and postings; memory O(accounts × months).
    public func verify() throws -> [VerifyFinding] {
        try read { db in try Verifier(db: db).run() }
    }
}

private struct Verifier {
    let db: Database

    struct BalanceKey: Hashable { var account: Int64; var ordinal: Int }

    func run() throws -> [VerifyFinding] {
        var findings: [VerifyFinding] = []
        let organisations = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, code FROM organisation")
            .map { ($0["id"] as Int64, $0["code"] as String) })
        let accountRows = try Row.fetchAll(db, sql: "SELECT id, org_id, code, is_leaf FROM account")
        let accountCodes = Dictionary(uniqueKeysWithValues: accountRows.map { ($0["id"] as Int64, $0["code"] as String) })
        let accountOrg = Dictionary(uniqueKeysWithValues: accountRows.map { ($0["id"] as Int64, $0["org_id"] as Int64) })
        let leafAccounts = Set(accountRows.filter { ($0["is_leaf"] as Int) == 1 }.map { $0["id"] as Int64 })

        var computed: [BalanceKey: (debit: Int64, credit: Int64)] = [:]
        var lastNumbers: [String: Int] = [:]   // "org|ordinal" → highest number seen
        var previous = JournalChain.genesis
        var chainBroken = false

        let vouchers = try RawStatement(db, """
            SELECT id, org_id, date, ordinal, number, summary, kind, reverses_id, prepared_by, posted_at, source,
                   external_ref, hash FROM voucher ORDER BY id
            """)
        let postings = try RawStatement(db, """
            SELECT voucher_id, line, account_id, side, amount_fen, memo FROM posting ORDER BY voucher_id, line
            """)
        var postingPending = try postings.step()
        while try vouchers.step() {
            let id = vouchers.int64(0)
            let orgID = vouchers.int64(1)
            let org = organisations[orgID] ?? "?"
            let ordinal = Int(vouchers.int64(3))
            let number = Int(vouchers.int64(4))
            let kind = vouchers.string(6)
            let reverses: Int64? = vouchers.isNull(7) ? nil : vouchers.int64(7)
            func finding(_ kind: VerifyFinding.Kind, _ detail: String) {
                findings.append(VerifyFinding(kind: kind, voucherID: id, organisation: org, detail: detail))
            }

            var lines: [(code: String, side: String, amountFen: Int64, memo: String)] = []
            var debit: Int64 = 0, credit: Int64 = 0
            while postingPending && postings.int64(0) <= id {
                if postings.int64(0) < id {
                    findings.append(VerifyFinding(kind: .orphanPosting, voucherID: postings.int64(0), organisation: org,
                                                  detail: "line \(postings.int64(1))"))
                } else {
                    let accountID = postings.int64(2)
                    let side = postings.string(3)
                    let amount = postings.int64(4)
                    lines.append((accountCodes[accountID] ?? "?", side, amount, postings.string(5)))
                    if side == "D" { debit &+= amount } else { credit &+= amount }
                    var balance = computed[BalanceKey(account: accountID, ordinal: ordinal)] ?? (0, 0)
                    if side == "D" { balance.debit &+= amount } else { balance.credit &+= amount }
                    computed[BalanceKey(account: accountID, ordinal: ordinal)] = balance
                    if accountCodes[accountID] == nil {
                        finding(.orphanPosting, "line \(postings.int64(1)): account #\(accountID)")
                    } else if !leafAccounts.contains(accountID) {
                        finding(.accountNotLeaf, accountCodes[accountID] ?? "?")
                    }
                    if accountOrg[accountID] != orgID { finding(.accountNotLeaf, "account of another organisation") }
                    let signOK = kind == "reversal" ? amount < 0 : amount > 0
                    if !signOK { finding(.amountSign, "line \(postings.int64(1)): \(Money(fen: amount).plainString)") }
                }
                postingPending = try postings.step()
            }
            if lines.count < 2 { finding(.voucherTooFewPostings, "\(lines.count)") }
            if debit != credit || debit == 0 {
                finding(.voucherUnbalanced, "\(Money(fen: debit).plainString) / \(Money(fen: credit).plainString)")
            }
            let numberKey = "\(orgID)|\(ordinal)"
            let expected = (lastNumbers[numberKey] ?? 0) + 1
            if number != expected { finding(.numberingGap, "expected \(expected), found \(number)") }
            lastNumbers[numberKey] = max(number, lastNumbers[numberKey] ?? 0)

            let entry = JournalChain.Entry(
                id: id, organisation: org, date: vouchers.string(2), number: number, kind: kind, reverses: reverses,
                summary: vouchers.string(5), preparedBy: vouchers.string(8), postedAt: vouchers.string(9),
                source: vouchers.string(10), externalReference: vouchers.string(11), postings: lines)
            let recomputed = JournalChain.hash(previous: previous, entry: entry)
            if !chainBroken && recomputed != vouchers.bytes(12) {
                finding(.chainBroken, "sha256 \(JournalChain.hex(recomputed).prefix(12))… ≠ stored \(JournalChain.hex(vouchers.bytes(12)).prefix(12))…")
                chainBroken = true  // later links all differ too; the first break is the one to find
            }
            previous = recomputed

            if let reverses {
                try checkReversal(id: id, of: reverses, lines: lines, finding: finding)
            }
        }
        while postingPending {
            findings.append(VerifyFinding(kind: .orphanPosting, voucherID: postings.int64(0), organisation: "",
                                          detail: "line \(postings.int64(1))"))
            postingPending = try postings.step()
        }
        vouchers.reset()
        postings.reset()

        findings += try compareBalances(computed, organisations: organisations, accountCodes: accountCodes)
        findings += try comparePeriodCounters(lastNumbers, organisations: organisations)
        return findings
    }

    private func checkReversal(id: Int64, of original: Int64,
                               lines: [(code: String, side: String, amountFen: Int64, memo: String)],
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
    }

    private func compareBalances(_ computed: [BalanceKey: (debit: Int64, credit: Int64)],
                                 organisations: [Int64: String], accountCodes: [Int64: String]) throws -> [VerifyFinding] {
        var findings: [VerifyFinding] = []
        var stored: [BalanceKey: (debit: Int64, credit: Int64, org: Int64)] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT org_id, account_id, ordinal, SUM(debit_fen) AS d, SUM(credit_fen) AS c FROM balance GROUP BY org_id, account_id, ordinal") {
            stored[BalanceKey(account: row["account_id"], ordinal: row["ordinal"])] = (row["d"], row["c"], row["org_id"])
        }
        for key in Set(computed.keys).union(stored.keys).sorted(by: { ($0.account, $0.ordinal) < ($1.account, $1.ordinal) }) {
            let expected = computed[key] ?? (0, 0)
            let actual = stored[key].map { ($0.debit, $0.credit) } ?? (0, 0)
            if expected != actual {
                let month = YearMonth(ordinal: key.ordinal)
                findings.append(VerifyFinding(
                    kind: .balanceMismatch, voucherID: nil, organisation: organisations[stored[key]?.org ?? 0] ?? "",
                    detail: "\(accountCodes[key.account] ?? "?") \(month): postings \(Money(fen: expected.debit).plainString)/\(Money(fen: expected.credit).plainString), balance table \(Money(fen: actual.0).plainString)/\(Money(fen: actual.1).plainString)"))
            }
        }
        return findings
    }

    private func comparePeriodCounters(_ lastNumbers: [String: Int], organisations: [Int64: String]) throws -> [VerifyFinding] {
        var findings: [VerifyFinding] = []
        for row in try Row.fetchAll(db, sql: "SELECT org_id, ordinal, last_number FROM period") {
            let key = "\(row["org_id"] as Int64)|\(row["ordinal"] as Int)"
            let counted = lastNumbers[key] ?? 0
            if counted != (row["last_number"] as Int) {
                findings.append(VerifyFinding(kind: .periodCounterMismatch, voucherID: nil,
                                              organisation: organisations[row["org_id"]] ?? "",
                                              detail: "\(YearMonth(ordinal: row["ordinal"])): \(counted) vouchers, counter \(row["last_number"] as Int)"))
            }
        }
        return findings
    }
}
