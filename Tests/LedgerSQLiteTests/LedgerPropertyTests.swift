import LedgerStore
import Foundation
import LedgerCore
@testable import LedgerSQLite
import PropertyBased
import Testing

/// Invariants that must hold for any sequence of valid vouchers.
@Suite("ledger properties")
struct LedgerPropertyTests {
    static let leaves = ["101", "102", "135", "221", "331", "401", "402", "40301", "50101", "50105", "503", "508"]

    /// A balanced voucher from random amounts: the debits are split into credits by allocation.
    static func voucher(day: Int, amounts: [Int64], accountPicks: [Int]) -> VoucherDraft {
        let total = amounts.reduce(0, +)
        let creditCount = max(1, accountPicks.count - amounts.count)
        let credits = (try? Money(fen: total).allocated(by: Array(repeating: 1, count: creditCount))) ?? []
        var postings: [Posting] = []
        for (index, amount) in amounts.enumerated() {
            postings.append(Posting(account: code(leaves[accountPicks[index % accountPicks.count] % leaves.count]),
                                    side: .debit, amount: Money(fen: amount)))
        }
        for (index, credit) in credits.enumerated() where credit.isPositive {
            postings.append(Posting(account: code(leaves[(accountPicks[(index + 1) % accountPicks.count] + 3) % leaves.count]),
                                    side: .credit, amount: credit))
        }
        return VoucherDraft(date: date("2026-0\(1 + day % 9)-1\(day % 10)"), summary: "随机凭证", postings: postings)
    }

    @Test("random balanced vouchers keep the trial balance at zero and verify clean")
    func trialBalanceStaysBalanced() async throws {
        await propertyCheck(count: 25, input: Gen.int64(in: 1...50_000_000).array(of: 1...4).array(of: 1...12),
                            Gen.int(in: 0...100).array(of: 2...6)) { vouchers, picks in
            do {
                let t = try TestBooks()
                defer { t.remove() }
                var posted = 0
                for (day, amounts) in vouchers.enumerated() {
                    let draft = Self.voucher(day: day, amounts: amounts, accountPicks: picks)
                    guard draft.postings.count >= 2, (try? draft.validate()) != nil else { continue }
                    try t.books.post(draft)
                    posted += 1
                }
                let balance = try t.books.trialBalance(from: month("2026-01"), to: month("2026-12"))
                #expect(balance.totalDebit == balance.totalCredit)
                #expect(balance.closingImbalance.isZero)
                #expect(try t.database.verify().isEmpty)
                #expect(try t.books.vouchers().count == posted)
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }

    @Test("reversing any voucher restores every balance exactly")
    func reversalRestoresEveryBalance() async throws {
        await propertyCheck(count: 25, input: Gen.int64(in: 1...50_000_000).array(of: 1...4).array(of: 2...8),
                            Gen.int(in: 0...100).array(of: 2...6), Gen.int(in: 0...7)) { vouchers, picks, target in
            do {
                let t = try TestBooks()
                defer { t.remove() }
                var ids: [Int64] = []
                for (day, amounts) in vouchers.enumerated() {
                    let draft = Self.voucher(day: day, amounts: amounts, accountPicks: picks)
                    guard draft.postings.count >= 2, (try? draft.validate()) != nil else { continue }
                    ids.append(try t.books.post(draft).id)
                }
                guard !ids.isEmpty else { return }
                let victim = ids[target % ids.count]
                let range = (month("2026-01"), month("2026-12"))
                let withoutVictim: [AccountCode: Money] = try {
                    // The books as they would be had the victim never been posted.
                    let other = try TestBooks()
                    defer { other.remove() }
                    for id in ids where id != victim {
                        let original = try t.books.voucher(id: id)
                        try other.books.post(VoucherDraft(date: original.date, summary: original.summary, postings: original.postings))
                    }
                    return Dictionary(uniqueKeysWithValues: try other.books.trialBalance(from: range.0, to: range.1).rows.map { ($0.account.code, $0.closing) })
                }()
                _ = try t.books.reverse(voucherID: victim, reason: "随机冲销")
                let after = try t.books.trialBalance(from: range.0, to: range.1).rows
                for row in after {
                    #expect(row.closing == (withoutVictim[row.account.code] ?? .zero), "\(row.account.code)")
                }
                #expect(try t.database.verify().isEmpty)
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }
}
