import InputFiles
import LedgerCore

/// A member's standing in the union (DOMAIN §3; 中国工会章程 arts. 4–5).
public enum MemberStatus: String, Sendable, CaseIterable, Codable, CodedStatus {
    /// 在册: pays dues monthly.
    case active
    /// 保留会籍: retired, laid off or unemployed; keeps membership, pays no dues, has no vote.
    case retainedExempt = "retained-exempt"
    /// 退会 (including automatic withdrawal after six unpaid months).
    case withdrawn
    /// 转出: moved to another union.
    case transferredOut = "transferred-out"

    /// English names or the Chinese words a register uses.
    /// - Throws: `MembershipError.memberStatusMustBeKnown`.
    public init(parsing text: String) throws(MembershipError) {
        if let status = MemberStatus.named(text) { self = status; return }
        guard text.trimmingSpaces().lowercased() == "transferred" else {
            throw .memberStatusMustBeKnown(value: NationalID.maskingNumbers(in: text))
        }
        self = .transferredOut
    }

    /// The words registers use: 在职 and 正常 are 在册; 退休, 下岗 and 失业 keep membership exempt.
    public var chineseNames: [String] {
        switch self {
        case .active: ["在册", "在职", "在岗", "正常", "在籍"]
        case .retainedExempt: ["保留会籍", "退休", "离退休", "下岗", "失业", "内退", "免缴"]
        case .withdrawn: ["退会", "已退会", "退出"]
        case .transferredOut: ["转出", "已转出", "调出", "转会"]
        }
    }

    /// Still a member of this union (counts for 实名制率 and the register's totals).
    public var isMember: Bool { self == .active || self == .retainedExempt }

    public func name(in language: Language) -> String {
        switch self {
        case .active: language.pick("在册", "active")
        case .retainedExempt: language.pick("保留会籍", "retained (exempt)")
        case .withdrawn: language.pick("退会", "withdrawn")
        case .transferredOut: language.pick("转出", "transferred out")
        }
    }
}

/// 用工形式: how the member is employed. The statistics count members by it.
public enum EmploymentType: String, Sendable, CaseIterable, Codable {
    case contract
    /// 劳务派遣: employed by an agency, working here.
    case dispatched
    /// 农民工: rural migrant worker.
    case migrant
    case partTime = "part-time"
    /// 新就业形态 (platform and flexible work).
    case flexible
    case other

    /// The Chinese words registers use, built once (not per row of a member file).
    private static let aliases: [String: EmploymentType] = [
        "合同制": .contract, "劳动合同": .contract, "正式工": .contract, "在编": .contract,
        "劳务派遣": .dispatched, "派遣": .dispatched, "农民工": .migrant,
        "非全日制": .partTime, "灵活就业": .flexible, "新就业形态": .flexible, "其他": .other,
    ]

    /// - Throws: `MembershipError.employmentTypeMustBeKnown`.
    public init(parsing text: String) throws(MembershipError) {
        let trimmed = text.trimmingSpaces()
        if let type = EmploymentType(rawValue: trimmed.lowercased()) { self = type; return }
        guard let type = Self.aliases[trimmed] else { throw .employmentTypeMustBeKnown(value: NationalID.maskingNumbers(in: text)) }
        self = type
    }

    public func name(in language: Language) -> String {
        switch self {
        case .contract: language.pick("合同制", "contract")
        case .dispatched: language.pick("劳务派遣", "agency (dispatched)")
        case .migrant: language.pick("农民工", "migrant worker")
        case .partTime: language.pick("非全日制", "part-time")
        case .flexible: language.pick("新就业形态", "flexible / platform")
        case .other: language.pick("其他", "other")
        }
    }
}

/// A member as the register holds them: never the full ID, only its mask.
public struct Member: Sendable, Hashable {
    public var number: String
    public var name: String
    /// `110105********123X`, or empty when no ID is registered (not counted as real-name).
    public var maskedID: String
    public var idIsLegacy: Bool
    public var unit: String
    public var department: String
    public var joinDate: LocalDate
    public var employmentType: EmploymentType
    /// Status and wage base in force for the month asked about.
    public var status: MemberStatus
    public var wageBase: Money
    /// The month that status and wage base took effect.
    public var stateFrom: YearMonth

    public init(number: String, name: String, maskedID: String, idIsLegacy: Bool, unit: String, department: String,
                joinDate: LocalDate, employmentType: EmploymentType, status: MemberStatus, wageBase: Money, stateFrom: YearMonth) {
        self.number = number
        self.name = name
        self.maskedID = maskedID
        self.idIsLegacy = idIsLegacy
        self.unit = unit
        self.department = department
        self.joinDate = joinDate
        self.employmentType = employmentType
        self.status = status
        self.wageBase = wageBase
        self.stateFrom = stateFrom
    }

    /// The member as registered, in the state `state`.
    public init(_ record: MemberRecord, state: MemberStateChange) {
        self.init(number: record.number, name: record.name, maskedID: record.maskedID, idIsLegacy: record.idIsLegacy,
                  unit: record.unit, department: record.department, joinDate: record.joinDate,
                  employmentType: record.employmentType, status: state.status, wageBase: state.wageBase, stateFrom: state.from)
    }

    public var hasRegisteredID: Bool { !maskedID.isEmpty }
}

/// One dated change to a member's status or wage base.
public struct MemberStateChange: Sendable, Hashable {
    public var from: YearMonth
    public var status: MemberStatus
    public var wageBase: Money

    public init(from: YearMonth, status: MemberStatus, wageBase: Money) {
        self.from = from
        self.status = status
        self.wageBase = wageBase
    }
}

/// One field a re-import changed, as `member import` reports it (IDs masked).
public struct MemberChange: Sendable, Hashable {
    public var memberNumber: String
    public var field: String
    public var old: String
    public var new: String
    /// The month a status or wage change takes effect, empty for other fields.
    public var effective: String

    public init(memberNumber: String, field: String, old: String, new: String, effective: String = "") {
        self.memberNumber = memberNumber
        self.field = field
        self.old = old
        self.new = new
        self.effective = effective
    }
}

/// What `member import` did.
public struct MemberImportOutcome: Sendable {
    public var added: Int
    public var updated: Int
    public var unchanged: Int
    public var legacyIDs: Int
    public var changes: [MemberChange]
}
