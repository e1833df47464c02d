import Foundation
import LedgerCore
import LedgerSQLite
import LedgerStore
import Reporting
import UnionCore
import UnionSQLite
import UnionStatements

/// The demo union's 2026 budget (issue 11): drafted in January from a file, reviewed by the
/// 经审会, approved by the committee, filed with the higher union; adjusted in September through
/// the same chain; a project charged to its line; a voucher over its line refused on the posting
/// path; the execution; the final accounts prepared, approved and checked against the books
/// before the year is closed; the final-accounts package and the public disclosure saved under
/// `budget/` in every format.
///
/// The year's vouchers are posted before this part runs (`TourYear`), so the approvals carry the
/// dates of their meetings; the control holds every voucher posted from here on. Accounts come
/// from the chart's roles, and the amounts the adjustment and the refused voucher need from the
/// books, so the part follows the year whatever it holds.
struct TourBudget {
    let settings: Tour.Settings
    let database: LedgerDatabase
    let books: any Books

    static let year = 2026

    /// Runs the part; returns whether the final accounts agree with the books.
    func run(step: (String) -> Void, say: (String) -> Void) throws -> Bool {
        let l = settings.language
        let controlled = try UnionSQLiteStores.withBudgetControl(database).books(for: books.organisation.code, user: books.user)
        let stores = UnionSQLiteStores(database: database)
        let book = BudgetBook(store: stores.budgets, books: controlled)
        let policy = try BudgetPolicy.inForce(policy: try stores.policies.current(), year: Self.year)
        let roles = try books.chartRoles()
        let folder = (settings.dir as NSString).appendingPathComponent("budget")
        try OutputTarget.prepareFolder(folder)
        func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }

        step(l.pick("9.1 编制 2026 年预算（以收定支、收支平衡），经审会审查、委员会审议通过、报上级工会备案",
                    "9.1 The 2026 budget drafted (spending within means), reviewed by the 经审会, approved by the committee, filed with the higher union"))
        let staffActivities = try roles.code(.staffActivities)
        let plan: [(AccountRole, BudgetCategory, String, String, String)] = [
            (.duesRevenue, .revenue, "", "15000.00", "会员工资 0.5%"),
            (.allocationRevenue, .revenue, "", "280000.00", "工资总额 2% 的 60%"),
            (.higherGrantRevenue, .revenue, "", "10000.00", "上级补助"),
            (.staffActivities, .basic, "", "180000.00", "节日慰问、文体、教育、疗休养"),
            (.rightsProtection, .basic, "", "16000.00", "困难帮扶、送温暖"),
            (.operations, .basic, "", "6000.00", "培训"),
            (.otherExpenditure, .basic, "", "600.00", "银行手续费"),
            (.staffServices, .project, "职工书屋", "3000.00", "职工书屋添置书架"),
        ]
        var csv = "科目编码,类别,项目,本年预算数,说明\n"
        for (role, category, project, amount, note) in plan {
            guard let code = roles.codeIfPresent(role) else { continue }
            csv += "\(code),\(category.label(.zh)),\(project),\(amount),\(note)\n"
        }
        let file = path("budget-2026.csv")
        try ReportFile.write(Data(csv.utf8), to: file)
        let original = try book.draft(rows: try BudgetFile.read(path: file, displayName: file), file: file, year: Self.year, reason: nil,
                                      policy: policy)
        say(l.pick("   \(file)：\(original.lines.count) 行，收入预算 \(original.balance.revenue.formatted())，支出预算 \(original.balance.spending.formatted())，上年结转结余 \(original.balance.carriedForward.formatted())",
                   "   \(file): \(original.lines.count) lines, revenue \(original.balance.revenue.formatted()), spending \(original.balance.spending.formatted()), brought forward \(original.balance.carriedForward.formatted())"))
        try approve(book, subject: .budget, policy: policy, dates: ["2026-01-12", "2026-01-15", "2026-01-20"], sessions: (2, 5), say: say)
        let approvedSheet = try book.sheet(year: Self.year, number: 0, policy: policy)
        try settings.emit(try .budgetSheet(approvedSheet, language: l))

