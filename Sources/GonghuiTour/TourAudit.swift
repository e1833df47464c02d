import Foundation
import LedgerCore
import LedgerSQLite
import LedgerStore
import Reporting
import UnionAudit
import UnionCore
import UnionSQLite
import UnionStatements

/// The demo union's audit: its 经审会 reviews 2026 and finds the two problems planted in spring (a
/// festival gift above the cap, a large payment without a collective decision); the chair 王明
/// leaves on 30 September and his departure audit is produced; the standards self-assessment
/// prints. Accounts are found by role (and the sub-account a treasurer would pick by its name), so
/// this runs on whatever chart the tour's books use.
enum TourAudit {
    static let successor = "张华"
    static let chairLeaves = "2026-09-30"
    /// The planted problems' summaries, found again in the findings.
    static let giftSummary = "劳动节慰问品（工会委员15人×800元）"
    static let paymentSummary = "职工疗休养（第二批）"

    /// Before February–December are entered: records that 王明's term ends on 30 September and
    /// 张华 takes over (the desk then has the chair in office sign), and posts the two planted problems.
    static func prepare(books: any Books, desk: TourDesk, settings: Tour.Settings, say: (String) -> Void) throws {
        let l = settings.language
        let code = books.organisation.code
        let register = OrganisationRegister(store: desk.stores.organisations, user: settings.user)
        guard let term = try desk.stores.organisations.tenures(organisation: code).last(where: { $0.role == .chair && $0.end == nil }) else {
            throw AuditError.tenureMustBeFound(organisation: code, person: desk.chair)
        }
        try register.endTenure(id: term.id, on: try LocalDate(parsing: chairLeaves), reason: "工作调动")
        try register.addTenure(organisation: code, role: .chair, person: successor, start: try LocalDate(parsing: "2026-10-01"), end: nil)
        say(l.pick("   任职记录：\(term.person) 任主席至 \(chairLeaves)（工作调动），\(successor) 自 2026-10-01 起任主席；10 月起由 \(successor) 签批",
                   "   Terms: \(term.person) chairs until \(chairLeaves) (transferred), \(successor) from 2026-10-01 and signs from October"))

        let roles = try books.chartRoles()
        let bank = try roles.code(.bank)
        let gift = try Money(parsing: "12,000.00"), payment = try Money(parsing: "56,000.00")
        // Planted: gifts to the committee on top of the festival gifts every member had (above the cap per member).
        let gifted = try desk.post(VoucherDraft(date: try LocalDate(parsing: "2026-04-28"), summary: giftSummary, postings: [
            Posting(account: try subAccount(named: "会员活动支出", under: .staffActivities, in: books, roles: roles), side: .debit, amount: gift),
            Posting(account: bank, side: .credit, amount: gift),
        ], attachments: 2), signedOff: true)
        // Planted: signed by the chair and posted straight to the books, around the workflow that asks for a collective decision.
        let date = try LocalDate(parsing: "2026-06-18")
        let paid = try books.post(VoucherDraft(date: date, summary: paymentSummary, postings: [
            Posting(account: try subAccount(named: "劳模职工疗休养支出", under: .staffActivities, in: books, roles: roles), side: .debit, amount: payment),
            Posting(account: bank, side: .credit, amount: payment),
        ], attachments: 3, approval: VoucherApproval(preparedBy: settings.user, reviewedBy: "李审核", reviewedAt: books.clock.now(), singleOperator: false,
                                                      signoff: VoucherApproval.SignOff(by: term.person, date: try LocalDate(parsing: "2026-06-17")))))
        say(l.pick("   埋设两处问题供经审会发现：\(gifted.label) \(giftSummary)；\(paid.label) \(paymentSummary) \(payment.formatted()) 元，绕过审批流程直接记账，未经集体研究",
                   "   Two problems planted for the committee: \(gifted.label) \(giftSummary); \(paid.label) \(paymentSummary) \(payment.formatted()), posted around the workflow, no collective decision"))
    }

