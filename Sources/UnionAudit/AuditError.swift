import LedgerCore

/// Every way the audit commands refuse input, one case per rule.
public enum AuditError: RuleError, Hashable, Sendable {
    case checkMustBeKnown(id: String)
    case findingMustExist(id: Int64)
    case findingMustMoveForward(id: Int64, from: String, to: String)
    case periodMustBeWholeMonths(value: String)
    case periodMustBeInBooks(from: String, to: String, booksFrom: String, booksTo: String)
    case tenureMustBeChair(id: Int64, role: String)
    case tenureMustBeFound(organisation: String, person: String)
    case tenureMustOverlapBooks(id: Int64, start: String, end: String)

    public enum Rule: String, CaseIterable, Sendable {
        case checkMustBeKnown, findingMustExist, findingMustMoveForward, periodMustBeWholeMonths, periodMustBeInBooks
        case tenureMustBeChair, tenureMustBeFound, tenureMustOverlapBooks
    }

    public var ruleKey: Rule {
        switch self {
        case .checkMustBeKnown: .checkMustBeKnown
        case .findingMustExist: .findingMustExist
        case .findingMustMoveForward: .findingMustMoveForward
        case .periodMustBeWholeMonths: .periodMustBeWholeMonths
        case .periodMustBeInBooks: .periodMustBeInBooks
        case .tenureMustBeChair: .tenureMustBeChair
        case .tenureMustBeFound: .tenureMustBeFound
        case .tenureMustOverlapBooks: .tenureMustOverlapBooks
        }
    }

    public var rule: String { ruleKey.rawValue }

    public var isMalformedInput: Bool {
        switch self {
        case .checkMustBeKnown, .periodMustBeWholeMonths, .findingMustExist, .tenureMustBeFound: true
        default: false
        }
    }

    public func message(in language: Language) -> String {
        switch self {
        case .checkMustBeKnown(let id):
            language.pick("没有编号为 \(id) 的审计检查项（gonghui audit checks 列出全部）",
                          "no audit check has the id \(id) (gonghui audit checks lists them)")
        case .findingMustExist(let id):
            language.pick("问题台账中没有编号 \(id) 的问题", "the findings register has no finding \(id)")
        case .findingMustMoveForward(let id, let from, let to):
            language.pick("问题 \(id) 的状态不能从“\(from)”改为“\(to)”（未整改 → 已整改待核 → 已销号）",
                          "finding \(id) cannot go from \(from) to \(to) (open → rectification noted → closed)")
        case .periodMustBeWholeMonths(let value):
            language.pick("期间须为整月：\(value)（起日为月初，止日为月末，或写 YYYY-MM）",
                          "the period must be whole months: \(value) (from a first day to a last day, or YYYY-MM)")
        case .periodMustBeInBooks(let from, let to, let booksFrom, let booksTo):
            language.pick("审计期间 \(from)—\(to) 不在账簿期间 \(booksFrom)—\(booksTo) 之内",
                          "the period \(from)–\(to) is outside the books' months \(booksFrom)–\(booksTo)")
        case .tenureMustBeChair(let id, let role):
            language.pick("任职记录 \(id) 是\(role)，离任经济责任审计针对工会主席",
                          "term \(id) is a \(role)'s; the departure audit is of a chair")
        case .tenureMustBeFound(let organisation, let person):
            language.pick("\(organisation) 没有 \(person) 担任主席的任职记录", "\(organisation) has no term of \(person) as chair")
        case .tenureMustOverlapBooks(let id, let start, let end):
            language.pick("任职记录 \(id)（\(start)—\(end)）与账簿期间没有重叠", "term \(id) (\(start)–\(end)) does not overlap the books")
        }
    }
}
