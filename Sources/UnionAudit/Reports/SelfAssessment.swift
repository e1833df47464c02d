import LedgerCore
import LedgerStore
import Reporting
import UnionCore

/// 规范化建设经费管理自查: the funds-management items of the standardization criteria unions are
/// inspected against, each answered from the books as met / not met / not determinable from the
/// books, with its evidence (issue #12 deliver 5; 全总 基层工会规范化建设 criteria, funds items).
public struct SelfAssessment: Sendable {
    public let organisation: Organisation
    public let year: Int
    public let items: [AssessedItem]
    public let run: AuditRun

    /// - Throws: storage errors; a check that cannot tell makes its item not determinable.
    public init(context: AuditContext, year: Int, language l: Language) throws {
        let books = try context.books.activeRange()
        let first = max(try YearMonth(year: year, month: 1), books.from), last = min(try YearMonth(year: year, month: 12), books.to)
        guard first <= last else {
            throw AuditError.periodMustBeInBooks(from: "\(year)-01", to: "\(year)-12", booksFrom: books.from.description, booksTo: books.to.description)
        }
        organisation = context.organisation
        self.year = year
        let period = first...last
        let run = try AuditRun(context: context, period: period)
        self.run = run
        let runs = try context.facts.register?.runs(organisation: context.organisation.code)
        func item(_ number: Int, _ zh: String, _ en: String, _ checks: [String], extra: [(AssessmentStatus, String)] = []) -> AssessedItem {
            let results = run.results(checks)
            var status = checks.isEmpty ? AssessmentStatus.met : AssessmentStatus.combining(results)
            for (part, _) in extra { status = status.and(part) }
            return AssessedItem(number: number, title: l.pick(zh, en), status: status,
                                evidence: results.map { $0.evidence(in: l) } + extra.map(\.1))
        }
        items = [
            item(1, "设立独立银行账户，经费支出由主席审批（一支笔）", "An independent bank account; spending signed by the chair",
                 [SignoffMissing.id, SignoffNotByChair.id], extra: [try Self.bankAccount(context, l)]),
            item(2, "会员按月按规定标准交纳会费", "Members pay dues monthly at the set rate",
                 [DuesCollectedShort.id], extra: [try Self.duesMonths(context, period: period, l)]),
            item(3, "按工资总额 2% 足额计拨经费，按时足额上缴", "2% of the payroll allocated; the upward share remitted in full and on time",
                 [AllocationProvisionShort.id, UpwardRemittanceLate.id]),
            item(4, "预算、决算和经费审查制度健全，收支向会员（代表）大会报告并公开", "Budget, final accounts and funds review in place; reported to the congress and published",
                 [SpendingWithoutBudgetLine.id, BudgetAdjustmentOutsideChain.id],
                 extra: [Self.reviewRecorded(runs, period: period, l),
                         (.notDeterminable, l.pick("账目公开情况不在账簿中", "publication (账目公开) is not in the books"))]),
            item(5, "主席离任均进行经济责任审计", "A departure audit for every chair who left", [],
                 extra: [try Self.departures(context, runs: runs, year: year, l)]),
            item(6, "无截留、挪用、侵占经费和资产", "No funds or property misappropriated or moved",
                 [HashChainBroken.id, RestrictedFundsMisused.id, PaymentsToOfficers.id]),
            item(7, "重大支出集体研究决定", "Major spending decided collectively", [CollectiveDecisionMissing.id]),
            item(8, "控制“三公”和行政经费，支出向服务职工和维权倾斜", "三公 and administrative spending controlled; spending weighted to members' services",
                 [AdministrativeSpendingGrowth.id, MemberServiceShare.id]),
        ]
    }

    static func bankAccount(_ context: AuditContext, _ l: Language) throws -> (AssessmentStatus, String) {
        guard let organisations = context.facts.organisations else {
            return (.notDeterminable, l.pick("未提供组织登记", "no organisation register"))
        }
        let registered = try organisations.organisations().first { $0.code == context.organisation.code }
        guard let registered, !registered.bankAccount.isEmpty else {
            return (.notDeterminable, l.pick("组织登记中没有本会银行账户（org set --bank-account）", "the register holds no bank account for the union"))
        }
        return (.met, l.pick("银行账户：\(registered.bankName) \(registered.bankAccount)", "bank account: \(registered.bankName) \(registered.bankAccount)"))
    }

