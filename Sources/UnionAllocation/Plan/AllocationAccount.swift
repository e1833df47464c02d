import LedgerCore
import UnionCore

/// The accounts the allocation, receipts and refunds post to, by what they are for. Each
/// organisation's own chart says which code plays the part (`ChartRoles`), so the same rule
/// posts to 221 in a 2009 book and to 211 in an official 2021 book.
///
/// | part | roles, preferred first | 2009 / old 2021 files | official 2021 |
/// |---|---|---|---|
/// | bank | bank | 102 | 102 |
/// | receivableFromLower | receivableFromLower | 132 | 132 (county+) |
/// | receivableFromHigher | receivableTransferFromHigher, receivableFromHigher | 131 (13102 in 2009) | 13102 |
/// | allocationRevenue | allocationRevenue | 402 | 402 |
/// | payableToHigher | payableToHigher | 221 | 211 |
/// | transferPayableToLower | transferPayableToLower | 22202 | 21202 |
/// | preparatoryFundPayable | preparatoryFundPayable, otherPayable | 22203 | 215 |
public enum AllocationAccount: String, Sendable, CaseIterable {
    case bank
    case receivableFromLower
    /// What the unit is owed by its federation: the retained share of money the tax office or the
    /// budget paid to the federation.
    case receivableFromHigher
    case allocationRevenue
    case payableToHigher
    case transferPayableToLower
    case preparatoryFundPayable

    /// The roles that can play the part, preferred first.
    public var roles: [AccountRole] {
        switch self {
        case .bank: [.bank]
        case .receivableFromLower: [.receivableFromLower]
        // 第131号科目 二: 13102 应收上级转拨经费 takes what a higher union owes of money collected by the
        // tax office or the budget (税务代收、财政划拨); charts without the sub-account use 131 itself.
        case .receivableFromHigher: [.receivableTransferFromHigher, .receivableFromHigher]
        case .allocationRevenue: [.allocationRevenue]
        case .payableToHigher: [.payableToHigher]
        case .transferPayableToLower: [.transferPayableToLower]
        // 财会〔2021〕7号 第215号科目: the official 2021 charts book 建会筹备金 in 215 其他应付款 (role
        // otherPayable); only the older files have a separate 22203 应付建会筹备金.
        case .preparatoryFundPayable: [.preparatoryFundPayable, .otherPayable]
        }
    }
}

extension ChartRoles {
    /// The code of the account that plays `part` in this chart.
    /// - Throws: `UnionFundsError.accountRoleMustBeInChart` naming the preferred role when the
    ///   chart has none of them.
    public func code(for part: AllocationAccount) throws(UnionFundsError) -> AccountCode {
        for role in part.roles {
            if let code = codeIfPresent(role) { return code }
        }
        return try code(part.roles[0])
    }

    /// The code playing `part`, or `nil` when the chart has none (for checks that report rather than refuse).
    public func codeIfPresent(for part: AllocationAccount) -> AccountCode? {
        part.roles.lazy.compactMap { self.codeIfPresent($0) }.first
    }
}
