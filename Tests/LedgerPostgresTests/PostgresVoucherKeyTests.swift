import Foundation
import InputFiles
import LedgerCore
import LedgerPostgres
import LedgerStore
import Testing

/// The PostgreSQL import remembers voucher keys as the SQLite one does (`VoucherKeyRegistry`, a
/// bit per `记-N` key, so its memory stays flat): a key seen before is refused wherever it comes
/// back, with the line it was first on — a posted voucher's, a bad one's, or a key of its own form.
@Suite(.enabled(if: PostgresTestServer.isAvailable, PostgresTestServer.skipReason))
struct PostgresVoucherKeyTests {
    @Test("a key repeated far apart, after a month boundary, or after a bad voucher is refused with its first line")
    func repeatedKeysAreRefusedWithTheirFirstLine() throws {
        let database = try PostgresTestServer.freshDatabase()
        let store = try PostgresStore.create(url: database.url, clock: LedgerPostgresTests.clock)
        _ = try store.addOrganisation(LedgerPostgresTests.organisation, chart: try LedgerPostgresTests.chart(), user: "tester")
        let books = try store.postgresBooks(for: "GH001", user: "tester")
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
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("apart-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        do {
            _ = try books.importVouchers(path: file.path, displayName: "apart.csv")
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
        #expect(try store.journalHead().vouchers == 0, "a refused import writes nothing")
    }
}
