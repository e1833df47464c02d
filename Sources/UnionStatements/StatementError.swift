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
    /// The books hold postings before the opening voucher's date: 建账 opens the books, so it comes first.
    case openingMustPrecedePostings(organisation: String, date: String, first: String)
    /// The 附表 are prepared by county-and-above unions only; these books lack a county+ account.
    case statementMustBeCountyLevel(form: StatementForm.Kind, code: String, name: String)
    /// 附01表 and 附02表 are annual forms (编制期 年度).
    case statementMustBeAnnual(form: StatementForm.Kind)
    /// 附01表 is not prepared by a union that takes no same-level fiscal money (第五部分 三、（一）).
    case fiscalStatementNeedsFiscalMoney(organisation: String, year: Int)
    /// A consolidated statement adds books up account by account: each must be on the 2021 chart.
    case consolidationMustUseOfficialChart(organisation: String, code: String, name: String, official: String)

    /// The rules, listed by the enum itself: a test triggers each one.
    public enum Rule: String, CaseIterable, Sendable {
        case statementMustUseOfficialChart
        case unitMustBeYuanOnAccountLayout
        case openingAccountMustBeInChart
        case openingBalancesMustBeEnteredOnce
        case openingMustPrecedePostings
        case statementMustBeCountyLevel
        case statementMustBeAnnual
        case fiscalStatementNeedsFiscalMoney
        case consolidationMustUseOfficialChart
    }

    public var ruleKey: Rule {
        switch self {
        case .statementMustUseOfficialChart: .statementMustUseOfficialChart
        case .unitMustBeYuanOnAccountLayout: .unitMustBeYuanOnAccountLayout
        case .openingAccountMustBeInChart: .openingAccountMustBeInChart
        case .openingBalancesMustBeEnteredOnce: .openingBalancesMustBeEnteredOnce
        case .openingMustPrecedePostings: .openingMustPrecedePostings
        case .statementMustBeCountyLevel: .statementMustBeCountyLevel
        case .statementMustBeAnnual: .statementMustBeAnnual
        case .fiscalStatementNeedsFiscalMoney: .fiscalStatementNeedsFiscalMoney
        case .consolidationMustUseOfficialChart: .consolidationMustUseOfficialChart
        }
    }

    public var rule: String { ruleKey.rawValue }

    public var isMalformedInput: Bool {
        switch self {
        case .unitMustBeYuanOnAccountLayout, .openingAccountMustBeInChart, .statementMustBeAnnual: true
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
        case .openingMustPrecedePostings(let organisation, let date, let first):
            language.pick("\(organisation) 在建账日期 \(date) 之前已有凭证（最早 \(first)）：期初余额须在所有凭证之前录入",
                          "\(organisation) has vouchers before the opening date \(date) (the first on \(first)): opening balances must come before every other voucher")
        case .statementMustBeCountyLevel(let form, let code, let name):
            language.pick("\(form.number(in: .zh))\(form.title(in: .zh))仅由县级以上工会编制；本账套不是县级以上工会科目表（缺少科目 \(code) \(name)）",
                          "\(form.number(in: .en)) (\(form.title(in: .en))) is prepared by county-and-above unions only; these books are not on the county-and-above chart (no account \(code) \(name))")
        case .statementMustBeAnnual(let form):
            language.pick("\(form.number(in: .zh))\(form.title(in: .zh))为年度报表：请用 --year YYYY",
                          "\(form.number(in: .en)) (\(form.title(in: .en))) is an annual form: use --year YYYY")
        case .fiscalStatementNeedsFiscalMoney(let organisation, let year):
            language.pick("\(organisation) \(year) 年没有同级财政拨款（40401 财政拨款收入、331 财政拨款结转、332 财政拨款结余均无数据）：按制度不填列财政拨款收入支出表",
                          "\(organisation) has no same-level fiscal money in \(year) (nothing in 40401, 331 or 332): the statement of fiscal appropriations is not prepared")
        case .consolidationMustUseOfficialChart(let organisation, let code, let name, let official):
            language.pick("汇总报表按《工会会计制度》（财会〔2021〕7号）科目逐科目相加，但 \(organisation) 的账套科目 \(code) 为“\(name)”（制度中为“\(official)”）：请先为该单位做新旧衔接（gonghui changeover），或用 --levels 缩小范围",
                          "a consolidated statement adds the books up account by account on the 2021 chart (财会〔2021〕7号), but account \(code) in \(organisation)'s books is \(name) (officially \(official)): convert those books first (gonghui changeover), or narrow the scope with --levels")
        }
    }
}
