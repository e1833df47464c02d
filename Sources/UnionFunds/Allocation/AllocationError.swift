import LedgerCore

/// Every way the allocation, remittance and arrears rules refuse input, one case per rule.
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
    case policyMustBeComplete(section: String, detail: String)
    case unitMustHavePaidPreparatoryFund(code: String)
    case refundMustNotBeRepeated(code: String, date: String)
    case unitMustOweArrears(code: String)
    case textMustBeSingleLine(field: String)

    public var rule: String { String(String(describing: self).prefix { $0 != "(" }) }

    /// Every case's name, for the error catalogue.
    public static let rules = [
        "unitMustBeRegistered", "unitDetailsMustMatchRegister", "headcountMustBeWholeNumber", "wageTotalMustNotBeNegative",
        "declarationMustNotConflict", "receiptMustNotBeRecordedTwice", "payerMustBeKnown", "statusMustBeKnown",
        "federationLevelMustBeInPolicy", "policyMustBeComplete", "unitMustHavePaidPreparatoryFund", "refundMustNotBeRepeated",
        "unitMustOweArrears", "textMustBeSingleLine",
    ]

    public var isMalformedInput: Bool {
        switch self {
        case .federationLevelMustBeInPolicy, .unitMustHavePaidPreparatoryFund, .refundMustNotBeRepeated,
             .unitMustOweArrears, .policyMustBeComplete:
            false
        default:
            true
        }
    }

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
            language.pick("催缴状态未知：“\(value)”（none、notice、payment-order、enforced）",
                          "unknown enforcement status: \"\(value)\" (none, notice, payment-order, enforced)")
        case .federationLevelMustBeInPolicy(let code, let kind):
            language.pick("总工会 \(code) 的类型“\(kind)”不在政策的上解分成层级中（allocation.upward）",
                          "federation \(code) is of kind \"\(kind)\", which the policy's upward chain (allocation.upward) does not name")
        case .policyMustBeComplete(let section, let detail):
            language.pick("政策 \(section) 不完整：\(detail)", "policy section \(section) is incomplete: \(detail)")
        case .unitMustHavePaidPreparatoryFund(let code):
            language.pick("单位 \(code) 没有缴纳过建会筹备金", "unit \(code) never paid the preparatory fund")
        case .refundMustNotBeRepeated(let code, let date):
            language.pick("单位 \(code) 的筹备金已于 \(date) 返还", "unit \(code)'s preparatory fund was refunded on \(date)")
        case .unitMustOweArrears(let code):
            language.pick("单位 \(code) 没有欠缴经费，无需催缴", "unit \(code) owes nothing; no notice is needed")
        case .textMustBeSingleLine(let field):
            language.pick("\(field) 不能含换行或控制字符", "\(field) must not hold line breaks or control characters")
        }
    }
}

/// One bad row of an input file, under any module's rule.
public struct RowProblem: Sendable {
    public var file: String
    public var line: Int
    public var field: String
    public var value: String
    /// A `RuleError` or a `LedgerError`.
    public var error: any Error

    public init(file: String, line: Int, field: String, value: String, error: any Error) {
        self.file = file
        self.line = line
        self.field = field
        self.value = value
        self.error = error
    }

    public func message(in language: Language) -> String {
        "\(file):\(line): \(field): \(value): \(RowProblem.text(of: error, in: language))"
    }

    static func text(of error: any Error, in language: Language) -> String {
        switch error {
        case let error as LedgerError: error.message(in: language)
        case let error as any RuleError: error.message(in: language)
        default: "\(error)"
        }
    }
}

/// An input file with bad rows: every problem found (up to `problemsMax`), nothing written. Exit 2.
public struct RowsRejected: RuleError, Sendable {
    public var problems: [RowProblem]
    public var truncated: Bool

    public static let problemsMax = 1_000

    public init(problems: [RowProblem], truncated: Bool = false) {
        self.problems = problems
        self.truncated = truncated
    }

    public var rule: String { "rowsRejected" }
    public var isMalformedInput: Bool { true }

    public func message(in language: Language) -> String {
        var lines = problems.map { $0.message(in: language) }
        if truncated {
            lines.append(language.pick("……错误过多，仅列出前 \(problems.count) 条", "… too many problems; the first \(problems.count) are listed"))
        }
        lines.append(language.pick("导入失败：\(problems.count) 处错误，未写入任何数据",
                                   "import failed: \(problems.count) problems; nothing was written"))
        return lines.joined(separator: "\n")
    }
}

/// Collects row problems for one file, bounded.
struct ProblemList {
    let file: String
    private(set) var problems: [RowProblem] = []
    private(set) var truncated = false

    init(file: String) { self.file = file }

    mutating func add(line: Int, field: String, value: String, _ error: any Error) {
        guard problems.count < RowsRejected.problemsMax else { truncated = true; return }
        problems.append(RowProblem(file: file, line: line, field: field, value: value, error: error))
    }

    func throwIfAny() throws {
        if !problems.isEmpty { throw RowsRejected(problems: problems, truncated: truncated) }
    }
}
