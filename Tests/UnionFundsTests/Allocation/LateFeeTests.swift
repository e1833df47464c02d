import Foundation
import LedgerCore
import PropertyBased
import Testing
@testable import UnionCore
@testable import UnionAllocation
@testable import UnionMembers
@testable import UnionStatements

@Suite("late fees, matching and aging")
struct LateFeeTests {
    static func terms(_ cap: LateFeeTerms.Cap, from: String = "2015-01-01") -> [DatedTerms<LateFeeTerms>] {
        [DatedTerms(day(from), LateFeeTerms(dailyRate: try! Rate(perMille: 5), cap: cap))]
    }

    /// DOMAIN §8.3: Beijing ¥4,000 × 0.005 × 20 days = ¥400; Chongqing ¥4,000 over 250 days = 5,000, capped at ¥4,000.
    @Test("DOMAIN §8 late fees", arguments: [
        ("beijing", LateFeeTerms.Cap.none, "2026-02-15", "2026-03-07", "400.00"),
        ("chongqing", .principal, "2026-02-15", "2026-10-23", "4000.00"),
        ("chongqing uncapped", .none, "2026-02-15", "2026-10-23", "5000.00"),
        ("on the due date", .none, "2026-02-15", "2026-02-15", "0.00"),
        ("one day late", .none, "2026-02-15", "2026-02-16", "20.00"),
    ])
    func domainExamples(name: String, cap: LateFeeTerms.Cap, due: String, asOf: String, fee: String) throws {
        let result = try LateFee.fee(principal: try Money(parsing: "4000.00"), dueDate: day(due), payments: [], asOf: day(asOf),
                                     terms: Self.terms(cap))
        #expect(result == (try Money(parsing: fee)), "\(name)")
    }

    @Test("a part payment stops the fee on what it paid from its date")
    func partPayment() throws {
        // 4,000 overdue 10 days, then 1,000 overdue 10 more: (4,000×10 + 1,000×10) × 5‰ = 250.
        let fee = try LateFee.fee(principal: try Money(parsing: "4000.00"), dueDate: day("2026-02-15"),
                                  payments: [(day("2026-02-25"), try Money(parsing: "3000.00"))], asOf: day("2026-03-07"),
                                  terms: Self.terms(.none))
        #expect(fee == yuan("250.00"))
    }

    @Test("a rate change applies from its date")
    func rateChange() throws {
        let terms = [DatedTerms(day("2015-01-01"), LateFeeTerms(dailyRate: try Rate(perMille: 5), cap: .none)),
                     DatedTerms(day("2026-03-01"), LateFeeTerms(dailyRate: try Rate(perMille: 1), cap: .none))]
        // 13 days at 5‰ (02-16…02-28), then 7 days at 1‰ on 4,000: 260 + 28.
        let fee = try LateFee.fee(principal: try Money(parsing: "4000.00"), dueDate: day("2026-02-15"), payments: [],
                                  asOf: day("2026-03-07"), terms: terms)
        #expect(fee == yuan("288.00"))
    }

    @Test("the fee as first written (payments sorted, rate entries in turn), for payments in any order")
    func feeMatchesModel() async {
        let dates = (1...12).flatMap { month in stride(from: 1, through: 28, by: 3).map { day(String(format: "2026-%02d-%02d", month, $0)) } }
        let pick = Gen.int(in: 0...(dates.count - 1))
        await propertyCheck(count: 500, input: Gen.int64(in: 1...10_000_000), pick.array(of: 3),
                            Gen.int64(in: 1...4_000_000).array(of: 0...6), pick.array(of: 6), Gen.int(in: 1...9).array(of: 1...3)) {
            principal, ends, amounts, paidOn, rates in
            let due = dates[ends[0]], asOf = dates[ends[1]]
            let payments = amounts.enumerated().map { (date: dates[paidOn[$0.offset]], amount: Money(fen: $0.element)) }
            // Rate entries from before the due date and at two later dates, ascending.
            let starts = [day("2015-01-01")] + [dates[ends[2]], dates[min(dates.count - 1, ends[2] + 5)]]
            let terms = rates.indices.map { DatedTerms(starts[$0], LateFeeTerms(dailyRate: try! Rate(perMille: Int64(rates[$0])),
                                                                               cap: rates[0] % 2 == 0 ? .principal : .none)) }
            let fee = try? LateFee.fee(principal: Money(fen: principal), dueDate: due, payments: payments, asOf: asOf, terms: terms)
            #expect(fee == Self.feeModel(principal: Money(fen: principal), dueDate: due, payments: payments, asOf: asOf, terms: terms))
        }
    }

