import UnionCore
import InputFiles
import GRDB
import LedgerCore
import LedgerSQLite
import LedgerStore

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
    /// - Complexity: two aggregate queries over the registers, one scan of each set of books' 132/221 postings.
    public static func run(_ database: LedgerDatabase) throws -> [MirrorFinding] {
        try database.read { db in
            let directory = try UnitDirectory(db)
            // Register movements per (unit, month, payer is the unit itself) and per collector.
            var owedByUnit: [Int64: [Int: Int64]] = [:]
            var owedToCollector: [Int64: [Int: Int64]] = [:]
            let allocations = try Row.fetchCursor(db, sql: """
                SELECT unit_id, collector_id, CASE WHEN channel IN ('self', 'prep') THEN 'unit' ELSE 'other' END, due_date,
                       SUM(receivable_fen)
                FROM allocation WHERE collector_id IS NOT NULL GROUP BY 1, 2, 3, substr(due_date, 1, 7)
                """)
            while let row = try allocations.next() {
                guard let date = try? LocalDate(parsing: row[3] as String) else { continue }
                let ordinal = date.yearMonth.ordinal, amount: Int64 = row[4], collector: Int64 = row[1]
                owedToCollector[collector, default: [:]][ordinal, default: 0] += amount
                if (row[2] as String) == Payer.unit.rawValue { owedByUnit[row[0], default: [:]][ordinal, default: 0] += amount }
            }
            let receipts = try Row.fetchCursor(db, sql: """
                SELECT unit_id, payer, date, SUM(amount_fen) FROM remittance GROUP BY unit_id, payer, substr(date, 1, 7)
                """)
            while let row = try receipts.next() {
                guard let date = try? LocalDate(parsing: row[2] as String), let unit = directory.byID[row[0]] else { continue }
                let ordinal = date.yearMonth.ordinal, amount: Int64 = row[3]
                if let collector = directory.collector(of: unit) { owedToCollector[collector.id, default: [:]][ordinal, default: 0] -= amount }
                if (row[1] as String) == Payer.unit.rawValue { owedByUnit[row[0], default: [:]][ordinal, default: 0] -= amount }
            }

            var findings: [MirrorFinding] = []
            func compare(unit: String, federation: String, books: [Int: Int64], register: [Int: Int64], unitSide: Bool) {
                for ordinal in Set(books.keys).union(register.keys).sorted() {
                    let booked = books[ordinal] ?? 0, registered = register[ordinal] ?? 0
                    guard booked != registered else { continue }
                    findings.append(MirrorFinding(unit: unit, federation: federation, month: YearMonth(ordinal: ordinal),
                                                  unitPayable: Money(fen: unitSide ? booked : registered),
                                                  federationReceivable: Money(fen: unitSide ? registered : booked)))
                }
            }
            for collector in directory.byID.values where collector.keepsBooks && owedToCollector[collector.id] != nil {
                let receivable = try movements(db, organisation: collector.id, account: FundAccount.receivableFromLower, debitPositive: true)
                compare(unit: "*", federation: collector.code, books: receivable.values.reduce(into: [:]) { total, byMonth in
                    for (ordinal, amount) in byMonth { total[ordinal, default: 0] += amount }
                }, register: owedToCollector[collector.id] ?? [:], unitSide: false)
            }
            for unit in directory.byID.values where unit.keepsBooks {
                guard let collector = directory.collector(of: unit) else { continue }
                let payable = try movements(db, organisation: unit.id, account: FundAccount.payableToHigher, debitPositive: false)
                compare(unit: unit.code, federation: collector.code, books: payable[collector.code] ?? [:],
                        register: owedByUnit[unit.id] ?? [:], unitSide: true)
            }
            return findings.sorted { ($0.unit, $0.month) < ($1.unit, $1.month) }
        }
    }

    /// Net movement per memo and month of one account (excluding year-end closing entries).
    private static func movements(_ db: Database, organisation: Int64, account: String,
                                  debitPositive: Bool) throws -> [String: [Int: Int64]] {
        var result: [String: [Int: Int64]] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT p.memo, v.ordinal, SUM(CASE p.side WHEN 'D' THEN p.amount_fen ELSE -p.amount_fen END)
            FROM posting p JOIN voucher v ON v.id = p.voucher_id JOIN account a ON a.id = p.account_id
            WHERE v.org_id = ? AND a.code = ? AND v.kind <> 'closing'
            GROUP BY p.memo, v.ordinal
            """, arguments: [organisation, account])
        while let row = try rows.next() {
            let net: Int64 = row[2]
            result[row[0], default: [:]][row[1]] = debitPositive ? net : -net
        }
        return result
    }
}
