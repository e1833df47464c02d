import Foundation
import InputFiles
import LedgerCore
import LedgerStore
@testable import LedgerSQLite
import Testing

/// What the checks saw, in order (checks are `Sendable` values; the log is shared).
final class CheckLog: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var entries: [String] { lock.withLock { lines } }
}

/// Logs every voucher it is shown.
struct RecordingCheck: PostingCheck {
    let log: CheckLog

    func check(_ voucher: CheckedVoucher, in context: any PostingCheckContext) throws {
        #expect(context.organisation == voucher.organisation)
        #expect(voucher.accounts.map(\.code) == voucher.draft.postings.map(\.account))
        log.append("\(voucher.draft.kind.rawValue) \(voucher.number) \(voucher.total.plainString)")
    }
}

/// Refuses everything.
struct RefusingCheck: PostingCheck {
    func check(_ voucher: CheckedVoucher, in context: any PostingCheckContext) throws {
        throw BudgetLineExceeded(line: "-", spent: "-", limit: "-")
    }
}

/// A rule of an upper layer, as budget control will throw it.
struct BudgetLineExceeded: RuleError, Equatable {
    var line: String
    var spent: String
    var limit: String
    var rule: String { "budgetLineMustNotBeExceeded" }
    var isMalformedInput: Bool { false }
    func message(in language: Language) -> String {
        language.pick("预算项目 \(line) 将超支：已用 \(spent)，预算 \(limit)", "budget line \(line) would be exceeded: \(spent) of \(limit)")
    }
}

/// Budget control as the next issue will build it: an expenditure charged to a budget line may
/// not take the line's spending in the year past its limit. Logs what it read.
struct BudgetLimit: PostingCheck {
    let limits: [String: Money]
    let log: CheckLog

    func check(_ voucher: CheckedVoucher, in context: any PostingCheckContext) throws {
        let year = voucher.draft.date.year
        var spent: [String: PostingTotals] = [:]
        for (posting, account) in voucher.lines where account.kind == .expenditure {
            guard let line = posting.budgetLine, let limit = limits[line] else { continue }
            let before = try spent[line] ?? context.postingTotals(.budgetLine(line), accountKind: .expenditure,
                                                                 from: YearMonth(year: year, month: 1), to: YearMonth(year: year, month: 12))
            log.append("\(line) \(try before.balance(on: .debit).plainString)")
            let after = try before.adding(posting)
            spent[line] = after
            if try after.balance(on: .debit) > limit {
                throw BudgetLineExceeded(line: line, spent: try after.balance(on: .debit).plainString, limit: limit.plainString)
            }
        }
    }
}

/// The main file and its write-ahead log, byte for byte: a refused command must change neither.
func fileSnapshot(_ t: TestBooks) throws -> [Data?] {
    [t.path, t.path + "-wal"].map { FileManager.default.contents(atPath: $0) }
}

@Suite("posting checks from upper layers")
struct PostingCheckTests {
    static let header = "date,voucher,account,debit,credit,summary,预算项目\n"

    static func spending(_ key: String, _ day: String, _ amount: String, line: String = "办公费") -> String {
        "\(day),\(key),50103,\(amount),,办公用品,\(line)\n\(day),\(key),102,,\(amount),办公用品,\n"
    }

    @Test("a check that refuses writes nothing: the file stays byte-identical, for a post and an import")
    func refusalWritesNothing() throws {
        let t = try TestBooks()
        defer { t.remove() }
        try t.books.post(simpleVoucher("2026-01-05", "102", "401", "100.00"))
        let checked = try t.database.withPostingChecks([RefusingCheck()]).books(for: "GH001", user: "tester")
        let before = try fileSnapshot(t)
        #expect(throws: BudgetLineExceeded.self) { try checked.post(simpleVoucher("2026-01-06", "102", "401", "1.00")) }
        let file = try t.write("a.csv", Self.header + Self.spending("1", "2026-01-07", "10.00"))
        do {
            _ = try checked.importVouchers(path: file, displayName: "a.csv")
            Issue.record("the import should have been refused")
        } catch let rejected as RowsRejected {
            #expect(rejected.problems.map(\.rule) == ["budgetLineMustNotBeExceeded"])
        }
        #expect(try fileSnapshot(t) == before)
        #expect(try t.books.vouchers().count == 1)
        #expect(try t.database.verify().isEmpty)
    }

