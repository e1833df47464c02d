import Foundation
import InputFiles
import LedgerCore
@testable import LedgerSQLite
import Testing

/// The import remembers voucher keys in a compact form (`VoucherKeyRegistry`, issue 16's flat
/// memory): a key seen before is still refused wherever it comes back, with its first line.
@Suite("voucher import: repeated keys")
struct VoucherImportKeyTests {
    @Test("a key repeated far apart, after a month boundary, or after a bad voucher is refused with its first line")
    func repeatedKeysAreRefusedWithTheirFirstLine() throws {
        let t = try TestBooks()
        defer { t.remove() }
        var text = "date,voucher,account,debit,credit,summary\n"
        func voucher(_ date: String, _ key: String, debit: String = "1.00") {
            text += "\(date),\(key),102,\(debit),,s\n\(date),\(key),401,,1.00,s\n"
        }
        for number in 1...300 { voucher("2026-01-05", "记-\(number)") }     // lines 2–601
        for number in 1...5 { voucher("2026-02-05", "记-\(number)") }       // same keys, another month: fine
        voucher("2026-01-06", "记-150")                                      // line 612: first at 300
        voucher("2026-02-06", "记-01")                                       // a key of its own, not 记-1
        voucher("2026-03-05", "A")                                           // line 616
        voucher("2026-03-05", "B")
        voucher("2026-03-05", "A")                                           // line 620: first at 616
        voucher("2026-03-06", "记-7", debit: "x")                            // line 622: a bad amount
        voucher("2026-03-06", "记-8")
        voucher("2026-03-06", "记-7")                                        // line 626: first at 622
        let file = try t.write("apart.csv", text)
        let before = try t.fileBytes()
        do {
            _ = try t.books.importVouchers(path: file, displayName: "apart.csv")
            Issue.record("the import should have been rejected")
        } catch let rejected as RowsRejected {
            let found = rejected.problems.map { problem -> String in
                if case .voucherRowsMustBeAdjacent(let key, let firstLine)? = problem.error as? LedgerError {
                    return "\(problem.line): \(key) first at \(firstLine)"
                }
                return "\(problem.line): \(problem.rule)"
            }
            #expect(found == [
                "612: 记-150 first at 300",
                "620: A first at 616",
                "622: amountMustBeWellFormed",
                "626: 记-7 first at 622",
            ])
        }
        #expect(try t.fileBytes() == before, "a refused import writes nothing")
    }

    @Test("keys differing only by a leading zero or by month are different vouchers")
    func similarKeysAreDistinct() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let file = try t.write("similar.csv", """
            date,voucher,account,debit,credit,summary
            2026-01-05,记-1,102,1.00,,s
            2026-01-05,记-1,401,,1.00,s
            2026-01-05,记-01,102,1.00,,s
            2026-01-05,记-01,401,,1.00,s
            2026-02-05,记-1,102,1.00,,s
            2026-02-05,记-1,401,,1.00,s
            2026-01-05,记-10,102,1.00,,s
            2026-01-05,记-10,401,,1.00,s
            2026-01-05,记-16777217,102,1.00,,s
            2026-01-05,记-16777217,401,,1.00,s

            """)
        #expect(try t.books.importVouchers(path: file, displayName: "similar.csv") == .imported(vouchers: 5, rows: 10))
    }
}
