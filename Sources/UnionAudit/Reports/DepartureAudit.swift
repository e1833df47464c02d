import LedgerCore
import LedgerStore
import UnionCore

/// 离任经济责任审计: the audit of a chair who leaves office, over the tenure (中办发〔2019〕45号;
/// 中国工会审计条例 art. 24; 北京市实施《工会法》办法 art. 58 ¶4). The period is the tenure, as far
/// as the books reach; positions at its start and end are the balance sheets (工会01表) at those
/// months, income and spending per year the 工会02表; every finding of the checks over the tenure
/// carries a responsibility class from the policy's vocabulary.
public struct DepartureAudit: Sendable {
    /// A figure at the start and the end of the tenure.
    public typealias PositionLine = ReviewReport.PositionLine

    /// One year of the tenure: its months, income, spending, result, and the budget for spending.
    public struct Year: Sendable, Hashable {
        public var months: ClosedRange<YearMonth>
        public var income: Money
        public var spending: Money
        public var result: Money
        public var budgetedSpending: Money?
    }

    /// The vouchers the chair signed off.
    public struct SignedOff: Sendable, Hashable {
        public var count: Int
        public var amount: Money
        public var largest: [PostedVoucher]
    }

    public let tenure: Tenure
    public let organisation: Organisation
    public let period: ClosedRange<YearMonth>
    /// The tenure began before the first month of the books: the audit starts with the books.
    public let startsWithBooks: Bool
    /// The tenure has no end yet: the audit runs to the books' last month (任中审计).
    public let stillInOffice: Bool
    public let position: [PositionLine]
    public let years: [Year]
    public let arrears: [PositionLine]
    public let signedOff: SignedOff
    public let run: AuditRun
    /// The findings with their responsibility classes, in catalogue order.
    public let findings: [Finding]
    public let checklist: [AssessedItem]
    public let comments: [AuditeeComment]
    public let directClass: String
    public let leadershipClass: String

    /// How many of the largest signed-off vouchers the report lists.
    public static let largestShown = 3

