import InputFiles
import LedgerCore

/// Every way the union rules refuse input, one case per rule.
public enum UnionFundsError: RuleError, Hashable, Sendable {
    case legacyAccountMustBeMapped(code: String)
    case trialBalanceMustNameColumns(file: String)
    case openingBalancesMustNotBeEmpty(file: String)
    case channelMustBeKnown(value: String)
    case roleMustBeKnown(value: String)
    case parentMustNotLoop(code: String, parent: String)
    case tenuresMustNotOverlap(role: String, person: String, from: String, to: String)
    case accountantMustNotBeCashier(person: String)
    case tenureMustExist(id: Int64)
    case tenureMustEndAfterStart(start: String, end: String)
    case policyMustBeValid(source: String, path: String, detail: String)
    case policyMustCoverDate(section: String, date: String)
    case accountRoleMustBeInChart(role: String, organisation: String)
    case changeoverMustBeDecided(code: String, name: String, note: String)
    case organisationKindMustBeKnown(value: String)
    /// `on`: the day the balance would go below zero (the voucher's own date, or a later day it would overdraw).
    case cashMustNotGoNegative(account: String, name: String, date: String, on: String, balance: String)

    /// The rule each case stands for: one key per case, so the catalogue comes from the code.
    public enum Rule: String, CaseIterable, Sendable {
        case legacyAccountMustBeMapped, trialBalanceMustNameColumns, openingBalancesMustNotBeEmpty, channelMustBeKnown
        case roleMustBeKnown, parentMustNotLoop, tenuresMustNotOverlap, accountantMustNotBeCashier, tenureMustExist
        case tenureMustEndAfterStart, policyMustBeValid, policyMustCoverDate, accountRoleMustBeInChart, changeoverMustBeDecided
        case organisationKindMustBeKnown, cashMustNotGoNegative
    }

    /// The rule this error refuses under (the switch is exhaustive: a new case needs its key).
    public var ruleKey: Rule {
        switch self {
        case .legacyAccountMustBeMapped: .legacyAccountMustBeMapped
        case .trialBalanceMustNameColumns: .trialBalanceMustNameColumns
        case .openingBalancesMustNotBeEmpty: .openingBalancesMustNotBeEmpty
        case .channelMustBeKnown: .channelMustBeKnown
        case .roleMustBeKnown: .roleMustBeKnown
        case .parentMustNotLoop: .parentMustNotLoop
        case .tenuresMustNotOverlap: .tenuresMustNotOverlap
        case .accountantMustNotBeCashier: .accountantMustNotBeCashier
        case .tenureMustExist: .tenureMustExist
        case .tenureMustEndAfterStart: .tenureMustEndAfterStart
        case .policyMustBeValid: .policyMustBeValid
        case .policyMustCoverDate: .policyMustCoverDate
        case .accountRoleMustBeInChart: .accountRoleMustBeInChart
        case .changeoverMustBeDecided: .changeoverMustBeDecided
        case .organisationKindMustBeKnown: .organisationKindMustBeKnown
        case .cashMustNotGoNegative: .cashMustNotGoNegative
        }
    }

    /// The case's name, as tests and the error catalogue use it.
    public var rule: String { ruleKey.rawValue }

    /// True when the input itself is malformed (exit 2) rather than against a rule (exit 1).
    public var isMalformedInput: Bool {
        switch self {
        case .channelMustBeKnown, .roleMustBeKnown, .trialBalanceMustNameColumns, .openingBalancesMustNotBeEmpty,
             .tenureMustExist, .tenureMustEndAfterStart, .policyMustBeValid, .organisationKindMustBeKnown:
            true
        default:
            false
        }
    }

