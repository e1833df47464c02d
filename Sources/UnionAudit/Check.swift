import LedgerCore
import LedgerStore
import UnionCore

/// One audit rule (审计检查项): a stable id, a title, the document and article it rests on, how
/// much a breach weighs, and the function that looks for breaches. A new rule is one file under
/// `UnionAudit/Checks/`, one line in `AuditCatalogue.all`, one row in `ledgers/audit/README.md`
/// and a scenario in the catalogue test (beancount's plugins, TigerBeetle's named rules).
///
/// Checks return what they find as values. They throw only when the books cannot be read, or
/// `NotDeterminable` when the books lack what the check needs (no tenures on record, no budget,
/// no payroll declarations): an audit then says so instead of reporting a clean result.
public protocol Check: Sendable {
    /// Stable across versions (`approval.signoffMissing`): reports, scripts and the register key on it.
    static var id: String { get }
    /// What the check looks at, as a reader would put it.
    var title: (zh: String, en: String) { get }
    /// The rule's source: the document and its article (e.g. `财会〔2021〕7号 第二十二条`). Where the
    /// notes mark a source unconfirmed, the basis says `[U]`.
    var basis: String { get }
    /// How much a breach weighs; a finding may say otherwise when the check knows better.
    var severity: Severity { get }
    /// Everything the check finds in the context's books over the months of `period`.
    /// - Throws: `NotDeterminable` when the books lack what the check needs; storage errors.
    func findings(in context: AuditContext, period: ClosedRange<YearMonth>) throws -> [Finding]
}

extension Check {
    /// The check's id, from an instance.
    public var id: String { Self.id }

    /// A finding of this check with its default severity.
    func finding(amount: Money? = nil, vouchers: [Int64] = [], organisations: [String] = [], period: ClosedRange<YearMonth>? = nil,
                 severity: Severity? = nil, _ zh: String, _ en: String) -> Finding {
        Finding(check: id, severity: severity ?? self.severity, amount: amount, vouchers: vouchers, organisations: organisations,
                period: period, explanation: (zh, en))
    }
}

/// The books lack what a check needs: the audit reports the check as not determinable from the
/// books (无法从账簿判断), with the reason, rather than as passed.
public struct NotDeterminable: Error, Sendable, Hashable {
    public var reasonChinese: String
    public var reasonEnglish: String

    public init(_ zh: String, _ en: String) {
        reasonChinese = zh
        reasonEnglish = en
    }

    public func reason(in language: Language) -> String { language.pick(reasonChinese, reasonEnglish) }
}
