import LedgerCore
import LedgerStore
import Testing
@testable import UnionAllocation
import UnionCore

/// UnionFundsTests' allocation-into-the-books scenarios, run on both stores with the same expectations.
@Suite("allocation registers on both stores: payroll and allocate")
struct AllocationLedgerStoreTests {
    typealias V = AllocationValues

    @Test("allocate posts every channel into both sets of books, balanced; twice is a no-op; the same file twice is refused",
          arguments: AllocationStoreKind.available)
    func allocatePerChannel(kind: AllocationStoreKind) throws {
        let f = try AllocationBooks(kind)
        let rows = ["GH101", "T40", "TF", "FI", "PR"].map { "\($0),,2026-01,100,500000.00\n" }.joined()
        #expect(try f.importPayroll("p.csv", rows) == .imported(rows: 5, new: 5, corrected: 0, unchanged: 0))
        let outcome = try f.allocate(1)
        #expect(outcome.allocated == 5)
        #expect(outcome.vouchers == ["XF": 1, "GH101": 1], "one summary at the federation, one in the union's own books")
        #expect(outcome.due == V.yuan("50000.00"))
        // Federation: 132 = 4,000 (self) + 4,000 (tax-40) + 10,000 × 3 (tax-full, fiscal, prep).
        #expect(try f.balance("XF", "132", through: "2026-02") == V.yuan("38000.00"))
        #expect(try f.balance("XF", "402", through: "2026-02") == V.yuan("10000.00"))
        #expect(try f.balance("XF", "221", through: "2026-02") == V.yuan("10000.00"))
        #expect(try f.balance("XF", "22202", through: "2026-02") == V.yuan("12000.00"))
        #expect(try f.balance("XF", "22203", through: "2026-02") == V.yuan("6000.00"))
        #expect(try f.balance("GH101", "102", through: "2026-02") == V.yuan("10000.00"))
        #expect(try f.balance("GH101", "221", through: "2026-02") == V.yuan("4000.00"))
        #expect(try f.books.verify().isEmpty)
        #expect(try MirrorCheck.run(store: f.store).isEmpty)

        let again = try f.allocate(1)
        #expect(again.allocated == 0 && again.adjusted == 0 && again.vouchers.isEmpty)
        // The same file again, and the same figures in another file: nothing new.
        #expect(try f.importPayroll("p.csv", rows) == .alreadyImported(fileName: "p.csv", at: AllocationBooks.clock.now()))
        #expect(try f.importPayroll("p2.csv", "GH101,,2026-01,100,500000.00\n") == .imported(rows: 1, new: 0, corrected: 0, unchanged: 1))
        // The same content saved again with other line ends is the same file.
        #expect(try f.importPayroll("p3.csv", rows.replacingOccurrences(of: "\n", with: "\r\n"))
                == .alreadyImported(fileName: "p.csv", at: AllocationBooks.clock.now()))
        #expect(try f.journal("XF").count == 1)
        #expect(try f.journal("GH101").count == 1)
    }

    @Test("a corrected declaration posts an adjusting voucher for the difference, in both directions",
          arguments: AllocationStoreKind.available)
    func correction(kind: AllocationStoreKind) throws {
        let f = try AllocationBooks(kind)
        _ = try f.importPayroll("a.csv", "GH101,,2026-01,100,500000.00\nTF,,2026-01,10,100000.00\n")
        _ = try f.allocate(1)
        #expect(try f.importPayroll("b.csv", "GH101,,2026-01,100,550000.00\nTF,,2026-01,10,90000.00\n")
                == .imported(rows: 2, new: 0, corrected: 2, unchanged: 0))
        let adjusted = try f.allocate(1)
        #expect(adjusted.adjusted == 2)
        #expect(adjusted.due == V.yuan("800.00"))    // +1,000 − 200
        #expect(try f.balance("XF", "132", through: "2026-02") == V.yuan("6200.00"))
        #expect(try f.balance("GH101", "402", through: "2026-02") == V.yuan("6600.00"))
        #expect(try f.books.verify().isEmpty)
        #expect(try MirrorCheck.run(store: f.store).isEmpty)
        let vouchers = try f.books.books(for: "XF", user: "tester").vouchers()
        #expect(vouchers.count == 2)
        #expect(vouchers.last?.summary == "2026-01工会经费汇总（更正调整2户，明细见拨缴分配表）")
        #expect(vouchers.allSatisfy { $0.postings.allSatisfy { $0.amount.isPositive } }, "a decrease turns sides, never negative")
        // The register reads back what was written: the latest revision of each unit-month.
        let latest = try f.store.read { try $0.latestDeclarations() }
        #expect(latest.values.map(\.revision).sorted() == [2, 2])
        #expect(Set(latest.values.map(\.figures.wageTotal)) == [V.yuan("90000.00"), V.yuan("550000.00")])
        let declarations = try f.store.read { try $0.declarations(month: V.month(1)) }
        #expect(declarations.map(\.unitCode) == ["GH101", "GH101", "TF", "TF"] && declarations.allSatisfy(\.isAllocated))
        let posted = try f.store.read { try $0.allocations(month: V.month(1)) }
        let postedDue = try posted.map(\.split.due).reduce(Money.zero) { try $0.adding($1) }
        #expect(posted.count == 4)
        #expect(postedDue == V.yuan("12800.00"))
    }

    @Test("the mirror check names the unit and month whose books disagree", arguments: AllocationStoreKind.available)
    func mirrorMismatch(kind: AllocationStoreKind) throws {
        let f = try AllocationBooks(kind)
        _ = try f.importPayroll("p.csv", "GH101,,2026-01,100,500000.00\n")
        _ = try f.allocate(1)
        // The union books an extra 100.00 owed upward by hand.
        try f.books.books(for: "GH101", user: "tester").post(VoucherDraft(date: V.day("2026-02-20"), summary: "手工补提", postings: [
            Posting(account: try AccountCode("402"), side: .debit, amount: V.yuan("100.00"), memo: "GH101"),
            Posting(account: try AccountCode("221"), side: .credit, amount: V.yuan("100.00"), memo: "XF"),
        ]))
        let findings = try MirrorCheck.run(store: f.store)
        #expect(findings == [MirrorFinding(unit: "GH101", federation: "XF", month: V.month(2),
                                           unitPayable: V.yuan("4100.00"), federationReceivable: V.yuan("4000.00"))])
    }

    @Test("a federation whose kind the policy's chain does not name is refused, and nothing is written",
          arguments: AllocationStoreKind.available)
    func unknownLevel(kind: AllocationStoreKind) throws {
        let f = try AllocationBooks(kind)
        _ = try f.importPayroll("p.csv", "T40,,2026-01,10,100000.00\n")
        var policy = try f.store.policy()
        policy.allocation[0].terms.upward = [.init(level: "city", share: try Rate(numerator: 1, denominator: 1))]
        #expect(throws: AllocationError.federationLevelMustBeInPolicy(code: "XF", kind: "county-federation")) {
            try PayrollAllocator(store: f.store, user: "tester", policy: policy).allocate(month: V.month(1))
        }
        #expect(try f.store.read { try $0.allocations(month: V.month(1)) }.isEmpty)
        #expect(try f.journal("XF").isEmpty)
    }

    @Test("units: a parent later in the file, registered parents, bank details; the file twice is a no-op",
          arguments: AllocationStoreKind.available)
    func unitImport(kind: AllocationStoreKind) throws {
        let f = try AllocationBooks(kind)
        let text = """
            code,name,kind,parent,channel,bank_name,bank_account
            U2,第二单位,enterprise,STREET,,工商银行,6222
            STREET,示例街道总工会,street,XF,self,,
            U3,第三单位,enterprise,GH101,fiscal,,

            """
        #expect(try f.importUnits("u.csv", text) == .imported(rows: 3, registered: 3, unchanged: 0))
        let directory = try f.store.read { try $0.directory(structureOnly: false) }
        let street = try #require(directory.unit(code: "STREET"))
        let u2 = try #require(directory.unit(code: "U2"))
        #expect(u2.parentID == street.id && u2.bankName == "工商银行" && u2.bankAccount == "6222" && !u2.keepsBooks)
        #expect(street.parentID == directory.unit(code: "XF")?.id && directory.unit(code: "U3")?.parentID == directory.unit(code: "GH101")?.id)
        #expect(directory.unit(code: "U3")?.channel == .fiscal)
        #expect(try f.importUnits("u.csv", text) == .alreadyImported(fileName: "u.csv", at: AllocationBooks.clock.now()))
        // Only books and federations with units below them, for bulk runs.
        let structure = try f.store.read { try $0.directory(structureOnly: true) }
        #expect(Set(structure.byCode.keys) == ["XF", "GH101", "STREET"])
        #expect(try f.store.read { try $0.organisationID(code: "U2") } == u2.id)
        #expect(try f.store.read { try $0.organisationID(code: "NOPE") } == nil)
    }
}
