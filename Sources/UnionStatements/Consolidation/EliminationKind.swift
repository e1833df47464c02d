import LedgerCore
import UnionCore

/// The flows between union levels that a consolidated statement takes out, each a pair of
/// accounts by role: the higher union's side and the lower union's (财会〔2021〕7号 附录1 第三部分).
///
/// | kind | higher union | lower union | figure |
/// |---|---|---|---|
/// | remittance | 132 应收下级经费 | 211 应付上级经费 | balance |
/// | grant | 508 补助下级支出 | 403 上级补助收入 | the year's activity |
/// | grantPayable | 21201 应付下级补助 | 13101 应收上级补助 | balance |
/// | transferPayable | 21202 应付下级转拨经费 | 13102 应收上级转拨经费 (131 when the chart has no 13102) | balance |
///
/// The upward share itself needs no revenue pair: under the 2021 system it is never revenue or
/// expenditure of the level that passes it on. The lower union credits 211 with it (第402号科目
/// 三（一）, 第211号科目 二（一）), the higher credits 402 拨缴经费收入 with its own share only and 211
/// with the levels above it, so 拨缴经费收入 summed over the levels counts each share once; what
/// remains between the levels is the 132/211 balance (`remittance`).
public enum EliminationKind: String, Sendable, CaseIterable, Hashable {
    case remittance
    case grant
    case grantPayable
    case transferPayable

    /// The higher union's account, by role.
    var upperRoles: [AccountRole] {
        switch self {
        case .remittance: [.receivableFromLower]
        case .grant: [.grantsToLower]
        case .grantPayable: [.grantPayableToLower]
        case .transferPayable: [.transferPayableToLower]
        }
    }

    /// The lower union's account, by role, preferred first.
    var lowerRoles: [AccountRole] {
        switch self {
        case .remittance: [.payableToHigher]
        case .grant: [.higherGrantRevenue]
        case .grantPayable: [.receivableGrantFromHigher]
        // 第131号科目 二: 13102 where the chart has it; the allocation posts to 131 otherwise.
        case .transferPayable: [.receivableTransferFromHigher, .receivableFromHigher]
        }
    }

    /// Balance kinds are matched at the start and the end of the year; `grant` over the year.
    public var isFlow: Bool { self == .grant }

    public func name(in language: Language) -> String {
        switch self {
        case .remittance: language.pick("应收下级经费／应付上级经费", "Receivable from lower / payable to higher unions")
        case .grant: language.pick("补助下级支出／上级补助收入", "Grants to lower unions / grants from higher unions")
        case .grantPayable: language.pick("应付下级补助／应收上级补助", "Grants payable to lower / receivable from higher unions")
        case .transferPayable: language.pick("应付下级转拨经费／应收上级转拨经费", "Transfers payable to lower / receivable from higher unions")
        }
    }

    /// The code playing the higher union's side in `roles`, if the chart has one.
    func upperCode(in roles: ChartRoles) -> AccountCode? { upperRoles.lazy.compactMap { roles.codeIfPresent($0) }.first }

    /// The code playing the lower union's side in `roles`, if the chart has one.
    func lowerCode(in roles: ChartRoles) -> AccountCode? { lowerRoles.lazy.compactMap { roles.codeIfPresent($0) }.first }
}

/// When an elimination is measured: balances at the start and the end of the year, flows over it.
public enum EliminationTime: String, Sendable, CaseIterable, Hashable, Comparable {
    case opening
    case closing
    case year

    public static func < (lhs: EliminationTime, rhs: EliminationTime) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }

    public func name(in language: Language) -> String {
        switch self {
        case .opening: language.pick("年初", "Start of year")
        case .closing: language.pick("年末", "End of year")
        case .year: language.pick("本年", "The year")
        }
    }
}
