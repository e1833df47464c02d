import InputFiles
import LedgerCore
import Testing
@testable import UnionAllocation
import UnionCore

/// `remit import` on both stores as it holds a file: the checked rows wait in the store's queue
/// (SQLite: temporary tables) and come back by date, then line; units' positions are cached up to
/// a bound and read again past it.
@Suite("receipts import on both stores: the queue and the position cache")
struct RemittanceImportStoreTests {
    typealias V = AllocationValues

    /// 48 receipts over four units and three months, rows out of date order, several on one day.
    static let receipts: String = {
        var rows = ["unit_code,date,amount,month,ref"]
        let units = ["GH101", "T40", "TF", "FI"]
        for index in 0..<48 {
            let unit = units[(index * 7) % 4]
            let day = 1 + (index * 11) % 27
            let month = 2 + (index * 5) % 3
            rows.append("\(unit),2026-0\(month)-\(day < 10 ? "0" : "")\(day),\(100 + index * 37).\(index % 10)0,,R\(index)")
        }
        return rows.joined(separator: "\n") + "\n"
    }()

    static func books(_ kind: AllocationStoreKind) throws -> AllocationBooks {
        let f = try AllocationBooks(kind)
        var payroll = ""
        for month in 1...3 {
            for unit in ["GH101", "T40", "TF", "FI"] { payroll += "\(unit),,2026-0\(month),10,50000.00\n" }
        }
        _ = try f.importPayroll("p.csv", payroll)
        for month in 1...3 { _ = try f.allocate(month) }
        return f
    }

    @Test("a file books the same whether units' positions stay cached or are read again for every receipt, their months read in one pass or unit by unit",
          arguments: AllocationStoreKind.available)
    func cacheBoundChangesNothing(kind: AllocationStoreKind) throws {
        var results: [[String]] = []
        // (positions cached, units read in one pass from, months held at most): the defaults (four
        // units: each read on its own); the cache emptied at every receipt, or every few; every
        // unit's months read in one pass; two units' (six months); in one pass with no cache.
        let settings = [(RemittanceBook.positionsCachedMax, RemittanceBook.unitsReadInOnePassMin, RemittanceBook.allocationMonthsReadMax),
                        (1, RemittanceBook.unitsReadInOnePassMin, RemittanceBook.allocationMonthsReadMax),
                        (20, RemittanceBook.unitsReadInOnePassMin, RemittanceBook.allocationMonthsReadMax),
                        (RemittanceBook.positionsCachedMax, 1, RemittanceBook.allocationMonthsReadMax),
                        (RemittanceBook.positionsCachedMax, 1, 6),
                        (1, 1, RemittanceBook.allocationMonthsReadMax)]
        for (entriesMax, onePassMin, monthsMax) in settings {
            let f = try Self.books(kind)
            var book = f.remittance
            book.positionsCachedMax = entriesMax
            book.unitsReadInOnePassMin = onePassMin
            book.allocationMonthsReadMax = monthsMax
            guard case .imported(let outcome) = try book.importFile(path: try f.write("r.csv", Self.receipts), displayName: "r.csv") else {
                Issue.record("not imported")
                return
            }
            #expect(outcome.receipts == 48 && outcome.passedDown.isPositive, "TF's retained share passes down")
            #expect(try MirrorCheck.run(store: f.store).isEmpty)
            #expect(try f.books.verify().isEmpty)
            var result = try f.journal("XF") + f.journal("GH101") + f.arrearsTable(asOf: "2026-06-30")
            try f.store.read { reads in
                for code in ["GH101", "T40", "TF", "FI"] {
                    let position = try reads.position(unitID: try #require(try reads.organisationID(code: code)))
                    #expect(position.receipts.map(\.date) == position.receipts.map(\.date).sorted())
                    result.append("\(code) \(position.receipts.map(\.amount.plainString)) \(position.returned.plainString)")
                }
            }
            results.append(result)
        }
        for (index, result) in results.enumerated().dropFirst() { #expect(result == results[0], "setting \(index)") }
    }

    @Test("a unit's position read in a transaction includes a month the same transaction allocates afterwards",
          arguments: AllocationStoreKind.available)
    func positionSeesMonthAllocatedInTheSameTransaction(kind: AllocationStoreKind) throws {
        let f = try Self.books(kind)
        _ = try f.importPayroll("p4.csv", "GH101,,2026-04,10,50000.00\n")
        let march = try YearMonth(year: 2026, month: 3), april = try YearMonth(year: 2026, month: 4)
        try f.store.write(user: "tester") { transaction in
            let unit = try #require(try transaction.organisationID(code: "GH101"))
            #expect(try transaction.position(unitID: unit).allocations.map(\.month.month) == [1, 2, 3])
            let declaration = try #require(try transaction.declarations(month: april).first { $0.unitID == unit })
            let posted = try #require(try transaction.allocations(month: march).first { $0.unitID == unit })
            try transaction.recordAllocationRun(month: april, at: "2026-05-01T00:00:00Z", rows: [AllocationRow(
                declarationID: declaration.id, unitID: unit, month: april, channel: posted.channel, dueDate: V.day("2026-05-15"),
                collectorID: posted.collectorID, split: posted.split, receivable: posted.split.upward)])
            let after = try transaction.position(unitID: unit).allocations
            #expect(after.map(\.month.month) == [1, 2, 3, 4])
            #expect(after.last?.dueDate == V.day("2026-05-15"))
        }
    }

    @Test("receipts are booked by date, then line: the vouchers follow that order", arguments: AllocationStoreKind.available)
    func bookedByDateThenLine(kind: AllocationStoreKind) throws {
        let f = try Self.books(kind)
        _ = try f.remittance.importFile(path: try f.write("r.csv", Self.receipts), displayName: "r.csv")
        let rows = Self.receipts.split(separator: "\n").dropFirst().enumerated().map { offset, row in
            let fields = row.split(separator: ",", omittingEmptySubsequences: false)
            return (date: String(fields[1]), line: offset + 2, reference: String(fields[4]))
        }
        let expected = rows.sorted { ($0.date, $0.line) < ($1.date, $1.line) }.map(\.reference)
        // Each receipt is a voucher at XF whose summary ends with its reference: 收到…拨缴经费（R3）.
        let booked = try f.journal("XF").compactMap { line in expected.first { line.contains("（\($0)）") } }
        var seen = Set<String>()
        #expect(booked.filter { seen.insert($0).inserted } == expected)
    }

    @Test("a reference repeated far apart, and a bad last row: every problem listed, nothing written, and the next file imports",
          arguments: AllocationStoreKind.available)
    func refusedFile(kind: AllocationStoreKind) throws {
        let f = try Self.books(kind)
        var text = Self.receipts
        text += "T40,2026-04-01,1.00,,R3\n"     // R3 is line 5's reference, for T40 too ((3 × 7) % 4 = 1)
        text += "GH101,2026-04-31,1.00,,LAST\n"
        do {
            _ = try f.remittance.importFile(path: try f.write("bad.csv", text), displayName: "bad.csv")
            Issue.record("accepted")
        } catch let rejected as RowsRejected {
            #expect(rejected.problems.map { "\($0.line):\($0.value)" } == ["50:R3", "51:2026-04-31"])
        }
        #expect(try f.store.read { try $0.receiptMovements() }.isEmpty)
        // The queue of the refused file is gone: the same references import now.
        guard case .imported(let outcome) = try f.remittance.importFile(path: try f.write("r.csv", Self.receipts), displayName: "r.csv") else {
            Issue.record("not imported")
            return
        }
        #expect(outcome.receipts == 48)
    }
}
