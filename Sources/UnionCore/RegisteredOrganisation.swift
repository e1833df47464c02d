import InputFiles
import LedgerCore

/// How an employer's 2% reaches the unions (DOMAIN §2.5).
public enum CollectionChannel: String, Sendable, CaseIterable {
    /// 单位直接拨缴: the employer pays its own union.
    case direct = "self"
    /// 税务代收 40%: the tax office collects the upward 40%, the employer pays the 60% directly.
    case tax40 = "tax-40"
    /// 税务代收 2%: the tax office collects all of it; the federation returns the retained share.
    case taxFull = "tax-full"
    /// 财政划拨: fiscally funded bodies pay through the budget.
    case fiscal
    /// 筹备金: an employer without a union pays the preparatory fund.
    case preparatory = "prep"

    /// - Throws: `UnionFundsError.channelMustBeKnown`.
    public init(parsing text: String) throws {
        guard let channel = CollectionChannel(rawValue: text.trimmingSpaces()) else {
            throw UnionFundsError.channelMustBeKnown(value: text)
        }
        self = channel
    }

    public func name(in language: Language) -> String {
        switch self {
        case .direct: language.pick("单位直接拨缴", "paid directly")
        case .tax40: language.pick("税务代收40%", "tax office collects 40%")
        case .taxFull: language.pick("税务全额代收", "tax office collects all")
        case .fiscal: language.pick("财政划拨", "fiscal transfer")
        case .preparatory: language.pick("建会筹备金", "preparatory fund")
        }
    }
}

/// The union officers whose terms the audit module reports on (DOMAIN §7, §4.5).
public enum OfficerRole: String, Sendable, CaseIterable {
    case chair
    case viceChair = "vice-chair"
    case financeHead = "finance-head"
    case accountant
    case cashier

    /// - Throws: `UnionFundsError.roleMustBeKnown`.
    public init(parsing text: String) throws {
        let trimmed = text.trimmingSpaces()
        if let role = OfficerRole(rawValue: trimmed) { self = role; return }
        guard let role = OfficerRole.allCases.first(where: { $0.name(in: .zh) == trimmed }) else {
            throw UnionFundsError.roleMustBeKnown(value: text)
        }
        self = role
    }

    /// Only vice-chairs may be several at once.
    public var isSingleHolder: Bool { self != .viceChair }

    public func name(in language: Language) -> String {
        switch self {
        case .chair: language.pick("主席", "chair")
        case .viceChair: language.pick("副主席", "vice-chair")
        case .financeHead: language.pick("财务负责人", "finance head")
        case .accountant: language.pick("会计", "accountant")
        case .cashier: language.pick("出纳", "cashier")
        }
    }
}

/// An organisation as the register knows it.
public struct RegisteredOrganisation: Sendable, Hashable {
    public var code: String
    public var name: String
    public var kind: String
    public var parent: String?
    public var bankName: String
    public var bankAccount: String
    public var channel: CollectionChannel
    /// Whether the file keeps this organisation's books (it has a chart), or only registers it.
    public var keepsBooks: Bool

    public init(code: String, name: String, kind: String, parent: String?, bankName: String = "", bankAccount: String = "",
                channel: CollectionChannel = .direct, keepsBooks: Bool = false) {
        self.code = code
        self.name = name
        self.kind = kind
        self.parent = parent
        self.bankName = bankName
        self.bankAccount = bankAccount
        self.channel = channel
        self.keepsBooks = keepsBooks
    }
}

/// A dated term of office.
public struct Tenure: Sendable, Hashable {
    public var id: Int64
    public var organisation: String
    public var role: OfficerRole
    public var person: String
    public var start: LocalDate
    public var end: LocalDate?
    public var endReason: String

    public init(id: Int64, organisation: String, role: OfficerRole, person: String, start: LocalDate, end: LocalDate?,
                endReason: String = "") {
        self.id = id
        self.organisation = organisation
        self.role = role
        self.person = person
        self.start = start
        self.end = end
        self.endReason = endReason
    }

    /// The term covers `date`.
    public func covers(_ date: LocalDate) -> Bool { start <= date && (end.map { date <= $0 } ?? true) }
}

extension LocalDate {
    /// Stands for "still in office" when comparing terms (a sentinel for an open end, never a
    /// stand-in for a date that failed to read).
    public static var farFuture: LocalDate {
        (try? LocalDate(year: 9999, month: 12, day: 31)) ?? { preconditionFailure("9999-12-31 is a valid date") }()
    }
}
