import LedgerCore

/// Every way the statements refuse, one case per rule.
public enum StatementError: RuleError, Hashable, Sendable {
    /// The official forms read the 2021 chart's codes; books whose chart gives a code another
    /// meaning (the 2009 chart, a provisional profile) would print wrong figures on the form.
    case statementMustUseOfficialChart(code: String, name: String, official: String)
    /// 万元 presentation is defined for the official forms only.
    case unitMustBeYuanOnAccountLayout
    /// An opening balance names an account the books' chart does not have.
    case openingAccountMustBeInChart(code: String, file: String)
    /// The books already hold opening balances for the year (a second entry would double them).
    case openingBalancesMustBeEnteredOnce(organisation: String, year: Int)

    /// The rules, listed by the enum itself: a test triggers each one.
    public enum Rule: String, CaseIterable, Sendable {
        case statementMustUseOfficialChart
        case unitMustBeYuanOnAccountLayout
        case openingAccountMustBeInChart
        case openingBalancesMustBeEnteredOnce
    }

    public var ruleKey: Rule {
        switch self {
        case .statementMustUseOfficialChart: .statementMustUseOfficialChart
        case .unitMustBeYuanOnAccountLayout: .unitMustBeYuanOnAccountLayout
        case .openingAccountMustBeInChart: .openingAccountMustBeInChart
        case .openingBalancesMustBeEnteredOnce: .openingBalancesMustBeEnteredOnce
        }
    }

    public var rule: String { ruleKey.rawValue }

    public var isMalformedInput: Bool {
        switch self {
        case .unitMustBeYuanOnAccountLayout, .openingAccountMustBeInChart: true
        default: false
        }
    }

    public func message(in language: Language) -> String {
        switch self {
        case .statementMustUseOfficialChart(let code, let name, let official):
            language.pick("官方报表按《工会会计制度》（财会〔2021〕7号）科目编制，但本账套科目 \(code) 为“\(name)”（制度中为“\(official)”）：请按 2021 科目表建账或先做新旧衔接（gonghui changeover）",
                          "the official forms read the 2021 chart (财会〔2021〕7号), but account \(code) in these books is \(name) (officially \(official)): keep the books on the 2021 chart, or convert them first (gonghui changeover)")
        case .unitMustBeYuanOnAccountLayout:
            language.pick("万元列示仅用于官方报表格式；本账套未按 2021 年科目设置，请用 --unit yuan",
                          "amounts in 10,000 yuan are for the official forms only; these books are not on the 2021 chart: use --unit yuan")
        case .openingAccountMustBeInChart(let code, let file):
            language.pick("\(file)：科目 \(code) 不在本账套的科目表中", "\(file): account \(code) is not in these books' chart")
        case .openingBalancesMustBeEnteredOnce(let organisation, let year):
            language.pick("\(organisation) 已有 \(year) 年的期初余额（建账凭证），不能重复录入：如需更正请红字冲销原建账凭证",
                          "\(organisation) already has opening balances for \(year); entering them again would double them (reverse the opening voucher to correct it)")
        }
    }
}
