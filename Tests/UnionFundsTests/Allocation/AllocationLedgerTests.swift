import Foundation
import GRDB
import LedgerCore
import LedgerSQLite
import LedgerStore
import Testing
import UnionSQLite
@testable import UnionCore
@testable import UnionAllocation
@testable import UnionMembers
@testable import UnionStatements

/// A federation (XF) keeping books, a grassroots union keeping its own books under it (GH101, self),
/// and units registered without books, one per other channel.
struct AllocationFixture {
    let folder: URL
    let database: LedgerDatabase
    let store: any AllocationStore
    let policy: AllocationPolicy

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gonghui-allocation-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        database = try UnionSchema.createBooks(at: folder.appendingPathComponent("books.sqlite").path)
        let start = try YearMonth(year: 2026, month: 1)
        _ = try database.addOrganisation(NewOrganisation(code: "XF", name: "示例县总工会", kind: "county-federation", firstPeriod: start),
                                         chart: try ChartProfile(.federation2021).accounts, user: "tester")
        _ = try database.addOrganisation(NewOrganisation(code: "GH101", name: "示例钢铁有限公司工会", kind: "enterprise", firstPeriod: start),
                                         chart: try ChartProfile(.grassroots2021).accounts, user: "tester")
        let register = OrganisationRegister(store: UnionSQLiteStores(database: database).organisations, user: "tester")
        try register.update(code: "GH101", parent: "XF", bankName: nil, bankAccount: nil, channel: .direct)
        for (code, channel) in [("T40", CollectionChannel.tax40), ("TF", .taxFull), ("FI", .fiscal), ("PR", .preparatory)] {
            try register.add(code: code, name: "\(code)单位", kind: "enterprise", parent: "XF", channel: channel, firstPeriod: start)
        }
        store = UnionSQLiteStores(database: database).allocation
        policy = try AllocationPolicy.builtinDefault
    }

    func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func importPayroll(_ name: String, _ rows: String) throws -> PayrollImportOutcome {
        try PayrollRegister(store: store, user: "tester").importFile(
            path: try write(name, "unit_code,unit_name,month,headcount,wage_total\n" + rows), displayName: name)
    }

    func balance(_ organisation: String, _ account: String, through month: String = "2026-12") throws -> Money {
        let books = try database.books(for: organisation, user: "tester")
        let trial = try books.trialBalance(from: try YearMonth(year: 2026, month: 1), to: try YearMonth(parsing: month))
        return trial.rows.first { $0.account.code.rawValue == account }?.closing ?? .zero
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}

@Suite("allocation into the books")
struct AllocationLedgerTests {
    @Test("allocate posts every channel into both sets of books, balanced; twice is a no-op")
    func allocatePerChannel() throws {
        let f = try AllocationFixture()
        defer { f.remove() }
        let rows = ["GH101", "T40", "TF", "FI", "PR"].map { "\($0),,2026-01,100,500000.00\n" }.joined()
        #expect(try f.importPayroll("p.csv", rows) == .imported(rows: 5, new: 5, corrected: 0, unchanged: 0))
        let allocator = PayrollAllocator(store: f.store, user: "tester", policy: f.policy)
        let outcome = try allocator.allocate(month: try YearMonth(year: 2026, month: 1))
        #expect(outcome.allocated == 5)
        #expect(outcome.vouchers == ["XF": 1, "GH101": 1], "one summary at the federation, one in the union's own books")
        #expect(outcome.due == yuan("50000.00"))
        // Federation: 132 = 4,000 (self) + 4,000 (tax-40) + 10,000 × 3 (tax-full, fiscal, prep).
        #expect(try f.balance("XF", "132", through: "2026-02") == yuan("38000.00"))
        #expect(try f.balance("XF", "402", through: "2026-02") == yuan("10000.00"))   // 2,000 each
        #expect(try f.balance("XF", "221", through: "2026-02") == yuan("10000.00"))
        #expect(try f.balance("XF", "22202", through: "2026-02") == yuan("12000.00"))
        #expect(try f.balance("XF", "22203", through: "2026-02") == yuan("6000.00"))
        // The union's own books: 借 102 10,000 / 贷 402 6,000, 221 4,000.
        #expect(try f.balance("GH101", "102", through: "2026-02") == yuan("10000.00"))
        #expect(try f.balance("GH101", "221", through: "2026-02") == yuan("4000.00"))
        #expect(try f.database.verify().isEmpty)
        #expect(try MirrorCheck.run(store: f.store).isEmpty)

        let again = try allocator.allocate(month: try YearMonth(year: 2026, month: 1))
        #expect(again.allocated == 0 && again.adjusted == 0 && again.vouchers.isEmpty)
        // The same file again, and the same figures in another file: nothing new.
        #expect(try f.importPayroll("p.csv", rows) == .alreadyImported(fileName: "p.csv", at: (try Self.importedAt(f))))
        #expect(try f.importPayroll("p2.csv", "GH101,,2026-01,100,500000.00\n") == .imported(rows: 1, new: 0, corrected: 0, unchanged: 1))
    }

