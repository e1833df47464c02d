import LedgerCore
import LedgerStore
import Testing
import UnionAllocation
import UnionCore

/// Receipts, pass-downs, preparatory-fund refunds, arrears and enforcement on both stores, with
/// UnionFundsTests' expectations.
@Suite("allocation registers on both stores: receipts, refunds, arrears")
struct AllocationRemittanceStoreTests {
    typealias V = AllocationValues

    @Test("receipts post at both ends, pass the tax-full share down, and the arrears reconcile with 应收下级经费",
          arguments: AllocationStoreKind.available)
    func receiptsAndArrears(kind: AllocationStoreKind) throws {
        let f = try AllocationBooks(kind)
        _ = try f.importPayroll("p.csv", "GH101,,2026-01,100,500000.00\nGH101,,2026-02,100,500000.00\nTF,,2026-01,10,500000.00\n")
        _ = try f.allocate(1)
        _ = try f.allocate(2)
        let book = f.remittance
        // GH101 pays 3,000 of January on time, then 6,000 (the rest of January, February, 1,000 credit).
        try book.record(RemittanceEntry(unit: "GH101", date: V.day("2026-02-15"), amount: V.yuan("3000.00"), reference: "B1"))
        try book.record(RemittanceEntry(unit: "GH101", date: V.day("2026-03-20"), amount: V.yuan("6000.00"), reference: "B2"))
        let returned = try book.record(RemittanceEntry(unit: "TF", date: V.day("2026-02-15"), amount: V.yuan("5000.00"))).passedDown
        #expect(returned == V.yuan("3000.00"))   // half of the 10,000 received: half of the 6,000 share
        #expect(throws: AllocationError.receiptMustNotBeRecordedTwice(unit: "GH101", reference: "B1")) {
            try book.record(RemittanceEntry(unit: "GH101", date: V.day("2026-03-21"), amount: V.yuan("1.00"), reference: "B1"))
        }
        #expect(try MirrorCheck.run(store: f.store).isEmpty)
        #expect(try f.books.verify().isEmpty)

