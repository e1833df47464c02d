import LedgerCore

/// Every way the union rules refuse input, one case per rule.
public enum UnionFundsError: Error, Hashable, Sendable {
    case legacyAccountMustBeMapped(code: String)
    case trialBalanceMustNameColumns(file: String)
    case openingBalancesMustNotBeEmpty(file: String)

    public func message(in language: Language) -> String {
        switch self {
        case .legacyAccountMustBeMapped(let code):
            language.pick("2009 科目 \(code) 在对照表中没有对应的 2021 科目（ledgers/charts/mapping-2009-2021.csv）",
                          "2009 account \(code) has no 2021 account in the map (ledgers/charts/mapping-2009-2021.csv)")
        case .trialBalanceMustNameColumns(let file):
            language.pick("\(file) 的表头须有 科目编码/code 和 期末余额/closing 两列",
                          "\(file) needs the columns code/科目编码 and closing/期末余额")
        case .openingBalancesMustNotBeEmpty(let file):
            language.pick("\(file) 中没有非零余额，无需建账", "\(file) holds no non-zero balance to carry over")
        }
    }
}
