import LedgerStore
import Foundation
import GRDB
import LedgerCore
@testable import LedgerSQLite
import Testing

@Suite("subsidiary ledger")
struct SubsidiaryLedgerTests {
    @Test("opens with the earlier months' balance and runs to the trial balance's closing, sub-accounts included")
    func runsToTheTrialBalance() throws {
        let t = try TestBooks()
        defer { t.remove() }
        try t.books.post(simpleVoucher("2026-01-05", "102", "402", "12,000.00"))
        try t.books.post(simpleVoucher("2026-02-10", "50105", "102", "3,600.00"))
        try t.books.post(simpleVoucher("2026-02-11", "50102", "101", "800.00"))
        let mistaken = try t.books.post(simpleVoucher("2026-03-01", "50103", "102", "100.00"))
        _ = try t.books.reverse(voucherID: mistaken.id, reason: "错")
        let range = (month("2026-02"), month("2026-03"))

        let bank = try t.books.subsidiaryLedger(account: code("102"), from: range.0, to: range.1)
        #expect(bank.opening == yuan("12,000.00"))
        #expect(bank.lines.map(\.amount) == [yuan("3,600.00"), yuan("100.00"), yuan("-100.00")])
        let trial = try t.books.trialBalance(from: range.0, to: range.1)
        #expect(try bank.runningBalances().last == trial.rows.first { $0.account.code == code("102") }?.closing)

        let activities = try t.books.subsidiaryLedger(account: code("501"), from: range.0, to: range.1)
        #expect(activities.lines.map(\.account.rawValue) == ["50105", "50102", "50103", "50103"])
        #expect(try activities.runningBalances().last == yuan("4,400.00"))
        #expect(ruleThrown { _ = try t.books.subsidiaryLedger(account: code("109"), from: range.0, to: range.1) } == .accountMustExist)
    }

    @Test("lines run in date order, then number, whatever order the vouchers were posted in")
    func dateOrder() throws {
        let t = try TestBooks()
        defer { t.remove() }
        for (day, amount) in [("2026-02-20", "1.00"), ("2026-02-03", "2.00"), ("2026-01-31", "3.00"), ("2026-02-03", "4.00"), ("2026-01-02", "5.00")] {
            try t.books.post(simpleVoucher(day, "102", "402", amount))
        }
        let bank = try t.books.subsidiaryLedger(account: code("102"), from: month("2026-01"), to: month("2026-02"))
        #expect(bank.lines.map(\.amount) == [yuan("5.00"), yuan("3.00"), yuan("2.00"), yuan("4.00"), yuan("1.00")])
    }

    @Test("the lines' query walks the vouchers by date into their postings: nothing is sorted before the first line")
    func linesStreamOffTheDateIndex() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let plan = try t.database.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + LedgerScope.linesSQL(accountPlaceholders: "?,?"),
                             arguments: [1, "2026-01-01", "2026-12-31", 1, 2]).map { row -> String in row["detail"] }
        }
        #expect(plan.contains { $0.contains("voucher_by_date") }, "\(plan)")
        // Only vouchers tying on date and number (one voucher's lines) may be sorted, as they come.
        #expect(plan.allSatisfy { !$0.contains("TEMP B-TREE") || $0.contains("RIGHT PART") }, "\(plan)")
    }

    @Test("a range's first and last days bound its lines: the month before and after are left out")
    func rangeBoundsByDay() throws {
        let t = try TestBooks()
        defer { t.remove() }
        for (day, amount) in [("2026-01-31", "1.00"), ("2026-02-01", "2.00"), ("2026-02-28", "3.00"), ("2026-03-01", "4.00")] {
            try t.books.post(simpleVoucher(day, "102", "402", amount))
        }
        let bank = try t.books.subsidiaryLedger(account: code("102"), from: month("2026-02"), to: month("2026-02"))
        #expect(bank.opening == yuan("1.00"))
        #expect(bank.lines.map(\.amount) == [yuan("2.00"), yuan("3.00")])
    }
}