    /// After the year is closed: the review, the departure audit, the self-assessment, each saved in
    /// every format (Word included) under `audit/`. Returns whether both planted problems were found.
    static func run(settings: Tour.Settings, books: any Books, database: LedgerDatabase, step: (String) -> Void, say: (String) -> Void) throws -> Bool {
        let l = settings.language
        let stores = UnionSQLiteStores(database: database)
        let context = try stores.auditContext(books: books)
        let year = try YearMonth(year: 2026, month: 1)...YearMonth(year: 2026, month: 12)
        let folder = (settings.dir as NSString).appendingPathComponent("audit")
        try OutputTarget.prepareFolder(folder)

        step(l.pick("23. 经审会审查 2026 年经费收支（审查报告）", "23. The funds review committee reviews 2026 (review report)"))
        let review: ReviewReport
        do {
            review = try ReviewReport(context: context, period: year, language: l)
        } catch let error as StatementError {
            // Books on a pre-2021 or provisional chart: the official forms, and so the review, refuse them.
            say("   " + error.message(in: l))
            return false
        }
        _ = try stores.findingsRegister.record(.review, organisation: books.organisation.code, months: year, tenure: nil,
                                               findings: review.findings, user: settings.user)
        say(l.pick("   收入 \(review.incomeTotal.total.formatted()) 元，支出 \(review.spendingTotal.total.formatted()) 元，\(review.run.results.count) 项检查，发现问题 \(review.findings.count) 项（已登记问题台账）：",
                   "   Income \(review.incomeTotal.total.formatted()), spending \(review.spendingTotal.total.formatted()), \(review.run.results.count) checks, \(review.findings.count) findings (entered in the register):"))
        for finding in review.findings {
            say("   [\(finding.severity.label(in: l))] \(finding.explanation(in: l))")
        }
        let vouchers = try context.vouchers(in: year)
        func found(_ check: String, _ summary: String) -> Bool {
            guard let voucher = vouchers.first(where: { $0.summary == summary }) else { return false }
            return review.findings.contains { $0.check == check && $0.vouchers.contains(voucher.id) }
        }
        let plantedFound = found(FestivalGiftCap.id, giftSummary) && found(CollectiveDecisionMissing.id, paymentSummary)
        say(plantedFound ? l.pick("   两处埋设的问题均已发现", "   Both planted problems were found")
                         : l.pick("   埋设的问题没有全部发现", "   The planted problems were not all found"))
        try save(review.report(language: l, books: books), as: "review-2026", in: folder, say: say)

        step(l.pick("24. 主席王明 \(chairLeaves) 离任：离任经济责任审计", "24. The chair 王明 leaves on \(chairLeaves): departure audit"))
        let term = try DepartureAudit.tenure(id: nil, person: "王明", organisation: books.organisation.code,
                                             in: try stores.organisations.tenures(organisation: books.organisation.code))
        let departure = try DepartureAudit(context: context, tenure: term, language: l)
        _ = try stores.findingsRegister.record(.departure, organisation: books.organisation.code, months: departure.period, tenure: term.id,
                                               findings: departure.findings, user: settings.user)
        let direct = departure.findings.filter { $0.responsibility == departure.directClass }.count
        say(l.pick("   审计期间 \(departure.period.label)；签批凭证 \(departure.signedOff.count) 张 \(departure.signedOff.amount.formatted()) 元；问题 \(departure.findings.count) 项，其中\(departure.directClass) \(direct) 项、\(departure.leadershipClass) \(departure.findings.count - direct) 项",
                   "   Audit period \(departure.period.label); \(departure.signedOff.count) vouchers signed off for \(departure.signedOff.amount.formatted()); \(departure.findings.count) findings, \(direct) \(departure.directClass), \(departure.findings.count - direct) \(departure.leadershipClass)"))
        try save(departure.report(language: l, books: books), as: "departure-audit", in: folder, say: say)

        step(l.pick("25. 规范化建设经费管理自查 2026", "25. Standards self-assessment 2026 (funds)"))
        let assessment = try SelfAssessment(context: context, year: 2026, language: l).report(language: l)
        try settings.emit(assessment)
        try save(assessment, as: "self-assessment-2026", in: folder, say: say)
        return plantedFound
    }

    /// The report in every format, Word included.
    static func save(_ report: Report, as name: String, in folder: String, say: (String) -> Void) throws {
        var written: [String] = []
        for (format, suffix) in [(OutputFormat.table, "txt"), (.csv, "csv"), (.json, "json"), (.md, "md"), (.html, "html"), (.xlsx, "xlsx"), (.docx, "docx")] {
            try ReportFile.write(try report.renderedData(as: format), to: (folder as NSString).appendingPathComponent("\(name).\(suffix)"))
            written.append(suffix)
        }
        say("   \((folder as NSString).appendingPathComponent(name)).{\(written.joined(separator: ","))}")
    }

    /// The sub-account a treasurer picks, by its name under a role's account.
    static func subAccount(named name: String, under role: AccountRole, in books: any Books, roles: ChartRoles) throws -> AccountCode {
        let parent = try roles.code(role)
        guard let account = try books.accounts().first(where: { $0.account.code.isWithin(parent) && $0.account.name == name && $0.isLeaf }) else {
            throw LedgerError.accountMustExist(code: "\(parent) \(name)")
        }
        return account.account.code
    }
}
