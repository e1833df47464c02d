import UnionCore
import InputFiles
import LedgerCore

/// Every way the allocation, remittance and arrears rules refuse input, one case per rule.
/// A bad or incomplete policy is UnionCore's `UnionFundsError.policyMustBeValid` /
/// `.policyMustCoverDate`: one failure type for the one policy reader.
public enum AllocationError: RuleError, Hashable, Sendable {
    case unitMustBeRegistered(code: String)
    case unitDetailsMustMatchRegister(code: String, field: String, registered: String)
    case headcountMustBeWholeNumber(value: String)
    case wageTotalMustNotBeNegative(value: String)
    case declarationMustNotConflict(unit: String, month: String, firstLine: Int)
    case receiptMustNotBeRecordedTwice(unit: String, reference: String)
    case payerMustBeKnown(value: String)
    case statusMustBeKnown(value: String)
    case federationLevelMustBeInPolicy(code: String, kind: String)
    case unitMustHavePaidPreparatoryFund(code: String)
    case refundMustNotBeRepeated(code: String, date: String)
    case unitMustOweArrears(code: String)
    case textMustBeSingleLine(field: String)

    /// The rules by name, one per case: the catalogue test drives a scenario for each, so a case
    /// added without a scenario fails it (the switch in `kind` will not compile without a rule).
    public enum Rule: String, CaseIterable, Sendable {
        case unitMustBeRegistered, unitDetailsMustMatchRegister, headcountMustBeWholeNumber, wageTotalMustNotBeNegative
        case declarationMustNotConflict, receiptMustNotBeRecordedTwice, payerMustBeKnown, statusMustBeKnown
        case federationLevelMustBeInPolicy, unitMustHavePaidPreparatoryFund, refundMustNotBeRepeated, unitMustOweArrears
        case textMustBeSingleLine

        /// True when the input itself is malformed (exit 2) rather than against a rule (exit 1).
        public var isMalformedInput: Bool {
            switch self {
            case .federationLevelMustBeInPolicy, .unitMustHavePaidPreparatoryFund, .refundMustNotBeRepeated, .unitMustOweArrears:
                false
            case .unitMustBeRegistered, .unitDetailsMustMatchRegister, .headcountMustBeWholeNumber, .wageTotalMustNotBeNegative,
                 .declarationMustNotConflict, .receiptMustNotBeRecordedTwice, .payerMustBeKnown, .statusMustBeKnown,
                 .textMustBeSingleLine:
                true
            }
        }
    }

    /// The rule this error refuses under.
    public var kind: Rule {
        switch self {
        case .unitMustBeRegistered: .unitMustBeRegistered
        case .unitDetailsMustMatchRegister: .unitDetailsMustMatchRegister
        case .headcountMustBeWholeNumber: .headcountMustBeWholeNumber
        case .wageTotalMustNotBeNegative: .wageTotalMustNotBeNegative
        case .declarationMustNotConflict: .declarationMustNotConflict
        case .receiptMustNotBeRecordedTwice: .receiptMustNotBeRecordedTwice
        case .payerMustBeKnown: .payerMustBeKnown
        case .statusMustBeKnown: .statusMustBeKnown
        case .federationLevelMustBeInPolicy: .federationLevelMustBeInPolicy
        case .unitMustHavePaidPreparatoryFund: .unitMustHavePaidPreparatoryFund
        case .refundMustNotBeRepeated: .refundMustNotBeRepeated
        case .unitMustOweArrears: .unitMustOweArrears
        case .textMustBeSingleLine: .textMustBeSingleLine
        }
    }

    public var rule: String { kind.rawValue }

    /// Every rule's name, for the error catalogue (from `Rule`, never typed by hand).
    public static var rules: [String] { Rule.allCases.map(\.rawValue) }

    public var isMalformedInput: Bool { kind.isMalformedInput }

    public func message(in language: Language) -> String {
        switch self {
        case .unitMustBeRegistered(let code):
            language.pick("单位未登记：\(code)（先用 org add 或 org import 登记）", "unit not registered: \(code) (register it with org add or org import)")
        case .unitDetailsMustMatchRegister(let code, let field, let registered):
            language.pick("单位 \(code) 已登记，\(field) 与名册不同（名册为“\(registered)”；修改请用 org set）",
                          "unit \(code) is registered with a different \(field) (\"\(registered)\"; change it with org set)")
        case .headcountMustBeWholeNumber(let value):
            language.pick("职工人数须为非负整数：“\(value)”", "headcount must be a whole number ≥ 0: \"\(value)\"")
        case .wageTotalMustNotBeNegative(let value):
            language.pick("工资总额不能为负：\(value)", "the wage total cannot be negative: \(value)")
        case .declarationMustNotConflict(let unit, let month, let firstLine):
            language.pick("单位 \(unit) \(month) 在本文件第 \(firstLine) 行已申报，数字不同",
                          "unit \(unit) already declared \(month) on line \(firstLine) of this file, with other figures")
        case .receiptMustNotBeRecordedTwice(let unit, let reference):
            language.pick("单位 \(unit) 的缴款单号 \(reference) 已登记过", "receipt \(reference) of unit \(unit) is already recorded")
        case .payerMustBeKnown(let value):
            language.pick("缴款方未知：“\(value)”（unit 单位、tax 税务、fiscal 财政）", "unknown payer: \"\(value)\" (unit, tax, fiscal)")
        case .statusMustBeKnown(let value):
            language.pick("催缴状态未知：“\(value)”（可选：\(EnforcementStatus.accepted(in: .zh))）",
                          "unknown enforcement status: \"\(value)\" (one of: \(EnforcementStatus.accepted(in: .en)))")
        case .federationLevelMustBeInPolicy(let code, let kind):
            language.pick("总工会 \(code) 的类型“\(kind)”不在政策的上解分成层级中（allocation.upward）",
                          "federation \(code) is of kind \"\(kind)\", which the policy's upward chain (allocation.upward) does not name")
        case .unitMustHavePaidPreparatoryFund(let code):
            language.pick("单位 \(code) 没有缴纳过建会筹备金", "unit \(code) never paid the preparatory fund")
        case .refundMustNotBeRepeated(let code, let date):
            language.pick("单位 \(code) 的筹备金已于 \(date) 返还，此后收到的建会前月份经费已随收款返还，没有待返还的金额",
                          "unit \(code)'s preparatory fund was refunded on \(date), and what came in since for months before formation with its receipts; nothing is left to refund")
        case .unitMustOweArrears(let code):
            language.pick("单位 \(code) 没有欠缴经费，无需催缴", "unit \(code) owes nothing; no notice is needed")
        case .textMustBeSingleLine(let field):
            language.pick("\(field) 不能含换行或控制字符", "\(field) must not hold line breaks or control characters")
        }
    }
}