    @Test("within one import a check reads the running total, earlier vouchers of the same import included")
    func runningTotalWithinImport() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let log = CheckLog()
        let books = try t.database.withPostingChecks([BudgetLimit(limits: ["办公费": yuan("1,000.00")], log: log)])
            .books(for: "GH001", user: "tester")
        try books.post(VoucherDraft(date: date("2026-01-02"), summary: "上月已用", postings: [
            Posting(account: code("50103"), side: .debit, amount: yuan("50.00"), budgetLine: "办公费"),
            Posting(account: code("102"), side: .credit, amount: yuan("50.00")),
        ]))
        let file = try t.write("b.csv", Self.header + Self.spending("1", "2026-01-05", "100.00")
                               + Self.spending("2", "2026-01-06", "200.00") + Self.spending("3", "2026-02-01", "300.00")
                               + Self.spending("4", "2026-02-02", "999.00", line: "差旅费"))
        #expect(try books.importVouchers(path: file, displayName: "b.csv") == .imported(vouchers: 4, rows: 8))
        #expect(log.entries == ["办公费 0.00", "办公费 50.00", "办公费 150.00", "办公费 350.00"])
        #expect(try t.database.verify().isEmpty)
    }

    @Test("a budget line that would be exceeded refuses its voucher's row, and the whole import")
    func budgetLineRefusesImport() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let books = try t.database.withPostingChecks([BudgetLimit(limits: ["办公费": yuan("250.00")], log: CheckLog())])
            .books(for: "GH001", user: "tester")
        let before = try fileSnapshot(t)
        let file = try t.write("c.csv", Self.header + Self.spending("1", "2026-01-05", "100.00")
                               + Self.spending("2", "2026-01-06", "100.00") + Self.spending("3", "2026-01-07", "100.00"))
        do {
            _ = try books.importVouchers(path: file, displayName: "c.csv")
            Issue.record("the import should have been refused")
        } catch let rejected as RowsRejected {
            #expect(rejected.problems.map { $0.message(in: .zh) } == ["c.csv:6: voucher: 3: 预算项目 办公费 将超支：已用 300.00，预算 250.00"])
        }
        #expect(try fileSnapshot(t) == before)
    }

    @Test("every posting entry point runs the checks")
    func everyEntryPoint() throws {
        let t = try TestBooks()
        defer { t.remove() }
        let log = CheckLog()
        let database = t.database.withPostingChecks([RecordingCheck(log: log)])
        let books = try database.books(for: "GH001", user: "tester")
        let posted = try books.post(simpleVoucher("2026-01-05", "102", "401", "100.00"))                 // post
        _ = try books.reverse(voucherID: posted.id, reason: "错")                                       // reverse
        let draft = try books.enterVoucher(simpleVoucher("2026-01-06", "102", "401", "3.00"), rules: ApprovalRules())
        _ = try database.books(for: "GH001", user: "李审核").review(draftIDs: [draft.id], rules: ApprovalRules())
        _ = try books.postDrafts(ids: [draft.id], month: nil, rules: ApprovalRules())                   // postDrafts
        let file = try t.write("d.csv", "date,voucher,account,debit,credit,summary\n2026-01-07,1,102,4.00,,x\n2026-01-07,1,401,,4.00,x\n")
        _ = try books.importVouchers(path: file, displayName: "d.csv")                                   // importVouchers
        _ = try books.transaction { try $0.post(simpleVoucher("2026-01-08", "50103", "102", "2.00")) }  // transaction.post
        _ = try database.withPostingBatch(user: "tester") {                                              // PostingBatch.post
            try $0.post(simpleVoucher("2026-01-09", "102", "401", "5.00"), into: "GH001")
        }
        for number in 1...11 { try books.closeMonth(try YearMonth(year: 2026, month: number)) }
        _ = try books.closeYear(2026, carryForwardTo: code("331"))                                       // year close
        #expect(log.entries == ["normal 1 100.00", "reversal 2 -100.00", "normal 3 3.00", "normal 4 4.00", "normal 5 2.00",
                                "normal 6 5.00", "closing 1 12.00"])
    }

    @Test("account totals include this transaction's balance changes not yet written, and filter by fund")
    func accountTotalsInsideTransaction() throws {
        struct SpentCheck: PostingCheck {
            let log: CheckLog
            func check(_ voucher: CheckedVoucher, in context: any PostingCheckContext) throws {
                let year = (from: try YearMonth(year: 2026, month: 1), to: try YearMonth(year: 2026, month: 12))
                let all = try context.accountTotals(try AccountCode("501"), fund: nil, from: year.from, to: year.to)
                let restricted = try context.accountTotals(try AccountCode("501"), fund: "专项", from: year.from, to: year.to)
                log.append("\(all.debit.plainString) \(restricted.debit.plainString)")
                #expect(try (context as? SQLitePostingCheckContext)?.db != nil, "storage modules reach their tables")
                #expect(context.account(try AccountCode("50103"))?.kind == .expenditure)
            }
        }
        let t = try TestBooks()
        defer { t.remove() }
        let log = CheckLog()
        let books = try t.database.withPostingChecks([SpentCheck(log: log)]).books(for: "GH001", user: "tester")
        try books.post(simpleVoucher("2026-01-05", "50103", "102", "10.00"))
        try books.transaction { transaction in
            var restricted = simpleVoucher("2026-02-05", "50103", "102", "20.00")
            restricted.fund = "专项"
            try transaction.post(restricted)
            try transaction.post(simpleVoucher("2026-03-05", "50105", "102", "40.00"))
            try transaction.post(simpleVoucher("2026-03-06", "102", "401", "1.00"))
        }
        #expect(log.entries == ["0.00 0.00", "10.00 0.00", "30.00 20.00", "70.00 20.00"])
    }

    @Test("counterparty totals see earlier vouchers of the same transaction; closing entries are left out")
    func counterpartyTotals() throws {
        struct CounterpartyCheck: PostingCheck {
            let log: CheckLog
            func check(_ voucher: CheckedVoucher, in context: any PostingCheckContext) throws {
                let totals = try context.postingTotals(.counterparty("DW001"), accountKind: nil,
                                                       from: try YearMonth(year: 2026, month: 1), to: try YearMonth(year: 2026, month: 12))
                log.append("\(totals.debit.plainString)/\(totals.credit.plainString)")
            }
        }
        let t = try TestBooks()
        defer { t.remove() }
        let log = CheckLog()
        let books = try t.database.withPostingChecks([CounterpartyCheck(log: log)]).books(for: "GH001", user: "tester")
        try books.transaction { transaction in
            for amount in ["1.00", "2.00"] {
                try transaction.post(VoucherDraft(date: date("2026-01-05"), summary: "应收", postings: [
                    Posting(account: code("102"), side: .debit, amount: yuan(amount)),
                    Posting(account: code("401"), side: .credit, amount: yuan(amount), counterparty: "DW001"),
                ]))
            }
        }
        #expect(log.entries == ["0.00/0.00", "0.00/1.00"])
    }
}
