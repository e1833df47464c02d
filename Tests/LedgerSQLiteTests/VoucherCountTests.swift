import Foundation
import LedgerCore
@testable import LedgerSQLite
import LedgerStore
import Testing

/// The listing's count comes from the months' counters, not from counting vouchers: it must be
/// the number of vouchers the listing gives, for any range of months.
@Suite("voucher count")
struct VoucherCountTests {
    @Test("the count from the months' counters is the number of vouchers in the range")
    func countMatchesVouchers() throws {
        let t = try TestBooks()
        defer { t.remove() }
        for (day, amount) in [("2026-01-05", "1.00"), ("2026-03-02", "2.00"), ("2026-01-20", "3.00"), ("2026-03-09", "4.00"), ("2026-03-30", "5.00")] {
            try t.books.post(simpleVoucher(day, "102", "402", amount))
        }
        _ = try t.books.reverse(voucherID: 2, reason: "更正", date: date("2026-04-01"))
        let books = try t.database.sqliteBooks(for: "GH001", user: "tester")
        let months: [YearMonth?] = [nil, month("2026-01"), month("2026-02"), month("2026-03"), month("2026-04"), month("2026-05")]
        for from in months {
            for to in months {
                #expect(try books.voucherCount(from: from, to: to) == books.vouchers(from: from, to: to).count, "\(String(describing: from))…\(String(describing: to))")
            }
        }
        #expect(try books.voucherCount(from: nil, to: nil) == 6)
    }
}