    public func message(in language: Language) -> String {
        switch self {
        case .legacyAccountMustBeMapped(let code):
            language.pick("2009 科目 \(code) 在对照表中没有对应的 2021 科目（ledgers/charts/changeover-2009-2021.csv）",
                          "2009 account \(code) has no 2021 account in the changeover table (ledgers/charts/changeover-2009-2021.csv) for this level")
        case .trialBalanceMustNameColumns(let file):
            language.pick("\(file) 的表头须有 科目编码/code 和 期末余额/closing 两列",
                          "\(file) needs the columns code/科目编码 and closing/期末余额")
        case .openingBalancesMustNotBeEmpty(let file):
            language.pick("\(file) 中没有非零余额，无需建账", "\(file) holds no non-zero balance to carry over")
        case .channelMustBeKnown(let value):
            language.pick("缴费方式未知：“\(value)”（self、tax-40、tax-full、fiscal、prep）",
                          "unknown collection channel: \"\(value)\" (self, tax-40, tax-full, fiscal, prep)")
        case .roleMustBeKnown(let value):
            language.pick("职务未知：“\(value)”（chair 主席、vice-chair 副主席、finance-head 财务负责人、accountant 会计、cashier 出纳）",
                          "unknown role: \"\(value)\" (chair, vice-chair, finance-head, accountant, cashier)")
        case .parentMustNotLoop(let code, let parent):
            language.pick("\(parent) 不能作为 \(code) 的上级：上下级关系会成环", "\(parent) cannot be the parent of \(code): the chain would loop")
        case .tenuresMustNotOverlap(let role, let person, let from, let to):
            language.pick("\(OfficerRole(rawValue: role)?.name(in: .zh) ?? role)同一时间只能有一人：与 \(person) 的任期（\(from) 至 \(to)）重叠",
                          "one person at a time is \(role): the term overlaps \(person)'s (\(from) to \(to))")
        case .accountantMustNotBeCashier(let person):
            language.pick("会计与出纳为不相容岗位，\(person) 不能同时担任", "accountant and cashier are incompatible duties; \(person) cannot hold both at once")
        case .tenureMustExist(let id):
            language.pick("任职记录不存在：\(id)", "no tenure with id \(id)")
        case .tenureMustEndAfterStart(let start, let end):
            language.pick("任期结束日 \(end) 早于开始日 \(start)", "a term cannot end (\(end)) before it starts (\(start))")
        case .policyMustBeValid(let source, let path, let detail):
            language.pick("政策文件 \(source) 有误（\(path.isEmpty ? "顶层" : path)）：\(detail)",
                          "policy \(source) is invalid at \(path.isEmpty ? "top level" : path): \(detail)")
        case .accountRoleMustBeInChart(let role, let organisation):
            language.pick("\(organisation) 的科目表中没有担任“\(AccountRole(rawValue: role).map { $0.chineseName } ?? role)”（\(role)）的科目：用 gonghui account add 增设，或在科目表文件的 role 列中指定",
                          "\(organisation)'s chart has no account in the role \(role): add one with gonghui account add, or name it in the chart file's role column")
        case .cashMustNotGoNegative(let account, let name, let date, let on, let balance) where on == date:
            language.pick("\(account) \(name) 不能出现负数（红字）：\(date) 的凭证将使余额变为 \(balance)",
                          "\(account) \(name) cannot go below zero: the voucher of \(date) would leave \(balance)")
        case .cashMustNotGoNegative(let account, let name, let date, let on, let balance):
            language.pick("\(account) \(name) 不能出现负数（红字）：\(date) 的凭证将使 \(on) 的余额变为 \(balance)",
                          "\(account) \(name) cannot go below zero: the voucher of \(date) would leave \(balance) on \(on)")
        case .organisationKindMustBeKnown(let value):
            language.pick("单位类型未知：“\(value)”（可用：\(OrganisationKind.all.map { "\($0.code) \($0.chinese)" }.joined(separator: "、"))）",
                          "unknown organisation kind: \"\(value)\" (known: \(OrganisationKind.all.map(\.code).joined(separator: ", ")))")
        case .changeoverMustBeDecided(let code, let name, let note):
            language.pick("2009 科目 \(code) \(name) 的余额须由人工分析后指定 2021 科目（\(note)）：在余额表中加“新科目编码”列逐行指定，或用 --assign \(code)=新科目编码",
                          "the balance of 2009 account \(code) \(name) must be analysed by a person and given its 2021 account (\(note)): add a target column to the trial balance, or use --assign \(code)=NEWCODE")
        case .policyMustCoverDate(let section, let date):
            language.pick("政策中 \(section) 部分没有适用于 \(date) 的规定（最早的生效日期晚于它，或该部分为空）",
                          "the policy's \(section) section has no entry in force on \(date) (none yet, or the section is empty)")
        }
    }
}