    /// - Throws: `AuditError.tenureMustBeChair`, `.tenureMustOverlapBooks`; `StatementError` for
    ///   books not on the 2021 chart; storage errors.
    public init(context: AuditContext, tenure: Tenure, language l: Language) throws {
        guard tenure.role == .chair else { throw AuditError.tenureMustBeChair(id: tenure.id, role: tenure.role.name(in: l)) }
        let books = try context.books.activeRange()
        let first = max(tenure.start.yearMonth, books.from)
        // A term that ended after the last voucher still ends in its own month: its months count, empty or not.
        let last = tenure.end?.yearMonth ?? books.to
        guard first <= last else {
            throw AuditError.tenureMustOverlapBooks(id: tenure.id, start: tenure.start.description, end: tenure.end?.description ?? "…")
        }
        self.tenure = tenure
        organisation = context.organisation
        period = first...last
        startsWithBooks = tenure.start.yearMonth < books.from
        stillInOffice = tenure.end == nil

        let figures = FormFigures(books: context.books, language: l)
        let start = try figures.position(atStartOf: first), end = try figures.position(atEndOf: last)
        func line(_ template: FormFigures.Line) -> PositionLine {
            PositionLine(number: template.number, label: template.label, account: template.account, indent: template.indent,
                         start: start.first { $0.number == template.number }?.value ?? .zero,
                         end: end.first { $0.number == template.number }?.value ?? .zero)
        }
        let roles = context.roles
        // The lines a reader compares across a term: money, what is owed upward, the funds, the totals.
        let keyRoles: [AccountRole] = [.payableToHigher, .restrictedCarryForward, .unrestrictedSurplus]
        var lines: [PositionLine] = []
        if let cash = end.first(where: { $0.section == "asset" && $0.number == 3 }) { lines.append(line(cash)) }
        for section in ["asset", "liability", "netAssets"] { if let total = end.total(of: section) { lines.append(line(total)) } }
        lines += keyRoles.compactMap { end.line(reading: roles.codeIfPresent($0)).map(line) }
        position = lines.sorted { $0.number < $1.number }
        let arrearsRoles: [AccountRole] = [.receivableFromHigher, .receivableFromLower, .otherReceivable, .payableToHigher,
                                           .payableToLower, .otherPayable]
        arrears = arrearsRoles.compactMap { end.line(reading: roles.codeIfPresent($0)).map(line) }

        let budgets = try ReviewReport.budgets(context: context, years: FormFigures.years(of: period))
        years = try FormFigures.years(of: period).map { months in
            let activity = try figures.activity(months)
            let spendingLines = activity.filter { $0.section == "expenditure" && $0.indent == 1 }
            let budgeted = try budgets.map { lines in
                try Money.sum(lines.filter { budgetLine in spendingLines.contains { $0.account.map(budgetLine.account.isWithin) ?? false } }.compactMap(\.approved))
            }
            return Year(months: months, income: activity.total(of: "revenue")?.value ?? .zero,
                        spending: activity.total(of: "expenditure")?.value ?? .zero,
                        result: activity.total(of: "result")?.value ?? .zero, budgetedSpending: budgeted)
        }

        let vouchers = try context.vouchers(in: period)
        let signed = vouchers.filter { voucher in
            voucher.reversedBy == nil && voucher.approval?.signoff.map { $0.by == tenure.person && tenure.covers($0.date) } == true
        }
        signedOff = SignedOff(count: signed.count, amount: try Money.sum(signed.map(\.total)),
                              largest: Array(signed.sorted { ($0.total, $1.id) > ($1.total, $0.id) }.prefix(Self.largestShown)))

        run = try AuditRun(context: context, period: period)
        let terms = try? context.terms(for: period)
        directClass = terms?.directClass ?? "直接责任"
        leadershipClass = terms?.leadershipClass ?? "领导责任"
        let byID = Dictionary(vouchers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        findings = run.findings.map { finding in
            var classified = finding
            classified.responsibility = Self.isDirect(finding, person: tenure.person, vouchers: byID) ? (terms?.directClass ?? "直接责任")
                : (terms?.leadershipClass ?? "领导责任")
            return classified
        }
        comments = try context.facts.register?.comments(tenure: tenure.id) ?? []
        let register = try context.facts.register.map {
            (findings: try $0.registeredFindings(organisation: context.organisation.code), runs: try $0.runs(organisation: context.organisation.code))
        }
        checklist = Self.checklist(run: run, positions: position, arrears: arrears, register: register,
                                   until: tenure.end ?? period.upperBound.lastDay, language: l)
    }

    /// 直接责任 when the chair signed off, decided, prepared or reviewed one of the finding's
    /// vouchers; 领导责任 for everything else under the tenure (handled by others, or not a voucher).
    static func isDirect(_ finding: Finding, person: String, vouchers: [Int64: PostedVoucher]) -> Bool {
        finding.vouchers.contains { id in
            guard let approval = vouchers[id]?.approval else { return false }
            return approval.signoff?.by == person || approval.preparedBy == person || approval.reviewedBy == person
        }
    }
}

extension DepartureAudit {
    /// The chair's term to audit: by id, or the latest term of `person` as chair of the organisation.
    /// - Throws: `UnionFundsError.tenureMustExist`, `AuditError.tenureMustBeFound`, `.tenureMustBeChair`.
    public static func tenure(id: Int64?, person: String?, organisation: String, in tenures: [Tenure]) throws -> Tenure {
        if let id {
            guard let found = tenures.first(where: { $0.id == id }) else { throw UnionFundsError.tenureMustExist(id: id) }
            return found
        }
        let name = person?.trimmingSpaces() ?? ""
        guard let found = tenures.last(where: { $0.role == .chair && $0.person == name }) else {
            throw AuditError.tenureMustBeFound(organisation: organisation, person: name)
        }
        return found
    }
}