    static func importedAt(_ f: AllocationFixture) throws -> String {
        try f.database.read { db in try String.fetchOne(db, sql: "SELECT imported_at FROM register_import WHERE file_name = 'p.csv'") ?? "" }
    }

    @Test("a corrected declaration posts an adjusting voucher for the difference, in both directions")
    func correction() throws {
        let f = try AllocationFixture()
        defer { f.remove() }
        _ = try f.importPayroll("a.csv", "GH101,,2026-01,100,500000.00\nTF,,2026-01,10,100000.00\n")
        let allocator = PayrollAllocator(store: f.store, user: "tester", policy: f.policy)
        _ = try allocator.allocate(month: try YearMonth(year: 2026, month: 1))
        #expect(try f.importPayroll("b.csv", "GH101,,2026-01,100,550000.00\nTF,,2026-01,10,90000.00\n")
                == .imported(rows: 2, new: 0, corrected: 2, unchanged: 0))
        let adjusted = try allocator.allocate(month: try YearMonth(year: 2026, month: 1))
        #expect(adjusted.adjusted == 2)
        #expect(adjusted.due == yuan("800.00"))    // +1,000 − 200
        #expect(try f.balance("XF", "132", through: "2026-02") == yuan("6200.00"))
        #expect(try f.balance("GH101", "402", through: "2026-02") == yuan("6600.00"))
        #expect(try f.database.verify().isEmpty)
        #expect(try MirrorCheck.run(store: f.store).isEmpty)
        let vouchers = try f.database.books(for: "XF", user: "tester").vouchers()
        #expect(vouchers.count == 2)
        #expect(vouchers.last?.summary == "2026-01工会经费汇总（更正调整2户，明细见拨缴分配表）")
        #expect(vouchers.allSatisfy { $0.postings.allSatisfy { $0.amount.isPositive } }, "a decrease turns sides, never negative")
    }

    @Test("arrears read a corrected month as one month: its rows' total, due by the earliest date, as GROUP BY gives it")
    func correctedMonthInArrears() throws {
        let f = try AllocationFixture()
        defer { f.remove() }
        _ = try f.importPayroll("a.csv", "GH101,,2026-01,100,500000.00\nTF,,2026-01,10,100000.00\nGH101,,2026-02,100,500000.00\n")
        let allocator = PayrollAllocator(store: f.store, user: "tester", policy: f.policy)
        _ = try allocator.allocate(month: try YearMonth(year: 2026, month: 1))
        _ = try allocator.allocate(month: try YearMonth(year: 2026, month: 2))
        _ = try f.importPayroll("b.csv", "GH101,,2026-01,100,550000.00\nTF,,2026-01,10,90000.00\n")
        _ = try allocator.allocate(month: try YearMonth(year: 2026, month: 1))   // adjusting rows for January
        let queue = try DatabaseQueue(path: f.folder.appendingPathComponent("books.sqlite").path)
        // One adjusting row due later than the row it adjusts (as a channel changed since would make
        // it): the month is still due by the earlier date.
        try queue.write { db in
            try db.execute(sql: "UPDATE allocation SET due_date = '2026-03-31' WHERE declaration_id = (SELECT MAX(declaration_id) FROM allocation)")
        }
        let (rows, expected) = try queue.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM allocation") ?? 0,
             try Row.fetchAll(db, sql: """
                SELECT unit_id, month, MIN(due_date), SUM(receivable_fen) FROM allocation WHERE due_date <= '2026-12-31'
                GROUP BY unit_id, month ORDER BY unit_id, month
                """).map { "\($0[0] as Int64) \($0[1] as Int) \($0[2] as String) \($0[3] as Int64)" })
        }
        #expect(rows == expected.count + 2, "two months corrected: two rows each")
        var read: [String] = []
        try f.store.read { reads in
            try reads.forEachUnitArrearsRegisters(asOf: day("2026-12-31"), unitID: nil) { unit in
                read += unit.months.map { "\(unit.unitID) \($0.month.ordinal) \($0.dueDate) \($0.receivable.fen)" }
            }
        }
        #expect(read == expected)
        // As of a date between the adjusted month's two due dates, only the row due by then counts;
        // each unit read alone gives its part of the whole read.
        for asOf in ["2026-02-15", "2026-03-01", "2026-03-31"] {
            let dueByThen = try queue.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT unit_id, month, MIN(due_date), SUM(receivable_fen) FROM allocation WHERE due_date <= ?
                    GROUP BY unit_id, month ORDER BY unit_id, month
                    """, arguments: [asOf]).map { "\($0[0] as Int64) \($0[1] as Int) \($0[2] as String) \($0[3] as Int64)" }
            }
            var whole: [String] = [], alone: [String] = []
            let units = try queue.read { db in Set(try Int64.fetchAll(db, sql: "SELECT unit_id FROM allocation")).sorted() }
            try f.store.read { reads in
                try reads.forEachUnitArrearsRegisters(asOf: day(asOf), unitID: nil) { unit in
                    whole += unit.months.map { "\(unit.unitID) \($0.month.ordinal) \($0.dueDate) \($0.receivable.fen)" }
                }
                for unitID in units {
                    try reads.forEachUnitArrearsRegisters(asOf: day(asOf), unitID: unitID) { unit in
                        #expect(unit.unitID == unitID)
                        alone += unit.months.map { "\(unit.unitID) \($0.month.ordinal) \($0.dueDate) \($0.receivable.fen)" }
                    }
                }
            }
            #expect(whole == dueByThen, "as of \(asOf)")
            #expect(alone == dueByThen, "as of \(asOf), unit by unit")
        }
    }

    @Test("a damaged due date or channel in the allocation register is refused by arrears and positions, naming the unit and month")
    func damagedAllocationRefused() throws {
        let f = try AllocationFixture()
        defer { f.remove() }
        _ = try f.importPayroll("a.csv", "GH101,,2026-01,100,500000.00\nTF,,2026-01,10,100000.00\n")
        _ = try PayrollAllocator(store: f.store, user: "tester", policy: f.policy).allocate(month: try YearMonth(year: 2026, month: 1))
        let queue = try DatabaseQueue(path: f.folder.appendingPathComponent("books.sqlite").path)
        let unit = try #require(try queue.read { db in try Int64.fetchOne(db, sql: "SELECT id FROM organisation WHERE code = 'TF'") })
        for damage in ["due_date = '2026-13-99'", "channel = 'zzz'"] {
            try queue.write { db in
                try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
                try db.execute(sql: "UPDATE allocation SET \(damage) WHERE unit_id = ?", arguments: [unit])
                try db.execute(sql: "PRAGMA ignore_check_constraints = OFF")
            }
            try f.store.read { reads in
                #expect(throws: StoreError.self) { try reads.position(unitID: unit) }
                #expect(throws: StoreError.self) { try reads.allocationMonths(of: [unit], rowsMax: 100) }
                if damage.hasPrefix("due_date") {
                    #expect(throws: StoreError.self) { try reads.arrearsRegisters(asOf: day("2099-12-31"), unitID: nil) }
                    #expect(throws: StoreError.self) { try reads.arrearsRegisters(asOf: day("2099-12-31"), unitID: unit) }
                }
            }
            do {
                try f.store.read { reads in _ = try reads.position(unitID: unit) }
            } catch let error as StoreError {
                #expect("\(error)".contains("allocation of unit \(unit) for 2026-01"), "\(error)")
            }
            try queue.write { db in
                try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
                try db.execute(sql: "UPDATE allocation SET due_date = '2026-02-15', channel = 'tax-full' WHERE unit_id = ?", arguments: [unit])
                try db.execute(sql: "PRAGMA ignore_check_constraints = OFF")
            }
        }
    }

    @Test("receipts post at both ends, pass the tax-full share down, and the arrears reconcile with 应收下级经费")
    func receiptsAndArrears() throws {
        let f = try AllocationFixture()
        defer { f.remove() }
        _ = try f.importPayroll("p.csv", "GH101,,2026-01,100,500000.00\nGH101,,2026-02,100,500000.00\nTF,,2026-01,10,500000.00\n")
        let allocator = PayrollAllocator(store: f.store, user: "tester", policy: f.policy)
        _ = try allocator.allocate(month: try YearMonth(year: 2026, month: 1))
        _ = try allocator.allocate(month: try YearMonth(year: 2026, month: 2))
        let book = RemittanceBook(store: f.store, user: "tester")
        // GH101 pays 3,000 of January on time, then 6,000 (the rest of January, February, 1,000 credit).
        try book.record(RemittanceEntry(unit: "GH101", date: day("2026-02-15"), amount: try Money(parsing: "3000.00"), reference: "B1"))
        try book.record(RemittanceEntry(unit: "GH101", date: day("2026-03-20"), amount: try Money(parsing: "6000.00"), reference: "B2"))
        let returned = try book.record(RemittanceEntry(unit: "TF", date: day("2026-02-15"), amount: try Money(parsing: "5000.00"))).passedDown
        #expect(returned == yuan("3000.00"))   // half of the 10,000 received: half of the 6,000 share
        #expect(throws: AllocationError.receiptMustNotBeRecordedTwice(unit: "GH101", reference: "B1")) {
            try book.record(RemittanceEntry(unit: "GH101", date: day("2026-03-21"), amount: try Money(parsing: "1.00"), reference: "B1"))
        }
        #expect(try MirrorCheck.run(store: f.store).isEmpty)
        #expect(try f.database.verify().isEmpty)

        let ledger = ArrearsLedger(store: f.store, user: "tester", policy: f.policy)
        let summary = try ledger.arrears(asOf: day("2026-03-31"))
        let gh = try #require(summary.units.first { $0.code == "GH101" })
        #expect(gh.due == yuan("8000.00") && gh.paid == yuan("9000.00"))
        #expect(gh.outstanding == .zero && gh.credit == yuan("1000.00"))
        // January's last 1,000 paid 33 days late (1,000 × 5‰ × 33 = 165), February's 4,000 five days late (100).
        #expect(gh.lateFee == yuan("265.00"))
        let tf = try #require(summary.units.first { $0.code == "TF" })
        #expect(tf.outstanding == yuan("5000.00") && tf.oldestUnpaid == YearMonth(ordinal: 2026 * 12) && tf.bucket == .upTo3)
        #expect(summary.units.first?.code == "TF", "sorted by outstanding")
        let receivable = try f.balance("XF", "132", through: "2026-03")
        #expect(receivable == (try summary.outstanding.subtracting(summary.credit)))
    }

    @Test("a report's federation and every notice's payee, read once for a batch, are what each read alone gives")
    func federationAndPayees() throws {
        let f = try AllocationFixture()
        defer { f.remove() }
        let ledger = ArrearsLedger(store: f.store, user: "tester", policy: f.policy)
        // The federation keeping books; a plain unit named (only the whole register knows it); an unknown code.
        #expect(try ledger.federationName(code: nil) == "示例县总工会")
        #expect(try ledger.federationName(code: "XF") == "示例县总工会")
        #expect(try ledger.federationName(code: "T40") == "T40单位")
        #expect(try ledger.federationName(code: "NOPE") == "示例县总工会")
        let payees = try ledger.payees()
        for code in ["GH101", "T40", "TF", "FI", "PR", "XF"] {
            #expect(try payees.payee(of: code) == ledger.payee(of: code), "\(code)")
        }
        #expect(try payees.payee(of: "T40")?.name == "示例县总工会")
        #expect(throws: AllocationError.unitMustBeRegistered(code: "NOPE")) { try payees.payee(of: "NOPE") }
    }

    @Test("the mirror check names the unit and month whose books disagree")
    func mirrorMismatch() throws {
        let f = try AllocationFixture()
        defer { f.remove() }
        _ = try f.importPayroll("p.csv", "GH101,,2026-01,100,500000.00\n")
        _ = try PayrollAllocator(store: f.store, user: "tester", policy: f.policy).allocate(month: try YearMonth(year: 2026, month: 1))
        // The union books an extra 100.00 owed upward by hand.
        let books = try f.database.books(for: "GH101", user: "tester")
        try books.post(VoucherDraft(date: day("2026-02-20"), summary: "手工补提", postings: [
            Posting(account: try AccountCode("402"), side: .debit, amount: try Money(parsing: "100.00"), memo: "GH101"),
            Posting(account: try AccountCode("221"), side: .credit, amount: try Money(parsing: "100.00"), memo: "XF"),
        ]))
        let findings = try MirrorCheck.run(store: f.store)
        #expect(findings == [MirrorFinding(unit: "GH101", federation: "XF", month: try YearMonth(year: 2026, month: 2),
                                           unitPayable: try Money(parsing: "4100.00"), federationReceivable: try Money(parsing: "4000.00"))])
        #expect(findings[0].message(in: .zh).contains("GH101 2026-02"))
    }

    @Test("the preparatory fund: held at allocation, 60% of what was paid refunded when the union forms")
    func preparatoryRefund() throws {
        let f = try AllocationFixture()
        defer { f.remove() }
        _ = try f.importPayroll("p.csv", "PR,,2026-01,10,500000.00\nPR,,2026-02,10,500000.00\n")
        let allocator = PayrollAllocator(store: f.store, user: "tester", policy: f.policy)
        _ = try allocator.allocate(month: try YearMonth(year: 2026, month: 1))
        _ = try allocator.allocate(month: try YearMonth(year: 2026, month: 2))
        let book = RemittanceBook(store: f.store, user: "tester")
        try book.record(RemittanceEntry(unit: "PR", date: day("2026-02-15"), amount: try Money(parsing: "10000.00")))
        let refund = try book.refundPreparatoryFund(unit: "PR", on: day("2026-03-20"), newChannel: .direct)
        #expect(refund.refunded == yuan("6000.00") && refund.formation && refund.vouchers == ["XF": 1])
        #expect(try f.balance("XF", "22203", through: "2026-03") == yuan("6000.00"), "February's share, unpaid, stays held")
        #expect(throws: AllocationError.refundMustNotBeRepeated(code: "PR", date: "2026-03-20")) {
            try book.refundPreparatoryFund(unit: "PR", on: day("2026-03-21"), newChannel: .direct)
        }
        #expect(try OrganisationRegister(store: UnionSQLiteStores(database: f.database).organisations, user: "t").list().first { $0.code == "PR" }?.channel == .direct)
    }

    @Test("a federation whose kind the policy's chain does not name is refused")
    func unknownLevel() throws {
        let f = try AllocationFixture()
        defer { f.remove() }
        _ = try f.importPayroll("p.csv", "T40,,2026-01,10,100000.00\n")
        var policy = f.policy
        policy.allocation[0].terms.upward = [.init(level: "city", share: try Rate(numerator: 1, denominator: 1))]
        #expect(throws: AllocationError.federationLevelMustBeInPolicy(code: "XF", kind: "county-federation")) {
            try PayrollAllocator(store: f.store, user: "tester", policy: policy).allocate(month: try YearMonth(year: 2026, month: 1))
        }
    }
}
