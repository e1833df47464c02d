import UnionCore
import InputFiles
import LedgerCore

/// Every way the member register, dues and membership statistics refuse input, one case per rule.
///
/// Kept apart from `UnionFundsError` (same module) so that the member work reads as one topic. An
/// ID appears in these errors only masked (`NationalID.mask`).
public enum MembershipError: RuleError, Hashable, Sendable {
    case nationalIDMustHave18Characters(masked: String, length: Int)
    case nationalIDMustBeDigits(masked: String)
    case nationalIDRegionMustBeValid(masked: String)
    case nationalIDBirthDateMustBeReal(masked: String)
    case nationalIDBirthDateMustNotBeInFuture(masked: String)
    case nationalIDCheckDigitMustMatch(masked: String)
    case nationalIDMustBelongToOneMember(masked: String, memberNumber: String)
    case idKeyMustMatchFile(source: String)
    case idKeyMustBeLongEnough(source: String, bytes: Int)
    case memberNumberMustBeWellFormed(value: String)
    case memberNumberMustBeUniqueInFile(memberNumber: String, firstLine: Int)
    case memberMustExist(memberNumber: String)
    case memberStatusMustBeKnown(value: String)
    case employmentTypeMustBeKnown(value: String)
    case unitMustBeRegistered(code: String)
    case joinDateMustNotBeInFuture(date: String)
    case paymentMethodMustBeKnown(value: String)
    case duesMustBeAssessed(memberNumber: String, month: String)
    case paymentMustNotExceedOutstanding(memberNumber: String, month: String, outstanding: String)
    case memberMustBelongToBooks(memberNumber: String, books: String)
    case employeeCountMustBeWhole(value: String)
    case textMustNotHoldIDNumber(field: String)

    /// The rule each case stands for: one key per case, so the catalogue comes from the code.
    public enum Rule: String, CaseIterable, Sendable {
        case nationalIDMustHave18Characters, nationalIDMustBeDigits, nationalIDRegionMustBeValid
        case nationalIDBirthDateMustBeReal, nationalIDBirthDateMustNotBeInFuture, nationalIDCheckDigitMustMatch
        case nationalIDMustBelongToOneMember, idKeyMustMatchFile, memberNumberMustBeWellFormed
        case memberNumberMustBeUniqueInFile, memberMustExist, memberStatusMustBeKnown, employmentTypeMustBeKnown
        case unitMustBeRegistered, joinDateMustNotBeInFuture, paymentMethodMustBeKnown, duesMustBeAssessed
        case paymentMustNotExceedOutstanding, memberMustBelongToBooks, employeeCountMustBeWhole
        case textMustNotHoldIDNumber, idKeyMustBeLongEnough
    }

    /// The rule this error refuses under (the switch is exhaustive: a new case needs its key).
    public var ruleKey: Rule {
        switch self {
        case .nationalIDMustHave18Characters: .nationalIDMustHave18Characters
        case .nationalIDMustBeDigits: .nationalIDMustBeDigits
        case .nationalIDRegionMustBeValid: .nationalIDRegionMustBeValid
        case .nationalIDBirthDateMustBeReal: .nationalIDBirthDateMustBeReal
        case .nationalIDBirthDateMustNotBeInFuture: .nationalIDBirthDateMustNotBeInFuture
        case .nationalIDCheckDigitMustMatch: .nationalIDCheckDigitMustMatch
        case .nationalIDMustBelongToOneMember: .nationalIDMustBelongToOneMember
        case .idKeyMustMatchFile: .idKeyMustMatchFile
        case .memberNumberMustBeWellFormed: .memberNumberMustBeWellFormed
        case .memberNumberMustBeUniqueInFile: .memberNumberMustBeUniqueInFile
        case .memberMustExist: .memberMustExist
        case .memberStatusMustBeKnown: .memberStatusMustBeKnown
        case .employmentTypeMustBeKnown: .employmentTypeMustBeKnown
        case .unitMustBeRegistered: .unitMustBeRegistered
        case .joinDateMustNotBeInFuture: .joinDateMustNotBeInFuture
        case .paymentMethodMustBeKnown: .paymentMethodMustBeKnown
        case .duesMustBeAssessed: .duesMustBeAssessed
        case .paymentMustNotExceedOutstanding: .paymentMustNotExceedOutstanding
        case .memberMustBelongToBooks: .memberMustBelongToBooks
        case .employeeCountMustBeWhole: .employeeCountMustBeWhole
        case .textMustNotHoldIDNumber: .textMustNotHoldIDNumber
        case .idKeyMustBeLongEnough: .idKeyMustBeLongEnough
        }
    }

    /// The case's name, as tests and the error catalogue use it.
    public var rule: String { ruleKey.rawValue }

    /// True when the input itself is malformed (exit 2) rather than against a rule (exit 1).
    public var isMalformedInput: Bool {
        switch self {
        case .nationalIDMustBelongToOneMember, .idKeyMustMatchFile, .duesMustBeAssessed, .paymentMustNotExceedOutstanding,
             .memberMustBelongToBooks:
            false
        default:
            true
        }
    }

