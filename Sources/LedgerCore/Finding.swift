/// How much a finding weighs: a note, something to look at, or a broken rule. Ordered, so a
/// report can sort and a caller can ask for "warning or worse".
public enum Severity: Int, Sendable, Hashable, Comparable, CaseIterable, Codable {
    /// Worth knowing; nothing is wrong (e.g. a month reopened with its reason on record).
    case info
    /// Possibly wrong, or wrong in form: a person should look (e.g. a voucher without attachments).
    case warning
    /// A rule of the ledger or of the union's finance rules is broken (e.g. the hash chain, 专款专用).
    case violation

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rawValue < rhs.rawValue }

    /// 提示 / 关注 / 违规.
    public func label(in language: Language) -> String {
        switch self {
        case .info: language.pick("提示", "info")
        case .warning: language.pick("关注", "warning")
        case .violation: language.pick("违规", "violation")
        }
    }
}

/// Something a check found in the books: a value, never thrown, so an audit (or `verify`) lists
/// every problem at once (DESIGN "Audit"; beancount's errors-as-values).
///
/// ```
/// Finding ── check id ("verify.chainBroken", "remittance.late" …) and severity
///    ├─ amount?        the money concerned, when there is one
///    ├─ vouchers       the vouchers concerned (ids), possibly none
///    ├─ organisations  the units concerned (codes)
///    ├─ period?        the months it concerns
///    ├─ explanation    in Chinese and English
///    └─ responsibility? the suggested responsibility class (直接/主管/领导), for departure audits
/// ```
public struct Finding: Hashable, Sendable {
    /// The id of the check that found it (`Check.id`), stable across versions: reports and
    /// scripts key on it.
    public var check: String
    public var severity: Severity
    public var amount: Money?
    /// The vouchers concerned (their ids), in the order the check met them.
    public var vouchers: [Int64]
    /// The organisations (units) concerned, by code.
    public var organisations: [String]
    /// The months the finding concerns, when it concerns a period.
    public var period: ClosedRange<YearMonth>?
    public var explanationChinese: String
    public var explanationEnglish: String
    /// The responsibility class an auditor would suggest (直接责任 / 主管责任 / 领导责任), when the
    /// check can say; policy decides the vocabulary.
    public var responsibility: String?

    public init(check: String, severity: Severity, amount: Money? = nil, vouchers: [Int64] = [], organisations: [String] = [],
                period: ClosedRange<YearMonth>? = nil, explanation: (zh: String, en: String), responsibility: String? = nil) {
        self.check = check
        self.severity = severity
        self.amount = amount
        self.vouchers = vouchers
        self.organisations = organisations
        self.period = period
        self.explanationChinese = explanation.zh
        self.explanationEnglish = explanation.en
        self.responsibility = responsibility
    }

    /// The explanation in the reader's language.
    public func explanation(in language: Language) -> String {
        language.pick(explanationChinese, explanationEnglish)
    }
}
