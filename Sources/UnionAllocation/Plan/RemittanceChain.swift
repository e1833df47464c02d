import LedgerCore
import UnionCore

/// The federations above a collector whose books are in the same file (issue 15 item 4): the
/// collector credits 应付上级经费 with the share of every level above it; its next federation up,
/// when its books are here, books the matching 应收下级经费 in the same transaction and splits it
/// as the collector does (财会〔2021〕7号 第132号科目 二（一）: 借 应收下级经费, 贷 拨缴经费收入 its own
/// share, 贷 应付上级经费 the part for the levels above it), and so on up the chain.
///
/// ```
/// upward 40% by level (largest remainder): county | city | province | national
///   XF  county   collector:   keeps county          → 211 city+province+national
///   CF  city     XF's parent: 132 (XF) = XF's 211,  402 city, 211 province+national
///   PF  province CF's parent: 132 (CF) = CF's 211,  402 province, 211 national
/// ```
/// Each level's part comes from the same largest-remainder split of the upward share as the
/// collector's own, so every link's receivable is exactly the lower federation's payable.
struct RemittanceChain {
    /// What one federation books for the federation below it.
    struct Share: Hashable {
        /// 应收下级经费 from the lower federation: everything above the lower one.
        var receivable: Money
        /// 拨缴经费收入: this federation's own level.
        var own: Money
        /// 应付上级经费: the levels above this one.
        var above: Money

        static let zero = Share(receivable: .zero, own: .zero, above: .zero)

        func adding(_ other: Share) throws(LedgerError) -> Share {
            Share(receivable: try receivable.adding(other.receivable), own: try own.adding(other.own), above: try above.adding(other.above))
        }

        func subtracting(_ other: Share) throws(LedgerError) -> Share {
            Share(receivable: try receivable.subtracting(other.receivable), own: try own.subtracting(other.own),
                  above: try above.subtracting(other.above))
        }
    }

    /// One step up the chain: `parent` books what `lower` owes it.
    struct Link: Hashable, Comparable {
        var parent: String
        var lower: String
        var parentLevel: Int
        var lowerLevel: Int

        static func < (lhs: Link, rhs: Link) -> Bool { (lhs.parent, lhs.lower) < (rhs.parent, rhs.lower) }
    }

    /// The links above `collector`, lowest first: each next federation up whose books are here.
    /// - Parameter level: the position of a federation's kind in the policy's upward chain.
    /// - Throws: `AllocationError.federationLevelMustBeInPolicy` for a federation up the chain
    ///   whose kind the chain does not name, or does not place above the one below it.
    static func links(above collector: UnitDirectory.Unit, collectorLevel: Int, directory: UnitDirectory,
                      level: (UnitDirectory.Unit) throws -> Int) throws -> [Link] {
        var links: [Link] = []
        var lower = collector, lowerLevel = collectorLevel
        while let parent = directory.collector(of: lower), links.count < UnitDirectory.chainDepthMax {
            let parentLevel = try level(parent)
            guard parentLevel > lowerLevel else {
                throw AllocationError.federationLevelMustBeInPolicy(code: parent.code, kind: parent.kind)
            }
            links.append(Link(parent: parent.code, lower: lower.code, parentLevel: parentLevel, lowerLevel: lowerLevel))
            lower = parent
            lowerLevel = parentLevel
        }
        return links
    }

    /// Each link's share of `upward` (the upward share of one declaration).
    /// - Parameter levelWeights: the policy's upward chain as integer weights, lowest level first.
    /// - Throws: `LedgerError.amountMustFitRange` on overflow.
    static func shares(of upward: Money, levelWeights: [Int64], links: [Link]) throws -> [(Link, Share)] {
        guard !links.isEmpty, !levelWeights.isEmpty else { return [] }
        let parts = try upward.allocated(by: levelWeights)
        func sum(_ range: Range<Int>) throws -> Money {
            let clamped = range.clamped(to: 0..<parts.count)
            return try Money.sum(Array(parts[clamped]))
        }
        return try links.map { link in
            let own = try sum((link.lowerLevel + 1)..<(link.parentLevel + 1))
            let above = try sum((link.parentLevel + 1)..<parts.count)
            return (link, Share(receivable: try own.adding(above), own: own, above: above))
        }
    }
}
