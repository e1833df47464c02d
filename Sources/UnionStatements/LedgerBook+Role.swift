import LedgerCore
import Reporting
import UnionCore

extension LedgerBook {
    /// The book an account's ledger is kept as: cash and bank deposits keep journals (现金日记账,
    /// 银行存款日记账, 会计基础工作规范: 日记账 in bound books, posted day by day), every other account a
    /// 明细账. The chart says which account holds cash and which the bank deposits.
    /// - Parameters:
    ///   - account: the ledger's account (a parent includes its sub-accounts).
    ///   - roles: the organisation's chart roles.
    public static func of(_ account: AccountCode, roles: ChartRoles) -> LedgerBook {
        if account == roles.codeIfPresent(.cash) { return .cashJournal }
        if account == roles.codeIfPresent(.bank) { return .bankJournal }
        return .subsidiary
    }
}
