import LedgerCore

/// Every way the statements refuse, one case per rule.
public enum StatementError: RuleError, Hashable, Sendable {
    /// The official forms read the 2021 chart's codes; books whose chart gives a code another
    /// meaning (the 2009 chart, a provisional profile) would print wrong figures on the form.
    case statementMustUseOfficialChart(code: String, name: String, official: String)

    /// The rules, listed by the enum itself: a test triggers each one.
    public enum Rule: String, CaseIterable, Sendable {
        case statementMustUseOfficialChart
    }

    public var ruleKey: Rule {
        switch self {
        case .statementMustUseOfficialChart: .statementMustUseOfficialChart
        }
    }

    public var rule: String { ruleKey.rawValue }

    public var isMalformedInput: Bool { false }

    public func message(in language: Language) -> String {
        switch self {
        case .statementMustUseOfficialChart(let code, let name, let official):
            language.pick("官方报表按《工会会计制度》（财会〔2021〕7号）科目编制，但本账套科目 \(code) 为“\(name)”（制度中为“\(official)”）：请按 2021 科目表建账或先做新旧衔接（gonghui changeover）",
                          "the official forms read the 2021 chart (财会〔2021〕7号), but account \(code) in these books is \(name) (officially \(official)): keep the books on the 2021 chart, or convert them first (gonghui changeover)")
        }
    }
}
