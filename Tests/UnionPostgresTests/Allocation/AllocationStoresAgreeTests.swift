import LedgerCore
import LedgerStore
import Testing
import UnionAllocation
import UnionCore

/// One federation's year run on both stores side by side: the vouchers posted, the arrears table
/// and the registers read back must be the same, line for line.
@Suite("allocation registers: SQLite and PostgreSQL agree", .enabled(if: PostgresTestServer.isAvailable, PostgresTestServer.skipReason))
struct AllocationStoresAgreeTests {
    typealias V = AllocationValues

    /// Units, three months of payroll with a correction, allocation, receipts of every payer, a
    /// preparatory refund and an enforcement step; then what each store holds, as text.
    static func run(_ kind: AllocationStoreKind) throws -> [String] {
        let f = try AllocationBooks(kind)
        var transcript: [String] = []
        transcript.append("\(try f.importUnits("more.csv", "code,name,kind,parent,channel\nU1,一号单位,enterprise,XF,\nU2,二号单位,enterprise,XF,tax-40\n"))")
        transcript.append("\(try f.importPayroll("jan.csv", ["GH101", "T40", "TF", "FI", "PR", "U1", "U2"].map { "\($0),,2026-01,10,123456.78\n" }.joined()))")
        transcript.append("\(try f.importPayroll("feb.csv", ["GH101", "TF", "PR", "U1"].map { "\($0),,2026-02,12,98765.43\n" }.joined()))")
        for month in 1...2 { transcript.append(Self.line(try f.allocate(month))) }
        transcript.append("\(try f.importPayroll("jan2.csv", "U1,,2026-01,11,130000.00\nTF,,2026-01,10,100000.00\n"))")
        transcript.append(Self.line(try f.allocate(1)))
        let book = f.remittance
        for (unit, date, amount, reference) in [("GH101", "2026-02-10", "2000.00", "G1"), ("TF", "2026-02-20", "1500.00", ""),
                                                ("U1", "2026-03-01", "999.99", "U-1"), ("PR", "2026-02-15", "2469.14", "P1")] {
            let outcome = try book.record(RemittanceEntry(unit: unit, date: V.day(date), amount: V.yuan(amount), reference: reference))
            transcript.append("\(outcome.receipts) \(outcome.amount.plainString) \(outcome.passedDown.plainString) \(outcome.refunded.plainString) "
                              + Self.line(outcome.vouchers))
        }
        let refund = try book.refundPreparatoryFund(unit: "PR", on: V.day("2026-03-20"), newChannel: .direct)
        transcript.append("\(refund.refunded.plainString) \(refund.formation) \(refund.channel) " + Self.line(refund.vouchers))
        try f.arrearsLedger().setStatus(unit: "U1", to: .notice, on: V.day("2026-03-25"))
        transcript += try f.arrearsTable(asOf: "2026-04-30")
        transcript += try f.journal("XF") + f.journal("GH101")
        transcript.append("\(try MirrorCheck.run(store: f.store))")
        transcript.append("\(try f.books.verify())")
        let registers = try f.store.read { reads in
            (try reads.allocationMovements().map { "\($0.unitID) \($0.collectorID) \($0.channel) \($0.month) \($0.receivable.plainString)" }.sorted(),
             try reads.receiptMovements().map { "\($0.unitID) \($0.payer) \($0.month) \($0.amount.plainString)" }.sorted(),
             try reads.latestDeclarations().map { "\($0.key.unit) \($0.key.month) \($0.value.revision) \($0.value.figures.wageTotal.plainString)" }.sorted())
        }
        transcript += registers.0 + registers.1 + registers.2
        // Each unit's position and its months due, as the registers' own reads give them.
        let codes = ["GH101", "T40", "TF", "FI", "PR", "U1", "U2"]
        transcript += try f.store.read { reads in
            var lines: [String] = []
            var codeByID: [Int64: String] = [:]
            for code in codes {
                let id = try #require(try reads.organisationID(code: code))
                codeByID[id] = code
                lines.append("\(code) position: " + (try reads.position(unitID: id)).allocations.map {
                    "\($0.month) \($0.channel) \($0.dueDate) \($0.receivable.plainString) \($0.retained.plainString)"
                }.joined(separator: "; "))
            }
            for asOf in ["2026-02-28", "2026-04-30"] {
                try reads.forEachUnitArrearsRegisters(asOf: V.day(asOf), unitID: nil) { unit in
                    lines.append("\(asOf) \(codeByID[unit.unitID] ?? "?"): " + unit.months.map {
                        "\($0.month) \($0.dueDate) \($0.receivable.plainString)"
                    }.joined(separator: "; "))
                }
                // One unit at a time, as `arrears show --unit` reads it.
                for (id, code) in codeByID.sorted(by: { $0.key < $1.key }) {
                    try reads.forEachUnitArrearsRegisters(asOf: V.day(asOf), unitID: id) { unit in
                        lines.append("\(asOf) \(code) alone: \(codeByID[unit.unitID] ?? "?") " + unit.months.map {
                            "\($0.month) \($0.dueDate) \($0.receivable.plainString)"
                        }.joined(separator: "; ") + " | \(unit.receipts.count) receipts")
                    }
                }
            }
            return lines
        }
        return transcript
    }

    /// Vouchers by organisation in code order (a dictionary prints in no fixed order).
    static func line(_ vouchers: [String: Int]) -> String {
        vouchers.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }.joined(separator: ",")
    }

    static func line(_ outcome: AllocationOutcome) -> String {
        "\(outcome.month) \(outcome.allocated) \(outcome.adjusted) \(outcome.due.plainString) " + line(outcome.vouchers)
    }

    @Test("the same commands give the same vouchers, arrears table and registers on both stores")
    func sameResults() throws {
        let sqlite = try Self.run(.sqlite)
        let postgres = try Self.run(.postgres)
        #expect(sqlite.count == postgres.count)
        for (line, (expected, actual)) in zip(sqlite, postgres).enumerated() where expected != actual {
            Issue.record("line \(line): SQLite \(expected) — PostgreSQL \(actual)")
        }
        #expect(sqlite.contains { $0.hasPrefix("U1 ") }, "the arrears table lists U1")
    }
}