        let summary = try f.arrearsLedger().arrears(asOf: V.day("2026-03-31"))
        let gh = try #require(summary.units.first { $0.code == "GH101" })
        #expect(gh.due == V.yuan("8000.00") && gh.paid == V.yuan("9000.00"))
        #expect(gh.outstanding == .zero && gh.credit == V.yuan("1000.00"))
        // January's last 1,000 paid 33 days late (1,000 × 5‰ × 33 = 165), February's 4,000 five days late (100).
        #expect(gh.lateFee == V.yuan("265.00"))
        let tf = try #require(summary.units.first { $0.code == "TF" })
        #expect(tf.outstanding == V.yuan("5000.00") && tf.oldestUnpaid == YearMonth(ordinal: 2026 * 12) && tf.bucket == .upTo3)
        #expect(summary.units.first?.code == "TF", "sorted by outstanding")
        let receivable = try f.balance("XF", "132", through: "2026-03")
        #expect(receivable == (try summary.outstanding.subtracting(summary.credit)))
        // The unit's position reads back what was recorded: receipts in date order, the share passed down.
        let position = try f.store.read { reads in try reads.position(unitID: try #require(try reads.organisationID(code: "TF"))) }
        #expect(position.receipts.map(\.amount) == [V.yuan("5000.00")] && position.returned == V.yuan("3000.00"))
        #expect(position.allocations.map(\.channel) == [.taxFull] && position.formedOn == nil)
    }

    @Test("the registers read one unit at a time give each unit the months, receipts and step the whole read gives",
          arguments: AllocationStoreKind.available)
    func arrearsRegistersUnitByUnit(kind: AllocationStoreKind) throws {
        let f = try AllocationBooks(kind)
        _ = try f.importPayroll("p.csv", "GH101,,2026-01,100,500000.00\nGH101,,2026-02,100,500000.00\nTF,,2026-01,10,500000.00\n")
        _ = try f.allocate(1)
        _ = try f.allocate(2)
        // Receipts out of order, one for a unit with nothing due (T40: a prepayment), one after the as-of date.
        try f.remittance.record(RemittanceEntry(unit: "GH101", date: V.day("2026-03-20"), amount: V.yuan("6000.00"), reference: "B2"))
        try f.remittance.record(RemittanceEntry(unit: "T40", date: V.day("2026-02-01"), amount: V.yuan("100.00"), reference: "P1"))
        try f.remittance.record(RemittanceEntry(unit: "GH101", date: V.day("2026-02-15"), amount: V.yuan("3000.00"), reference: "B1"))
        try f.remittance.record(RemittanceEntry(unit: "TF", date: V.day("2026-05-15"), amount: V.yuan("5000.00"), reference: "L1"))
        try f.arrearsLedger().setStatus(unit: "TF", to: .notice, on: V.day("2026-03-01"))
        let asOf = V.day("2026-03-31")
        try f.store.read { reads in
            let whole = try reads.arrearsRegisters(asOf: asOf, unitID: nil)
            var seen: [UnitArrearsRegisters] = []
            try reads.forEachUnitArrearsRegisters(asOf: asOf, unitID: nil) { seen.append($0) }
            #expect(seen.map(\.unitID) == Set(whole.months.keys).union(whole.receipts.keys).sorted())
            for unit in seen {
                #expect(unit.months == whole.months[unit.unitID] ?? [])
                #expect(unit.receipts == whole.receipts[unit.unitID] ?? [])
                #expect(unit.status == whole.statuses[unit.unitID])
            }
            #expect(seen.contains { $0.months.isEmpty && $0.receipts.map(\.amount) == [V.yuan("100.00")] }, "T40: receipts only")
            #expect(seen.flatMap(\.receipts).allSatisfy { $0.date <= asOf })
            let tf = try #require(try reads.organisationID(code: "TF"))
            var one: [UnitArrearsRegisters] = []
            try reads.forEachUnitArrearsRegisters(asOf: asOf, unitID: tf) { one.append($0) }
            #expect(one.map(\.unitID) == [tf] && one.first?.status?.status == .notice)
        }
    }

    @Test("enforcement: history kept, the latest step dated by the as-of date counts; a notice names the months owed",
          arguments: AllocationStoreKind.available)
    func enforcement(kind: AllocationStoreKind) throws {
        let f = try AllocationBooks(kind)
        _ = try f.importPayroll("p.csv", "TF,,2026-01,10,500000.00\n")
        _ = try f.allocate(1)
        let ledger = try f.arrearsLedger()
        try ledger.setStatus(unit: "TF", to: .notice, on: V.day("2026-03-01"))
        try ledger.setStatus(unit: "TF", to: .paymentOrder, on: V.day("2026-04-01"))
        #expect(throws: AllocationError.unitMustBeRegistered(code: "NOPE")) {
            try ledger.setStatus(unit: "NOPE", to: .notice, on: V.day("2026-03-01"))
        }
        let march = try #require(try ledger.arrears(asOf: V.day("2026-03-31")).units.first { $0.code == "TF" })
        #expect(march.status == .none, "the latest step is dated after the as-of date")
        let april = try ledger.notice(unit: "TF", asOf: V.day("2026-04-30"))
        #expect(april.status == .paymentOrder && april.statusDate == V.day("2026-04-01"))
        #expect(april.months.map(\.outstanding) == [V.yuan("10000.00")] && april.months.first?.daysLate == 74)
        #expect(throws: AllocationError.unitMustOweArrears(code: "T40")) { try ledger.notice(unit: "T40", asOf: V.day("2026-04-30")) }
        #expect(try ledger.arrears(asOf: V.day("2026-04-30"), under: "XF").units.map(\.code) == ["TF"])
    }

