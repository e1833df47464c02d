import LedgerCore

/// How an item of a checklist stands, answered from the books: 符合 / 不符合 / 无法从账簿判断.
public enum AssessmentStatus: String, Sendable, CaseIterable, Codable {
    case met, notMet, notDeterminable

    public func label(in language: Language) -> String {
        switch self {
        case .met: language.pick("符合", "met")
        case .notMet: language.pick("不符合", "not met")
        case .notDeterminable: language.pick("无法从账簿判断", "not determinable from the books")
        }
    }

    /// The status of an item resting on several checks: not met when any found something,
    /// otherwise not determinable when any could not tell, otherwise met.
    public static func combining(_ results: [CheckResult]) -> AssessmentStatus {
        if results.contains(where: { !$0.findings.isEmpty }) { return .notMet }
        if results.isEmpty || results.contains(where: { $0.notDeterminable != nil }) { return .notDeterminable }
        return .met
    }

    /// The weaker of two: not met over not determinable over met.
    public func and(_ other: AssessmentStatus) -> AssessmentStatus {
        if self == .notMet || other == .notMet { return .notMet }
        if self == .notDeterminable || other == .notDeterminable { return .notDeterminable }
        return .met
    }
}

/// One item of a checklist with its answer and the evidence from the books.
public struct AssessedItem: Sendable, Hashable {
    public var number: Int
    public var title: String
    public var status: AssessmentStatus
    public var evidence: [String]
}

extension CheckResult {
    /// One line of evidence: the check's title and what it gave.
    func evidence(in l: Language) -> String {
        if let reason = notDeterminable { return "\(title(in: l))：\(reason.reason(in: l))" }
        if findings.isEmpty { return "\(title(in: l))：\(l.pick("未发现问题", "no finding"))" }
        let amount = (try? Money.sum(findings.compactMap(\.amount))) ?? .zero
        return "\(title(in: l))：" + l.pick("发现 \(findings.count) 项", "\(findings.count) found")
            + (amount.isZero ? "" : l.pick("，涉及金额 \(amount.formatted()) 元", ", \(amount.formatted()) concerned"))
    }
}

extension AuditRun {
    /// The results of these checks, in the catalogue's order.
    func results(_ ids: [String]) -> [CheckResult] { ids.compactMap(result) }
}