    static func duesMonths(_ context: AuditContext, period: ClosedRange<YearMonth>, _ l: Language) throws -> (AssessmentStatus, String) {
        guard let dues = context.roles.codeIfPresent(.duesRevenue) else {
            return (.notDeterminable, l.pick("科目表中没有会费收入科目", "the chart has no dues revenue account"))
        }
        var months = 0
        for month in period.months {
            let balance = try context.books.trialBalance(from: month, to: month, excludingClosingEntries: true)
            if balance.rows.contains(where: { $0.account.code.isWithin(dues) && $0.credit.isPositive }) { months += 1 }
        }
        let all = period.months.count
        return (months == all ? .met : .notMet,
                l.pick("会费收入记账月份 \(months)/\(all)", "dues revenue booked in \(months) of \(all) months"))
    }

    static func reviewRecorded(_ runs: [AuditRunRecord]?, period: ClosedRange<YearMonth>, _ l: Language) -> (AssessmentStatus, String) {
        guard let runs else { return (.notDeterminable, l.pick("未提供问题台账", "no findings register")) }
        guard let review = runs.last(where: { $0.kind == .review && $0.months.overlaps(period) }) else {
            return (.notDeterminable, l.pick("本账套未记录该年度的经费审查", "no funds review of the year is recorded in these books"))
        }
        return (.met, l.pick("经费审查：\(review.months.label)，\(LocalTime.day(review.at)) 由 \(review.by) 记录",
                             "funds review of \(review.months.label) recorded on \(LocalTime.day(review.at)) by \(review.by)"))
    }

    static func departures(_ context: AuditContext, runs: [AuditRunRecord]?, year: Int, _ l: Language) throws -> (AssessmentStatus, String) {
        guard context.facts.organisations != nil, let runs else {
            return (.notDeterminable, l.pick("未提供组织登记或问题台账", "no organisation register or findings register"))
        }
        let left = try context.tenures().filter { $0.role == .chair && $0.end.map { $0.year <= year } == true }
        guard !left.isEmpty else { return (.met, l.pick("没有离任的主席", "no chair has left office")) }
        let audited = Set(runs.filter { $0.kind == .departure }.compactMap(\.tenure))
        let missing = left.filter { !audited.contains($0.id) }
        let names = left.map { "\($0.person)（\($0.start)—\($0.end?.description ?? "")）" }.joined(separator: "、")
        if missing.isEmpty {
            return (.met, l.pick("离任主席 \(names) 均有离任审计记录", "every chair who left (\(names)) has a departure audit on record"))
        }
        return (.notMet, l.pick("离任主席 \(missing.map(\.person).joined(separator: "、")) 没有离任审计记录",
                                "no departure audit on record for \(missing.map(\.person).joined(separator: ", "))"))
    }

    public func report(language l: Language) -> Report {
        let counts = Dictionary(grouping: items, by: \.status).mapValues(\.count)
        let summary = l.pick(
            "共 \(items.count) 项：符合 \(counts[.met] ?? 0) 项，不符合 \(counts[.notMet] ?? 0) 项，无法从账簿判断 \(counts[.notDeterminable] ?? 0) 项。",
            "\(items.count) items: \(counts[.met] ?? 0) met, \(counts[.notMet] ?? 0) not met, \(counts[.notDeterminable] ?? 0) not determinable from the books.")
        let table = Report.Table(
            caption: l.pick("经费管理自查", "Funds management"), paragraphs: [summary],
            columns: [Report.Column(l.pick("序号", "No."), key: "number", alignment: .right), Report.Column(l.pick("标准", "Criterion"), key: "criterion"),
                      Report.Column(l.pick("结论", "Conclusion"), key: "status"), Report.Column(l.pick("账簿证据", "Evidence from the books"), key: "evidence")],
            rows: items.map { [.integer(Int64($0.number)), .text($0.title), .text($0.status.label(in: l)),
                               .text($0.evidence.joined(separator: l.pick("；", "; ")))] })
        return Report(title: l.pick("\(organisation.name) \(year) 年规范化建设经费管理自查表", "\(organisation.name): standards self-assessment \(year), funds"),
                      headerLines: [l.pick("自查年度：\(year)", "Year: \(year)")], tables: [table],
                      signatures: [l.pick("工会主席", "Chair"), l.pick("经审会主任", "Review committee chair"), l.pick("日期", "Date")],
                      json: SelfAssessmentDocument(year: year, organisation: ["code": organisation.code, "name": organisation.name],
                                                   items: items.map { .init(number: $0.number, criterion: $0.title, status: $0.status.rawValue,
                                                                            evidence: $0.evidence) }))
    }
}

struct SelfAssessmentDocument: Encodable, Sendable {
    struct Item: Encodable, Sendable {
        var number: Int
        var criterion: String
        var status: String
        var evidence: [String]
    }

    var report = "auditSelfAssessment"
    var year: Int
    var organisation: [String: String]
    var items: [Item]
}
