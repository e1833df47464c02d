import Foundation
import GRDB
import LedgerCore
import LedgerStore

/// What verify compares after walking the journal: the head, the balance table, the periods.
extension Verifier {
    /// The recorded head must match the journal's length and last link.
    mutating func compareHead(count: Int64, lastHash: [UInt8]) throws {
        let row = try Row.fetchOne(db, sql: "SELECT voucher_count, hash FROM journal_head WHERE id = 1")
        // No head row until the first voucher is posted: an empty journal (true optionals).
        let headCount: Int64 = row?["voucher_count"] ?? 0
        let headHash = (row?["hash"] as Data?).map { Array($0) } ?? JournalChain.genesis
        if headCount != count || headHash != lastHash {
            findings.append(VerifyFinding(kind: .journalHeadMismatch, voucherID: nil, organisation: "",
                                          detail: VerifyDetail.heads(recorded: headCount, recordedHash: headHash, journal: count, journalHash: lastHash)))
        }
    }

    mutating func compareBalances() throws {
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
            // A key on one side only compares with zero on the other: that is the mismatch.
            let expected = computed[key] ?? (0, 0)
            let actual = stored[key] ?? (0, 0)
            guard expected != actual else { continue }
            findings.append(VerifyFinding(
                kind: .balanceMismatch, voucherID: nil, organisation: organisations[key.organisation] ?? "#\(key.organisation)",
                detail: VerifyDetail.balances(
                    account: "\(accounts[key.account]?.code ?? "#\(key.account)")\(key.fund == 0 ? "" : " [\(funds.name(key.fund))]")",
                    month: "\(YearMonth(ordinal: key.ordinal))", postings: (Money(fen: expected.debit), Money(fen: expected.credit)),
                    table: (Money(fen: actual.debit), Money(fen: actual.credit)))))
        }
    }

    /// Period counters agree with the vouchers, every month with vouchers has its period row,
    /// and every month the event log says was closed is still closed.
    mutating func comparePeriods() throws {
        var recorded: [PeriodKey: (lastNumber: Int, closed: Bool)] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT org_id, ordinal, last_number, closed_at FROM period") {
            recorded[PeriodKey(organisation: row["org_id"], ordinal: row["ordinal"])] =
                (row["last_number"], (row["closed_at"] as String?) != nil)
        }
        func report(_ key: PeriodKey, _ zh: String, _ en: String) {
            let month = YearMonth(ordinal: key.ordinal)
            findings.append(VerifyFinding(kind: .periodMismatch, voucherID: nil,
                                          organisation: organisations[key.organisation] ?? "#\(key.organisation)",
                                          detail: VerifyDetail("\(month)：\(zh)", "\(month): \(en)")))
        }
        for key in Set(recorded.keys).union(lastNumbers.keys).sorted(by: { ($0.organisation, $0.ordinal) < ($1.organisation, $1.ordinal) }) {
            let counted = lastNumbers[key] ?? 0
            guard let record = recorded[key] else {
                report(key, "凭证 \(counted) 张，没有期间记录", "\(counted) vouchers, no period record")
                continue
            }
            if counted != record.lastNumber {
                report(key, "凭证 \(counted) 张，期间计数为 \(record.lastNumber)", "\(counted) vouchers, counter \(record.lastNumber)")
            }
        }
        // Replay the closes and reopens on record: each month must end as the record left it.
        var onRecord: [PeriodKey: Bool] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT id, org_id, action, detail FROM event WHERE action IN ('period.close', 'period.reopen') AND org_id IS NOT NULL ORDER BY id
            """) {
            let detail: String = row["detail"]
            // The posting path writes the month first (`2026-01 reason`); anything else was edited.
            guard let month = try? YearMonth(parsing: detail.prefix(7)) else {
                findings.append(VerifyFinding(kind: .valueUnreadable, voucherID: nil,
                                              organisation: organisations[row["org_id"]] ?? "#\(row["org_id"] as Int64)",
                                              detail: VerifyDetail("事件记录第 \(row["id"] as Int64) 行：内容“\(detail)”不以月份开头",
                                                                   "event row \(row["id"] as Int64): detail '\(detail)' does not start with a month")))
                continue
            }
            onRecord[PeriodKey(organisation: row["org_id"], ordinal: month.ordinal)] = (row["action"] as String) == "period.close"
        }
        for (key, closed) in onRecord.sorted(by: { ($0.key.organisation, $0.key.ordinal) < ($1.key.organisation, $1.key.ordinal) })
        where (recorded[key]?.closed ?? false) != closed {   // no period row: never closed
            if closed {
                report(key, "记录为已结账，账簿中未结账", "closed on record, open in the books")
            } else {
                report(key, "记录为已反结账，账簿中仍结账", "reopened on record, closed in the books")
            }
        }
    }
}