    public func message(in language: Language) -> String {
        let l = language
        switch self {
        case .nationalIDMustHave18Characters(let masked, let length):
            return l.pick("身份证号应为 18 位（或 15 位旧号），此处 \(length) 位：\(masked)",
                          "a national ID has 18 characters (or 15 for a legacy number), not \(length): \(masked)")
        case .nationalIDMustBeDigits(let masked):
            return l.pick("身份证号只能是数字，末位可为 X：\(masked)", "a national ID is digits, the last may be X: \(masked)")
        case .nationalIDRegionMustBeValid(let masked):
            return l.pick("身份证号前两位不是有效的省级行政区划代码：\(masked)",
                          "a national ID's first two digits are not a province code: \(masked)")
        case .nationalIDBirthDateMustBeReal(let masked):
            return l.pick("身份证号中的出生日期不是真实日期：\(masked)", "a national ID's birth date is not a real date: \(masked)")
        case .nationalIDBirthDateMustNotBeInFuture(let masked):
            return l.pick("身份证号中的出生日期晚于今天：\(masked)", "a national ID's birth date is after today: \(masked)")
        case .nationalIDCheckDigitMustMatch(let masked):
            return l.pick("身份证号校验位不符（GB 11643）：\(masked)", "a national ID's check digit does not match (GB 11643): \(masked)")
        case .nationalIDMustBelongToOneMember(let masked, let memberNumber):
            return l.pick("身份证号 \(masked) 已登记为会员 \(memberNumber)：同一人不能有两个会籍",
                          "national ID \(masked) is already member \(memberNumber): one person, one membership")
        case .idKeyMustMatchFile(let source):
            return l.pick("身份证号哈希密钥与本文件不符（\(source)）：请设置建档时使用的 GONGHUI_ID_KEY",
                          "the national-ID hashing key does not match this file's (\(source)); set the GONGHUI_ID_KEY it was created with")
        case .idKeyMustBeLongEnough(let source, let bytes):
            return l.pick("\(source) 太短：\(bytes) 字节，至少须 32 字节（如 openssl rand -hex 32）",
                          "\(source) is too short: \(bytes) bytes, at least 32 are needed (e.g. openssl rand -hex 32)")
        case .memberNumberMustBeWellFormed(let value):
            return l.pick("会员编号须为 1–32 个字符、不含空白：“\(value)”", "a member number is 1–32 characters without spaces: \"\(value)\"")
        case .memberNumberMustBeUniqueInFile(let memberNumber, let firstLine):
            return l.pick("会员编号 \(memberNumber) 在第 \(firstLine) 行已出现", "member number \(memberNumber) already appears on line \(firstLine)")
        case .memberMustExist(let memberNumber):
            return l.pick("会员不存在：\(memberNumber)", "no member \(memberNumber)")
        case .memberStatusMustBeKnown(let value):
            return l.pick("会员状态未知：“\(value)”（可选：\(MemberStatus.accepted(in: .zh))）",
                          "unknown member status: \"\(value)\" (one of: \(MemberStatus.accepted(in: .en)))")
        case .employmentTypeMustBeKnown(let value):
            return l.pick("用工形式未知：“\(value)”（合同制、劳务派遣、农民工、非全日制、新就业形态、其他）",
                          "unknown employment type: \"\(value)\" (contract, dispatched, migrant, part-time, flexible, other)")
        case .unitMustBeRegistered(let code):
            return l.pick("单位 \(code) 不在单位名册中（先用 org add 或 init 登记）",
                          "unit \(code) is not in the register (add it with org add or init first)")
        case .joinDateMustNotBeInFuture(let date):
            return l.pick("入会日期 \(date) 晚于今天", "join date \(date) is after today")
        case .paymentMethodMustBeKnown(let value):
            return l.pick("缴费方式未知：“\(value)”（payroll 工资代扣、bank 银行、cash 现金）",
                          "unknown payment method: \"\(value)\" (payroll, bank, cash)")
        case .duesMustBeAssessed(let memberNumber, let month):
            return l.pick("会员 \(memberNumber) 的 \(month) 会费尚未核定（先运行 dues assess --month \(month)）",
                          "member \(memberNumber) has no dues assessed for \(month) (run dues assess --month \(month) first)")
        case .paymentMustNotExceedOutstanding(let memberNumber, let month, let outstanding):
            return l.pick("会员 \(memberNumber) \(month) 应缴未缴 \(outstanding) 元，本次缴费超出",
                          "member \(memberNumber) owes \(outstanding) for \(month); the payment is more than that")
        case .memberMustBelongToBooks(let memberNumber, let books):
            return l.pick("会员 \(memberNumber) 的会费不记入 \(books) 的账", "member \(memberNumber)'s dues are not kept in \(books)'s books")
        case .textMustNotHoldIDNumber(let field):
            return l.pick("\(field)中不能填写身份证号（身份证号只填在身份证号一列，且只存脱敏形式）",
                          "\(field) must not hold a national ID (IDs go in their own column and are kept masked)")
        case .employeeCountMustBeWhole(let value):
            return l.pick("职工人数须为非负整数：“\(value)”", "an employee count is a whole number, zero or more: \"\(value)\"")
        }
    }
}
