import LedgerCore
import UnionCore

/// Every registered organisation, read once per command: codes, the federation chain, channels,
/// and which organisations keep their books in this file. Built by the store
/// (`AllocationReads.directory`) or, in tests, from units directly.
///
/// ```
/// XF  county-federation  keeps books      ← collector of everything below it
/// ├─ GH101 enterprise    keeps books      (its own 应付上级经费 mirrors XF's 应收下级经费)
/// ├─ DW001 enterprise    registered only
/// └─ JD01  street        registered only
///    └─ DW101 enterprise registered only  ← collected by XF: the nearest ancestor keeping books
/// ```
public struct UnitDirectory: Sendable {
    /// A class: looked up once per declaration in bulk runs, so no copying of its strings.
    public final class Unit: Sendable {
        public let id: Int64
        public let code: String
        public let name: String
        public let kind: String
        public let parentID: Int64?
        public let channel: CollectionChannel
        public let keepsBooks: Bool
        public let bankName: String
        public let bankAccount: String

        public init(id: Int64, code: String, name: String, kind: String, parentID: Int64?, channel: CollectionChannel,
                    keepsBooks: Bool, bankName: String = "", bankAccount: String = "") {
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

    /// How far up a chain is followed: a register deeper than this is a loop the register's own
    /// checks should have refused.
    public static let chainDepthMax = 64

    public private(set) var byID: [Int64: Unit] = [:]
    public private(set) var byCode: [String: Unit] = [:]

    public init(units: some Sequence<Unit>) {
        for unit in units {
            byID[unit.id] = unit
            byCode[unit.code] = unit
        }
    }

    public func unit(code: String) -> Unit? { byCode[code] }

    /// The nearest organisation up the chain whose books this file keeps: the federation that
    /// collects for the unit. `nil` when none is in the file.
    /// - Complexity: O(depth of the chain), at most `chainDepthMax`.
    public func collector(of unit: Unit) -> Unit? {
        var cursor = unit.parentID
        var steps = 0
        while let id = cursor, steps < Self.chainDepthMax, let current = byID[id] {
            if current.keepsBooks { return current }
            cursor = current.parentID
            steps += 1
        }
        return nil
    }

    /// Whether `unit` sits anywhere below `ancestor`.
    public func isBelow(_ unit: Unit, ancestor: Int64) -> Bool {
        isBelow(parentID: unit.parentID, ancestor: ancestor)
    }

    /// Whether a unit whose parent is `parentID` sits anywhere below `ancestor`: the unit itself
    /// need not be in the directory (a structure-only one holds its parents).
    public func isBelow(parentID: Int64?, ancestor: Int64) -> Bool {
        var cursor = parentID
        var steps = 0
        while let id = cursor, steps < Self.chainDepthMax {
            if id == ancestor { return true }
            cursor = byID[id]?.parentID
            steps += 1
        }
        return false
    }

    /// Where a notice for `unit` tells it to pay: its collecting federation, or when none keeps
    /// books here, its registered parent.
    public func payee(of unit: Unit) -> Unit? {
        collector(of: unit) ?? unit.parentID.flatMap { byID[$0] }
    }

    /// The federation an arrears report is drawn up for: `code` when it is registered; otherwise
    /// the file's only federation keeping books, or failing that the first organisation keeping
    /// books (by code).
    public func reportingFederation(code: String?) -> Unit? {
        if let code, let chosen = byCode[code] { return chosen }
        let books = byCode.values.filter(\.keepsBooks).sorted { $0.code < $1.code }
        let federations = books.filter { FederationKind.isFederation($0.kind) }
        return federations.count == 1 ? federations.first : books.first
    }
}