        step(l.pick("9.2 9 月预算调整：中秋、年终慰问人数增加，职工活动支出调增（理由在案，审批程序与年初预算一致）",
                    "9.2 September adjustment: more members to support, employee activities raised (reason on record, the same chain)"))
        let spentSoFar = try book.execution(through: YearMonth(ordinal: Self.year * 12 + 11), policy: policy, language: l)
            .lines.first { $0.key == BudgetLine.Key(account: staffActivities) }?.actual ?? .zero
        // Raised to the next 10,000 above what the year holds, so the line has room for what is already booked.
        let raised = Money(fen: (spentSoFar.fen / 1_000_000 + 1) * 1_000_000)
        let adjustedCSV = csv.replacingOccurrences(of: "\(staffActivities),基本支出,,180000.00", with: "\(staffActivities),基本支出,,\(raised.plainString)")
        let adjustedFile = path("budget-2026-adjusted.csv")
        try ReportFile.write(Data(adjustedCSV.utf8), to: adjustedFile)
        let adjusted = try book.draft(rows: try BudgetFile.read(path: adjustedFile, displayName: adjustedFile), file: adjustedFile,
                                      year: Self.year, reason: "中秋、年终慰问人数增加", policy: policy)
        try approve(book, subject: .budget, policy: policy, dates: ["2026-09-01", "2026-09-03", "2026-09-07"], sessions: (3, 9), say: say)
        say(l.pick("   职工活动支出 \(staffActivities)：180,000.00 → \(raised.formatted())（第 \(adjusted.version.number) 次调整，已锁定）",
                   "   Employee activities \(staffActivities): 180,000.00 → \(raised.formatted()) (adjustment \(adjusted.version.number), locked)"))

        step(l.pick("9.3 记账时按预算控制：项目支出记入项目预算行；超出预算的凭证被拒绝",
                    "9.3 Budget control when posting: project spending charged to its line; a voucher over its line refused"))
        let services = try roles.code(.staffServices)
        let leaves = try books.accounts().filter { $0.isLeaf && $0.account.code.isWithin(services) }.map(\.account)
        let library = leaves.first { $0.name.contains("书屋") } ?? leaves.first
        if let library {
            var posting = Posting(account: library.code, side: .debit, amount: try Money(parsing: "1,800.00"))
            posting.budgetLine = "职工书屋"
            let voucher = try controlled.post(VoucherDraft(date: try LocalDate(parsing: "2026-12-05"), summary: "职工书屋添置书架",
                                                           postings: [posting, Posting(account: try roles.code(.bank), side: .credit, amount: posting.amount)]))
            say(l.pick("   \(voucher.label) 职工书屋添置书架 1,800.00：记入项目支出“职工书屋”（\(library.code) \(library.name)）",
                       "   \(voucher.label) bookshelves 1,800.00: charged to the project line 职工书屋 (\(library.code))"))
        }
        let remaining = try raised.subtracting(spentSoFar)
        let tooMuch = try remaining.adding(Money(fen: 200_000))
        let members = try books.accounts().first { $0.isLeaf && $0.account.code.isWithin(staffActivities) && $0.account.name.contains("会员") }?.account.code
            ?? staffActivities
        do {
            try controlled.post(VoucherDraft(date: try LocalDate(parsing: "2026-12-20"), summary: "年终职工慰问品", postings: [
                Posting(account: members, side: .debit, amount: tooMuch), Posting(account: try roles.code(.bank), side: .credit, amount: tooMuch),
            ]))
            say(l.pick("   （意外：超预算凭证未被拒绝）", "   (unexpected: the voucher over budget posted)"))
        } catch let error as BudgetError {
            say(l.pick("   年终职工慰问品 \(tooMuch.formatted())：", "   Year-end gifts \(tooMuch.formatted()): ") + error.message(in: l))
        }
        let execution = try book.execution(through: YearMonth(ordinal: Self.year * 12 + 11), policy: policy, language: l)
        let executionReport = try Report.budgetExecution(execution, flags: try book.flags(through: YearMonth(ordinal: Self.year * 12 + 11)),
                                                         organisationName: books.organisation.name, language: l)
        try settings.emit(executionReport)

