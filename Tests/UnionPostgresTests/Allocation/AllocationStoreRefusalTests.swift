import Foundation
import InputFiles
import LedgerCore
import LedgerPostgres
import LedgerStore
import Testing
@testable import UnionAllocation
import UnionCore
import UnionPostgres

/// What the allocation stores refuse, and that a command is all or nothing, on both stores.
@Suite("allocation registers on both stores: refusals and transactions")
struct AllocationStoreRefusalTests {
    typealias V = AllocationValues

    /// Anything the error was: the test only needs to stop the transaction.
    struct Stop: Error {}

    @Test("an error mid-way leaves nothing written: no voucher, import, receipt, status or unit", arguments: AllocationStoreKind.available)
    func midWayFailure(kind: AllocationStoreKind) throws {
        let f = try AllocationBooks(kind)
        let head = try f.books.journalHead()
        #expect(throws: Stop.self) {
            try f.store.write(user: "tester") { transaction in
                try transaction.registerUnits([NewUnit(code: "LATE", name: "迟来单位", kind: "enterprise", parent: "XF", channel: .direct,
                                                       bankName: "", bankAccount: "")], firstPeriod: V.month(1))
                let importID = try transaction.recordImport(kind: .remittance, fileName: "x.csv", sha256: String(repeating: "a", count: 64),
                                                            rowCount: 1)
                let unit = try #require(try transaction.organisationID(code: "GH101"))
                _ = try transaction.recordReceipt(NewReceipt(unitID: unit, date: V.day("2026-02-01"), amount: V.yuan("1.00"),
                                                             month: nil, payer: .unit, reference: "X", source: "test", importID: importID))
                try transaction.recordEnforcement(unitID: unit, status: .notice, date: V.day("2026-02-01"))
                try transaction.post(VoucherDraft(date: V.day("2026-02-01"), summary: "收到拨缴", postings: [
                    Posting(account: try AccountCode("102"), side: .debit, amount: V.yuan("1.00"), memo: "GH101"),
                    Posting(account: try AccountCode("132"), side: .credit, amount: V.yuan("1.00"), memo: "GH101"),
                ]), into: "XF")
                #expect(transaction.postedCount == ["XF": 1])
                throw Stop()
            }
        }
        #expect(try f.books.journalHead() == head)
        #expect(try f.store.read { try $0.organisationID(code: "LATE") } == nil)
        #expect(try f.store.read { try $0.previousImport(kind: .remittance, sha256: String(repeating: "a", count: 64)) } == nil)
        let registers = try f.store.read { try $0.arrearsRegisters(asOf: V.day("2026-12-31"), unitID: nil) }
        #expect(registers.receipts.isEmpty && registers.statuses.isEmpty)
        #expect(try f.journal("XF").isEmpty)
    }

    @Test("a row refused by the database ends the command with nothing written", arguments: AllocationStoreKind.available)
    func storeRefusalRollsBack(kind: AllocationStoreKind) throws {
        let f = try AllocationBooks(kind)
        #expect(throws: StoreError.self) {
            try f.store.write(user: "tester") { transaction in
                let unit = try #require(try transaction.organisationID(code: "GH101"))
                let receipt = NewReceipt(unitID: unit, date: V.day("2026-02-01"), amount: V.yuan("1.00"), month: nil, payer: .unit,
                                         reference: "SAME", source: "test", importID: nil)
                _ = try transaction.recordReceipt(receipt)
                _ = try transaction.recordReceipt(receipt)   // one reference per unit (remittance_ref_once)
            }
        }
        #expect(try f.store.read { try $0.receiptMovements() }.isEmpty)
        // A unit whose parent is nowhere: the register refuses it, naming it.
        #expect(throws: StoreError.storage(message: "organisation ORPHAN: parent NOWHERE is not registered")) {
            try f.store.write(user: "tester") { transaction in
                try transaction.registerUnits([NewUnit(code: "ORPHAN", name: "孤儿单位", kind: "enterprise", parent: "NOWHERE",
                                                       channel: .direct, bankName: "", bankAccount: "")], firstPeriod: V.month(1))
            }
        }
        #expect(throws: LedgerError.organisationCodeMustBeWellFormed(value: "a/b")) {
            try f.store.write(user: "tester") { transaction in
                try transaction.registerUnits([NewUnit(code: "a/b", name: "坏编码", kind: "enterprise", parent: "", channel: .direct,
                                                       bankName: "", bankAccount: "")], firstPeriod: V.month(1))
            }
        }
        #expect(try f.store.read { try $0.organisationID(code: "ORPHAN") } == nil)
    }

    @Test("a payroll file with a bad row writes nothing; a unit file naming a registered unit otherwise is refused",
          arguments: AllocationStoreKind.available)
    func badFiles(kind: AllocationStoreKind) throws {
        let f = try AllocationBooks(kind)
        #expect(throws: RowsRejected.self) { try f.importPayroll("bad.csv", "GH101,,2026-01,100,500000.00\nNOPE,,2026-01,1,1.00\n") }
        #expect(try f.store.read { try $0.latestDeclarations() }.isEmpty)
        #expect(throws: RowsRejected.self) {
            try f.importUnits("u.csv", "code,name,kind,parent,channel\nNEW,新单位,enterprise,XF,self\nT40,改名,enterprise,XF,tax-40\n")
        }
        #expect(try f.store.read { try $0.organisationID(code: "NEW") } == nil)
    }

    // MARK: PostgreSQL only: values no engine writes, and two writers at once

    @Test("a stored value that does not parse is refused naming the table and row, as on SQLite",
          .enabled(if: PostgresTestServer.isAvailable, PostgresTestServer.skipReason))
    func badStoredValue() throws {
        let f = try AllocationBooks(.postgres)
        let session = try #require(f.postgres).session
        _ = try f.importPayroll("p.csv", "TF,,2026-01,10,500000.00\n")
        _ = try f.allocate(1)
        try session.query("""
            INSERT INTO arrears_status(unit_id, status, date, set_at, set_by)
            VALUES ((SELECT id FROM organisation WHERE code = 'TF'), 'notice', '2026-00-99', 'now', 'hand')
            """)
        let id = try session.one("SELECT MAX(id) AS id FROM arrears_status").int("id")
        #expect(throws: StoreError.storage(message: "arrears_status row \(id): date '2026-00-99' is not a date")) {
            try f.arrearsLedger().arrears(asOf: V.day("2026-12-31"))
        }
        try session.query("DELETE FROM arrears_status")
        try session.query("UPDATE allocation SET due_date = '2026-13-99'")
        let unit = try session.one("SELECT id FROM organisation WHERE code = 'TF'").int("id")
        #expect(throws: StoreError.storage(message: "allocation of unit \(unit) for 2026-01: date '2026-13-99' is not a date")) {
            try f.store.read { try $0.position(unitID: unit) }
        }
    }

    @Test("two writers at once: the later receipt with the same reference is refused as on SQLite, the later same file is a no-op",
          .enabled(if: PostgresTestServer.isAvailable, PostgresTestServer.skipReason))
    func concurrentWriters() throws {
        let f = try AllocationBooks(.postgres)
        let other = UnionPostgresStores(store: try UnionPostgresStores.openBooks(url: try #require(f.postgres).url,
                                                                                 clock: AllocationBooks.clock)).allocation
        let inserted = DispatchSemaphore(value: 0), proceed = DispatchSemaphore(value: 0), finished = DispatchSemaphore(value: 0)
        let store = f.store
        // The first writer inserts the receipt and holds its transaction open.
        let first = Thread {
            _ = try? store.write(user: "first") { transaction in
                guard let unit = try transaction.organisationID(code: "GH101") else { throw Stop() }
                _ = try transaction.recordReceipt(NewReceipt(unitID: unit, date: V.day("2026-02-01"), amount: V.yuan("1.00"),
                                                             month: nil, payer: .unit, reference: "B1", source: "test", importID: nil))
                inserted.signal()
                proceed.wait()
            }
            finished.signal()
        }
        first.start()
        inserted.wait()
        // The second writer does not see it yet, inserts, waits on the first, and loses: run again, it is refused.
        let release = Thread {
            Thread.sleep(forTimeInterval: 1.0)
            proceed.signal()
        }
        release.start()
        #expect(throws: AllocationError.receiptMustNotBeRecordedTwice(unit: "GH101", reference: "B1")) {
            try RemittanceBook(store: other, user: "second")
                .record(RemittanceEntry(unit: "GH101", date: V.day("2026-02-02"), amount: V.yuan("2.00"), reference: "B1"))
        }
        finished.wait()
        #expect(try f.store.read { try $0.receiptMovements() }.map(\.amount) == [V.yuan("1.00")])
        #expect(try f.books.verify().isEmpty)
    }
}
