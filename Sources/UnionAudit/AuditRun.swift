import LedgerCore

/// What one check gave over a period: its findings, or why the books cannot tell.
public struct CheckResult: Sendable {
    public var id: String
    public var title: (zh: String, en: String)
    public var basis: String
    public var severity: Severity
    public var findings: [Finding]
    /// Set when the books lack what the check needs: it neither passed nor failed.
    public var notDeterminable: NotDeterminable?

    public func title(in language: Language) -> String { language.pick(title.zh, title.en) }

    /// passed, found, or notDeterminable — the stable JSON value.
    public var outcome: String {
        notDeterminable != nil ? "notDeterminable" : findings.isEmpty ? "passed" : "found"
    }

    public func outcomeLabel(in language: Language) -> String {
        switch outcome {
        case "passed": language.pick("未发现问题", "no finding")
        case "found": language.pick("发现 \(findings.count) 项", "\(findings.count) found")
        default: language.pick("无法从账簿判断", "not determinable")
        }
    }
}

/// Runs checks over a period: every check, every finding, none stops the others.
public struct AuditRun: Sendable {
    public var period: ClosedRange<YearMonth>
    public var results: [CheckResult]
    /// The printed label of every voucher of the period (记-2026-06-003), by id, for the reports.
    public var labels: [Int64: String]

    /// - Throws: storage errors only; a check that cannot tell is a result, not an error.
    public init(context: AuditContext, period: ClosedRange<YearMonth>, checks: [any Check] = AuditCatalogue.all) throws {
        self.period = period
        labels = Dictionary(try context.vouchers(in: period).map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        results = try checks.map { check in
            var result = CheckResult(id: check.id, title: check.title, basis: check.basis, severity: check.severity, findings: [],
                                     notDeterminable: nil)
            do {
                result.findings = try check.findings(in: context, period: period)
            } catch let undetermined as NotDeterminable {
                result.notDeterminable = undetermined
            }
            return result
        }
    }

    /// Every finding, in catalogue order.
    public var findings: [Finding] { results.flatMap(\.findings) }

    /// The findings at or above `severity`.
    public func findings(atLeast severity: Severity) -> [Finding] { findings.filter { $0.severity >= severity } }

    /// The result of one check.
    public func result(_ id: String) -> CheckResult? { results.first { $0.id == id } }
}