        step(l.pick("9.4 年度决算：编制，经审会审查、委员会通过、报上级工会备案；与账簿核对后方可结账",
                    "9.4 Final accounts: prepared, reviewed, approved and filed; checked against the books before the year closes"))
        let record = try book.prepareFinalAccounts(year: Self.year, policy: policy)
        say(l.pick("   决算第 \(record.revision) 稿：收入 \(record.figures.revenue.formatted())，支出 \(record.figures.spending.formatted())，年末结转结余 \(record.figures.closingBalance.formatted())",
                   "   Revision \(record.revision): revenue \(record.figures.revenue.formatted()), spending \(record.figures.spending.formatted()), closing balance \(record.figures.closingBalance.formatted())"))
        try approve(book, subject: .finalAccounts, policy: policy, dates: ["2027-01-08", "2027-01-12", "2027-01-15"], sessions: (4, 12), say: say)
        let agrees = try book.latestFinalAccounts(year: Self.year).map { try book.finalAccountsDifference($0, policy: policy, language: l) == nil } ?? false
        say(agrees ? l.pick("   决算与账簿一致：可以年终结账", "   The final accounts agree with the books: the year may close")
                   : l.pick("   决算与账簿不符！", "   The final accounts disagree with the books!"))
        let package = try FinalAccountsPackage.make(book: book, year: Self.year, policy: policy, language: l)
        let disclosure = try Disclosure.make(books: books, year: Self.year, unit: .wan, language: l)
        let disclosureReport = try Report.disclosure(disclosure, language: l)
        try settings.emit(disclosureReport)

        step(l.pick("9.5 预算、执行、决算、账目公开另存为六种格式", "9.5 Budget, execution, final accounts and disclosure saved in all six formats"))
        let adjustedSheet = try book.sheet(year: Self.year, number: adjusted.version.number, policy: policy)
        for (name, report) in [("budget-2026", try Report.budgetSheet(approvedSheet, language: l)),
                               ("budget-2026-adjustment-1", try Report.budgetSheet(adjustedSheet, language: l)),
                               ("budget-execution-2026", executionReport),
                               ("final-accounts-2026", try Report.finalAccounts(package, language: l)),
                               ("disclosure-2026", disclosureReport)] {
            for (format, suffix) in [(OutputFormat.table, "txt"), (.csv, "csv"), (.json, "json"), (.md, "md"), (.html, "html"), (.xlsx, "xlsx")] {
                try ReportFile.write(try report.renderedData(as: format), to: path("\(name).\(suffix)"))
            }
            say("   \(path(name)).{txt,csv,json,md,html,xlsx}")
        }
        return agrees
    }

    /// Records the policy's chain for the year's pending version (or final accounts), one step a
    /// date; `sessions` numbers the 经审会's and the committee's meetings.
    private func approve(_ book: BudgetBook, subject: ApprovalSubject, policy: BudgetPolicy, dates: [String],
                         sessions: (review: Int, committee: Int), say: (String) -> Void) throws {
        let l = settings.language
        let opinion = subject == .budget ? "同意，提请委员会审议" : "决算真实、完整，同意"
        let people: [ApprovalStep: (String, String, String)] = [
            .reviewCommittee: ("张审查", "第三届经审会第\(sessions.review)次会议", opinion),
            .committee: ("王明", "第三届第\(sessions.committee)次委员会会议", "审议通过"),
            .higherUnion: ("区总工会财务部", "区总工会\(policy.higherUnionMode == .filing ? "备案" : "批复")", policy.higherUnionMode == .filing ? "已备案" : "同意"),
        ]
        for (step, text) in zip(policy.approvalChain, dates) {
            let (signer, meeting, opinion) = people[step] ?? ("", "", "")
            _ = try book.approve(year: Self.year, subject: subject, step: step, date: try LocalDate(parsing: text), signer: signer,
                                 meeting: meeting, opinion: opinion, policy: policy)
            let label = BudgetApproval(step: step, date: try LocalDate(parsing: text), signer: signer, meeting: meeting, opinion: opinion,
                                       mode: step == .higherUnion ? policy.higherUnionMode : nil)
            say(l.pick("   \(text) \(label.stepLabel(.zh))：\(meeting)，\(signer)：\(opinion)", "   \(text) \(label.stepLabel(.en)): \(meeting), \(signer): \(opinion)"))
        }
    }
}
