import LedgerCore
import UnionCore

/// A month in which a unit's 应付上级经费 and its federation's 应收下级经费 for it moved differently.
public struct MirrorFinding: Sendable, Hashable {
    public var unit: String
    public var federation: String
    public var month: YearMonth
    /// The month's increase of the unit's 应付上级经费 (credit − debit) to the federation (for `*`: the registers' movement).
    public var unitPayable: Money
    /// The month's increase of what the federation's registers say the unit itself owes (for `*`: the 132 account's movement).
    public var federationReceivable: Money

    public func message(in language: Language) -> String {
        if unit == "*" {
            return language.pick(
                "总分不符：\(federation) \(month) 应收下级经费账面变动 \(federationReceivable.formatted())，拨缴分配表与缴款登记合计变动 \(unitPayable.formatted())",
                "control mismatch: \(federation) \(month) receivable from lower units moved \(federationReceivable.formatted()) in the books, \(unitPayable.formatted()) in the allocation and receipt registers")
        }
        return language.pick(
            "上下级对账不符：\(unit) \(month) 应付上级经费增加 \(unitPayable.formatted())，\(federation) 应收下级经费（\(unit)）增加 \(federationReceivable.formatted())",
            "mirror mismatch: \(unit) \(month) payable to higher unions moved \(unitPayable.formatted()), \(federation)'s receivable from \(unit) moved \(federationReceivable.formatted())")
    }
}

/// The books' side of the mirror check: per organisation keeping books, the net movement by memo
/// and month of its receivable from lower unions (debit positive) and of its payable to higher
/// unions (credit positive), closing entries excluded.
public struct MirrorBooks: Sendable {
    public var receivableFromLower: [Int64: [String: [YearMonth: Money]]]
    public var payableToHigher: [Int64: [String: [YearMonth: Money]]]
    public init(receivableFromLower: [Int64: [String: [YearMonth: Money]]], payableToHigher: [Int64: [String: [YearMonth: Money]]]) {
        self.receivableFromLower = receivableFromLower
        self.payableToHigher = payableToHigher
    }
}

/// DESIGN invariant 6, and the control account behind it.
///
/// The federation's books summarise each month's allocation; what it is owed unit by unit is its
/// allocation and receipt registers (the subsidiary ledger of 应收下级经费). Two checks:
/// - **mirror**: when a unit's books are in the file, its 应付上级经费 to the federation moves
///   month by month as the register says the unit itself owes (allocations it pays itself, less
///   its own receipts);
/// - **control**: the federation's 应收下级经费 moves month by month as its registers do
///   (all allocations it collects, less all receipts for its units). `unit` is then `*`.
public enum MirrorCheck {
    /// Reads the registers and the books through the store, then compares them.
    /// - Complexity: two aggregate reads of the registers, two of each set of books' accounts.
    public static func run(store: any AllocationStore) throws -> [MirrorFinding] {
        try store.read { reads in
            let directory = try reads.directory(structureOnly: false)
            let charts = try reads.chartRoles()
            var books = MirrorBooks(receivableFromLower: [:], payableToHigher: [:])
            for organisation in directory.byID.values where organisation.keepsBooks {
                // A chart without the account has no movement in it; the check then reports what the registers say.
                let roles = charts[organisation.code] ?? ChartRoles(organisation: organisation.code, accounts: [])
                if let code = roles.codeIfPresent(for: .receivableFromLower) {
                    books.receivableFromLower[organisation.id] = try reads.accountMovements(organisationID: organisation.id, account: code)
                }
                if let code = roles.codeIfPresent(for: .payableToHigher) {
                    books.payableToHigher[organisation.id] = try reads.accountMovements(organisationID: organisation.id, account: code)
                        .mapValues { byMonth in byMonth.mapValues(\.negated) }
                }
            }
            return try compare(allocations: try reads.allocationMovements(), receipts: try reads.receiptMovements(),
                               directory: directory, books: books)
        }
    }

    /// Compares the registers' movements with the books', month by month.
    /// - Returns: every mismatch, by unit (`*` for the control check) and month.
    /// - Throws: `LedgerError.amountMustFitRange` on overflow.
    /// - Complexity: O(register movements + book movements).
    public static func compare(allocations: [AllocationMovement], receipts: [ReceiptMovement], directory: UnitDirectory,
                               books: MirrorBooks) throws -> [MirrorFinding] {
        // Register movements: what each unit itself owes, and what each collector is owed, by month.
        var owedByUnit: [Int64: [YearMonth: Money]] = [:]
        var owedToCollector: [Int64: [YearMonth: Money]] = [:]
        func add(_ amount: Money, to table: inout [Int64: [YearMonth: Money]], _ id: Int64, _ month: YearMonth) throws {
            table[id, default: [:]][month] = try (table[id]?[month] ?? .zero).adding(amount)
        }
        for allocation in allocations {
            try add(allocation.receivable, to: &owedToCollector, allocation.collectorID, allocation.month)
            if allocation.channel.payer == .unit { try add(allocation.receivable, to: &owedByUnit, allocation.unitID, allocation.month) }
        }
        for receipt in receipts {
            guard let unit = directory.byID[receipt.unitID] else { continue }
            if let collector = directory.collector(of: unit) { try add(receipt.amount.negated, to: &owedToCollector, collector.id, receipt.month) }
            if receipt.payer == .unit { try add(receipt.amount.negated, to: &owedByUnit, receipt.unitID, receipt.month) }
        }

        var findings: [MirrorFinding] = []
        func compare(unit: String, federation: String, books: [YearMonth: Money], register: [YearMonth: Money], unitSide: Bool) {
            for month in Set(books.keys).union(register.keys).sorted() {
                let booked = books[month] ?? .zero, registered = register[month] ?? .zero
                guard booked != registered else { continue }
                findings.append(MirrorFinding(unit: unit, federation: federation, month: month,
                                              unitPayable: unitSide ? booked : registered,
                                              federationReceivable: unitSide ? registered : booked))
            }
        }
        for collector in directory.byID.values where collector.keepsBooks && owedToCollector[collector.id] != nil {
            // The control account: all memos together.
            var receivable: [YearMonth: Money] = [:]
            for byMonth in (books.receivableFromLower[collector.id] ?? [:]).values {
                for (month, amount) in byMonth { receivable[month] = try (receivable[month] ?? .zero).adding(amount) }
            }
            compare(unit: "*", federation: collector.code, books: receivable, register: owedToCollector[collector.id] ?? [:], unitSide: false)
        }
        for unit in directory.byID.values where unit.keepsBooks {
            guard let collector = directory.collector(of: unit) else { continue }
            // The unit's payable carries the collector's code as memo.
            compare(unit: unit.code, federation: collector.code, books: books.payableToHigher[unit.id]?[collector.code] ?? [:],
                    register: owedByUnit[unit.id] ?? [:], unitSide: true)
        }
        return findings.sorted { ($0.unit, $0.month) < ($1.unit, $1.month) }
    }
}
