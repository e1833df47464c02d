import UnionSQLite
import InputFiles
import Foundation
import LedgerCore
import LedgerSQLite
import LedgerStore
import Reporting
import UnionCore
import UnionAllocation
import UnionMembers
import UnionStatements

/// The demo: builds example books in a folder (a grassroots union's year, a county federation
/// with its units, two unions' member registers) and walks through what the engine does,
/// printing as it goes. `gonghui tour` is a thin wrapper around `Tour.run`.
public enum Tour {
    /// Runs the whole tour.
    /// - Throws: `TourFailed` (exit 1) when a check the tour shows fails; any error of the library
    ///   it calls (the demo data are valid, so none is expected).
    public static func run(_ settings: Settings) throws {
        let dir = settings.dir
        let l = settings.language
        func step(_ text: String) { say("\n" + text) }
        func say(_ text: String) { if settings.format != .json { Output.write(text + "\n") } }
        let fileManager = FileManager.default
        try OutputTarget.prepareFolder(dir)
        let databasePath = (dir as NSString).appendingPathComponent("tour.sqlite")
        for suffix in ["", "-wal", "-shm"] { try? fileManager.removeItem(atPath: databasePath + suffix) }
        let csvPath = (dir as NSString).appendingPathComponent("demo-vouchers-2026-01.csv")
        try ReportFile.write(Data(TourData.januaryVouchers.utf8), to: csvPath)
        let user = settings.user

        step(l.pick("1. 建账：示例科技有限公司工会（基层工会，2026 年 1 月起）",
                    "1. Create books: 示例科技有限公司工会 (a grassroots union, from January 2026)"))
        let database = try Tour.checkedBooks(at: databasePath, clock: settings.clock)
        let books = try database.addOrganisation(
            NewOrganisation(code: "GH001", name: "示例科技有限公司工会", kind: "enterprise",
                            firstPeriod: try YearMonth(year: 2026, month: 1)),
            chart: try ChartProfile(.official2021Grassroots).accounts, user: user)
        say(l.pick("   账套文件 \(databasePath)，按《工会会计制度》（财会〔2021〕7号）基层工会科目表，\(try books.accounts().count) 个会计科目",
                   "   Books file \(databasePath), the 2021 grassroots chart (财会〔2021〕7号), \(try books.accounts().count) accounts"))
        let roles = try books.chartRoles()
        let opening = try OpeningBalances.voucher(
            balances: [Changeover.Balance(code: try roles.code(.bank), closing: try Money(parsing: "120,000.00")),
                       Changeover.Balance(code: try roles.code(.unrestrictedAccumulated), closing: try Money(parsing: "120,000.00"))],
            accounts: try books.accounts().map(\.account), date: try LocalDate(parsing: "2026-01-01"), sourceName: "tour")
        let openingVoucher = try books.post(opening)
        say(l.pick("   期初余额（建账凭证 \(openingVoucher.label)）：银行存款 120,000.00 元，工会资金结余—累计结余 120,000.00 元，计入年初余额",
                   "   Opening balances (opening voucher \(openingVoucher.label)): bank 120,000.00, accumulated surplus 120,000.00, shown as 年初余额"))

        step(l.pick("2. 导入 1 月凭证：\(csvPath)", "2. Import January's vouchers: \(csvPath)"))
        if case .imported(let vouchers, let rows) = try books.importVouchers(path: csvPath, displayName: csvPath) {
            say(l.pick("   导入 \(vouchers) 张凭证，\(rows) 行，全部通过校验后一次写入",
                       "   \(vouchers) vouchers, \(rows) rows, all checked, then written in one transaction"))
        }
        if case .alreadyImported = try books.importVouchers(path: csvPath, displayName: csvPath) {
            say(l.pick("   再次导入同一文件：识别为重复，未做任何改动", "   Importing the same file again: recognised, nothing done"))
        }

        step(l.pick("3. 凭证流程：填制 → 审核 → 记账；支出须主席签批；记错科目的凭证红字冲销后重新录入",
                    "3. The voucher workflow: enter → review → post; spending needs the chair's sign-off; a wrong voucher reversed in red ink"))
        let register = OrganisationRegister(store: UnionSQLiteStores(database: database).organisations, user: user)
        try register.addTenure(organisation: "GH001", role: .chair, person: "王明", start: try LocalDate(parsing: "2023-03-01"), end: nil)
        let desk = try TourDesk(books: books, reviewer: "李审核", chair: "王明")
        let date = try LocalDate(year: 2026, month: 1, day: 26)
        let bank = try roles.code(.bank)
        let purchase = VoucherDraft(date: date, summary: "购买文体活动用品", postings: [
            Posting(account: try AccountCode("50103"), side: .debit, amount: try Money(parsing: "1,580.00")),
            Posting(account: bank, side: .credit, amount: try Money(parsing: "1,580.00")),
        ], attachments: 2)
        let rules = try desk.rules(on: date)
        let entered = try books.enterVoucher(purchase, rules: rules)
        say(l.pick("   \(user) 填制：草稿 \(entered.id) \(entered.summary) \(entered.total.formatted()) 元，附件 2 张",
                   "   \(user) enters draft \(entered.id): \(entered.summary) \(entered.total.formatted()), 2 attachments"))
        do { _ = try books.review(draftIDs: [entered.id], rules: rules) } catch let error as WorkflowError {
            say("   " + error.message(in: l))
        }
        _ = try desk.reviewer.review(draftIDs: [entered.id], rules: rules)
        say(l.pick("   李审核 审核通过", "   李审核 reviews it"))
        do { _ = try books.postDrafts(ids: [entered.id], month: nil, rules: rules) } catch let error as WorkflowError {
            say("   " + error.message(in: l))
        }
        _ = try books.cancelReview(draftID: entered.id)
        _ = try books.signOff(draftID: entered.id, signoff: VoucherApproval.SignOff(by: "王明", date: date), decision: nil, rules: rules)
        _ = try desk.reviewer.review(draftIDs: [entered.id], rules: rules)
        let wrong = try books.postDrafts(ids: [entered.id], month: nil, rules: rules)[0]
        say(l.pick("   取消审核、登记主席王明签批、重新审核后记账：\(wrong.label)", "   Review cancelled, the chair's sign-off recorded, reviewed again, posted: \(wrong.label)"))
        say(l.pick("   发现 \(wrong.label) 误记入 50103 宣传活动支出", "   \(wrong.label) went to 50103 publicity by mistake"))
        let reversal = try books.reverse(voucherID: wrong.id, reason: "科目错误，应为文体活动支出")
        say(l.pick("   \(reversal.label) 红字冲销（金额为负，余额恢复原状）", "   \(reversal.label) reverses it (negative amounts restore every balance)"))
        var corrected = purchase
        corrected.postings[0].account = try AccountCode("50102")
        let right = try desk.post(corrected, signedOff: true)
        say(l.pick("   \(right.label) 按正确科目 50102 文体活动支出重新填制、审核、记账", "   \(right.label) re-entered to 50102 sports and culture, reviewed, posted"))

        step(l.pick("4. 借贷不平衡的凭证被拒绝", "4. An unbalanced voucher is refused"))
        do {
            try books.post(VoucherDraft(date: date, summary: "不平衡示例", postings: [
                Posting(account: try AccountCode("50106"), side: .debit, amount: try Money(parsing: "100.00")),
                Posting(account: bank, side: .credit, amount: try Money(parsing: "99.99")),
            ]))
        } catch let error as LedgerError {
            say("   " + error.message(in: l))
        }

        step(l.pick("5. 结账 2026-01，之后不能再记入 1 月", "5. Close 2026-01; nothing more can be posted into January"))
        try books.closeMonth(try YearMonth(year: 2026, month: 1))
        do {
            try books.post(VoucherDraft(date: date, summary: "结账后补记", postings: [
                Posting(account: try roles.code(.otherExpenditure), side: .debit, amount: try Money(parsing: "10.00")),
                Posting(account: bank, side: .credit, amount: try Money(parsing: "10.00")),
            ]))
        } catch let error as LedgerError {
            say("   " + error.message(in: l))
        }

        step(l.pick("6. 校验账套（哈希链、余额、凭证规则）", "6. Verify the books (hash chain, balances, voucher rules)"))
        let findings = try database.verify()
        say(findings.isEmpty ? l.pick("   校验通过", "   All checks pass") : findings.map { "   " + $0.message(in: l) }.joined(separator: "\n"))

        step(l.pick("7. 凭证列表", "7. Vouchers"))
        try settings.emit(.voucherList(try books.vouchers(), organisationName: books.organisation.name, language: l))

        step(l.pick("8. 科目余额表 2026-01", "8. Trial balance 2026-01"))
        let january = try YearMonth(year: 2026, month: 1)
        try settings.emit(.trialBalance(try books.trialBalance(from: january, to: january),
                                      organisationName: books.organisation.name, language: l))

        step(l.pick("9. 2—12 月：每月拨缴经费（2%，留成60%，上解40%）、上解、会费、活动支出；逐月结账",
                    "9. February to December: the 2% allocation (60% kept, 40% owed up), remittance, dues, activities; each month closed"))
        try TourAudit.prepare(books: books, desk: desk, settings: settings, say: say)
        try TourYear.post(into: books, desk: desk)
        say(l.pick("   全年 \(try books.vouchers(limit: 10_000).count) 张凭证，1—11 月已结账",
                   "   \(try books.vouchers(limit: 10_000).count) vouchers in the year; January to November closed"))

        let budgetAgrees = try TourBudget(settings: settings, database: database, books: books).run(step: step, say: say)

        step(l.pick("10. 年终结账：收支转入工会资金结余—本年收支结转（专项转入工会资金结转），再转入累计结余；12 月结账",
                    "10. Year end: revenue and expenditure carried into 32203 (restricted money into 32103), then into the accumulated accounts; December closed"))
        let closed = try YearEndClose.close(2026, in: books)
        if let closing = closed.unrestricted {
            say(l.pick("   \(closing.label) 收支结转，\(closing.postings.count) 行", "   \(closing.label) carries the year forward, \(closing.postings.count) lines"))
        }
        for rollUp in closed.rollUps {
            say(l.pick("   \(rollUp.label) \(rollUp.summary)", "   \(rollUp.label) \(rollUp.summary)"))
        }
        let yearFindings = try database.verify()
        say(yearFindings.isEmpty ? l.pick("   校验通过", "   All checks pass") : yearFindings.map { "   " + $0.message(in: l) }.joined(separator: "\n"))

        step(l.pick("11. 资产负债表（工会01表）2026 年年报", "11. Balance sheet (union form 01), annual 2026"))
        let sheet = try OfficialStatement.make(books: books, form: .balanceSheet, period: .year(2026), detail: false, language: l)
        let sheetReport = Report.officialStatement(sheet, unit: .yuan, language: l)
        try settings.emit(sheetReport)
        step(l.pick("12. 收入支出表（工会02表）2026 年年报", "12. Revenue and expenditure (union form 02), annual 2026"))
        let statement = try OfficialStatement.make(books: books, form: .incomeExpenditure, period: .year(2026), detail: false, language: l)
        let statementReport = Report.officialStatement(statement, unit: .yuan, language: l)
        try settings.emit(statementReport)
        // 年初资金结转结余 + 本期收支差额 = 年末资金结转结余 (no adjustment or investment this year).
        func value(_ label: String, in filled: OfficialStatement) -> Money {
            filled.rows.first { $0.line.label == label }?.values.first.flatMap { $0 } ?? .zero
        }
        let start = value("一、年初资金结转结余", in: statement), result = value("五、本期收支差额", in: statement)
        let end = value("六、年末资金结转结余", in: statement)
        say(l.pick("   年初资金结转结余 \(start.formatted()) + 本期收支差额 \(result.formatted()) = 年末资金结转结余 \(end.formatted())",
                   "   Opening funds \(start.formatted()) + result \(result.formatted()) = closing funds \(end.formatted())"))
        let reconciles = try start.adding(result) == end

        step(l.pick("13. 报表另存为六种格式（终端表格、CSV、JSON、Markdown、HTML、Excel）",
                    "13. The statements saved in all six formats (table, CSV, JSON, Markdown, HTML, Excel)"))
        let folder = (dir as NSString).appendingPathComponent("statements")
        try OutputTarget.prepareFolder(folder)
        for (name, report) in [("balance-sheet-2026", sheetReport), ("income-expenditure-2026", statementReport)] {
            var written: [String] = []
            for (format, suffix) in [(OutputFormat.table, "txt"), (.csv, "csv"), (.json, "json"), (.md, "md"), (.html, "html"), (.xlsx, "xlsx")] {
                let path = (folder as NSString).appendingPathComponent("\(name).\(suffix)")
                try ReportFile.write(try report.renderedData(as: format), to: path)
                written.append(suffix)
            }
            say("   \((folder as NSString).appendingPathComponent(name)).{\(written.joined(separator: ","))}")
        }

        let federationSound = try TourFederation.run(global: settings, dir: dir, user: user)
        try TourMembers(global: settings, user: user, dir: dir).run(step: step, say: say)

        let auditSound = try TourAudit.run(settings: settings, books: books, database: database, step: step, say: say)
        step(l.pick("试一试：", "Try it yourself:"))
        say("   gonghui --db \(databasePath) report trial-balance --format json")
        say("   gonghui --db \(databasePath) voucher show \(reversal.id)")
        say("   gonghui --db \(databasePath) verify")
        say("   gonghui --db \(databasePath) report balance-sheet --year 2026 --format html > balance-sheet.html")
        if !findings.isEmpty || !yearFindings.isEmpty || !sheet.balances || !reconciles || !federationSound || !budgetAgrees || !auditSound { throw TourFailed(exitCode: 1) }
    }
}
