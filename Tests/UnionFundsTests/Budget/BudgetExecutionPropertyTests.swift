import Foundation
import LedgerCore
import LedgerStore
import PropertyBased
import Testing
@testable import UnionCore
@testable import UnionStatements

/// For any sequence of vouchers and reversals posted through the control: the execution's actual
/// of every line is the ledger's own total of what that line takes, used + remaining = approved,
/// the totals are the books' revenue and expenditure, and under `stop` no line ever goes over.
@Suite("budget execution properties")
struct BudgetExecutionPropertyTests {
    /// The budget: 501 and 504 基本支出, 505 项目支出 “培训班”, 402 revenue.
    static let budget = "402,收入,,80000.00\n501,基本支出,,30000.00\n504,基本支出,,8000.00\n505,项目支出,培训班,5000.00\n"

    /// Which line each (leaf account, tag) the test posts belongs to, written out by hand: the
    /// oracle the execution is checked against. Anything else is 无预算.
    static let lineOf: [String: String] = [
        "50101|": "501", "50105|": "501", "50404|": "504", "50501|培训班": "505/培训班", "50502|培训班": "505/培训班", "402|": "402",
    ]
    static let accounts = ["50101", "50105", "50404", "50501", "50502"]

    struct Step: Sendable, CustomStringConvertible {
        /// 0–5 spend, 6–7 reverse an earlier voucher, 8–9 receive revenue.
        var action: Int
        var account: Int
        var fen: Int64
        var tagged: Bool
        var description: String { "(\(action) \(account) \(fen) \(tagged))" }
    }

    @Test("execution actuals are the ledger's totals per line; used + remaining = approved; stop keeps every line within budget")
    func executionMatchesTheLedger() async {
        let step = zip(Gen.int(in: 0...9), Gen.int(in: 0...4), Gen.int64(in: 1...1_200_000), Gen.bool).map {
            Step(action: $0, account: $1, fen: $2, tagged: $3)
        }
        await propertyCheck(count: 25, input: step.array(of: 1...18)) { steps in
            do { try Self.check(steps) } catch { Issue.record("\(error) for \(steps)") }
        }
    }

    static func check(_ steps: [Step]) throws {
        let books = try BudgetBooks()
        defer { books.remove() }
        try books.post("2026-01-02", [("102", .debit, "900000.00"), ("32205", .credit, "900000.00")])
        try books.draft(budget)
        try books.approveAll(from: "2026-01-05")
        var posted: [PostedVoucher] = []
        for (index, step) in steps.enumerated() {
            let day = "2026-\(String(format: "%02d", 2 + index % 10))-10"
            let amount = Money(fen: step.fen).plainString
            do {
                switch step.action {
                case 0...5:
                    let account = accounts[step.account]
                    posted.append(try books.spend(day, account, amount, project: step.tagged ? "培训班" : nil))
                case 6...7:
                    let open = posted.filter { $0.kind == .normal && $0.reversedBy == nil }
                    guard !open.isEmpty else { continue }
                    let original = open[step.account % open.count]
                    posted.append(try books.books.reverse(voucherID: original.id, reason: "冲销"))
                    posted = try posted.map { try books.books.voucher(id: $0.id) }
                default:
                    posted.append(try books.post(day, [("102", .debit, amount), ("402", .credit, amount)]))
                }
            } catch let error as BudgetError {
                // Refused by the control (policy stop): nothing was posted.
                #expect([.spendingMustNotExceedBudgetLine, .spendingMustHaveBudgetLine].contains(error.ruleKey))
            }
        }
        // The ledger's own totals per (leaf account, tag), read back from the posted vouchers.
        var ledger: [String: Money] = [:]
        for voucher in try books.books.vouchers(from: YearMonth(year: 2026, month: 1), to: YearMonth(year: 2026, month: 12), limit: 10_000) {
            for posting in voucher.postings where posting.account.rawValue.hasPrefix("5") || posting.account.rawValue.hasPrefix("4") {
                let key = lineOf["\(posting.account)|\(posting.budgetLine ?? "")"] ?? "无预算 \(posting.account)|\(posting.budgetLine ?? "")"
                let signed = posting.account.rawValue.hasPrefix("5") ? posting.debitMinusCredit : posting.debitMinusCredit.negated
                ledger[key] = try (ledger[key] ?? .zero).adding(signed)
            }
        }
        let execution = try books.book.execution(through: YearMonth(year: 2026, month: 12), policy: .standard, language: .zh)
        var seen: Set<String> = []
        for line in execution.lines {
            let key = line.isBudgeted ? line.key.description : "无预算 \(line.key.account)|\(line.key.project)"
            seen.insert(key)
            #expect(line.actual == (ledger[key] ?? .zero), "\(key)")
            if let adjusted = line.adjusted, let remaining = line.remaining {
                #expect(try line.actual.adding(remaining) == adjusted, "\(key): used + remaining = approved")
                // Under stop nothing takes a spending line past its budget (a reversal only gives back).
                if line.category.isSpending { #expect(line.actual <= adjusted, "\(key) went over") }
            } else if line.category.isSpending {
                #expect(!line.actual.isPositive, "\(key): 无预算 spending got through")
            }
            #expect(try Money.sum(line.months) == line.actual)
        }
        for (key, amount) in ledger where !amount.isZero { #expect(seen.contains(key), "\(key) missing from the execution") }
        // The totals are the books' revenue and expenditure (the 收入支出表's year).
        let trial = try books.books.trialBalance(from: YearMonth(year: 2026, month: 1), to: YearMonth(year: 2026, month: 12),
                                                 excludingClosingEntries: true)
        let spent = try Money.sum(trial.rows.filter { $0.account.kind == .expenditure }.map { try $0.debit.subtracting($0.credit) })
        let received = try Money.sum(trial.rows.filter { $0.account.kind == .revenue }.map { try $0.credit.subtracting($0.debit) })
        #expect(execution.spendingActual == spent && execution.revenueActual == received)
        #expect(try books.database.verify().isEmpty)
    }
}
