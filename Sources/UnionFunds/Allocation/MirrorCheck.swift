import GRDB
import LedgerCore
import LedgerStore

/// A month in which a unit's 应付上级经费 and its federation's 应收下级经费 for it moved differently.
public struct MirrorFinding: Sendable, Hashable {
    public var unit: String
    public var federation: String
    public var month: YearMonth
    /// The month's increase of the unit's 应付上级经费 (credit − debit) to the federation.
    public var unitPayable: Money
    /// The month's increase of the federation's 应收下级经费 (debit − credit) from the unit itself.
    public var federationReceivable: Money

    public func message(in language: Language) -> String {
        language.pick(
            "上下级对账不符：\(unit) \(month) 应付上级经费增加 \(unitPayable.formatted())，\(federation) 应收下级经费（\(unit)）增加 \(federationReceivable.formatted())",
            "mirror mismatch: \(unit) \(month) payable to higher unions moved \(unitPayable.formatted()), \(federation)'s receivable from \(unit) moved \(federationReceivable.formatted())")
    }
}

/// DESIGN invariant 6: when a unit's books and its federation's books are both in the file, what
/// the unit books as 应付上级经费 to the federation equals what the federation books as 应收下级经费
/// from the unit (the lines whose memo is the unit's code alone: money the unit itself owes, not
/// what the tax office or the budget pays for it), month by month.
public enum MirrorCheck {
    /// - Complexity: one scan of each federation's 应收下级经费 postings and of each unit's 应付上级经费 postings.
    public static func run(_ database: LedgerDatabase) throws -> [MirrorFinding] {
        try database.read { db in
            let directory = try UnitDirectory(db)
            var pairs: [Int64: [UnitDirectory.Unit]] = [:]   // federation id → its units with books
            for unit in directory.byID.values where unit.keepsBooks {
                if let collector = directory.collector(of: unit) { pairs[collector.id, default: []].append(unit) }
            }
            var findings: [MirrorFinding] = []
            for (federationID, units) in pairs {
                guard let federation = directory.byID[federationID] else { continue }
                let receivable = try movements(db, organisation: federationID, account: FundAccount.receivableFromLower, debitPositive: true)
                for unit in units.sorted(by: { $0.code < $1.code }) {
                    let payable = try movements(db, organisation: unit.id, account: FundAccount.payableToHigher, debitPositive: false)
                    let fromFederation = receivable[unit.code] ?? [:]
                    let fromUnit = payable[federation.code] ?? [:]
                    for ordinal in Set(fromFederation.keys).union(fromUnit.keys).sorted() {
                        let unitAmount = fromUnit[ordinal] ?? 0, federationAmount = fromFederation[ordinal] ?? 0
                        if unitAmount != federationAmount {
                            findings.append(MirrorFinding(unit: unit.code, federation: federation.code, month: YearMonth(ordinal: ordinal),
                                                          unitPayable: Money(fen: unitAmount), federationReceivable: Money(fen: federationAmount)))
                        }
                    }
                }
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
