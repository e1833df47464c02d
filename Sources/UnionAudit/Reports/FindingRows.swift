import LedgerCore
import LedgerStore
import Reporting

/// Findings as a report lists them: voucher ids become their printed labels (记-2026-06-003).
struct FindingRows {
    let books: any Books
    let language: Language
    private var labels: [Int64: String] = [:]

    init(books: any Books, language: Language, knownVouchers: [PostedVoucher] = [], labels known: [Int64: String] = [:]) {
        self.books = books
        self.language = language
        labels = known
        for voucher in knownVouchers { labels[voucher.id] = voucher.label }
    }

    /// The voucher's label, read from the books when the period's vouchers do not hold it.
    mutating func label(_ id: Int64) -> String {
        if let known = labels[id] { return known }
        let label = (try? books.voucher(id: id).label) ?? "#\(id)"
        labels[id] = label
        return label
    }

    /// `记-2026-06-003、记-2026-06-004` (all of them: a report lists what it found).
    mutating func labels(_ ids: [Int64]) -> [String] { ids.map { label($0) } }
}

/// A finding as a report's JSON lists it.
public struct FindingDocument: Encodable, Sendable, Hashable {
    public var check: String
    public var title: String
    public var severity: String
    public var amount: String?
    public var vouchers: [String]
    public var months: String?
    public var explanation: String
    public var basis: String
    public var recommendation: String
    public var responsibility: String?
}

extension Severity {
    /// info, warning, violation: the stable JSON value.
    public var key: String {
        switch self {
        case .info: "info"
        case .warning: "warning"
        case .violation: "violation"
        }
    }

    public init?(key: String) {
        guard let found = Severity.allCases.first(where: { $0.key == key }) else { return nil }
        self = found
    }
}

extension AuditCatalogue {
    /// The title and basis of the check with this id (a finding from an older run may name a check
    /// no longer in the catalogue: its id stands in).
    static func describe(_ id: String, in language: Language) -> (title: String, basis: String) {
        guard let check = all.first(where: { $0.id == id }) else { return (id, "") }
        return (language.pick(check.title.zh, check.title.en), check.basis)
    }
}

extension Finding {
    func document(rows: inout FindingRows, language: Language) -> FindingDocument {
        let described = AuditCatalogue.describe(check, in: language)
        let recommendation = Recommendations.forCheck(check)
        return FindingDocument(check: check, title: described.title, severity: severity.key, amount: amount?.plainString,
                               vouchers: rows.labels(vouchers), months: period?.label, explanation: explanation(in: language),
                               basis: described.basis, recommendation: language.pick(recommendation.zh, recommendation.en),
                               responsibility: responsibility)
    }
}

enum FindingsTable {
    /// The first few labels, then 等 N 张 (the JSON lists them all).
    static func shortList(_ labels: [String], _ l: Language) -> String {
        let shown = labels.prefix(AuditText.labelsShownMax).joined(separator: " ")
        return labels.count > AuditText.labelsShownMax ? shown + l.pick(" 等 \(labels.count) 张", " (\(labels.count) in all)") : shown
    }

    /// 序号 | 问题 | 性质 | 金额 | 凭证 | 情况 | 依据 | 建议 (+ 责任 when any finding carries one).
    static func make(_ findings: [Finding], caption: String, paragraphs: [String] = [], rows: inout FindingRows,
                     language l: Language) -> Report.Table {
        let withResponsibility = findings.contains { $0.responsibility != nil }
        var columns = [Report.Column(l.pick("序号", "No."), key: "number", alignment: .right),
                       Report.Column(l.pick("问题", "Finding"), key: "title"),
                       Report.Column(l.pick("性质", "Severity"), key: "severity"),
                       Report.Column(l.pick("金额", "Amount"), key: "amount", alignment: .right),
                       Report.Column(l.pick("凭证", "Vouchers"), key: "vouchers"),
                       Report.Column(l.pick("情况", "Details"), key: "explanation"),
                       Report.Column(l.pick("依据", "Basis"), key: "basis"),
                       Report.Column(l.pick("建议", "Recommendation"), key: "recommendation")]
        if withResponsibility { columns.append(Report.Column(l.pick("责任类型", "Responsibility"), key: "responsibility")) }
        let body: [[Report.Cell]] = findings.enumerated().map { index, finding in
            let document = finding.document(rows: &rows, language: l)
            var cells: [Report.Cell] = [.integer(Int64(index + 1)), .text(document.title), .text(finding.severity.label(in: l)),
                                        finding.amount.map(Report.Cell.money) ?? .empty, .text(shortList(document.vouchers, l)),
                                        .text(document.explanation), .text(document.basis), .text(document.recommendation)]
            if withResponsibility { cells.append(.text(finding.responsibility ?? "")) }
            return cells
        }
        return Report.Table(caption: caption, paragraphs: paragraphs, columns: columns, rows: body)
    }
}