    @Test("the preparatory fund: held at allocation, refunded on formation, a late month refunded when paid, never twice",
          arguments: AllocationStoreKind.available)
    func preparatoryRefund(kind: AllocationStoreKind) throws {
        let f = try AllocationBooks(kind)
        _ = try f.importPayroll("p.csv", "PR,,2026-01,10,500000.00\nPR,,2026-02,10,500000.00\n")
        _ = try f.allocate(1)
        _ = try f.allocate(2)
        let book = f.remittance
        let early = try book.record(RemittanceEntry(unit: "PR", date: V.day("2026-02-15"), amount: V.yuan("10000.00")))
        #expect(early.refunded == .zero && early.vouchers == ["XF": 1], "held until the union is formed")
        let refund = try book.refundPreparatoryFund(unit: "PR", on: V.day("2026-03-20"), newChannel: .direct)
        #expect(refund.refunded == V.yuan("6000.00") && refund.formation && refund.vouchers == ["XF": 1])
        #expect(try f.balance("XF", "22203", through: "2026-03") == V.yuan("6000.00"), "February's share, unpaid, stays held")
        #expect(throws: AllocationError.refundMustNotBeRepeated(code: "PR", date: "2026-03-20")) {
            try book.refundPreparatoryFund(unit: "PR", on: V.day("2026-03-21"), newChannel: .direct)
        }
        #expect(try f.store.read { try $0.directory(structureOnly: false) }.unit(code: "PR")?.channel == .direct)
        // February, a month before formation, paid late in April: refunded when its money comes in.
        let late = try book.record(RemittanceEntry(unit: "PR", date: V.day("2026-04-10"), amount: V.yuan("10000.00"),
                                                   month: V.month(2)))
        #expect(late.refunded == V.yuan("6000.00") && late.vouchers == ["XF": 2])
        #expect(try f.balance("XF", "22203", through: "2026-04") == .zero)
        #expect(try book.record(RemittanceEntry(unit: "PR", date: V.day("2026-05-10"), amount: V.yuan("3000.00"))).refunded == .zero)
        let position = try f.store.read { reads in try reads.position(unitID: try #require(try reads.organisationID(code: "PR"))) }
        #expect(position.formedOn == V.day("2026-03-20") && position.refunded == V.yuan("12000.00"))
        #expect(position.receipts.count == 3)
        #expect(try f.books.verify().isEmpty)
        #expect(try MirrorCheck.run(store: f.store).isEmpty)
    }

    @Test("a receipts file: every row booked in one transaction, in date order; the same file twice is a no-op",
          arguments: AllocationStoreKind.available)
    func receiptsFile(kind: AllocationStoreKind) throws {
        let f = try AllocationBooks(kind)
        _ = try f.importPayroll("p.csv", "GH101,,2026-01,100,500000.00\nT40,,2026-01,10,500000.00\nFI,,2026-01,10,100000.00\n")
        _ = try f.allocate(1)
        let path = try f.write("r.csv", """
            unit_code,date,amount,month,ref,payer
            T40,2026-02-20,4000.00,2026-01,T-1,tax
            GH101,2026-02-10,4000.00,,B-1,
            FI,2026-02-12,2000.00,2026-01,F-1,fiscal

            """)
        guard case .imported(let outcome) = try f.remittance.importFile(path: path, displayName: "r.csv") else {
            Issue.record("the file was not imported")
            return
        }
        #expect(outcome.receipts == 3 && outcome.amount == V.yuan("10000.00"))
        #expect(try f.remittance.importFile(path: path, displayName: "r.csv") == .alreadyImported(fileName: "r.csv", at: AllocationBooks.clock.now()))
        let movements = try f.store.read { try $0.receiptMovements() }
        #expect(Set(movements.map { "\($0.payer.rawValue) \($0.amount.plainString)" }) == ["unit 4000.00", "tax 4000.00", "fiscal 2000.00"])
        #expect(try f.store.read { try $0.isReceiptRecorded(unitID: try #require(try $0.organisationID(code: "T40")), reference: "T-1") })
        #expect(try MirrorCheck.run(store: f.store).isEmpty)
        #expect(try f.books.verify().isEmpty)
    }
}
