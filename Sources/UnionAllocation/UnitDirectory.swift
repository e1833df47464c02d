import UnionCore
import InputFiles
import GRDB
import LedgerCore

/// Every registered organisation, read once per command: codes, the federation chain, channels,
/// and which organisations keep their books in this file.
struct UnitDirectory {
    /// A class: looked up once per declaration in bulk runs, so no copying of its strings.
    final class Unit {
        let id: Int64
        let code: String
        let name: String
        let kind: String
        let parentID: Int64?
        let channel: CollectionChannel
        let keepsBooks: Bool
        let bankName: String
        let bankAccount: String

        init(id: Int64, code: String, name: String, kind: String, parentID: Int64?, channel: CollectionChannel, keepsBooks: Bool,
             bankName: String, bankAccount: String) {
            self.id = id
            self.code = code
            self.name = name
            self.kind = kind
            self.parentID = parentID
            self.channel = channel
            self.keepsBooks = keepsBooks
            self.bankName = bankName
            self.bankAccount = bankAccount
        }
    }

    private(set) var byID: [Int64: Unit] = [:]
    private(set) var byCode: [String: Unit] = [:]

    /// Organisations keeping books in the file.
    let withBooks: Set<Int64>

    /// - Parameter structureOnly: only organisations that keep books or have units below them
    ///   (enough to find collectors); bulk runs then read each unit with its own row.
    init(_ db: Database, structureOnly: Bool = false) throws {
        let withBooks = Set(try Int64.fetchAll(db, sql: "SELECT DISTINCT org_id FROM account"))
        self.withBooks = withBooks
        let rows = try Row.fetchCursor(db, sql: """
            SELECT o.id, o.code, o.name, o.kind, o.parent_id, o.channel, o.bank_name, o.bank_account FROM organisation o
            """ + (structureOnly ? """
             WHERE o.id IN (SELECT org_id FROM account) OR o.id IN (SELECT parent_id FROM organisation WHERE parent_id IS NOT NULL)
            """ : ""))
        byID.reserveCapacity(1_024)
        while let row = try rows.next() {
            let id: Int64 = row[0]
            let unit = Unit(id: id, code: row[1], name: row[2], kind: row[3], parentID: row[4],
                            channel: CollectionChannel(rawValue: row[5]) ?? .direct, keepsBooks: withBooks.contains(id),
                            bankName: row[6], bankAccount: row[7])
            byID[unit.id] = unit
            byCode[unit.code] = unit
        }
    }

    func unit(code: String) -> Unit? { byCode[code] }

    /// The nearest organisation up the chain whose books this file keeps: the federation that
    /// collects for the unit. `nil` when none is in the file.
    func collector(of unit: Unit) -> Unit? {
        var cursor = unit.parentID
        var steps = 0
        while let id = cursor, steps < 64, let current = byID[id] {
            if current.keepsBooks { return current }
            cursor = current.parentID
            steps += 1
        }
        return nil
    }

    /// Whether `unit` sits anywhere below `ancestor`.
    func isBelow(_ unit: Unit, ancestor: Int64) -> Bool {
        var cursor = unit.parentID
        var steps = 0
        while let id = cursor, steps < 64 {
            if id == ancestor { return true }
            cursor = byID[id]?.parentID
            steps += 1
        }
        return false
    }
}

/// The accounts of the 2021 union charts the allocation posts to (ledgers/charts/union-2021-*.csv).
public enum FundAccount {
    public static let bank = "102"                   // 银行存款
    public static let receivableFromHigher = "131"   // 应收上级经费
    public static let receivableFromLower = "132"    // 应收下级经费
    public static let payableToHigher = "221"        // 应付上级经费
    public static let transferPayableToLower = "22202"  // 应付下级转拨经费
    public static let preparatoryFundPayable = "22203"  // 应付建会筹备金
    public static let allocatedIncome = "402"        // 拨缴经费收入
}
