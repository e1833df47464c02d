import LedgerCore

/// Where a finding stands in its rectification (整改): found → the union says what it changed →
/// the committee confirms and closes it. A closed finding found again is open again.
public enum FindingStatus: String, Sendable, CaseIterable, Codable, CodedStatus {
    case open
    /// 已整改待核: the union recorded what it did about it.
    case rectificationNoted
    /// 已销号: the committee checked the rectification.
    case closed

    public func label(in language: Language) -> String {
        switch self {
        case .open: language.pick(chineseName, "open")
        case .rectificationNoted: language.pick(chineseName, "rectification noted")
        case .closed: language.pick(chineseName, "closed")
        }
    }

    /// The printed label first, then the words of the help and of everyday use.
    public var chineseNames: [String] {
        switch self {
        case .open: ["未整改", "待整改", "整改中"]
        case .rectificationNoted: ["已整改待核", "已整改待销号", "已整改"]
        case .closed: ["已销号", "销号"]
        }
    }
}

/// What an audit run was: a check of the rules, a committee review, a departure audit.
public enum AuditRunKind: String, Sendable, CaseIterable, Codable {
    case check, review, departure
}

/// One recorded audit run.
public struct AuditRunRecord: Sendable, Hashable {
    public var id: Int64
    public var kind: AuditRunKind
    public var months: ClosedRange<YearMonth>
    /// The tenure audited, for a departure audit.
    public var tenure: Int64?
    /// When (ISO 8601) and by whom.
    public var at: String
    public var by: String

    public init(id: Int64, kind: AuditRunKind, months: ClosedRange<YearMonth>, tenure: Int64?, at: String, by: String) {
        self.id = id
        self.kind = kind
        self.months = months
        self.tenure = tenure
        self.at = at
        self.by = by
    }
}

/// A finding as the register keeps it: the finding, its status and the trail of changes.
public struct RegisteredFinding: Sendable, Hashable {
    public var id: Int64
    public var finding: Finding
    public var status: FindingStatus
    /// The run that first found it, and the latest run that found it.
    public var firstRun: Int64
    public var lastRun: Int64
    public var history: [Event]

    public struct Event: Sendable, Hashable {
        public var status: FindingStatus
        public var note: String
        public var at: String
        public var by: String
        public init(status: FindingStatus, note: String, at: String, by: String) {
            self.status = status
            self.note = note
            self.at = at
            self.by = by
        }
    }

    public init(id: Int64, finding: Finding, status: FindingStatus, firstRun: Int64, lastRun: Int64, history: [Event]) {
        self.id = id
        self.finding = finding
        self.status = status
        self.firstRun = firstRun
        self.lastRun = lastRun
        self.history = history
    }

    /// The latest note (what was done about it), if any.
    public var lastNote: String? { history.last { !$0.note.isEmpty }?.note }
}

/// The audited person's written comments on a departure audit (被审计人书面意见) and when they came in.
public struct AuditeeComment: Sendable, Hashable {
    public var tenure: Int64
    public var received: LocalDate
    public var text: String

    public init(tenure: Int64, received: LocalDate, text: String) {
        self.tenure = tenure
        self.received = received
        self.text = text
    }
}

/// The findings register (审计发现问题台账): runs, findings with their rectification status, and the
/// audited persons' comments. Implemented by `SQLiteFindingsRegister` (UnionSQLite, migration 0010).
///
/// A finding is the same finding when its check, vouchers, units and months are the same
/// (`Finding.fingerprint`): found again, it is not registered twice.
public protocol FindingsRegister: Sendable {
    /// Every recorded run of the organisation, oldest first.
    func runs(organisation: String) throws -> [AuditRunRecord]
    /// Every registered finding of the organisation, by id.
    func registeredFindings(organisation: String) throws -> [RegisteredFinding]
    /// Records a run and what it found, in one transaction: new findings are registered open, ones
    /// already registered are marked found again (a closed one reopens).
    func record(_ kind: AuditRunKind, organisation: String, months: ClosedRange<YearMonth>, tenure: Int64?,
                findings: [Finding], user: String) throws -> AuditRunRecord
    /// Moves a finding on: `rectificationNoted` with what was done, `closed` once checked.
    /// - Throws: `AuditError.findingMustExist`, `.findingMustMoveForward`.
    func setStatus(finding id: Int64, organisation: String, to status: FindingStatus, note: String, user: String) throws -> RegisteredFinding
    /// Records the audited person's written comments on their departure audit.
    /// - Throws: `UnionFundsError.tenureMustExist`.
    func recordComment(_ comment: AuditeeComment, user: String) throws
    /// The comments received for a tenure, in the order received.
    func comments(tenure: Int64) throws -> [AuditeeComment]
}

extension Finding {
    /// What makes two findings the same finding across runs: the check, the vouchers, the units,
    /// the months. Not the amount or the words, which a later run may put differently.
    public var fingerprint: String {
        let months = period.map { "\($0.lowerBound)..\($0.upperBound)" } ?? ""
        return [check, vouchers.map(String.init).joined(separator: ","), organisations.joined(separator: ","), months]
            .joined(separator: "|")
    }
}

extension FindingStatus {
    /// The moves a person may make (a closed finding opens again only when a run finds it again):
    /// open → rectificationNoted → closed, and rectificationNoted → open when the committee does
    /// not accept the rectification.
    /// - Throws: `AuditError.findingMustMoveForward`.
    public static func checkMove(finding id: Int64, from: FindingStatus, to: FindingStatus) throws(AuditError) {
        switch (from, to) {
        case (.open, .rectificationNoted), (.rectificationNoted, .closed), (.rectificationNoted, .open): return
        default: throw .findingMustMoveForward(id: id, from: from.rawValue, to: to.rawValue)
        }
    }
}
