import Foundation
import LedgerCore
import LedgerStore
import PropertyBased
import Reporting
import Testing
@testable import UnionAudit
import UnionCore
import UnionStatements

/// The review report's figures are the statements' figures: over a calendar year they equal the
/// annual 工会02表 and 工会01表 line by line; over several years, the sum of the annual forms; over
/// any months, the sums of the vouchers themselves.
@Suite("review report ties to the statements")
struct ReviewReportTests {
    static let revenue = ["401", "402", "40301", "40302", "405", "408"]
    static let spending = ["50101", "50102", "50105", "50301", "50404", "50502", "50702", "510"]

    /// Random income and spending through the bank over 2025 and 2026, some of it a restricted fund's.
    static func fill(_ fixture: AuditFixture, picks: [Int], amounts: [Int64]) throws {
        for (index, amount) in amounts.enumerated() {
            let pick = picks[index % picks.count]
            let day = "\(2025 + index % 2)-\(String(format: "%02d", 1 + (index * 5 + pick) % 12))-\(String(format: "%02d", 1 + pick % 28))"
            let fund = pick % 7 == 0 ? "专项:帮扶" : ""
            let value = Money(fen: amount).plainString
            if pick % 2 == 0 {
                try fixture.post(day, "收入", [("102", .debit, value), (revenue[pick % revenue.count], .credit, value)], approval: .some(nil), fund: fund)
            } else {
                try fixture.post(day, "支出", [(spending[pick % spending.count], .debit, value), ("102", .credit, value)], fund: fund)
            }
        }
    }

    static func form(_ books: any Books, _ kind: StatementForm.Kind, _ period: OfficialStatement.Period) throws -> [Int: [Money?]] {
        Dictionary(uniqueKeysWithValues: try OfficialStatement.make(books: books, form: kind, period: period, detail: false, language: .zh)
            .rows.map { ($0.line.number, $0.values) })
    }

    @Test("over a year, over two years and over a few months, every figure ties")
    func figuresTie() async {
        await propertyCheck(count: 12, input: Gen.int(in: 0...1_000).array(of: 3...8), Gen.int64(in: 1...5_000_000).array(of: 4...30)) { picks, amounts in
            do {
                let fixture = try AuditFixture()
                try Self.fill(fixture, picks: picks, amounts: amounts)
                let context = try fixture.context()
                try Self.checkYear(context, fixture.books)
                try Self.checkTwoYears(context, fixture.books)
                try Self.checkMonths(context, fixture.books, auditMonth("2026-03")...auditMonth("2026-08"))
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }

    static func checkYear(_ context: AuditContext, _ books: any Books) throws {
        let review = try ReviewReport(context: context, period: AuditFixture.year, language: .zh)
        let income = try form(books, .incomeExpenditure, .year(2026)), sheet = try form(books, .balanceSheet, .year(2026))
        for line in review.income + [review.incomeTotal] + review.spending + [review.spendingTotal] {
            #expect(line.total == income[line.number]?[0] ?? nil, "02表 line \(line.number)")
        }
        #expect(review.result == income[27]?[0] ?? nil)
        for line in review.funds + review.assets + review.arrears + [review.assetsTotal].compactMap({ $0 }) {
            #expect(line.start == sheet[line.number]?[0] ?? nil, "01表 line \(line.number) 年初")
            #expect(line.end == sheet[line.number]?[1] ?? nil, "01表 line \(line.number) 年末")
        }
        // 年初/年末资金结转结余 on the annual 02表 are the reconciliation's ends.
        #expect(review.reconciliation.opening == income[1]?[0] ?? nil)
        #expect(review.reconciliation.closing == income[28]?[0] ?? nil)
        #expect(review.reconciliation.agrees)
    }

    static func checkTwoYears(_ context: AuditContext, _ books: any Books) throws {
        let review = try ReviewReport(context: context, period: auditMonth("2025-01")...auditMonth("2026-12"), language: .en)
        let first = try form(books, .incomeExpenditure, .year(2025)), second = try form(books, .incomeExpenditure, .year(2026))
        for line in review.income + review.spending + [review.incomeTotal, review.spendingTotal] {
            let a = (first[line.number]?[0] ?? nil) ?? .zero, b = (second[line.number]?[0] ?? nil) ?? .zero
            #expect(line.byYear == [a, b], "line \(line.number) per year")
            #expect(line.total == (try a.adding(b)), "line \(line.number) total")
        }
        let start = try form(books, .balanceSheet, .year(2025)), end = try form(books, .balanceSheet, .year(2026))
        if let total = review.assetsTotal {
            #expect(total.start == start[total.number]?[0] ?? nil)
            #expect(total.end == end[total.number]?[1] ?? nil)
        }
    }

    /// Any run of months: each line equals the net of the vouchers on its account in those months.
    static func checkMonths(_ context: AuditContext, _ books: any Books, _ months: ClosedRange<YearMonth>) throws {
        let review = try ReviewReport(context: context, period: months, language: .zh)
        let vouchers = try books.vouchers(from: months.lowerBound, to: months.upperBound, limit: Int.max)
        for line in review.income + review.spending {
            guard let account = line.account else { continue }
            var net = Money.zero
            for posting in vouchers.flatMap(\.postings) where posting.account.isWithin(account) {
                let signed = posting.side == .credit ? posting.amount : posting.amount.negated
                net = try net.adding(line.number < 15 ? signed : signed.negated)
            }
            #expect(line.total == net, "line \(line.number) over \(months.label)")
        }
    }

    @Test("a closed year reviews the same as before it was closed, and the report renders in every format")
    func closedYear() throws {
        let fixture = try AuditFixture()
        try Self.fill(fixture, picks: [2, 3, 8, 11, 14], amounts: [120_000_00, 35_000_00, 8_800_00, 42_000_00, 1_500_00, 60_000_00])
        let before = try ReviewReport(context: try fixture.context(), period: auditMonth("2025-01")...auditMonth("2025-12"), language: .zh)
        try fixture.closeThrough(auditMonth("2025-11"))
        _ = try YearEndClose.close(2025, in: fixture.books)
        let after = try ReviewReport(context: try fixture.context(), period: auditMonth("2025-01")...auditMonth("2025-12"), language: .zh)
        #expect(after.income == before.income)
        #expect(after.spending == before.spending)
        #expect(after.funds.map(\.end) == before.funds.map(\.end) || after.reconciliation.closing == before.reconciliation.closing)
        #expect(after.reconciliation.agrees)
        let report = after.report(language: .zh, books: fixture.books)
        for format in OutputFormat.allCases {
            #expect(throws: Never.self) { _ = try report.renderedData(as: format) }
        }
    }
}
