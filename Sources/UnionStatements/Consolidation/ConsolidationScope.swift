import LedgerCore
import UnionCore

/// Which organisations a consolidated statement takes in: the federation and every organisation
/// below it in the register (parent links), down `levels` levels, whose books are in the same
/// store. Those below without books here are listed, never silently dropped.
///
/// ```
/// XF  county-federation  books  ← depth 0: the federation
/// ├─ GH101 enterprise    books  ← consolidated
/// ├─ DW001 enterprise    —      ← not in the store (a finding line)
/// └─ JD01  street        —      ← not in the store; what is below it is still looked at
///    └─ GH201 enterprise books  ← consolidated; its higher union in the scope is XF
/// ```
public struct ConsolidationScope: Sendable {
    public struct Member: Sendable, Hashable {
        public var code: String
        public var name: String
        public var kind: String
        /// The parent in the register (nil for the federation).
        public var parent: String?
        /// 0 for the federation, 1 for the organisations directly below it, …
        public var depth: Int
        public var keepsBooks: Bool
    }

    /// The federation the statement is drawn up for.
    public let federation: Member
    /// The federation and every organisation below it keeping books here, in register order (depth first, by code).
    public let consolidated: [Member]
    /// Organisations below the federation, within the levels, that keep no books in this store.
    public let notInStore: [Member]
    /// The nearest organisation above each consolidated one that is consolidated too (nil for the federation).
    let higherInScope: [String: String]

    /// - Parameters:
    ///   - code: the federation's code.
    ///   - register: every registered organisation (`OrganisationStore.organisations()`).
    ///   - levels: how many levels below the federation to take in; nil for all.
    /// - Throws: `LedgerError.organisationMustExist` when `code` is not registered;
    ///   `LedgerError.organisationMustKeepBooks` when the federation keeps no books here.
    public init(federation code: String, register: [RegisteredOrganisation], levels: Int?) throws {
        guard let top = register.first(where: { $0.code == code }) else { throw LedgerError.organisationMustExist(code: code) }
        guard top.keepsBooks else { throw LedgerError.organisationMustKeepBooks(code: code) }
        let children = Dictionary(grouping: register.filter { $0.parent != nil }, by: { $0.parent ?? "" })
        func member(_ organisation: RegisteredOrganisation, depth: Int) -> Member {
            Member(code: organisation.code, name: organisation.name, kind: organisation.kind, parent: organisation.parent,
                   depth: depth, keepsBooks: organisation.keepsBooks)
        }
        federation = member(top, depth: 0)
        var consolidated = [federation]
        var notInStore: [Member] = []
        var higher: [String: String] = [:]
        var seen: Set<String> = [code]
        // Depth first, children by code; `seen` stops a loop the register's own rules should have refused.
        func visit(_ code: String, depth: Int, nearestInScope: String) {
            guard levels.map({ depth < $0 }) ?? true else { return }
            for child in (children[code] ?? []).sorted(by: { $0.code < $1.code }) where !seen.contains(child.code) {
                seen.insert(child.code)
                let each = member(child, depth: depth + 1)
                if child.keepsBooks {
                    consolidated.append(each)
                    higher[child.code] = nearestInScope
                } else {
                    notInStore.append(each)
                }
                visit(child.code, depth: depth + 1, nearestInScope: child.keepsBooks ? child.code : nearestInScope)
            }
        }
        visit(code, depth: 0, nearestInScope: code)
        self.consolidated = consolidated
        self.notInStore = notInStore
        higherInScope = higher
    }

    /// Whether `code` is consolidated.
    func isConsolidated(_ code: String) -> Bool { code == federation.code || higherInScope[code] != nil }

    /// Whether `upper` is above `lower` among the consolidated organisations.
    func isAbove(_ upper: String, _ lower: String) -> Bool {
        var cursor = higherInScope[lower]
        var steps = 0
        while let each = cursor, steps <= consolidated.count {
            if each == upper { return true }
            cursor = higherInScope[each]
            steps += 1
        }
        return false
    }

    /// The nearest consolidated organisation above `code`: the higher union its books deal with.
    func higher(of code: String) -> String? { higherInScope[code] }
}
