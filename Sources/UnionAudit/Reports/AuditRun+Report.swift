import LedgerCore
import LedgerStore
import Reporting

extension AuditRun {
    /// `audit check`: each check's outcome, then every finding at or above `minimum`.
    public func report(organisationName: String, books: any Books, minimum: Severity, language l: Language) -> Report {
        var rows = FindingRows(books: books, language: l, labels: labels)
        let shown = findings(atLeast: minimum)
        let outcomes = Report.Table(
            caption: l.pick("检查项目", "Checks"),
            columns: [Report.Column(l.pick("编号", "Id"), key: "id"), Report.Column(l.pick("检查项目", "Check"), key: "title"),
                      Report.Column(l.pick("结果", "Outcome"), key: "outcome"), Report.Column(l.pick("说明", "Reason"), key: "reason")],
            rows: results.map { [.text($0.id), .text($0.title(in: l)), .text($0.outcomeLabel(in: l)), .text($0.notDeterminable?.reason(in: l) ?? "")] })
        let findingsTable = FindingsTable.make(shown, caption: l.pick("发现的问题", "Findings"), rows: &rows, language: l)
        let document = CheckDocument(
            period: ["from": period.lowerBound.description, "to": period.upperBound.description], minimumSeverity: minimum.key,
            checks: results.map { .init(id: $0.id, title: $0.title(in: l), severity: $0.severity.key, outcome: $0.outcome,
                                        reason: $0.notDeterminable?.reason(in: l)) },
            findings: shown.map { $0.document(rows: &rows, language: l) })
        return Report(title: l.pick("审计检查", "Audit checks"),
                      headerLines: [l.pick("编制单位：\(organisationName)", "Organisation: \(organisationName)"),
                                    l.pick("期间：\(period.label)", "Period: \(period.label)"),
                                    l.pick("列出 \(minimum.label(in: l)) 及以上的问题：\(shown.count) 项", "Findings at \(minimum.key) or above: \(shown.count)")],
                      tables: [outcomes, findingsTable], json: document)
    }
}

struct CheckDocument: Encodable, Sendable {
    struct Outcome: Encodable, Sendable {
        var id: String
        var title: String
        var severity: String
        var outcome: String
        var reason: String?
    }

    var report = "auditCheck"
    var period: [String: String]
    var minimumSeverity: String
    var checks: [Outcome]
    var findings: [FindingDocument]
}

extension AuditCatalogue {
    /// `audit checks`: every check with its id, severity and basis.
    public static func report(language l: Language) -> Report {
        Report(title: l.pick("审计检查项目", "Audit checks"), tables: [Report.Table(
            columns: [Report.Column(l.pick("编号", "Id"), key: "id"), Report.Column(l.pick("检查项目", "Check"), key: "title"),
                      Report.Column(l.pick("性质", "Severity"), key: "severity"), Report.Column(l.pick("依据", "Basis"), key: "basis")],
            rows: all.map { [.text($0.id), .text(l.pick($0.title.zh, $0.title.en)), .text($0.severity.label(in: l)), .text($0.basis)] })])
    }
}

extension Array where Element == RegisteredFinding {
    /// `audit findings`: the register, each finding with its status and the latest note.
    public func report(organisationName: String, language l: Language) -> Report {
        Report(title: l.pick("审计发现问题台账", "Findings register"),
               headerLines: [l.pick("编制单位：\(organisationName)", "Organisation: \(organisationName)")],
               tables: [Report.Table(
                columns: [Report.Column(l.pick("编号", "No."), key: "id", alignment: .right), Report.Column(l.pick("检查项目", "Check"), key: "check"),
                          Report.Column(l.pick("性质", "Severity"), key: "severity"), Report.Column(l.pick("金额", "Amount"), key: "amount", alignment: .right),
                          Report.Column(l.pick("情况", "Details"), key: "explanation"), Report.Column(l.pick("状态", "Status"), key: "status"),
                          Report.Column(l.pick("整改说明", "Note"), key: "note")],
                rows: map { registered in
                    // The check's name for people; its code stays the JSON value (`check`, with `check_label`).
                    [.integer(registered.id),
                     .labelled(value: registered.finding.check, label: AuditCatalogue.describe(registered.finding.check, in: l).title),
                     .text(registered.finding.severity.label(in: l)),
                     registered.finding.amount.map(Report.Cell.money) ?? .empty, .text(registered.finding.explanation(in: l)),
                     .text(registered.status.label(in: l)), .text(registered.lastNote ?? "")]
                })])
    }
}