    static func feeModel(principal: Money, dueDate: LocalDate, payments: [(date: LocalDate, amount: Money)], asOf: LocalDate,
                         terms: [DatedTerms<LateFeeTerms>]) -> Money? {
        let dueDay = dueDate.daysSinceEpoch, asOfDay = asOf.daysSinceEpoch
        guard asOfDay > dueDay, principal.isPositive, !terms.isEmpty else { return .zero }
        var fenDays = [Int64](repeating: 0, count: terms.count)
        let starts = terms.map { $0.effectiveFrom.daysSinceEpoch }
        func accrue(_ balance: Int64, from first: Int, through last: Int) {
            guard balance > 0, last >= first else { return }
            for index in terms.indices {
                let start = max(first, starts[index])
                let end = index + 1 < terms.count ? min(last, starts[index + 1] - 1) : last
                if end >= start { fenDays[index] += balance * Int64(end - start + 1) }
            }
        }
        var balance = principal.fen, counted = dueDay
        for payment in payments.sorted(by: { $0.date < $1.date }) {
            let paidDay = min(payment.date.daysSinceEpoch, asOfDay)
            if paidDay > counted {
                accrue(balance, from: counted + 1, through: paidDay)
                counted = paidDay
            }
            balance -= payment.amount.fen
        }
        if asOfDay > counted { accrue(balance, from: counted + 1, through: asOfDay) }
        var total = Money.zero
        for (index, entry) in terms.enumerated() where fenDays[index] > 0 {
            guard let fee = try? entry.terms.dailyRate.applied(to: Money(fen: fenDays[index]), rounding: .halfUp),
                  let sum = try? total.adding(fee) else { return nil }
            total = sum
        }
        return terms.last(where: { $0.effectiveFrom <= asOf })?.terms.cap == .principal ? min(total, principal) : total
    }

    @Test("aging buckets by months overdue", arguments: [
        ("2026-02-15", "2026-02-15", AgingBucket.current), ("2026-02-15", "2026-03-07", .upTo3), ("2026-02-15", "2026-05-15", .upTo3),
        ("2026-02-15", "2026-05-16", .from4To6), ("2026-02-15", "2026-08-16", .from7To12), ("2026-02-15", "2027-02-16", .over12),
    ])
    func aging(due: String, asOf: String, bucket: AgingBucket) {
        #expect(AgingBucket(monthsOverdue: AgingBucket.monthsOverdue(dueDate: day(due), asOf: day(asOf))) == bucket)
    }

    static func months(_ amounts: [Int64]) -> [ReceiptMatching.MonthDue] {
        amounts.enumerated().map { index, fen in
            ReceiptMatching.MonthDue(month: YearMonth(ordinal: 2026 * 12 + index), dueDate: day("2026-02-15"), receivable: Money(fen: fen))
        }
    }

    @Test("receipts pay the oldest month first, a named month first, and leave a credit")
    func matching() throws {
        let months = Self.months([100, 200, 300])
        let result = try ReceiptMatching.match(months: months, receipts: [
            .init(date: day("2026-03-01"), amount: Money(fen: 250)),
            .init(date: day("2026-03-02"), amount: Money(fen: 300), month: YearMonth(ordinal: 2026 * 12 + 2)),
            .init(date: day("2026-03-03"), amount: Money(fen: 120)),
        ])
        #expect(result.months.map(\.paid.fen) == [100, 200, 300])
        #expect(result.credit.fen == 70)
    }

    @Test("due = paid + outstanding − credit after any sequence of receipts")
    func dueIdentity() async {
        await propertyCheck(count: 300, input: Gen.int64(in: 0...100_000).array(of: 0...14),
                            Gen.int64(in: 1...150_000).array(of: 0...20), Gen.int(in: -1...13).array(of: 0...20)) { dues, amounts, named in
            let months = Self.months(dues)
            let receipts = amounts.enumerated().map { index, fen in
                let pick = index < named.count ? named[index] : -1
                return ReceiptMatching.Receipt(date: day("2026-03-01"), amount: Money(fen: fen),
                                               month: pick >= 0 ? YearMonth(ordinal: 2026 * 12 + pick) : nil)
            }
            guard let result = try? ReceiptMatching.match(months: months, receipts: receipts) else {
                Issue.record("matching refused amounts that fit")
                return
            }
            let due = dues.reduce(0, +), paid = amounts.reduce(0, +)
            let outstanding = result.months.reduce(0) { $0 + $1.outstanding.fen }
            #expect(due == paid + outstanding - result.credit.fen)
            #expect(result.credit.fen >= 0 && (result.credit.fen == 0 || outstanding == 0))
        }
    }
}
